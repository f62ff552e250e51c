import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/extract/counts.js';
import type { CountItem } from '../../src/schema.js';

const context = { reference: null };

function run(text: string): CountItem[] {
  const items = extractCounts(text, context);
  for (const item of items) expect(text.slice(item.span[0], item.span[1])).toBe(item.text);
  return items;
}
/** value + unit, the way the scorer compares counts. */
const keys = (text: string) => run(text).map((c) => `${c.value} ${c.unit}`);

describe('extractCounts: a figure and a counted noun', () => {
  it.each([
    ['Toàn tỉnh có 103 đơn vị sự nghiệp.', ['103 đơn vị']],
    ['Hệ thống có 7.345 hộp thư đang hoạt động.', ['7345 hộp thư']],
    ['Đã tiếp nhận trên 1 triệu hồ sơ.', ['1000000 hồ sơ']],
    ['Các phường đã cấp 3.926 trích lục khai tử.', ['3926 trích lục']],
    ['Kho lưu trữ hơn 650.000 tệp, ký số trên 3 hệ điều hành.', ['650000 tệp', '3 hệ điều hành']],
    ['LGSP cung cấp 86 API dùng chung; SOC xử lý 1.087 cảnh báo, 12 lỗ hổng và 3 mã độc.', ['86 API', '1087 cảnh báo', '12 lỗ hổng', '3 mã độc']],
    ['Toàn tỉnh lắp đặt 212 hòm thư góp ý; mỗi tủ có 36 ngăn; trực 3 ca, 4 kíp.', ['212 hòm thư', '36 ngăn', '3 ca', '4 kíp']],
    ['Các nhà thầu đã huy động 310 máy móc, thiết bị; Ủy ban lập 6 tiểu ban.', ['310 máy móc', '6 tiểu ban']],
    ['Đoàn tặng 1 ti vi, 2 tủ sách, 150 đèn lồng và 30 phao cứu sinh.', ['1 ti vi', '2 tủ sách', '150 đèn lồng', '30 phao cứu sinh']],
    ['HLV triệu tập 4 tiền đạo, 3 tiền vệ, 5 hậu vệ, 2 trung vệ và 3 thủ môn.', ['4 tiền đạo', '3 tiền vệ', '5 hậu vệ', '2 trung vệ', '3 thủ môn']],
    ['Ti vi 55 inches, điện thoại 6,5 inches; tiếng ồn ở ngưỡng 55 decibel; sóng cao 20 feet.', ['55 inches', '6.5 inches', '55 decibel', '20 feet']],
    ['Công chức từng nhận 2 đánh giá "không hài lòng" trong 1.903 lượt đánh giá.', ['2 đánh giá', '1903 lượt đánh giá']],
    ['Trong số 65 thủ phạm có 2 hung thủ nữ, 84 nhân chứng; văn kiện được 6 ngoại trưởng và 4 Bộ trưởng ký.', ['65 thủ phạm', '2 hung thủ', '84 nhân chứng', '6 ngoại trưởng', '4 Bộ trưởng']],
    ['Đặc khu có 23 đảo và 4 hòn đảo không người; Ban cấp 4.412 giấy phép lao động.', ['23 đảo', '4 hòn đảo', '4412 giấy phép lao động']],
    ['Xã có 35 vườn mẫu, lắp 3/6 mắt camera; cơ sở dữ liệu có 215.600 biểu ghi; dân gửi 1.874 góp ý.', ['35 vườn', '3 mắt camera', '215600 biểu ghi', '1874 góp ý']],
    ['Học viên thực hành 24 tình huống; Sở biên soạn 6 đề cương tuyên truyền.', ['24 tình huống', '6 đề cương']],
    ['Đơn vị đã khởi tố 16 chuyên án; đường ruột có trên 400 chủng vi khuẩn.', ['16 chuyên án', '400 chủng']],
    // a table's tabs as the normaliser writes them, two spaces
    ['Khá  từ 80 đến dưới 90 điểm  6 đơn vị\nTrung bình  dưới 80 điểm  2 đơn vị\nKẾ HOẠCH  25 Cầu Giấy', ['80 điểm', '90 điểm', '6 đơn vị', '80 điểm', '2 đơn vị']],
    ['Thu giữ 15 bao phân bón loại 50 kg/bao, 20 chai loại 500 ml và 101 đóa hồng.', ['15 bao', '50 kg', '20 chai', '500 ml', '101 đóa']],
    ['Tất cả 98 cân thịt lợn bị đổ bỏ, 2 chậu cây cảnh vỡ nát; mỗi người đào được 4 - 5 cân sá sùng.', ['98 cân', '2 chậu', '4 cân', '5 cân']],
    ['Tổng đài 1022 tiếp nhận 873 PAKN, đã xử lý 351 PAKN.', ['873 PAKN', '351 PAKN']],
    ['Đã kỷ luật 16 cán bộ (11 khiển trách, 4 cảnh cáo, 1 buộc thôi việc).', ['16 cán bộ', '11 khiển trách', '4 cảnh cáo', '1 buộc thôi việc']],
    ['Bắt giám đốc nhà hàng chiếm của khách Úc 700 triệu  Cơ quan cảnh sát điều tra vào cuộc.', []],
    ['Hạng 1: Phường 10 – 92,18 điểm (tăng 3 bậc so với năm 2022)', ['92.18 điểm', '3 bậc']],
    ['Kinh phí 2,5tỷ đồng để nâng cấp, 150triệu đồng cho mỗi xã.', ['2500000000 đồng', '150000000 đồng']],
    ['Tinh giản 37CBCCVC, cắt giảm 45TTHC nội bộ; mạng 4G, khổ giấy A4.', ['37 CBCCVC', '45 TTHC']],
    ['Kinh phí 1,5 tỷ đồng từ ngân sách.', ['1500000000 đồng']],
    ['Khen thưởng 28 tập thể, 16 cá nhân.', ['28 tập thể', '16 cá nhân']],
    ['triển khai ở cả 3 cấp tỉnh, huyện, xã', ['3 cấp']],
    ['Trung tâm giải quyết hơn 59 ngàn hồ sơ.', ['59000 hồ sơ']],
    ['tiếp nhận 61,3 ngàn HS các loại', ['61300 HS']],
    ['Cấp 2,5 vạn thẻ căn cước.', ['25000 thẻ']],
    ['Cả nước còn 3.321 xã, phường, đặc khu, trong đó có 13 đặc khu.', ['3321 xã', '13 đặc khu']],
    ['Công an cấp 957.200 số định danh cá nhân.', ['957200 số định danh']],
    ['Huyện in 129 pa-nô, 40 pano và 12 pa nô tuyên truyền.', ['129 pa-nô', '40 pano', '12 pa nô']],
    ['Bộ phận một cửa ngồi ở phòng 15 mét vuông, nay là phòng 60 m2.', ['15 mét vuông', '60 m2']],
    ['Bưu điện chuyển 8.240 bưu gửi và 120 bưu kiện.', ['8240 bưu gửi', '120 bưu kiện']],
    ['Đoàn kiểm tra 1.298 bếp ăn tập thể, 64 bếp ăn chưa đạt.', ['1298 bếp ăn', '64 bếp ăn']],
    ['Dự án gồm 3 block cao 18 tầng với 918 căn hộ.', ['3 block', '18 tầng', '918 căn hộ']],
    ['Cảng vụ rà soát 18 bến thủy nội địa, xử lý 48.720 vận đơn điện tử.', ['18 bến', '48720 vận đơn']],
    ['Thanh tra phát hiện 168 khiếm khuyết, lưu giữ 3 tàu.', ['168 khiếm khuyết', '3 tàu']],
    ['Thuyền trưởng phải qua 4 lực lượng là biên phòng, hải quan, y tế, cảng vụ.', ['4 lực lượng']],
    ['Dự án đào tạo 40 tập huấn viên, mở 3 lớp tập huấn.', ['40 tập huấn viên', '3 lớp']],
    ['Tỉnh có 2 núi lửa đã tắt với 5 miệng núi lửa.', ['2 núi lửa', '5 miệng núi lửa']],
    ['Phần mềm có 3 phiên bản; đội bóng thực hiện 2 thương vụ.', ['3 phiên bản', '2 thương vụ']],
    ['Tỉnh có 9 thừa phát lại, lập 4.126 vi bằng; biển số có 5 chữ số.', ['9 thừa phát lại', '4126 vi bằng', '5 chữ số']],
    ['Chủ rừng bố trí 42 tháp canh, canh giữ 6 tiểu khu, thu giữ 2.915 bẫy thú.', ['42 tháp canh', '6 tiểu khu', '2915 bẫy']],
    ['Tỉnh huy động 1.126 điều tra viên và 96 giám sát viên.', ['1126 điều tra viên', '96 giám sát viên']],
    ['Có 5 thương hiệu lớn; đảo có 22 triệu cư dân; thu hồi 113 triệu peso.', ['5 thương hiệu', '22000000 cư dân', '113000000 peso']],
    ['Thành phố có 612 khách sạn và 40 nhà nghỉ.', ['612 khách sạn', '40 nhà nghỉ']],
    ['Lực lượng nhắc nhở 74 chủ phương tiện không trang bị áo phao.', ['74 chủ phương tiện']],
    ['Tại cảng, lực lượng kiểm soát thu 14.560 nhật ký khai thác.', ['14560 nhật ký']],
    ['Tỉnh có 143 chùa Khmer, 12 nhà thờ, 42 buôn, 33 bon và 12 plei; buôn bán 5 tấn hàng.', ['143 chùa', '12 nhà thờ', '42 buôn', '33 bon', '12 plei', '5 tấn']],
    ['Làm sạch 1.244.736 thông tin công dân, 82,5 triệu thông tin nhân khẩu; bệnh viện 1 thông tin thêm.', ['1244736 thông tin', '82500000 thông tin']],
    ['Mỗi huyện cử 01 đội, mỗi đội 03 thành viên; chia 3 lô, mỗi lô 60 chiếc.', ['1 đội', '3 thành viên', '3 lô', '60 chiếc']],
    ['Phấn đấu vào tốp 5 huyện dẫn đầu, nhóm 20 tỉnh, thành phố.', ['5 huyện', '20 tỉnh']],
    ['có 04 Chỉ số thành phần tăng điểm', ['4 Chỉ số thành phần']],
    ['xác định 06 lĩnh vực, 03 nội dung và 09 mục tiêu', ['6 lĩnh vực', '3 nội dung', '9 mục tiêu']],
    ['mỗi người có 01 tài khoản số', ['1 tài khoản']],
    ['12.000 thành viên của 2.400 tổ công nghệ số', ['12000 thành viên', '2400 tổ']],
    ['Hiện 240.000 người dân đã đăng ký.', ['240000 người dân']],
    ['Quốc hội có 429 đại biểu tán thành.', ['429 đại biểu']],
    ['Đảng bộ có 78 TCCS đảng với 3.954 ĐV; kiểm tra 57 TCĐ và 214 ĐV.', ['78 TCCS', '3954 ĐV', '57 TCĐ', '214 ĐV']],
    ['trong đó đảng viên là người dân tộc thiểu số 487 người (chiếm 37,1%)', ['487 người']],
    ['UBND phường chưa thực hiện đánh giá, xếp loại 3 công chức năm 2023.', ['3 công chức']],
    ['Tàu có thể chở theo 36 tiêm kích F-35B và 4 trực thăng, mang 10 đầu đạn.', ['36 tiêm kích', '4 trực thăng', '10 đầu đạn']],
    ['Hội nghị kết nối trực tuyến đến 14 Thuế cơ sở.', ['14 Thuế cơ sở']],
    ['Bộ máy Chính phủ còn 14 bộ và 3 cơ quan ngang bộ.', ['14 bộ', '3 cơ quan ngang bộ']],
    ['Tỉnh có 685 ấp, khu phố cần sắp xếp.', ['685 ấp']],
    ['Chỉ số CCHC đạt 85,43 điểm.', ['85.43 điểm']],
    ['trả quá hạn so với quy định 267 hồ sơ', ['267 hồ sơ']],
    ['mở 45 lớp tập huấn cho 2.000 lượt cán bộ', ['45 lớp', '2000 lượt cán bộ']],
    ['tổ chức 12 cuộc kiểm tra tại 30 cơ quan', ['12 cuộc', '30 cơ quan']],
    ['Với tổng số 30.000 phiếu phát ra', ['30000 phiếu']],
    ['Sở Nông nghiệp và Phát triển nông thôn 2,14 ngàn HS', ['2140 HS']],
    ['mỗi ngày 500 lượt người đến giao dịch', ['500 lượt người']],
    ['Thành phố sẽ đục thông 127 vòm cầu, 4 vòm đã mở.', ['127 vòm cầu', '4 vòm']],
    ['Công an thu giữ 9 tuýp sắt và 1 vỏ đạn.', ['9 tuýp', '1 vỏ đạn']],
    ['Trung tâm duy trì 2 kênh tiếp nhận phản ánh và nạo vét 12 kênh mương.', ['2 kênh', '12 kênh mương']],
    ['Lãnh đạo 11 KBNN huyện và 7 BHXH huyện dự họp.', ['11 KBNN', '7 BHXH']],
    ['Cung cấp 1.623 dịch vụ công mức độ 3, 4 trên tổng số 1.891 TTHC; 500 DVC mức độ 3 và 4 dịch vụ.', ['1623 dịch vụ công', '1891 TTHC', '500 DVC']],
    ['Nhà thầu bổ sung 120 kỹ thuật viên; tỉnh có 45 công chức, 12 công chứng viên.', ['120 kỹ thuật viên', '45 công chức', '12 công chứng viên']],
    ['Chứng thực 203.447 bản sao, 1.985 chữ ký và 764 hợp đồng.', ['203447 bản sao', '1985 chữ ký', '764 hợp đồng']],
    ['Cử 04 CB, CC đi học; bố trí thêm 01 tủ đựng hồ sơ và 2 tủ lạnh.', ['4 CB', '1 tủ', '2 tủ lạnh']],
    ['Lắp đặt 35.600 công tơ điện tử; 12/12 Điện lực huyện đọc chỉ số từ xa.', ['35600 công tơ', '12 Điện lực']],
    ['Đưa 386 thi hài về nước; gặp mặt 300 kiều bào.', ['386 thi hài', '300 kiều bào']],
    ['Lập mới 1.876 lý lịch tư pháp; tuyến biên giới có 12 lối mở.', ['1876 lý lịch tư pháp', '12 lối mở']],
    ['Phối hợp 9 chiến dịch tuần tra; không có 1 hình phạt nào.', ['9 chiến dịch', '1 hình phạt']],
    ['Đoàn giành 44 HCV, 38 HCB và 59 HCĐ; bảo tàng lưu giữ 15.000 hiện vật, 6 bảo vật quốc gia.', ['44 HCV', '38 HCB', '59 HCĐ', '15000 hiện vật', '6 bảo vật quốc gia']],
    ['Nhân dân đóng góp 1.450 ngày công, 300 giờ công và 2.100 bể nước.', ['1450 ngày công', '300 giờ công', '2100 bể nước']],
    ['Đến ngày 20/7, 12/12 huyện đã hoàn thành chi trả.', ['12 huyện']],
    ['Trùng tu 38 di tích; tháo dỡ 2.310 biển quảng cáo; tỉnh có 512 homestay, 11.276 phù hiệu và 952.780 mô tô.', ['38 di tích', '2310 biển quảng cáo', '512 homestay', '11276 phù hiệu', '952780 mô tô']],
    ['Ra mắt 126 “Tổ thanh niên hỗ trợ dịch vụ công”, xử lý 16 "sự cố"; năm 2020 “Năm CCHC”; 4 chiếc “siêu xe”.', ['126 Tổ', '16 sự cố', '4 chiếc']],
    ['Có 25 dịch vụ ở mức độ 3 và 6 dịch vụ ở mức độ 4.', ['25 dịch vụ', '6 dịch vụ']],
    ['Có 32 thủ tục trực tuyến mức độ 3 và 4 thủ tục mức độ 4.', ['32 thủ tục', '4 thủ tục']],
    ['Đã đề nghị kiểm điểm 4 cá nhân, cấp 7,2 triệu mã số BHXH, lưu 2,5 PB dữ liệu, triển khai 2 robot tư vấn.', ['4 cá nhân', '7200000 mã số', '2.5 PB', '2 robot']],
    ['Chỉ số tăng 2,5 điểm phần trăm so với năm trước.', ['2.5 điểm']],
    ['Phát hiện 6.000 vỏ bình gas tái chế.', ['6000 vỏ']],
    ['Bộ cắt giảm 2.500 dòng hàng phải kiểm tra chuyên ngành.', ['2500 dòng hàng']],
    ['Bộ đã giảm 3 tổng cục, cục và 11 phòng thuộc cục.', ['3 tổng cục', '11 phòng']],
    ['Ngành đề xuất bãi bỏ 7 thành phần hồ sơ không cần thiết.', ['7 thành phần hồ sơ']],
    ['Ban tổ chức nhận được 56 tham luận; 6 tham luận viên trả lời.', ['56 tham luận', '6 tham luận viên']],
    ['Xe được chia làm 2 dòng sedan và hatchback; nhóm 5 Dòng Kẻ hát.', ['2 dòng']],
    ['đã cung cấp 1.569 dịch vụ công trực tuyến', ['1569 dịch vụ công']],
    ['GIẢM 271 BIÊN CHẾ', ['271 BIÊN CHẾ']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('joins a classifier to the noun after it', () => {
    const [item] = run('trả kết quả hơn 1.300 lượt hồ sơ tại nhà');
    expect(item).toMatchObject({ value: 1300, unit: 'lượt hồ sơ', qualifier: 'over', text: '1.300 lượt hồ sơ' });
  });
});

describe('extractCounts: shares and ranges', () => {
  it('reads a share as one count with its total', () => {
    expect(run('mức độ 4 đạt 33% (593/1.790 TTHC)')).toMatchObject([{ value: 593, total: 1790, unit: 'TTHC' }]);
    expect(run('Đến nay, 35/35 ngành đã xây dựng kế hoạch')).toMatchObject([{ value: 35, total: 35, unit: 'ngành' }]);
    expect(run('là 1 trong 7 tỉnh đạt chỉ tiêu sớm nhất')).toMatchObject([{ value: 1, total: 7, unit: 'tỉnh', text: '1 trong 7 tỉnh' }]);
    expect(run('là 1 trong số 5 huyện dẫn đầu')).toMatchObject([{ value: 1, total: 5, unit: 'huyện' }]);
    expect(run('6/6 vùng kinh tế - xã hội')).toMatchObject([{ value: 6, total: 6, unit: 'vùng' }]);
    // the total, written with its noun again, is the share's and no count of its own
    expect(run('Đã giải quyết 17.586 vụ việc trên tổng số 28.843 vụ việc.')).toMatchObject([{ value: 17586, total: 28843, unit: 'vụ việc', text: '17.586 vụ việc' }]);
    expect(run('tiếp nhận 1.200 hồ sơ trong tổng số 1.250 hồ sơ')).toMatchObject([{ value: 1200, total: 1250, unit: 'hồ sơ' }]);
    expect(run('tiếp nhận 1.200 hồ sơ trong tổng số 1.250 hồ sơ; trả 30 hồ sơ')).toHaveLength(2);
    expect(run('5 người trên tổng số 3 người').map((c) => c.total)).toEqual([undefined, undefined]);
  });

  it('keeps a change on a share', () => {
    expect(run('tỉnh đã giảm 1.317/23.551 biên chế được phân bổ')).toMatchObject([
      { value: 1317, total: 23551, unit: 'biên chế', change: 'decrease' },
    ]);
  });

  it('does not read a day and month as a share', () => {
    expect(keys('Ngày 5/6 người dân đến làm thủ tục.')).toEqual([]);
    expect(keys('Sáng 21/7 đồng chí Bí thư chủ trì.')).toEqual([]);
    expect(keys('Chiều 24/6 đại biểu thảo luận.')).toEqual([]);
    expect(keys('ngày 25/5 người')).toEqual([]);
  });

  it('reads no group after "top" whose noun is capitalised: a name opens there', () => {
    expect(keys('Tuyên Quang lần đầu vào tốp 5 Chỉ số cải cách hành chính')).toEqual([]);
    expect(keys('Công ty thuộc TOP 10 DN uy tín.')).toEqual(['10 DN']);
  });

  it('reads a share after "đến nay", which closes a span up to now', () => {
    expect(keys('Đến nay 8/8 huyện đã kết nối dữ liệu.')).toEqual(['8 huyện']);
    expect(keys('Từ đầu năm tới nay 3/9 xã hoàn thành.')).toEqual(['3 xã']);
  });

  it('reads an amount written in parts as one value ("1 tỷ 200 triệu đồng")', () => {
    expect(run('Tổng dự toán 1 tỷ 200 triệu đồng.').map((c) => [c.text, c.value])).toEqual([['1 tỷ 200 triệu đồng', 1_200_000_000]]);
    expect(keys('Mỗi hộ được hỗ trợ 3 triệu 500 nghìn đồng; nợ 126 tỷ 090 triệu đồng.')).toEqual(['3500000 đồng', '126090000000 đồng']);
    expect(keys('Tổng 2 tỷ 350 triệu 500 nghìn đồng.')).toEqual(['2350500000 đồng']);
  });

  it('joins no part that is not smaller than the one before', () => {
    expect(keys('được 2 triệu 3 triệu đồng')).toEqual(['3000000 đồng']);
  });

  it('reads two counts side by side across a slash, but no rate\'s base or a measure\'s', () => {
    expect(keys('- Năm 2017: tiếp 2.048 lượt/2.391 người; có 44 lãnh đạo/46 công chức.')).toEqual(['2048 lượt', '2391 người', '44 lãnh đạo', '46 công chức']);
    expect(keys('Sàn có 102 mã tăng/116 mã giảm.')).toEqual(['102 mã', '116 mã']);
    expect(keys('4 bệnh nhân/100.000 dân; tiêu thụ 10,5 lít/100 km; lệ phí 300.000 đồng/3 môn.')).toEqual(['4 bệnh nhân', '10.5 lít', '300000 đồng']);
  });

  it('reads an amount after a slash with the count\'s unit written again as its total, one above it', () => {
    const shares = run('Có 312 thủ tục/1.705 thủ tục được chuẩn hóa; đã chi trả 923,8 tỷ đồng/1.010 tỷ đồng, đạt 91%.');
    expect(shares.map((c) => [c.text, c.value, c.total])).toEqual([
      ['312 thủ tục', 312, 1705],
      ['923,8 tỷ đồng', 923_800_000_000, 1_010_000_000_000],
    ]);
    // words that qualify the unit on both sides: a part of the whole ("hồ sơ trễ hạn" of "hồ sơ tiếp nhận"), where no change verb sets two groups side by side
    expect(run('Năm 2023 có 6.243 hồ sơ trễ hạn/81.560 hồ sơ tiếp nhận.').map((c) => [c.text, c.total])).toEqual([['6.243 hồ sơ', 81_560]]);
    expect(run('Tháng 4: 612 hồ sơ trực tuyến/1.540 hồ sơ tiếp nhận (39,7%).').map((c) => [c.text, c.total])).toEqual([['612 hồ sơ', 1540]]);
    expect(run('chỉ có 6 mẫu dương tính/1.345 mẫu xét nghiệm').map((c) => [c.text, c.total])).toEqual([['6 mẫu', 1345]]);
    // a total below the count: two amounts compared; a measure glued to its figure: a choice; a price's unit: a rate
    expect(keys('Dự án vượt dự toán (6.000 tỷ đồng/4.000 tỷ đồng).')).toEqual(['6000000000000 đồng', '4000000000000 đồng']);
    expect(run('Máy có RAM 4GB/6GB.').map((c) => [c.text, c.total])).toEqual([['4GB', undefined]]);
    expect(keys('Giá 20.000 đồng/kg; vé 50.000 đồng/2 giờ.')).toEqual(['20000 đồng', '50000 đồng']);
  });

  it('counts workers written short ("2.100 NLĐ", "400 CNLĐ"), intellectuals, police posts, unions and chains, and energy in tonnes of oil equivalent', () => {
    expect(keys('Công ty lì xì cho 2.100 NLĐ; tư vấn cho gần 400 CNLĐ; tiếp nhận 45 trí thức trẻ.')).toEqual(['2100 NLĐ', '400 CNLĐ', '45 trí thức']);
    expect(keys('Đơn vị đã giảm 43 đội và 2 đồn.')).toEqual(['43 đội', '2 đồn']);
    expect(keys('Tỉnh hỗ trợ 3 nghiệp đoàn nghề cá và 41 chuỗi liên kết sản xuất.')).toEqual(['3 nghiệp đoàn', '41 chuỗi']);
    expect(keys('Nhu cầu đạt 110 triệu TOE năng lượng sơ cấp.')).toEqual(['110000000 TOE']);
  });

  it('reads a move with "còn" as a range after "từ", and the range after a year that moves', () => {
    expect(keys('Sắp xếp đơn vị hành chính: từ 63 còn 34 tỉnh, thành phố.')).toEqual(['63 tỉnh', '34 tỉnh']);
    expect(keys('đến năm 1997 còn khoảng 5.000 đến 6.000 tên lửa loại này.')).toEqual(['5000 tên lửa', '6000 tên lửa']);
    expect(keys('Huyện có 5 còn 3 xã chưa đạt.')).toEqual(['3 xã']);
  });

  it('gives two counts for a range', () => {
    const items = run('mỗi ngày tiếp 500-600 lượt người đến nộp hồ sơ');
    expect(items.map((c) => [c.value, c.unit, c.text])).toEqual([
      [500, 'lượt người', '500'],
      [600, 'lượt người', '600 lượt người'],
    ]);
    expect(keys('từ 20 đến 25 cán bộ mỗi đợt')).toEqual(['20 cán bộ', '25 cán bộ']);
    expect(keys('ngày 31-7 người dân nộp hồ sơ')).toEqual([]);
  });

  it('gives the low end of a range the multiplier written after the high end', () => {
    expect(run('mức lương 30-50 triệu đồng mỗi tháng').map((c) => [c.value, c.text])).toEqual([
      [30_000_000, '30'],
      [50_000_000, '50 triệu đồng'],
    ]);
    expect(keys('hỗ trợ từ 2 đến 3 tỷ đồng')).toEqual(['2000000000 đồng', '3000000000 đồng']);
  });

  it('reads "từ A lên/xuống B" as two counts of the unit after B', () => {
    expect(keys('giá tăng từ 350.000 lên 570.000 đồng mỗi ngày')).toEqual(['350000 đồng', '570000 đồng']);
    expect(keys('giảm từ 18 xuống còn 12 đơn vị')).toEqual(['18 đơn vị', '12 đơn vị']);
    expect(run('giảm từ 18 xuống còn 12 đơn vị').map((c) => c.change)).toEqual([undefined, undefined]);
  });

  it('without "từ" keeps only the figure the unit follows', () => {
    expect(keys('nâng 5 lên 8 thành viên')).toEqual(['8 thành viên']);
    expect(keys('rút ngắn khoảng cách với top 4 xuống còn 3 điểm')).toEqual(['3 điểm']);
  });

  it('keeps the low end plain where the multiplier would turn the range round', () => {
    expect(keys('vé từ 10.000 đến 1 triệu đồng')).toEqual(['10000 đồng', '1000000 đồng']);
    expect(keys('từ 500.000 - 1 triệu đồng')).toEqual(['500000 đồng', '1000000 đồng']);
  });
});

describe('extractCounts: change', () => {
  it('keeps the change across "hơn"', () => {
    const [item] = extractCounts('Thu ngân sách tăng hơn 10.000 tỷ đồng.', context);
    expect([item.value, item.change, item.qualifier]).toEqual([10_000_000_000_000, 'increase', 'over']);
  });

  it('after giảm / cắt giảm / tăng', () => {
    expect(run('toàn tỉnh đã giảm 103 đơn vị')[0].change).toBe('decrease');
    expect(run('cắt giảm 25 đầu mối')[0].change).toBe('decrease');
    expect(run('(tăng 16 bậc so với năm trước)')[0].change).toBe('increase');
    expect(run('tăng thêm 5 bậc')[0].change).toBe('increase');
    expect(run('giảm được hơn 300 người')[0].change).toBe('decrease');
    expect(run('khối đảng có 17 trường hợp')[0].change).toBeUndefined();
  });

  it('is governed by one verb across coordinated figures', () => {
    const items = run('đã giảm 203 chỉ tiêu biên chế hành chính và 2.458 chỉ tiêu biên chế sự nghiệp');
    expect(items.map((c) => c.change)).toEqual(['decrease', 'decrease']);
    expect(run('tăng 3,3 điểm và 8 bậc so với năm trước').map((c) => [c.value, c.change])).toEqual([
      [3.3, 'increase'],
      [8, 'increase'],
    ]);
    expect(run('Giảm 25 đầu mối, 12 phòng chuyên môn').map((c) => c.change)).toEqual(['decrease', 'decrease']);
  });

  it('stops at another verb or clause', () => {
    const items = run('giảm 271 trường hợp, trong đó khối đảng có 17 trường hợp');
    expect(items.map((c) => c.change)).toEqual(['decrease', undefined]);
    const total = run('số hồ sơ tăng, với tổng số 25,2 ngàn HS (tăng 9,6 ngàn HS so với quý trước)');
    expect(total.map((c) => [c.value, c.change])).toEqual([
      [25200, undefined],
      [9600, 'increase'],
    ]);
  });

  it('ignores "tăng cường", "giảm xuống còn"', () => {
    expect(run('tăng cường 5 cán bộ')[0].change).toBeUndefined();
    expect(run('giảm xuống còn 10 đơn vị')[0].change).toBeUndefined();
  });
});

describe('extractCounts: what is not a count', () => {
  it.each([
    ['6 tháng đầu năm, công tác CCHC được quan tâm'],
    ['Sau hơn 10 năm thực hiện'],
    ['trong 10 ngày đầu tháng 3'],
    ['lúc 14 giờ 30 phút'],
    ['dịch vụ công mức độ 4 là 450 thủ tục'.slice(0, 22)],
    ['Hội nghị lần thứ 4 Ban Chấp hành'],
    ['đại biểu Quốc hội khóa 15 người dân'],
    ['Tầng 2, nhà D'],
    ['năm thứ 2 triển khai'],
    ['theo Đề án số 19 về cải cách'],
    ['Nghị quyết 39 của Bộ Chính trị, Nghị định 108 của Chính phủ'],
    ['Chương trình 135 người dân biết đến'],
    ['1. Công tác chỉ đạo'],
    ['Tiêu chí 1: Đánh giá tổng thể dịch vụ'],
    ['Số điện thoại: 02133 876 650'],
    ['Đường dây nóng 0227.3 646 999 hoạt động từ 7 giờ; gọi 0227 3646 999 người trực luôn nghe máy'],
    ['TCVN ISO 9001:2015 đã triển khai'],
    ['Lượt xem: 1.599\n100%'],
    ['chỉ số đạt 100% TTHC'],
    ['số hiệu 268763 257141 11622'],
    ['một cửa, hai cấp, hàng nghìn đơn vị'],
    ['dịch Covid-19 người dân'],
    ['Năm 2020 tỉnh có chủ trương mới'],
    ['giai đoạn 2016-2020 Quyết định được ban hành'],
    ['Trong năm 2022 đơn vị đã làm tốt'],
    ['hinh anh 1Nhấp chuột'],
    ['Tháng 10/2020 bà được điều động'],
    ['trong đợt 1/2019, toàn tỉnh'],
    ['xếp thứ 3 tỉnh Hải Dương'],
    ['Quận 1 người dân đông'],
    ['thôn 5 hộ dân'],
    ['Phòng 203 cán bộ'],
    ['Quyết định số 3362/QĐ-UBND của UBND'],
    ['Nghị định số 107/2020/NĐ-CP ngày 14/9/2020'],
    ['hạ 5 đồng thời tăng 3 ban hành'],
    ['Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng'],
  ])('%s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('counts after a word that only ends in a label word ("mô hình", "danh mục", "thí điểm")', () => {
    expect(keys('Tỉnh triển khai mô hình 3 cấp.')).toEqual(['3 cấp']);
    expect(keys('UBND tỉnh công bố danh mục 15 TTHC mới.')).toEqual(['15 TTHC']);
    expect(keys('Thực hiện thí điểm 5 xã, thành phần 6 người.')).toEqual(['5 xã', '6 người']);
    expect(keys('Ủy ban Kiểm tra đã kỷ luật 7 cán bộ.')).toEqual(['7 cán bộ']);
    expect(keys('Xử lý dứt điểm 12 dự án, thu hồi 157 ha đất.')).toEqual(['12 dự án', '157 ha']);
  });

  it('keeps a year-like figure that a qualifier or a round value marks as an amount', () => {
    expect(keys('tiếp nhận hơn 2020 hồ sơ trực tuyến')).toEqual(['2020 hồ sơ']);
    expect(keys('công ty có gần 1900 nhân viên')).toEqual(['1900 nhân viên']);
    expect(keys('tuyến cáp dài 2000 km')).toEqual(['2000 km']);
  });

  it.each([
    ['Bộ luật Hình sự 2015 quy định rõ trách nhiệm'],
    ['Luật Đầu tư 2014 quy định về ưu đãi'],
    ['Giải thưởng Thương hiệu 2016 lĩnh vực dịch vụ công'],
    ['Hội nghị 2017 phiên thứ nhất'],
    ['Tại Công văn số 25 ngày 30-5-2017 báo cáo kết quả'],
    ['ngày 12.4 trường tổ chức lễ khai giảng'],
    ['Sáng 5.7 đoàn công tác đến làm việc'],
    ['thanh tra lần 1 việc quản lý đất đai'],
    ['Người bệnh nằm ở buồng 216 khoa Nội'],
    ['Số tài khoản: 102030405060 Ngân hàng Nông nghiệp'],
    ['chiếm khoảng 1/3 dân số cả nước'],
    ['làm việc 24/24 quỹ thời gian trong ngày'],
    ['Nghị quyết Trung ương 6 khóa X về tổ chức bộ máy'],
    ['số đo 90-60-90 người mẫu'],
    ['phim thu về 50 tỷ sau 5 ngày công chiếu'],
  ])('is no count: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('keeps amounts that look like a dotted date without a day word before them', () => {
    expect(keys('điểm chuẩn từ 15.5 điểm trở lên')).toEqual(['15.5 điểm']);
    expect(keys('giá bán từ 29.7 triệu đồng')).toEqual(['29700000 đồng']);
  });
});

describe('extractCounts: the nouns news reports count', () => {
  it.each([
    ['Đến nay đã có 12 công ty và 3 tập đoàn tham gia.', ['12 công ty', '3 tập đoàn']],
    ['Hệ thống kết nối 7 cảng biển và 4 cảng hàng không quốc tế.', ['7 cảng biển', '4 cảng hàng không']],
    ['Tờ khai được xử lý tại 15 cửa khẩu, 6 sân bay.', ['15 cửa khẩu', '6 sân bay']],
    ['Có 25 hãng hàng không đăng ký tham gia.', ['25 hãng hàng không']],
    ['Khoa có 8 giảng viên, trong đó 3 tiến sĩ và 5 thạc sĩ.', ['8 giảng viên', '3 tiến sĩ', '5 thạc sĩ']],
    ['Chính sách tác động tới hơn 1 triệu thầy cô giáo.', ['1000000 thầy cô giáo']],
    ['Cơ quan điều tra khởi tố 4 bị can, truy tố 2 bị cáo.', ['4 bị can', '2 bị cáo']],
    ['Thành phố có gần 9 triệu dân.', ['9000000 dân']],
    ['Cục đã giải quyết xong 215 việc thi hành án.', ['215 việc']],
    ['Đề án nêu 5 yếu tố, 3 trụ cột và 4 hình thức tổ chức.', ['5 yếu tố', '3 trụ cột', '4 hình thức']],
    ['Ngư dân đóng mới 12 tàu cá vỏ thép.', ['12 tàu cá']],
    ['Bệnh viện tiếp nhận 40 ca cấp cứu.', ['40 ca']],
    ['Tòa đã tuyên 120 bản án có hiệu lực.', ['120 bản án']],
    ['Thị xã có 2 chi đoàn và 1 khoa mới.', ['2 chi đoàn', '1 khoa']],
    ['Hội nghị có 300 đại diện doanh nghiệp.', ['300 đại diện']],
    ['Ban Thường vụ kỷ luật 2 thành ủy viên.', ['2 thành ủy viên']],
    ['Công ty nhập 50 chiếc xe và 3 container hàng.', ['50 chiếc xe', '3 container']],
    ['quy hoạch cho dân số 15-30 triệu người', ['15000000 người', '30000000 người']],
    ['Diện tích thu hồi là 96 hay 106 ha, cần 2 hoặc 3 người đo đạc.', ['96 ha', '106 ha', '2 người', '3 người']],
    ['Năm 2018 và 2020 sân bay sẽ đón 45 và 49 triệu khách.', ['45000000 khách', '49000000 khách']],
    ['Hai phiên bản lần lượt sản xuất 1.402 và 278 chiếc.', ['1402 chiếc', '278 chiếc']],
    ['Hai mẫu lần lượt giảm 140 và 100 triệu đồng.', ['140000000 đồng', '100000000 đồng']],
    ['Anh ghi 38 bàn tại Ligue 1 và 50 bàn trên mọi mặt trận.', ['38 bàn', '50 bàn']],
    ['Họ dự trận chung kết World Cup 2014 và 2 trận chung kết khác.', ['2 trận']],
    ['thu giữ xe máy BKS 19Y1 - 3735 và 1 dao nhọn', ['1 dao']],
    ['Trường tuyển cho cơ sở 1 và 135 học sinh cho lớp không chuyên.', ['135 học sinh']],
    ['Giá lần lượt là 94,5 và 106 – 107,4 triệu đồng.', ['106000000 đồng', '107400000 đồng']],
    ['Số xã triển khai lần lượt là 45, 52 và 60 xã.', ['45 xã', '52 xã', '60 xã']],
    ['Hỗ trợ kinh phí cho các xã (mức 50 - 80 triệu đồng/xã).', ['50000000 đồng', '80000000 đồng']],
    ['Giá xuống còn mức 592 và 642 triệu đồng.', ['592000000 đồng', '642000000 đồng']],
    ['Dịch vụ mức 3 - 4 có 100 hồ sơ.', ['100 hồ sơ']],
    ['Ba địa phương lần lượt là 52.416, 11.208 và 8.211 hồ sơ.', ['52416 hồ sơ', '11208 hồ sơ', '8211 hồ sơ']],
    ['Vé có ba mệnh giá 100, 200 và 300 nghìn đồng.', ['100000 đồng', '200000 đồng', '300000 đồng']],
    ['Các năm 2015, 2016 và 3 người khác.', ['3 người']],
    ['Có 1, 200 và 300 hộ tham gia.', ['200 hộ', '300 hộ']],
    ['Dự án chia làm 3 giai đoạn, nêu 2 nguyên nhân và 4 khó khăn.', ['3 giai đoạn', '2 nguyên nhân', '4 khó khăn']],
    ['Hàng hóa xuất sang 40 thị trường, diện tích 1.200 hecta.', ['40 thị trường', '1200 hecta']],
    ['Doanh nghiệp nêu 12 vướng mắc, 3 bất cập.', ['12 vướng mắc', '3 bất cập']],
    ['UBND tỉnh giao 84 đầu việc cho các sở, ngành.', ['84 đầu việc']],
    ['Sau sắp xếp, tỉnh giảm 20 cấp phó, còn thừa 1 Phó Giám đốc sở.', ['20 cấp phó', '1 Phó Giám đốc']],
    ['Huyện có 5 Phó Chủ tịch UBND xã và 12 Phó trưởng phòng dôi dư.', ['5 Phó Chủ tịch', '12 Phó trưởng phòng']],
    ['Hộ dân có gần 600 con vịt, 40 bao ngô và 3 xô thức ăn.', ['600 con', '40 bao', '3 xô']],
    ['Đoàn gồm 18 thực khách, 3 phụ nữ và 21.403 du học sinh.', ['18 thực khách', '3 phụ nữ', '21403 du học sinh']],
    ['Dự án vay 80 triệu euro và 3,5 tỷ yên.', ['80000000 euro', '3500000000 yên']],
    ['Xã cấp 18 giấy khai sinh, cắm 57 mốc giới, trồng 500 cây xanh.', ['18 giấy', '57 mốc giới', '500 cây']],
    ['Buổi đối thoại có 300 nhân dân, 9 cụ cao tuổi và 30 em học sinh.', ['300 nhân dân', '9 cụ', '30 em']],
    ['Hỗ trợ xây 5 căn nhà, 3 ngôi trường và 2 gói hỗ trợ.', ['5 căn nhà', '3 ngôi', '2 gói']],
    ['Vụ việc có 3 nữ sinh, 4 cảnh sát, 8 nạn nhân và 18.960 hướng dẫn viên.', ['3 nữ sinh', '4 cảnh sát', '8 nạn nhân', '18960 hướng dẫn viên']],
    ['Quán bán 100 bát phở, 2 chai bia; trao 200 suất quà.', ['100 bát', '2 chai', '200 suất quà']],
    ['Dự án có gần 1.000 công nhân, xây 4 tòa nhà.', ['1000 công nhân', '4 tòa nhà']],
    ['Công ty nợ 4,4 triệu đô la, 300.000 NDT và 200 tệ.', ['4400000 đô la', '300000 NDT', '200 tệ']],
    ['Căn hộ giá 300.000 Đài tệ; vụ pháo kích gây 3.000 thương vong.', ['300000 Đài tệ', '3000 thương vong']],
    ['Toàn tỉnh có 1.326 già làng tham gia làm hòa giải viên.', ['1326 già làng']],
    ['Tỉnh nhận 40 lưu học sinh Lào; 1.741 chính quyền địa phương kết nối; tiết kiệm 2,3 tỷ ringgit.', ['40 lưu học sinh', '1741 chính quyền', '2300000000 ringgit']],
    ['Mỗi lớp học trong 8 tháng, gồm 15 học phần; ứng viên qua 2 phần thi.', ['15 học phần', '2 phần thi']],
    ['Tỉnh bồi dưỡng 150 CIO cấp sở và 250 văn thư cơ quan.', ['150 CIO', '250 văn thư']],
    ['Các hộ đề nghị bố trí 32 nền tái định cư.', ['32 nền']],
    ['Người dân được tiêm 3 mũi vắc xin; tỉnh có 2 đô thị loại I.', ['3 mũi', '2 đô thị']],
    ['Đội ghi 17 bàn sau 35 trận; xe 7 chỗ bán 520 vé và 3 lô hàng.', ['17 bàn', '35 trận', '7 chỗ', '520 vé', '3 lô']],
    ['Tỉnh xác định 3 đột phá, 9 Ủy ban; gia đình 4 đời, 3 thế hệ có 3 sào ruộng.', ['3 đột phá', '9 Ủy ban', '4 đời', '3 thế hệ', '3 sào']],
    ['Hai nước ký 12 hiệp định; luật có 117 điều, xử lý 2 hành vi; xe có 3 màu.', ['12 hiệp định', '117 điều', '2 hành vi', '3 màu']],
    ['Dự án có 15 hạng mục, chỉnh trang 28 tuyến đường và xây 5 lớp học.', ['15 hạng mục', '28 tuyến', '5 lớp']],
    ['Tất cả 13 trường hợp này đều được hỗ trợ.', ['13 trường hợp']],
    ['Đã số hóa 120.000 dữ liệu hộ tịch, cấp 1.200 thửa đất.', ['120000 dữ liệu', '1200 thửa đất']],
    ['Đồng chí nêu 5 yêu cầu, 3 nguyên tắc; mở 2 khóa học.', ['5 yêu cầu', '3 nguyên tắc', '2 khóa học']],
    ['Giải báo chí về CCHC nhận 139 tác phẩm, trao 1 giải A, 3 giải B và 5 giải khuyến khích.', ['139 tác phẩm', '1 giải', '3 giải', '5 giải']],
    ['Tỉnh tặng 25 danh hiệu Chiến sĩ thi đua, 2 huân chương và 40 phần thưởng.', ['25 danh hiệu', '2 huân chương', '40 phần thưởng']],
    ['Dự thảo Luật gồm 8 chương với 35 đề mục.', ['8 chương', '35 đề mục']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('does not take "khoa học" or "việc này" for a unit', () => {
    expect(keys('có 3 khoa học viên')).toEqual([]);
    expect(keys('Đến 2017 việc này mới xong')).toEqual([]);
  });

  it('reads a measure glued to its figure', () => {
    expect(keys('Khu kinh tế rộng 750km2, trồng 20ha rừng trên 1.200m2 đất.')).toEqual(['750 km2', '20 ha', '1200 m2']);
    expect(keys('Xe nặng 1.500kg, chạy 5km.')).toEqual(['1500 kg', '5 km']);
    expect(keys('Lương 600USD/tháng.')).toEqual(['600 USD']);
    expect(keys('Học phí 180.000đ/tháng; xe 1.500cm3.')).toEqual(['180000 đ', '1500 cm3']);
    expect(keys('Mạng 4G và 5G phủ 12A khu.')).toEqual([]);
  });

  it('does not take a verb that opens with a counted noun for one ("giải quyết", "giải ngân")', () => {
    expect(keys('Trong số đó, 1.150 giải quyết đúng hạn; 20 giải trình chậm.')).toEqual([]);
    expect(keys('Mẫu Galaxy Note 8 trang bị camera kép; SEA Games 29 sở dĩ đông đoàn.')).toEqual([]);
    expect(keys('Theo Điều 5 căn cứ vào luật; có 2 cụ thể là.')).toEqual([]);
    expect(keys('Hai bên đã 2 bàn giao mặt bằng; 3 quả thật là khó.')).toEqual([]);
    expect(keys('Gia đình sống trong nhà cấp 4 đơn sơ.')).toEqual([]);
    expect(keys('Xe 29A-638.30 điều khiển; 103 điều trị tại viện; khoản 2, 3 và 4 Điều 20 Luật Cư trú.')).toEqual([]);
  });

  it('reads the figure after a year joined to it by a word ("năm 2016 tới 93.000 DN"), not after a date\'s dash', () => {
    expect(keys('Riêng năm 2016 tới 93.000 DN gặp khó khăn.')).toEqual(['93000 DN']);
    expect(keys('Chính phủ Anh ngày 17- 6 thông báo lịch họp.')).toEqual([]);
    expect(keys('Có 175 cấp cứu trong đêm; máy 6 sở hữu chip mới.')).toEqual([]);
    expect(keys('Huyện có 8 trang thông tin điện tử và 3 cấp chính quyền.')).toEqual(['8 trang thông tin', '3 cấp']);
  });
});

describe('extractCounts: qualifier and subject', () => {
  it('keeps the qualifier without changing the value', () => {
    expect(run('gần 27.000 hồ sơ TTHC')[0]).toMatchObject({ value: 27000, qualifier: 'nearly', unit: 'hồ sơ', subject: 'hồ sơ TTHC' });
    expect(run('khoảng 12,5 tỷ đồng')[0]).toMatchObject({ value: 12_500_000_000, qualifier: 'about' });
    expect(run('tối thiểu 3 cán bộ')[0].qualifier).toBe('at_least');
  });

  it('names what is counted', () => {
    expect(run('Đã ban hành 315 quyết định công bố danh mục.')[0].subject).toBe('quyết định công bố danh mục');
    expect(run('Tiếp nhận 28.817 hồ sơ TTHC; giải quyết xong.')[0].subject).toBe('hồ sơ TTHC');
    expect(run('gồm 1.833 thủ tục cấp tỉnh, 301 thủ tục cấp huyện').map((c) => c.subject)).toEqual(['thủ tục cấp tỉnh', 'thủ tục cấp huyện']);
    expect(run('Chỉ số CCHC năm 2022 của huyện đạt 89,16 điểm.')[0].subject).toBe('Chỉ số CCHC năm 2022 của huyện');
  });
});

describe('extractCounts: robustness', () => {
  it('reads no count from long runs of digits, commas, slashes and names', () => {
    const inputs = ['9'.repeat(50_000) + ' người', ','.repeat(100_000), '1/'.repeat(40_000) + '2 tỉnh', 'Nguyễn Văn '.repeat(20_000)];
    for (const input of inputs) expect(run(input)).toEqual([]);
  });

  it('reads every count of a long list of them', () => {
    expect(run('5 người, '.repeat(5_000))).toHaveLength(5_000);
  });

  it('handles non-breaking spaces like spaces', () => {
    expect(keys('giảm\u00a0315\u00a0người')).toEqual(['315 người']);
  });
});

describe('extractCounts: occasions ("lần")', () => {
  it.each([
    ['Năm 2016 có 7 doanh nghiệp bị thanh tra, kiểm tra hơn 20 lần.', ['7 doanh nghiệp', '20 lần']],
    ['Đoàn đã làm việc với tỉnh 3 lần trong quý.', ['3 lần']],
    ['Sau 7 lần thương lượng, hai bên đã thống nhất.', ['7 lần']],
    ['Mỗi năm kiểm tra 2 - 3 lần tại mỗi đơn vị.', ['2 lần', '3 lần']],
    ['Việc thanh tra chỉ tiến hành 1 lần/năm.', ['1 lần']],
  ])('counts how often: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    'Số hồ sơ trực tuyến tăng gấp 3 lần năm trước.',
    'Doanh thu đã tăng lên hơn 10 lần.',
    'Giá bồi thường cao 2,5 – 4,8 lần bảng giá.',
    'Số vụ việc nhiều hơn 2 lần so với năm 2015.',
    'Năng suất lao động thấp hơn của Singapore tới gần 16 lần.',
    'Chi phí giảm 3 lần nhờ dịch vụ công trực tuyến.',
    'Chỉ số COD vượt 18 lần quy chuẩn.',
  ])('leaves a ratio alone: %s', (text) => {
    expect(keys(text).filter((k) => k.endsWith(' lần'))).toEqual([]);
  });

  it('does not read "lần lượt" as a unit', () => {
    expect(keys('Ba đơn vị đạt 95, 90 và 85 lần lượt ở các vị trí.')).toEqual([]);
  });

  it('still leaves the ordinal "lần thứ 4" alone', () => {
    expect(keys('Đại hội lần thứ 4 diễn ra tại tỉnh.')).toEqual([]);
  });
});

describe('extractCounts: ratios listed after a ratio', () => {
  it('reads every "N lần" of the clause as a ratio', () => {
    expect(keys('Năng suất thấp hơn Singapore gần 16 lần, thấp hơn Nhật Bản 11 lần và Hàn Quốc 10 lần.')).toEqual([]);
  });

  it('counts again after the sentence ends', () => {
    expect(keys('Doanh thu tăng gấp 3 lần. Đoàn đã kiểm tra 2 lần.')).toEqual(['2 lần']);
  });
});

describe('extractCounts: nouns of markets, trade and measures', () => {
  it.each([
    ['Công ty phát hành hơn 33 triệu cổ phiếu để trả cổ tức.', ['33000000 cổ phiếu']],
    ['MSN phát hành 379 triệu cp thưởng cho 3.472 cổ đông.', ['379000000 cp', '3472 cổ đông']],
    ['Sân bay có thể đón 35 triệu hành khách mỗi năm.', ['35000000 hành khách']],
    ['Hai bên ký kết 14 văn kiện hợp tác.', ['14 văn kiện']],
    ['Tỉnh đã xảy ra 03 ổ dịch cúm gia cầm và cắm 30 cột mốc.', ['3 ổ dịch', '30 cột mốc']],
    ['Khách hàng mua 2 chỉ vàng lấy may.', ['2 chỉ vàng']],
    ['Nhu cầu khoảng 15.000 LĐ trong năm.', ['15000 LĐ']],
    ['Đoạn đường dài 274 m, rộng 6m.', ['274 m', '6 m']],
    ['Có 6 sự việc, 3 thách thức và 151 đề nghị cần xử lý.', ['6 sự việc', '3 thách thức', '151 đề nghị']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('reads "M" in capitals as no metre ("7 M. Pugh" is a shirt number and an initial)', () => {
    expect(keys('Đội hình: 3 S. Cook, 7 M. Pugh, 19 J. Stanislas.')).toEqual([]);
  });
});

describe('extractCounts: common fractions', () => {
  it.each(['Bà con mới nhận 1/3 tiền đền bù.', 'ROS đã chiếm 1/3 thị trường.', 'Thêm 1/2 muỗng cà phê bột quế.', 'Khoảng 2/3 chợ bị cháy.'])(
    'reads a fraction of a thing or a place as no count: %s',
    (text) => {
      expect(keys(text)).toEqual([]);
    },
  );

  it('counts a fraction of people or of units of government as a share', () => {
    const shares = (text: string) => run(text).map((c) => [c.value, c.unit, c.total]);
    expect(shares('Đoàn chỉ ra hạn chế: 2/3 trung tâm y tế huyện chưa niêm yết công khai.')).toEqual([[2, 'trung tâm', 3]]);
    expect(shares('Tại 2/3 huyện được kiểm tra, bộ phận một cửa chưa bố trí ghế chờ.')).toEqual([[2, 'huyện', 3]]);
    expect(shares('Khoảng 1/3 doanh nghiệp mất trên 10% quỹ thời gian; 2/3 công chức trực đúng giờ.')).toEqual([
      [1, 'doanh nghiệp', 3],
      [2, 'công chức', 3],
    ]);
  });

  it('still counts a share out of a few ("chơi 2/4 trận", "1 trong 3 đội")', () => {
    expect(run('Hậu chơi 2/4 trận, đội gặp 1 trong 3 đội.').map((c) => [c.value, c.total])).toEqual([
      [2, 4],
      [1, 3],
    ]);
  });
});

describe('extractCounts: a range whose high end has its measure glued on', () => {
  it.each([
    ['Giá dao động 6.500-7.500đ/kg.', ['6500 đ', '7500 đ']],
    ['Mỗi hộ được giao 20-30ha đất rừng.', ['20 ha', '30 ha']],
    ['Lượng mưa phổ biến 100 - 300mm.', ['100 mm', '300 mm']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('reads an amount after "về mức", "lên mức"', () => {
    expect(keys('Đề xuất tăng học phí về mức 15 hay 30 nghìn đồng.')).toEqual(['15000 đồng', '30000 đồng']);
  });
});

describe('extractCounts: more nouns from the annotated sets', () => {
  it.each([
    ['Cơ quan điều tra đã khởi tố 3 tội danh.', ['3 tội danh']],
    ['Danh mục có 1.970 mặt hàng và 126 tên thuốc.', ['1970 mặt hàng', '126 tên thuốc']],
    ['Tàu cá hoạt động cách bờ 20 hải lý, có 5 chủ tàu bị phạt.', ['20 hải lý', '5 chủ tàu']],
    ['Công an thu giữ 400 viên thuốc lắc.', ['400 viên']],
    ['Giá 117.734VNĐ/tấn; viên nén 20 mg là liều dùng.', ['117734 VNĐ', '20 mg']],
    ['Huyện có 15 trang trại và 3 ứng viên.', ['15 trang trại', '3 ứng viên']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('reads a month and year written with a point as no count ("tháng 9.2016 cơ quan …")', () => {
    expect(keys('Trước đó, tháng 9.2016 cơ quan điều tra đã vào cuộc.')).toEqual([]);
  });
});

describe('extractCounts: floors, rounds, wheels, sides', () => {
  it.each([
    ['Chung cư cao 27 tầng gồm 25 tầng nổi và 3 tầng hầm.', ['27 tầng', '25 tầng', '3 tầng hầm']],
    ['Thí sinh phải qua 3 vòng thi.', ['3 vòng']],
    ['Xe 3 bánh bỏ chạy; tàu 300 CV ra khơi.', ['3 bánh', '300 CV']],
    ['Hai bên ký kết: 2 bên cùng có lợi, 130 nữ đại biểu tán thành.', ['2 bên', '130 nữ đại biểu']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('leaves the ordinals "tầng 2", "vòng 2" alone', () => {
    expect(keys('Phòng họp ở tầng 2, đội vào vòng 2.')).toEqual([]);
  });
});

describe('extractCounts: nouns from the fourteenth annotated set', () => {
  it.each([
    ['Kiểm lâm phát hiện 89 gốc cây bị chặt.', ['89 gốc cây']],
    ['Khu dân cư có gần 15.000 nhân khẩu và 6 cụm dân cư.', ['15000 nhân khẩu', '6 cụm dân cư']],
    ['Cả nước có 325 KCN; 19 ĐB đăng ký phát biểu.', ['325 KCN', '19 ĐB']],
    ['Ông đã giữ chức 2 nhiệm kỳ, ký với 20 đối tác.', ['2 nhiệm kỳ', '20 đối tác']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('extractCounts: a share of amounts, addresses, buildings', () => {
  it('gives the share’s first figure the total’s multiplier ("72/160 tỷ đồng")', () => {
    expect(run('Giải ngân khoảng 72/160 tỷ đồng.').map((c) => [c.value, c.total])).toEqual([[72e9, 160e9]]);
  });

  it.each([
    ['Khả năng chỉ khoảng 1/10 triệu ca.', [[1, 1e7]]],
    ['Khoảng 36.000 trong tổng số 9,5 triệu trẻ em.', [[36000, 9.5e6]]],
  ])('keeps the first figure plain where it is not one of the same scale: %s', (text, expected) => {
    expect(run(text).map((c) => [c.value, c.total])).toEqual(expected);
  });

  it.each(['Lãnh đạo Q.9 báo cáo tình hình.', 'Ông ở chung cư Thới An, P.14 quận Gò Vấp.'])('reads a district or ward as no count: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it.each([
    ['Dự án có 2 tòa chung cư và 1 tòa văn phòng.', ['2 tòa chung cư', '1 tòa']],
    ['Hai bên ký 36 thỏa thuận, đưa ra 3 phương án tại 47 địa điểm.', ['36 thỏa thuận', '3 phương án', '47 địa điểm']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('extractCounts: workers abbreviated', () => {
  it('counts CNVC, CNVCLĐ, CBCNV', () => {
    expect(keys('Công ty có 16 CNVC, 1.600 CNVCLĐ và 22.000 CBCNV.')).toEqual(['16 CNVC', '1600 CNVCLĐ', '22000 CBCNV']);
  });
});

describe('extractCounts: zeros split off a figure', () => {
  it('reads no count of 0 from "30. 000 đồng"', () => {
    expect(keys('Phải nộp 30. 000 đồng cho 1 lượt xe qua.')).toEqual(['1 lượt xe']);
  });
});

describe('extractCounts: nouns from the last annotated sets', () => {
  it.each([
    ['Mỗi năm có khoảng 3.500 trẻ tử vong; cả nước có 458 bãi rác.', ['3500 trẻ', '458 bãi rác']],
    ['Vùng biển có 500 loài cá, phát hiện 40 xác động vật.', ['500 loài', '40 xác']],
    ['Dự thảo bổ sung 5 phụ lục, giá 23,6 cents.', ['5 phụ lục', '23.6 cents']],
    ['Khách sạn có 253 buồng phòng và 6 bể bơi, do 3 nơi quản lý.', ['253 buồng phòng', '6 bể bơi', '3 nơi']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each(['Khoản 2 bãi bỏ quy định cũ.', 'Quyết định 5 xác định rõ trách nhiệm.'])('reads a verb that opens with a unit word as none: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('extractCounts: a list of ratios', () => {
  it.each(['Giá cao gấp 10, 15 lần mức cũ.', 'Hàm lượng Florua cao gấp 245 và 260 lần mức cho phép.'])('counts no occasion: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('extractCounts: timber, obstacles, ambassadors', () => {
  it('counts each', () => {
    expect(keys('Thu giữ 7 súc gỗ, tháo dỡ 3.000 vật cản; trao quyết định cho 22 Đại sứ.')).toEqual(['7 súc gỗ', '3000 vật cản', '22 Đại sứ']);
  });
});

describe('extractCounts: heritage, festivals, records, hectares', () => {
  it('counts each', () => {
    expect(keys('Có 202 di sản, 6 lễ hội, lập 7.000 biên bản trên 50 hécta.')).toEqual(['202 di sản', '6 lễ hội', '7000 biên bản', '50 hécta']);
  });
});

describe('extractCounts: statues, bridges, players, senators', () => {
  it('counts each', () => {
    expect(keys('Đặt 11 tượng, khởi công 2 cầu, đăng ký 21 cầu thủ; 50 thượng nghị sĩ và 4 Phó Thủ tướng dự.')).toEqual([
      '11 tượng',
      '2 cầu',
      '21 cầu thủ',
      '50 thượng nghị sĩ',
      '4 Phó Thủ tướng',
    ]);
  });

  it('reads no bridge in "cầu lông", "cầu nối"', () => {
    expect(keys('Giải có 8 cầu lông thủ; 2 cầu nối được lập.')).toEqual([]);
  });
});

describe('extractCounts: the commonest nouns still left after figures in general news', () => {
  it('counts each', () => {
    expect(keys('Tiêu diệt 20 tên, bắt 3 nghi phạm, thu 80 khẩu súng; chi 34 triệu bảng; 2 anh em và 6 thủy thủ mất tích.')).toEqual([
      '20 tên',
      '3 nghi phạm',
      '80 khẩu súng',
      '34000000 bảng',
      '2 anh em',
      '6 thủy thủ',
    ]);
  });
});

describe('extractCounts: "nơi" relating a place to a clause, horsepower glued on', () => {
  it('reads no place counted in "Ecohome 1 nơi ông Thọ sinh sống"', () => {
    expect(keys('Khu nhà Ecohome 1 nơi ông Thọ đăng ký và sinh sống.')).toEqual([]);
  });

  it('counts "400CV"', () => {
    expect(keys('Tàu có công suất từ 400CV trở lên.')).toEqual(['400 CV']);
  });
});

describe('extractCounts: lakes, parks, mines, villas', () => {
  it('counts each', () => {
    expect(keys('Hà Nội còn 122 hồ, xây thêm 25 công viên; tỉnh có 22 mỏ và 6 biệt thự.')).toEqual(['122 hồ', '25 công viên', '22 mỏ', '6 biệt thự']);
  });
});

describe('extractCounts: phones, computers and appliances', () => {
  it('counts measures glued on or apart', () => {
    expect(keys('Pin 3.200mAh, RAM 4GB, bộ nhớ 64 GB, camera 13MP, chip 1,5GHz, công suất 3W, mạng 100 Mbps.')).toEqual([
      '3200 mAh',
      '4 GB',
      '64 GB',
      '13 MP',
      '1.5 GHz',
      '3 W',
      '100 Mbps',
    ]);
  });

  it('reads no measure from a model name', () => {
    expect(keys('Xe dẫn động 4WD, bản 5G.')).toEqual([]);
  });
});

describe('extractCounts: degrees', () => {
  it('counts temperatures, angles and magnitudes', () => {
    expect(keys('Nhiệt độ lên hơn 40 độ C, có nơi 5 độ; xoay 180 độ; động đất 6,5 độ Richter.')).toEqual([
      '40 độ C',
      '5 độ',
      '180 độ',
      '6.5 độ Richter',
    ]);
  });

  it('reads no degree where a new sentence opens with "Độ" after a lost full stop', () => {
    expect(keys('Gió cấp 2-3 Độ ẩm từ 60 - 97.')).toEqual([]);
  });
});

describe('extractCounts: rows of buildings, switchboards and producers', () => {
  it('counts each, a row in lower case only', () => {
    expect(keys('Sở bố trí 2 tổng đài hỗ trợ, xây thêm 3 dãy phòng học và 1 dãy nhà; 274 sản phẩm của 165 chủ thể.')).toEqual([
      '2 tổng đài',
      '3 dãy phòng học',
      '1 dãy nhà',
      '274 sản phẩm',
      '165 chủ thể',
    ]);
    expect(keys('Đáp án là 0,5 Dãy số chia làm hai phần.')).toEqual([]);
  });
});

describe('extractCounts: boats and certified copies', () => {
  it('counts each', () => {
    expect(keys('Huy động 18 xuồng, 3 ca nô; Sở Tư pháp cấp 1.125 chứng thực điện tử.')).toEqual(['18 xuồng', '3 ca nô', '1125 chứng thực']);
    expect(keys('Việt Nam chấp nhận 182 khuyến nghị.')).toEqual(['182 khuyến nghị']);
    expect(keys('Thanh tra phát hiện 63 sai sót trong nghiệp vụ kế toán.')).toEqual(['63 sai sót']);
  });
});

describe('extractCounts: water supply and labour rules', () => {
  it('counts each', () => {
    expect(keys('Tỉnh hỗ trợ 1.500 bồn chứa nước và làm 4.215 đấu nối mới.')).toEqual(['1500 bồn', '4215 đấu nối']);
    expect(keys('Rà soát nguồn nước trên 5 lưu vực sông chính.')).toEqual(['5 lưu vực sông']);
    expect(keys('Ban tiếp nhận 356 nội quy lao động, 214 thỏa ước lao động tập thể.')).toEqual(['356 nội quy', '214 thỏa ước']);
  });
});

describe('extractCounts: post offices and military commanders', () => {
  it('counts each', () => {
    expect(keys('Có 95 điểm phục vụ, gồm 1 bưu điện tỉnh và 8 bưu điện huyện.')).toEqual(['95 điểm phục vụ', '1 bưu điện', '8 bưu điện']);
    expect(keys('Bộ CHQS tỉnh bổ nhiệm 312 chỉ huy trưởng, 40 chỉ huy phó Ban CHQS cấp xã.')).toEqual(['312 chỉ huy trưởng', '40 chỉ huy phó']);
  });
});

describe('extractCounts: a whole share after a dated clause', () => {
  it('counts the share that opens the clause after a date and its year', () => {
    expect(run('Ngày 12/02/2022, 8/8 huyện, thị xã đồng loạt tổ chức lễ giao quân.').map((c) => [c.value, c.total, c.unit])).toEqual([[8, 8, 'huyện']]);
  });
  it('still reads a day and month after a date as one', () => {
    expect(keys('Ngày 12/02/2022, 13/2 người dân được nghỉ.')).toEqual([]);
  });
});

describe('extractCounts: radio stations', () => {
  it('counts stations in lower case, not a place that opens with "Đài"', () => {
    expect(keys('Toàn tỉnh có 123 đài truyền thanh ứng dụng CNTT-VT, trong đó 218 đài đã nâng cấp.')).toEqual(['123 đài truyền thanh', '218 đài']);
    expect(keys('Xuất khẩu sang 3 Đài Loan và Nhật Bản.')).toEqual([]);
  });
});

describe('extractCounts: nouns found by annotators of general news', () => {
  it('counts each', () => {
    expect(keys('Đoàn có 2 bố con, 3 cha con; máy có 2 loa; 6 lệnh trừng phạt; 19.200 công đoàn cơ sở; 3 kiểu tóc; 7,5 tỉ ruble.')).toEqual([
      '2 bố con',
      '3 cha con',
      '2 loa',
      '6 lệnh',
      '19200 công đoàn cơ sở',
      '3 kiểu',
      '7500000000 ruble',
    ]);
  });

  it('counts shots, not "phát hiện"', () => {
    expect(keys('Bắn 21 phát pháo; năm 2017 phát hiện 3 vụ.')).toEqual(['21 phát pháo', '3 vụ']);
  });

  it('counts doors and gates, and the dead', () => {
    expect(keys('Nhà ga có 4 cửa đi và 10 cửa ra máy bay; tìm thấy 3 thi thể.')).toEqual(['4 cửa', '10 cửa', '3 thi thể']);
  });

  it('reads no door in a street name nor in the one-stop mechanism, no lie in "gian lận", no leaf in a pine\'s name', () => {
    expect(keys('Cắt điện từ 9-15 Cửa Đông; hải quan 1 cửa rút ngắn thời gian; lớp 12 gian lận; gỗ thông 3 lá.')).toEqual([]);
  });

  it('reads no count in a road named by its short name and number', () => {
    expect(keys('Tuyến QL 37 đoạn qua xã bị sạt lở; dự án đường tỉnh 885 đoạn qua huyện; ĐT 741 đoạn qua thị xã; TL 8 đoạn cuối.')).toEqual([]);
    expect(keys('Sạt lở 3 đoạn trên QL 37.')).toEqual(['3 đoạn']);
  });
});

describe('extractCounts: a field label after a number', () => {
  it('reads no count in "hotline 19006766 Nguồn: VTV"', () => {
    expect(keys('Liên hệ hotline 19006766 Nguồn: VTV')).toEqual([]);
  });

  it('still counts a capitalised body before a colon', () => {
    expect(keys('An toàn thực phẩm do 3 Bộ: Công Thương, Y tế, Nông nghiệp quản lý.')).toEqual(['3 Bộ']);
  });
});

describe('extractCounts: nouns from three more unseen sets', () => {
  it('counts each', () => {
    expect(keys('Bắt 3 nghi can, thu 2 CMND; 6 tộc người; 16 cống thủy lợi; 2 mộ tập thể; 200.000 hài cốt; 1 trai, 1 gái; 8 giếng; 2 biện pháp.')).toEqual([
      '3 nghi can',
      '2 CMND',
      '6 tộc người',
      '16 cống',
      '2 mộ tập thể',
      '200000 hài cốt',
      '1 trai',
      '1 gái',
      '8 giếng',
      '2 biện pháp',
    ]);
  });

  it('reads no count in a voltage class ("đường dây 500kV", "trạm 220KV"), the name of a line or a station', () => {
    expect(keys('Đường dây 500kV mạch 3 và trạm biến áp 220KV Sóc Sơn.')).toEqual([]);
  });

  it('reads no count in a fishing boat\'s number', () => {
    expect(keys('Tàu cá BĐ 95627 TS của ông Trần Thái Thi.')).toEqual([]);
  });
});

describe('extractCounts: nouns from sets 32 and 33, "đồng" after a multiplier', () => {
  it('counts each', () => {
    expect(keys('Mua 50 ký gạo; thu 1 dao, 1 kiếm; 14 pháp nhân; liệt 2 chân; gần 400 quán; 4 nguyện vọng.')).toEqual([
      '50 ký',
      '1 dao',
      '1 kiếm',
      '14 pháp nhân',
      '2 chân',
      '400 quán',
      '4 nguyện vọng',
    ]);
  });

  it('reads the currency after a multiplier though the next word would make "đồng hành"', () => {
    expect(keys('Con tàu trị giá 15,2 tỷ đồng hành nghề lưới vây.')).toEqual(['15200000000 đồng']);
  });

  it('reads no count in a ring road\'s number, nor a verb after a year', () => {
    expect(keys('Mở rộng đường vành đai 3 đoạn Mai Dịch – cầu Thăng Long; năm 2017 quán triệt nghị quyết.')).toEqual([]);
  });
});

describe('extractCounts: "tổng điểm" before the subjects it adds up', () => {
  it('counts them', () => {
    expect(keys('Điểm xét tuyển là tổng điểm 3 bài thi; chấm điểm 5 đơn vị.')).toEqual(['3 bài', '5 đơn vị']);
  });

  it('counts what is recalled, restored or answered after "hồi", no time there', () => {
    expect(keys('Mazda sẽ triệu hồi 361 chiếc RX-8; đã phục hồi 120 ha rừng; phản hồi 45 ý kiến; hồi 10 giờ.')).toEqual(['361 chiếc', '120 ha', '45 ý kiến']);
  });

  it('counts parts ("gồm 3 phần"), not fractions in words nor percent', () => {
    expect(keys('Khóa học gồm 3 phần với 16 chuyên đề; giảm 2 phần ba số hộ; đạt 3 phần nghìn; tăng 5 phần trăm.')).toEqual(['3 phần', '16 chuyên đề']);
  });

  it('counts the amounts after "quanh mức", "dưới mức", no level there', () => {
    expect(keys('Giá gạo dao động quanh mức 540 - 550 USD/tấn; giá dầu xuống dưới mức 50 USD/thùng.')).toEqual(['540 USD', '550 USD', '50 USD']);
  });

  it('counts sessions held, not a span of the day ("rút ngắn còn 1 buổi")', () => {
    expect(keys('Thời gian rút ngắn còn 1 buổi. Dành 1 buổi cho chất vấn. Tổ chức 12 buổi đối thoại; trong 3 buổi làm việc.')).toEqual(['12 buổi', '3 buổi']);
    expect(keys('Làm giấy khai sinh chỉ mất chưa tới 1 buổi, rút ngắn còn khoảng 1 buổi.')).toEqual([]);
  });

  it('counts grams written "gr" or "gram", glued or apart', () => {
    expect(keys('Dùng 5gr bột trà xanh, 300 gr thịt và 50 gram muối.')).toEqual(['5 gr', '300 gr', '50 gram']);
  });

  it('counts a city\'s subzones', () => {
    expect(keys('Thành phố có 7 phân khu chức năng.')).toEqual(['7 phân khu']);
  });

  it('counts what is classed after "phân hạng", no place there', () => {
    expect(keys('Hội đồng đánh giá, phân hạng 9 sản phẩm OCOP của 6 chủ thể.')).toEqual(['9 sản phẩm', '6 chủ thể']);
  });
});

describe('extractCounts: a list of numbered articles or districts, and nouns from sets 35-37', () => {
  it('reads no count after the third figure of a labelled list', () => {
    expect(keys('Điều 34, 35, 36 dự thảo Luật; từ quận 1, 5 qua quận 4, 7, 8 khu Nam Sài Gòn.')).toEqual([]);
  });

  it('still counts after a clause that ends in a year or a class', () => {
    expect(keys('Thống nhất năm 2015, 147 nước đã phê chuẩn.')).toEqual(['147 nước']);
  });

  it('counts each', () => {
    expect(keys('Xây 40 móng biệt thự; động cơ 8 xi lanh; giảm 2 phó ban; in bằng 3 thứ tiếng; nhịp tim tần số 95 lần/phút.')).toEqual([
      '40 móng',
      '8 xi lanh',
      '2 phó ban',
      '3 thứ tiếng',
      '95 lần',
    ]);
  });
});

describe('extractCounts: administrative abbreviations and supermarkets', () => {
  it('counts each', () => {
    expect(keys('Có 5 CQHC, 4 ĐVHC, 3 DNNN, 6 DNNVV và 838 siêu thị.')).toEqual(['5 CQHC', '4 ĐVHC', '3 DNNN', '6 DNNVV', '838 siêu thị']);
  });
});

describe('extractCounts: the faithful, rafts and poles', () => {
  it('counts each', () => {
    expect(keys('Có khoảng 2.000 giáo dân, gần 500 phật tử; phát hiện 18 bè nuôi tôm và 2 trụ điện.')).toEqual(['2000 giáo dân', '500 phật tử', '18 bè', '2 trụ điện']);
  });
});

describe('extractCounts: nouns from sets 42 and 43, chainages', () => {
  it('counts each', () => {
    expect(keys('Qua 86 kỳ quay số; 2 CLB; 4 sân; 2 giám thị; 600 triệu trái dừa; 36.242 trái phiếu; 120 thực đơn; 800 thạc sỹ.')).toEqual([
      '86 kỳ quay số',
      '2 CLB',
      '4 sân',
      '2 giám thị',
      '600000000 trái',
      '36242 trái phiếu',
      '120 thực đơn',
      '800 thạc sỹ',
    ]);
  });

  it('reads no count in a kilometre mark or a numbered branch', () => {
    expect(keys('Tai nạn tại Km 738+356 trái tuyến; nhánh 1 hướng từ đường Nguyễn Kiệm; thêm 12g gừng.')).toEqual(['12 g']);
  });
});

describe('extractCounts: nouns from set 41, "bằng chứng" before an occasion', () => {
  it('counts each', () => {
    expect(keys('Có 120 lán trại, 15 bệnh, 7 đập phụ, 14 ga, 4 đám tang; tòa nghe bằng chứng 17 lần.')).toEqual([
      '120 lán trại',
      '15 bệnh',
      '7 đập phụ',
      '14 ga',
      '4 đám tang',
      '17 lần',
    ]);
  });
});

describe('extractCounts: cubic and square metres written out', () => {
  it('names the whole unit', () => {
    expect(keys('Khai thác 500 mét khối cát trên 200 mét vuông.')).toEqual(['500 mét khối', '200 mét vuông']);
  });
});

describe('extractCounts: shares with "trên", junctions, blanks, bulbs', () => {
  it('reads "1.201 trên 2.917 ha" as a share, and "over" a count after a label or a year', () => {
    expect(run('Thu hồi 1.201 trên 2.917 ha.').map((c) => [c.value, c.total])).toEqual([[1201, 2917]]);
    expect(keys('Điều tra năm 2010 trên 19 tỉnh thành; chiếc xe thứ 147 trên 250 chiếc.')).toEqual(['19 tỉnh thành', '250 chiếc']);
  });

  it('reads the total after "trong tổng số" as a count where the figure before it is a level', () => {
    expect(keys('Cung cấp 38 dịch vụ công mức độ 3, 4 trong tổng số 112 TTHC thuộc thẩm quyền.')).toEqual(['38 dịch vụ công', '112 TTHC']);
    expect(keys('Camera số 4 trong tổng số 8 camera bị hỏng.')).toEqual(['8 camera']);
    expect(run('Có 1 trong 7 tỉnh đạt.').map((c) => [c.value, c.total])).toEqual([[1, 7]]);
  });

  it('reads a whole share after a word that only leads to a date ("tới 9/9 huyện"), and an hour "9g cùng ngày" as no count', () => {
    expect(keys('Mô hình được nhân rộng tới 9/9 huyện; đến 12/12 xã.')).toEqual(['9 huyện', '12 xã']);
    expect(keys('Từ 1/7 người dân nộp hồ sơ trực tuyến.')).toEqual([]);
    expect(keys('Sau đó, 9g cùng ngày, Chủ tịch làm việc.')).toEqual([]);
  });

  it("reads no count in a flattened table's row number", () => {
    expect(keys('Kết quả:\n1 Sở Tư pháp 91,25 88,75\n2 Xã Phú Lâm 12.377 13.105 94,44%\n20 Sở Văn hóa, Thể thao và Du lịch 74,05\n')).toEqual([]);
    expect(keys('3 VĐV Hà Tĩnh tham dự Sea Games 29\n5 Sở đã hoàn thành. Còn 2 Sở 90,1')).toEqual(['3 VĐV', '5 Sở', '2 Sở']);
  });

  it('reads a figure after words that end in a label word without being one', () => {
    expect(keys('Đoàn kiểm tra chọn mẫu 215/3.146 hồ sơ, lấy mẫu 30 hồ sơ khác.')).toEqual(['215 hồ sơ', '30 hồ sơ']);
    expect(keys('Kết quả được tích hợp với trọng số 30 điểm.')).toEqual(['30 điểm']);
    expect(keys('Biểu mẫu 02 ban hành kèm theo.')).toEqual([]);
  });

  it('reads no count at a junction, but after a verb ending in "ngã"', () => {
    expect(keys('Nhóm tới khu vực ngã 3 xã Ea Uy; đội gục ngã 4 trận liên tiếp.')).toEqual(['4 trận']);
  });

  it('counts blanks, bulbs, minerals and cycles', () => {
    expect(keys('Thu 1.000 phôi bằng giả; lắp 180 bóng đèn; có 20 chất khoáng; qua 3 chu kỳ.')).toEqual(['1000 phôi', '180 bóng đèn', '20 chất khoáng', '3 chu kỳ']);
  });
});

describe('extractCounts: nouns from sets 47 and 49', () => {
  it('counts each', () => {
    expect(keys('Có 8 bị hại; 1 ô-tô; 3 kế toán; 40 giám khảo; tàu 3 khoang; cầu gồm 7 nhịp.')).toEqual([
      '8 bị hại',
      '1 ô-tô',
      '3 kế toán',
      '40 giám khảo',
      '3 khoang',
      '7 nhịp',
    ]);
  });
});

describe('extractCounts: "nông thôn" before a figure, judges', () => {
  it('counts after the name of an agriculture department, and judges', () => {
    expect(keys('Lãnh đạo Sở Nông nghiệp và Phát triển nông thôn 9 tỉnh họp; bổ nhiệm 2 thẩm phán.')).toEqual(['9 tỉnh', '2 thẩm phán']);
  });

  it('still reads no count after a hamlet\'s number', () => {
    expect(keys('Ông A trú tại thôn 5 xã Hòa Bắc.')).toEqual([]);
  });
});

describe('extractCounts: nouns from sets 50 and 51', () => {
  it('counts each', () => {
    expect(keys('Có 9 lò, 2 sự cố, 2 phương thức và 1 thảm họa.')).toEqual(['9 lò', '2 sự cố', '2 phương thức', '1 thảm họa']);
  });
});

describe('extractCounts: livestock and trade agreements', () => {
  it('counts each', () => {
    expect(keys('Trại nuôi 500 heo thịt, 20 bò; Việt Nam đã ký 12 FTA và 3 MOU.')).toEqual(['500 heo', '20 bò', '12 FTA', '3 MOU']);
  });
});

describe('extractCounts: a comma grouping thousands in the English way', () => {
  it('groups thousands before a noun that counts whole things', () => {
    expect(keys('Có 1,500 người tham gia, 12,500 hộ dân và 1,831 vụ tai nạn.')).toEqual(['1500 người', '12500 hộ dân', '1831 vụ']);
  });

  it('groups thousands in ",000" before any unit', () => {
    expect(keys('Mức lương 55,000 bảng mỗi tuần, dài 1,000 km.')).toEqual(['55000 bảng', '1000 km']);
  });

  it('keeps the decimal comma of measures, multiples, scores, rates and multipliers', () => {
    expect(keys('Dài 2,274 m, nặng 6,044 gram, đạt 8,125 điểm, mật độ 1,234 người/km2, giá 1,936 tỷ đồng.')).toEqual([
      '2.274 m',
      '6.044 gram',
      '8.125 điểm',
      '1.234 người',
      '1936000000 đồng',
    ]);
  });

  it('keeps a decimal of one or two digits', () => {
    expect(keys('Bình quân 1,5 người mỗi hộ.')).toEqual(['1.5 người']);
  });
});

describe('extractCounts: nouns from sets 56 and 57, laws, measures glued to a year-like figure', () => {
  it('counts each', () => {
    expect(keys('Quốc hội thông qua 11 luật, 2 pháp lệnh và 2 đính chính; 4 phạm nhân, 2 bảo vệ, 14 bạn tham gia.')).toEqual([
      '11 luật',
      '2 pháp lệnh',
      '2 đính chính',
      '4 phạm nhân',
      '2 bảo vệ',
      '14 bạn',
    ]);
    expect(keys('Mua 1 siêu xe, 3 tài sản, 300 bông hồng; 26 cánh đồng lớn, 21 kiốt.')).toEqual([
      '1 siêu xe',
      '3 tài sản',
      '300 bông',
      '26 cánh đồng',
      '21 kiốt',
    ]);
  });

  it('reads no count in a law cited by article', () => {
    expect(keys('Theo điều 30 luật Đầu tư và khoản 2 luật này.')).toEqual([]);
  });

  it('counts a year-like figure glued to its measure', () => {
    expect(keys('Quy hoạch toàn bộ diện tích 2080ha; cân nặng 1950kg.')).toEqual(['2080 ha', '1950 kg']);
  });
});

describe('extractCounts: people or places counted after a document\'s word', () => {
  it('counts them', () => {
    expect(keys('Hệ thống quản lý văn bản 4 cấp chính quyền; quyết định 15 hộ dân được hỗ trợ.')).toEqual(['4 cấp', '15 hộ dân']);
  });

  it('still reads the number of a document cited bare', () => {
    expect(keys('Theo Nghị quyết 39 của Bộ Chính trị, Nghị định 84 quỹ bình ổn, văn bản 2861 ngày 13/6.')).toEqual([]);
  });
});

describe('extractCounts: men and women, major cases', () => {
  it('reads no count after one capital and its point', () => {
    expect(keys('Gia Bình vô địch (U.6 nam), Huy Phước (U.10 nam).')).toEqual([]);
  });

  it('counts each', () => {
    expect(keys('Nhóm 9 người gồm 7 nam, 2 nữ; bắt 3 nam thanh niên; xét xử 4/6 đại án.')).toEqual([
      '9 người',
      '7 nam',
      '2 nữ',
      '3 nam',
      '4 đại án',
    ]);
  });
});

describe('extractCounts: nouns from sets 59-61, floors of a building', () => {
  it('counts each', () => {
    expect(keys('Ăn 2 tô miến, trồng 200 gốc ổi, 10 trứng non; gãy 4 xương sườn; mua 3 iPad; dựng 40 túp lều.')).toEqual([
      '2 tô',
      '200 gốc',
      '10 trứng',
      '4 xương sườn',
      '3 iPad',
      '40 túp lều',
    ]);
  });

  it('counts the floors after "nhà", not a house number', () => {
    expect(keys('Xây 5 tòa nhà 30 tầng; ông ở nhà 5 đường Lê Lợi.')).toEqual(['5 tòa nhà', '30 tầng']);
  });
});

describe('extractCounts: artists and athletes, elevations', () => {
  it('counts each', () => {
    expect(keys('Hơn 1.000 nghệ sĩ, 12 ca sĩ, 476 VĐV và 15 vận động viên; 3 phương pháp; gãy 2 cổ tay.')).toEqual([
      '1000 nghệ sĩ',
      '12 ca sĩ',
      '476 VĐV',
      '15 vận động viên',
      '3 phương pháp',
      '2 cổ tay',
    ]);
  });

  it('reads no count in a level', () => {
    expect(keys('Thấm nước ở cao trình +45m đến +46m; mực nước lên tới cốt 21m.')).toEqual([]);
    expect(keys('Giá vàng cao hơn (+89 USD/ounce).')).toEqual(['89 USD']);
  });
});

describe('extractCounts: đồng glued to its figure, whole đồng, degrees glued', () => {
  it('reads the currency and degrees glued on', () => {
    expect(keys('Giá từ 200.000 – 300.000đồng/buồng; nắng 40độ C.')).toEqual(['200000 đồng', '300000 đồng', '40 độ']);
  });

  it('groups thousands before a bare đồng, but not before a multiplier or in a range that shares one', () => {
    expect(keys('Tỷ giá 22,660 đồng mua vào; giá bán từ 1,329 đến 1,488 tỷ đồng.')).toEqual(['22660 đồng', '1329000000 đồng', '1488000000 đồng']);
  });
});

describe('extractCounts: nouns from set 63', () => {
  it('counts each', () => {
    expect(keys('Có 4 sạp gỗ, 5.000 đường ngang, 200 biệt dược, 14 cựu cán bộ.')).toEqual(['4 sạp', '5000 đường ngang', '200 biệt dược', '14 cựu cán bộ']);
  });
});

describe('extractCounts: grams, tonnes and litres glued to their figure', () => {
  it('reads them', () => {
    expect(keys('Thu giữ khoảng 700gam heroin, 3tấn hàng và 2lít xăng.')).toEqual(['700 gam', '3 tấn', '2 lít']);
  });
});

describe('extractCounts: nouns from sets 68-70', () => {
  it('counts each', () => {
    expect(keys('Sau 27 kỳ lễ hội, gần 2.000 linh kiện, 100 tai nghe, 39 bến cảng, 66 bến phao, 2 chung cư, 2 anh trai.')).toEqual([
      '27 kỳ',
      '2000 linh kiện',
      '100 tai nghe',
      '39 bến cảng',
      '66 bến phao',
      '2 chung cư',
      '2 anh trai',
    ]);
  });

  it('reads no "kỳ" of a loan\'s term', () => {
    expect(keys('Bơm 60,52 nghìn tỷ kỳ hạn 14 ngày.')).toEqual([]);
  });
});

describe('extractCounts: a qualifier before the high end of a range, measures after "nhà"', () => {
  it('reads both ends', () => {
    expect(keys('Biệt thự có diện tích từ 400 đến hơn 600 m2.')).toEqual(['400 m2', '600 m2']);
    expect(keys('Giá từ 1,5 tỉ-trên 3 tỉ đồng/nền.')).toEqual(['1500000000 đồng', '3000000000 đồng']);
  });

  it('reads a bare low end before a dash and a qualified high end', () => {
    expect(keys('Biệt thự có giá bán từ 45 - hơn 100 tỷ đồng/căn.')).toEqual(['45000000000 đồng', '100000000000 đồng']);
    expect(keys('Mỗi đoàn từ 20 – khoảng 30 người.')).toEqual(['20 người', '30 người']);
  });

  it('counts a measure after "nhà", never a house number', () => {
    expect(keys('Ngôi nhà 200 m2 cách nhà 5km; ông ở nhà 5 Lê Lợi.')).toEqual(['200 m2', '5 km']);
  });
});

describe('extractCounts: people whose word opens like the currency, horsepower', () => {
  it('counts people, not đồng', () => {
    expect(keys('Bắt 5 đồng phạm, 4 đồng đội, 3 đồng nghiệp; giá 5 đồng một cân.')).toEqual(['5 đồng phạm', '4 đồng đội', '3 đồng nghiệp', '5 đồng']);
  });

  it('counts horsepower glued or apart', () => {
    expect(keys('Động cơ 811HP và 940 HP.')).toEqual(['811 HP', '940 HP']);
  });
});

describe('extractCounts: nouns from set 72', () => {
  it('counts each', () => {
    expect(keys('Thu giữ 4 chứng cứ, 12 nắp giếng; 400 diễn viên, 100 tiểu thương và 3 hoạt động.')).toEqual([
      '4 chứng cứ',
      '12 nắp giếng',
      '400 diễn viên',
      '100 tiểu thương',
      '3 hoạt động',
    ]);
  });
});

describe('extractCounts: drivers, coaches, siblings, plays (sets 71 and 73)', () => {
  it('counts each', () => {
    expect(keys('Có 1 lái xe, 5 tài xế, 3 HLV, 5 anh chị em, 2 chứng bệnh; dàn dựng 6 vở, 2 lăng mộ cổ.')).toEqual([
      '1 lái xe',
      '5 tài xế',
      '3 HLV',
      '5 anh chị em',
      '2 chứng bệnh',
      '6 vở',
      '2 lăng mộ',
    ]);
  });
});

describe('extractCounts: individual animals', () => {
  it('counts them', () => {
    expect(keys('Thả 11 cá thể rùa về biển.')).toEqual(['11 cá thể']);
  });
});

describe('extractCounts: a household after "nhà", piles and wads', () => {
  it('counts them', () => {
    expect(keys('Cả nhà 5 người đều bị thương; túi đựng 1 cọc tiền lớn, 2 xấp tiền.')).toEqual(['5 người', '1 cọc', '2 xấp']);
  });
});

describe('extractCounts: ship tonnage and containers', () => {
  it('counts them', () => {
    expect(keys('Tàu 200.000 GRT, 5.000 DWT và 300 TEU.')).toEqual(['200000 GRT', '5000 DWT', '300 TEU']);
  });
});

describe('extractCounts: nouns from set 79', () => {
  it('counts each', () => {
    expect(keys('Tháo dỡ 7 thủy đài; có 21 đại lý, 1 mâm lễ, 2 thợ xây.')).toEqual(['7 thủy đài', '21 đại lý', '1 mâm lễ', '2 thợ xây']);
  });
});

describe('extractCounts: military formations, parties to a lawsuit, guards, insurgents', () => {
  it('counts them', () => {
    expect(keys('Địch có 2 trung đoàn bộ binh, 3 tiểu đoàn bảo an và 6 sư đoàn pháo binh.')).toEqual(['2 trung đoàn', '3 tiểu đoàn', '6 sư đoàn']);
    expect(keys('Tòa xét 32 kháng cáo của 9 nguyên đơn; thuê 30 vệ sĩ; tiêu diệt 120 phiến quân.')).toEqual([
      '32 kháng cáo',
      '9 nguyên đơn',
      '30 vệ sĩ',
      '120 phiến quân',
    ]);
  });

  it('counts states, companies, showrooms, publications and machines', () => {
    expect(keys('Có 15 bang và 27 tiểu bang; trả tiền cho 5 Cty; 2 showroom; thu hồi 2 xuất bản phẩm; 4 thang máy, 4 tuabin.')).toEqual([
      '15 bang',
      '27 tiểu bang',
      '5 Cty',
      '2 showroom',
      '2 xuất bản phẩm',
      '4 thang máy',
      '4 tuabin',
    ]);
  });

  it('counts long pieces by "thanh" in small letters only, and timber by the piece', () => {
    expect(keys('Thu 2 thanh kiếm, 4 thanh gỗ và 12 phách gỗ; đào tạo 200 thanh thiếu niên.')).toEqual(['2 thanh', '4 thanh', '12 phách gỗ', '200 thanh thiếu niên']);
    expect(keys('Đội 2 Thanh Hóa thắng; đã 5 thanh toán xong.')).toEqual([]);
  });
});

describe('extractCounts: gifts, goods, papers and people of general news', () => {
  it('counts each', () => {
    expect(keys('Hội tặng 30 quạt, 20 chăn ấm và 1.520 đồ dùng cho 5.691 chi hội.')).toEqual(['30 quạt', '20 chăn ấm', '1520 đồ dùng', '5691 chi hội']);
    expect(keys('Mỹ thu hồi 60.000 thị thực; 28.500 binh lính đồn trú; có 8 quan tài bằng đá.')).toEqual(['60000 thị thực', '28500 binh lính', '8 quan tài']);
    expect(keys('Tỉnh có 37 Anh hùng Lực lượng vũ trang và 1.550 Mẹ Việt Nam Anh hùng; cổ phiếu trên 2 sàn.')).toEqual(['37 Anh hùng', '1550 Mẹ', '2 sàn']);
    expect(keys('Có 10 pháo, 8 vệ tinh, 18 cáo buộc, 3 ngoại ngữ; bắt 3 cựu lãnh đạo và 2 cựu phó giám đốc; 1cm2 da.')).toEqual([
      '10 pháo', '8 vệ tinh', '18 cáo buộc', '3 ngoại ngữ', '3 cựu lãnh đạo', '2 cựu phó giám đốc', '1 cm2',
    ]);
    expect(keys('Uống 3-4 tách trà; 5 cơn đau đầu; 2 mệnh giá tiền; hơn 40 tính năng; 2 giọt mỡ.')).toEqual(['3 tách', '4 tách', '5 cơn', '2 mệnh giá', '40 tính năng', '2 giọt']);
    expect(keys('Khoảng 60 thị trưởng cam kết; khói thuốc chứa 7.000 hóa chất; 2 quả dừa có 140 kcal, củ cải 17kcal.')).toEqual(['60 thị trưởng', '7000 hóa chất', '2 quả', '140 kcal', '17 kcal']);
  });
});

describe('extractCounts: a place\'s own name after a figure', () => {
  it('reads no count where the place\'s kind is capitalised and a capital follows', () => {
    expect(keys('Bác sĩ Bệnh viện Nhi đồng 1 Thành phố Hồ Chí Minh cho biết; trụ sở ở 156 Xã Đàn.')).toEqual([]);
  });
  it('counts the capitalised kind without a name after it', () => {
    expect(keys('Tỉnh có 5 Thành phố trực thuộc.')).toEqual(['5 Thành phố']);
  });
});

describe('extractCounts: how often, after a span of time', () => {
  it('counts the occasions of a frequency', () => {
    expect(keys('Liên ngành ra quân 1 tuần 2 lần; cứ 3 tháng 1 lần thành phố họp; kiểm tra 1 năm 1 lần.')).toEqual(['2 lần', '1 lần', '1 lần']);
    expect(keys('Nhóm họp định kỳ 3 lần mỗi năm.')).toEqual(['3 lần']);
    expect(keys('Fed có thể tăng lãi suất thêm 2 lần nữa; giá đã tăng gấp 3 lần.')).toEqual(['2 lần']);
  });
  it('reads no count where the span of time is a date', () => {
    expect(keys('Vào tháng 3 lần đầu tiên anh đến Hà Nội.')).toEqual([]);
  });
});

describe('extractCounts: kitchen, pharmacy, engine and weather measures', () => {
  it('reads grams, millilitres, milligrams, cc and degrees glued to the figure', () => {
    expect(keys('Nguyên liệu: 300g thịt lợn, 500ml nước, 15ml dầu hào, 2,5g muối.')).toEqual(['300 g', '500 ml', '15 ml', '2.5 g']);
    expect(keys('Mỗi viên chứa 500mg hoạt chất; xe dung tích 150cc.')).toEqual(['500 mg', '150 cc']);
    expect(keys('Nhiệt độ cao nhất 36oC, có nơi trên 38°C.')).toEqual(['36 oC', '38 °C']);
  });
  it('reads moles and newton-metres written apart', () => {
    expect(keys('Đốt cháy 0,1 mol X thu được 2 mol glyxin; mô-men xoắn 7,0 N.m.')).toEqual(['0.1 mol', '2 mol', '7 N.m']);
  });
  it('reads "10g sáng", "lúc 21g", "17g ngày 18-6" as hours, not grams', () => {
    expect(keys('Cuộc nhậu kéo dài từ 10g sáng tới 9g tối.')).toEqual([]);
    expect(keys('Anh được mời hát vào lúc 21g tại một phòng trà; khoảng 17g ngày 18-6, 20g hôm nay.')).toEqual([]);
  });
});

describe('extractCounts: coordinates', () => {
  it('counts no degrees that minutes follow', () => {
    expect(keys('Tàu ở tọa độ 08 độ 00’N – 115 độ 19’E; vị trí 16 độ 30\' vĩ Bắc.')).toEqual([]);
    expect(keys('Rãnh thấp có trục ở khoảng 22-23 độ vĩ Bắc; tâm bão ở 17,0 độ vĩ bắc; 116,6 độ kinh đông.')).toEqual([]);
    expect(keys('Tâm áp thấp ở vào khoảng 23,8 độ Vĩ Bắc; 114,9 độ Kinh Đông.')).toEqual([]);
    expect(keys('Nắng nóng 38 độ, có nơi 40 độ C.')).toEqual(['38 độ', '40 độ C']);
  });
});

describe('extractCounts: nouns from sets 84 to 86', () => {
  it('counts batches, parts, rights, rounds, camps, experts and levels', () => {
    expect(keys('Thu hoạch 2 – 3 lứa; xe có 900 chi tiết mới; mỗi đội có 6 quyền thay người; đấu 12 hiệp.')).toEqual([
      '2 lứa',
      '3 lứa',
      '900 chi tiết',
      '6 quyền',
      '12 hiệp',
    ]);
    expect(keys('Có 75.000 trại tị nạn, 3.000 giám định viên, 200 hiệp sĩ, 7 đầu số và 3 mức tăng lương.')).toEqual([
      '75000 trại tị nạn',
      '3000 giám định viên',
      '200 hiệp sĩ',
      '7 đầu số',
      '3 mức',
    ]);
    expect(keys('Đình chỉ 5 đăng kiểm viên, tuyển 12 kiểm lâm viên và 40 giao dịch viên.')).toEqual([
      '5 đăng kiểm viên',
      '12 kiểm lâm viên',
      '40 giao dịch viên',
    ]);
  });

  it('counts torque, grams in small letters and the hryvnia', () => {
    expect(keys('Mô-men xoắn 599 Nm; thu 125 g ma túy; chiếm đoạt 2 tỷ Hryvnia.')).toEqual(['599 Nm', '125 g', '2000000000 Hryvnia']);
  });

  it('counts nothing after the number of a half or a camp', () => {
    expect(keys('Hiệp 1 trận chung kết; ảnh chụp Trại 22 Trại 22 là trại lao động.')).toEqual([]);
  });
});

describe('extractCounts: nouns from set 87', () => {
  it('counts cigarettes, signs, languages, rupiah and pounds', () => {
    expect(keys('Hút 10 điếu thuốc; có 3 dấu hiệu; dịch ra 34 ngôn ngữ; giá 5.000 rupiah, 20 pound.')).toEqual([
      '10 điếu',
      '3 dấu hiệu',
      '34 ngôn ngữ',
      '5000 rupiah',
      '20 pound',
    ]);
  });
});

describe('extractCounts: set 88', () => {
  it('counts occasions after "bệnh nhân" and in a rate, which no "multiply" makes ratios', () => {
    expect(keys('Bệnh nhân đã 3 lần ngừng tim; nâng nhịp tim lên 70 lần/phút; nội soi 1-2 lần/năm.')).toEqual(['3 lần', '70 lần', '1 lần', '2 lần']);
    expect(keys('Số tiền được nhân 3 lần.')).toEqual([]);
  });

  it('counts options, teeth, tycoons and francs', () => {
    expect(keys('Xe có 2 tùy chọn động cơ; gãy 3 chiếc răng; 2 răng hàm; 5 đại gia; phạt 4.000 francs.')).toEqual([
      '2 tùy chọn',
      '3 chiếc răng',
      '2 răng hàm',
      '5 đại gia',
      '4000 francs',
    ]);
  });
});

describe('extractCounts: sport, weapons, screens and chips from sets 89 to 91', () => {
  it('counts them', () => {
    expect(keys('Gặp 26 đối thủ, có 28 chiến thắng; 8.000 CĐV; 7 radar, 6 viên đạn; chip 6 lõi, màn hình 600 nits, quay 45 fps; thiếu 400.000 nhân lực.')).toEqual([
      '26 đối thủ',
      '28 chiến thắng',
      '8000 CĐV',
      '7 radar',
      '6 viên đạn',
      '6 lõi',
      '600 nits',
      '45 fps',
      '400000 nhân lực',
    ]);
  });
});

describe('extractCounts: networks and buttons, junctions', () => {
  it('counts them', () => {
    expect(keys('Có 5 mạng di động, 49 mạng lưới quảng cáo; 2 nút điều hướng; camera ở 9 nút giao thông.')).toEqual([
      '5 mạng',
      '49 mạng lưới',
      '2 nút',
      '9 nút giao thông',
    ]);
  });
});

describe('extractCounts: Canadian, Australian and Singapore dollars, Swiss francs', () => {
  it('counts them', () => {
    expect(keys('Thặng dư 923 triệu CAD; trị giá 4 tỉ AUD; phạt 1.000 SGD; 20 CHF.')).toEqual(['923000000 CAD', '4000000000 AUD', '1000 SGD', '20 CHF']);
  });
});

describe('extractCounts: nouns from sets 92 to 95', () => {
  it('counts tanks, torpedoes, weapons, salvoes, holes, substances, occasions and games', () => {
    expect(keys('Có 6.400 xe tăng, mua 98 ngư lôi, thu 41 vũ khí; 21 loạt đại bác; sân golf 18 lỗ; 250 chất gây ung thư; vào 2 dịp; thua 35 game.')).toEqual([
      '6400 xe tăng',
      '98 ngư lôi',
      '41 vũ khí',
      '21 loạt',
      '18 lỗ',
      '250 chất',
      '2 dịp',
      '35 game',
    ]);
  });
});

describe('extractCounts: hotline numbers', () => {
  it('counts no figure of a 1800 or 1900 number, written whole or in parts', () => {
    expect(keys('Duy trì đường dây nóng 1900.9095 hoạt động 24/7; tổng đài 1900 9095 hoạt động; hotline 1800 123 456 hỗ trợ.')).toEqual([]);
  });

  it('counts no figure that names a steering committee', () => {
    expect(keys('Ban Chỉ đạo 389 tỉnh đã chỉ đạo 5 đơn vị; BCĐ 138 huyện họp.')).toEqual(['5 đơn vị']);
  });

  it('still counts 1.900 and 1900 things', () => {
    expect(keys('Tiếp nhận 1.900 hồ sơ và 1900 hồ sơ khác.')).toEqual(['1900 hồ sơ', '1900 hồ sơ']);
  });
});

describe('extractCounts: papers of schools, hospitals, building and courts', () => {
  it('counts diplomas, school records, case files, permits and plans', () => {
    expect(keys('Trả 1.980 bằng tốt nghiệp THCS, 3 văn bằng; ký số 246.000 học bạ; 4.350 bệnh án điện tử; cấp 1.181 GPXD, 20 GPKD; thẩm định 38 đồ án quy hoạch; bố trí 613 nền đất.')).toEqual([
      '1980 bằng tốt nghiệp',
      '3 văn bằng',
      '246000 học bạ',
      '4350 bệnh án',
      '1181 GPXD',
      '20 GPKD',
      '38 đồ án',
      '613 nền đất',
    ]);
  });

  it('counts courts, procuracies and their enforcement officers', () => {
    expect(keys('Phân công 7 Chấp hành viên; 21 TAND quận, huyện; thành lập 10 VKSND khu vực; 12 viện kiểm sát và 3 tòa án.')).toEqual([
      '7 Chấp hành viên',
      '21 TAND',
      '10 VKSND',
      '12 viện kiểm sát',
      '3 tòa án',
    ]);
  });

  it('counts patents, geographical indications, varieties, posts, stamps, workspaces, communities and team leaders', () => {
    expect(keys('Cấp 2.867 bằng độc quyền sáng chế; 3 chỉ dẫn địa lý; 2 giống chè mới; 4 chốt kiểm dịch; 1,2 triệu tem truy xuất; 9 không gian làm việc chung; giao rừng cho 147 cộng đồng dân cư; 32 lãnh đội.')).toEqual([
      '2867 bằng độc quyền',
      '3 chỉ dẫn địa lý',
      '2 giống',
      '4 chốt',
      '1200000 tem',
      '9 không gian',
      '147 cộng đồng',
      '32 lãnh đội',
    ]);
  });

  it('counts registrations withdrawn and the subsystems of a platform', () => {
    expect(keys('Thu hồi 356 đăng ký, biển số; IOC với 12 phân hệ.')).toEqual(['356 đăng ký', '12 phân hệ']);
  });

  it('counts archive fonds, medical techniques, religious dignitaries, religions and sub-projects', () => {
    expect(keys('Thu thập 45 phông lưu trữ, 12 phông; thực hiện 27 kỹ thuật mới; 55.000 chức sắc, 145.000 chức việc, 45 sư sãi; 16 tôn giáo; 2 tiểu dự án.')).toEqual([
      '45 phông lưu trữ',
      '12 phông',
      '27 kỹ thuật',
      '55000 chức sắc',
      '145000 chức việc',
      '45 sư sãi',
      '16 tôn giáo',
      '2 tiểu dự án',
    ]);
  });

  it('counts project components, courses, sets of computers, heads of hamlets, and officers on duty by turns', () => {
    expect(keys('Gồm 4 hợp phần; tổ chức 9 khóa đào tạo; lắp đặt 16 bộ máy tính; giảm 46 trưởng xóm; trực luân phiên 2 công chức.')).toEqual([
      '4 hợp phần',
      '9 khóa đào tạo',
      '16 bộ máy tính',
      '46 trưởng xóm',
      '2 công chức',
    ]);
  });

  it('counts no term after a plenum\'s number, nor the apparatus "bộ máy"', () => {
    expect(keys('Nghị quyết Hội nghị Trung ương 4 khóa XII; tinh gọn 5 bộ máy.')).toEqual([]);
  });

  it('reads rows numbered in turn as a table whose tabs became spaces', () => {
    expect(keys('TT Đơn vị Thời gian\n1 Sở Tài nguyên và Môi trường ngày 14/3/2017\n2 Sở Xây dựng ngày 16/3/2017\n3 UBND TP Tuy Hòa và 2 phường từ 4-5/4/2017')).toEqual(['2 phường']);
  });

  it('counts heads of units and payment intermediaries', () => {
    expect(keys('Có 26/26 thủ trưởng đơn vị được đánh giá; kết nối 6 trung gian thanh toán.')).toEqual(['26 thủ trưởng', '6 trung gian thanh toán']);
  });

  it('counts after "pháp luật", no law numbered there', () => {
    expect(keys('Tư vấn pháp luật 441 vụ việc.')).toEqual(['441 vụ việc']);
  });

  it('reads "giống như", "giống với" as likeness, no variety', () => {
    expect(keys('Vòng eo 56 giống với người mẫu; cú ăn 6 giống như năm 2009.')).toEqual([]);
  });

  it('names the subject from the counted noun on, function words in it kept', () => {
    expect(run('Có 9 không gian làm việc chung; cấp 2.867 bằng độc quyền sáng chế.').map((c) => c.subject)).toEqual([
      'không gian làm việc chung',
      'bằng độc quyền sáng chế',
    ]);
  });
});

describe('extractCounts: a counted noun glued to its figure', () => {
  it('counts it where the space was lost', () => {
    expect(keys('Đã tiếp nhận 86.412hồ sơ TTHC, giải quyết 4.368hồ sơ,trong đó; tạo 215.400tài khoản.')).toEqual(['86412 hồ sơ', '4368 hồ sơ', '215400 tài khoản']);
  });

  it('reads no letter code or time as one', () => {
    expect(keys('Phủ sóng mạng 4G; họp lúc 19h30; chụp 3D.')).toEqual([]);
  });
});

describe('extractCounts: measures as the record gives them', () => {
  const units = (text: string) => extractCounts(text, { reference: null }).map((c) => [c.text, c.value, c.unit]);

  it('puts back the superscript a square or cube lost to a space', () => {
    expect(units('Thửa đất trên 2.000 m 2 phải lập dự án.')).toEqual([['2.000 m 2', 2000, 'm2']]);
    expect(units('Thu giữ hơn 60,7m 3 (gỗ nhóm III).')).toEqual([['60,7m 3', 60.7, 'm3']]);
    expect(units('Trại rộng khoảng 1.300 km 2 nếu tính cả rừng.')).toEqual([['1.300 km 2', 1300, 'km2']]);
    expect(units('Xây 11 sạp gỗ và hồ nước 50 m 2 … Đa số')).toEqual([['11 sạp', 11, 'sạp'], ['50 m 2', 50, 'm2']]);
  });

  it('keeps a figure before a counted noun of its own apart', () => {
    expect(units('Mặt đường rộng 5 m 2 làn xe.')).toEqual([
      ['5 m', 5, 'm'],
      ['2 làn', 2, 'làn'],
    ]);
  });

  it('keeps the span of time a flow or a speed divides by, not a yield\'s nor a day\'s capacity', () => {
    expect(units('Lưu lượng xả 120 m3/s, xe chạy 80 km/h, khai thác 3 triệu m3/năm.')).toEqual([
      ['120 m3/s', 120, 'm3/s'],
      ['80 km/h', 80, 'km/h'],
      ['3 triệu m3/năm', 3000000, 'm3/năm'],
    ]);
    expect(units('Nhà máy công suất 500m 3 /ngày đêm, trạm 4.000 m3/ngày.')).toEqual([
      ['500m 3', 500, 'm3'],
      ['4.000 m3', 4000, 'm3'],
    ]);
    expect(units('Tàu chạy 200 km/giờ, tối đa 350 km / h.')).toEqual([
      ['200 km/giờ', 200, 'km/giờ'],
      ['350 km / h', 350, 'km/h'],
    ]);
    expect(units('Mỗi ngày đi 5 km/ngày, đường dài 12 km.')).toEqual([
      ['5 km', 5, 'km'],
      ['12 km', 12, 'km'],
    ]);
    expect(units('Công suất 3 triệu tấn/năm.')).toEqual([['3 triệu tấn', 3000000, 'tấn']]);
  });

  it('keeps the volume a concentration divides by', () => {
    expect(units('Ô xy hòa tan chưa tới 2mg/l, nồng độ cồn 0,4 mg/lít khí thở.')).toEqual([
      ['2mg/l', 2, 'mg/l'],
      ['0,4 mg/lít', 0.4, 'mg/lít'],
    ]);
  });

  it('leaves a price per thing to its currency', () => {
    expect(units('Giá lợn hơi 40.000 đồng/kg.')).toEqual([['40.000 đồng', 40000, 'đồng']]);
  });
});

describe('extractCounts: "bằng văn bản" is in writing, no document before a number', () => {
  it('counts what follows', () => {
    expect(keys('Phê bình bằng văn bản 2 thủ trưởng đơn vị.')).toEqual(['2 thủ trưởng']);
    expect(keys('Các sở đã trả lời bằng văn bản 38/45 kiến nghị.')).toEqual(['38 kiến nghị']);
  });

  it('still reads a document cited by its number', () => {
    expect(keys('Thực hiện văn bản 2861 của Bộ, tỉnh rà soát.')).toEqual([]);
  });
});

describe('extractCounts: the figure written out again in brackets', () => {
  it('counts the noun after the words', () => {
    expect(keys('Công bố 47 (bốn mươi bảy) TTHC và 5 (năm) thủ tục.')).toEqual(['47 TTHC', '5 thủ tục']);
    expect(keys('Giao 120 (một trăm hai mươi) biên chế.')).toEqual(['120 biên chế']);
  });

  it('reads no count where the brackets hold other words or a span of time follows', () => {
    expect(keys('Xếp hạng 5 (năm 2020) tỉnh.')).toEqual([]);
    expect(keys('Thời hạn 3 (ba) năm kể từ ngày ký.')).toEqual([]);
  });
});

describe('extractCounts: "ban" before "đầu tư" is a board, not "ban đầu" (at first)', () => {
  it('counts the boards, and nothing where "ban đầu" means at first', () => {
    expect(keys('Giải thể 9 ban đầu tư và xây dựng cấp huyện.')).toEqual(['9 ban đầu tư']);
    expect(keys('Thành lập 3 ban quản lý dự án.')).toEqual(['3 ban quản lý']);
    expect(keys('Năm 2015 ban đầu chỉ có vài người.')).toEqual([]);
  });
});

describe('extractCounts: a vehicle\'s type told by its seats or load after "loại"', () => {
  it('counts the seats and the load, not a type\'s number', () => {
    expect(keys('Hai xe khách loại 16 chỗ ngồi va chạm; xe tải loại 5 tấn.')).toEqual(['16 chỗ', '5 tấn']);
    expect(keys('Giống lúa loại 1 chất lượng cao.')).toEqual([]);
  });
});

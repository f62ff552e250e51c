import { describe, expect, it } from 'vitest';
import { rolesAfter } from '../../../src/extract/officials/roles-after.js';

function checked(text: string, roles: { text: string; start: number; end: number }[]): string[] {
  return roles.map((r) => {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    return r.text;
  });
}

const after = (text: string, name: string): string[] => checked(text, rolesAfter(text, text.indexOf(name) + name.length).roles);

/** Each row: the text, the name in it, the roles read after the name. */
function readsRoles(rows: [string, string, string[]][]): void {
  it.each(rows)('%s', (text, name, roles) => {
    expect(after(text, name)).toEqual(roles);
  });
}

describe('rolesAfter', () => {
  it.each([
    ['Ông Lý Văn Minh, Giám đốc Sở Tư pháp cho biết.', ['Giám đốc Sở Tư pháp']],
    ['Ông Lý Văn Minh – Phó Giám đốc Sở Tư pháp, Chánh Văn phòng; các đại biểu', ['Phó Giám đốc Sở Tư pháp', 'Chánh Văn phòng']],
    ['Ông Lý Văn Minh (Trưởng phòng Tư pháp huyện) dự.', ['Trưởng phòng Tư pháp huyện']],
    ['Ông Lý Văn Minh, Chủ tịch UBND TP. Cần Thơ đã phát biểu.', ['Chủ tịch UBND TP. Cần Thơ']],
    ['Ông Lý Văn Minh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho hay.', ['Giám đốc Sở Văn hóa, Thể thao và Du lịch']],
    ['Ông Lý Văn Minh, Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban Thi đua - Khen thưởng tỉnh trao thưởng.', ['Phó Giám đốc Sở Nội vụ', 'Trưởng Ban Thi đua - Khen thưởng tỉnh']],
    ['Ông Lý Văn Minh, 60 tuổi, ở xã Tân Lập.', []],
    ['Ông Lý Văn Minh cho biết.', []],
    ['Ông Lý Văn Minh-Cục trưởng Cục Phát triển doanh nghiệp, cho biết.', ['Cục trưởng Cục Phát triển doanh nghiệp']],
    ['Lý Văn Minh (SN 1986, trú tại Hà Nội) - Giám đốc Công ty X bị bắt.', ['Giám đốc Công ty X']],
    ['Ông Lý Văn Minh (22 tuổi, ngụ quận 1) - giám đốc công ty Y cho biết.', ['giám đốc công ty Y']],
    ['Lý Văn Minh (35 tuổi- nguyên Đội trưởng Đội TTGT quận Ninh Kiều) 15 năm tù.', ['nguyên Đội trưởng Đội TTGT quận Ninh Kiều']],
    ['Lý Văn Minh (29 tuổi - cán bộ Công an huyện) điều khiển xe.', ['cán bộ Công an huyện']],
    ['Lý Văn Minh (SN 1973, trú tại Hàng Bông, Hoàn Kiếm, Hà Nội - Nguyên Phó Chủ tịch UBND phường Trung Tự); Lê Văn An', ['Nguyên Phó Chủ tịch UBND phường Trung Tự']],
    ['Lý Văn Minh (SN 1973, trú tại xã Tân Lập - huyện Đan Phượng) bị bắt.', []],
    ['Ông Lý Văn Minh (SN 1961) - hiện giữ chức vụ Phó chủ tịch UBND xã Chu Phan cho biết.', ['Phó chủ tịch UBND xã Chu Phan']],
    ['Ông Lý Văn Minh, hiện là Phó giám đốc VTV9 cho biết.', ['Phó giám đốc VTV9']],
    ['Ông Lý Văn Minh, hiện là nông dân ở xã bên.', []],
    ['Ông Lý Văn Minh, Phó phòng Tài nguyên và Môi trường huyện vào can ngăn.', ['Phó phòng Tài nguyên và Môi trường huyện']],
    ['Ông Lý Văn Minh (SN 1970) cho biết.', []],
    ['Ông Lý Văn Minh (ảnh dưới), Bộ trưởng Bộ GD-ĐT nói.', ['Bộ trưởng Bộ GD-ĐT']],
    ['Ông Lý Văn Minh (bà con quen gọi là ông Năm), Bí thư Chi bộ kiêm Trưởng ấp Ô Chát, cho biết.', ['Bí thư Chi bộ', 'Trưởng ấp Ô Chát']],
    ['Ông Lý Văn Minh (ông Sáu Hiệp), Bí thư Chi bộ, Trưởng ấp Tân Hiệp cho biết.', ['Bí thư Chi bộ', 'Trưởng ấp Tân Hiệp']],
    ['Ông Lý Văn Minh (thứ hai từ trái sang), Chủ tịch UBND huyện trao quà.', ['Chủ tịch UBND huyện']],
    ['Ông Lý Văn Minh (bìa phải), Phó Giám đốc Sở Tư pháp phát biểu.', ['Phó Giám đốc Sở Tư pháp']],
    ['Ông Lý Văn Minh (thứ trưởng Bộ Tư pháp) dự.', ['thứ trưởng Bộ Tư pháp']],
    ['Bổ nhiệm ông Lý Văn Minh, Giám đốc Sở Nội vụ (Quyết định số 231/QĐ-UBND) và ông Lê Văn An.', ['Giám đốc Sở Nội vụ']],
    ['Ông Lý Văn Minh, Phó Giám đốc, Chánh Thanh tra, giám sát ngân hàng chi nhánh tỉnh cho biết.', ['Phó Giám đốc', 'Chánh Thanh tra, giám sát ngân hàng chi nhánh tỉnh']],
    ['Ông Lý Văn Minh, Trưởng ban Ban Quản lý Khu kinh tế và các KCN tỉnh phát biểu.', ['Trưởng ban Ban Quản lý Khu kinh tế và các KCN tỉnh']],
    ['Ông Lý Văn Minh, Chủ tịch Công đoàn các KCN tỉnh cho biết.', ['Chủ tịch Công đoàn các KCN tỉnh']],
    ['Ông Lý Văn Minh, Chánh Văn phòng (Quyết định 45/QĐ-UBND ngày 2/3/2021) nhận nhiệm vụ.', ['Chánh Văn phòng']],
    ['Ông Lý Văn Minh, Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm cho biết.', ['Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm']],
    ['Ông Lý Văn Minh, Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam cho biết.', ['Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam']],
    ['Ông Lý Văn Minh, Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh dự.', ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']],
    ['đồng chí Lý Văn Minh, Ủy viên Ủy ban T.Ư MTTQ Việt Nam, nhiệm kỳ 2014-2019, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng đoàn dự.', ['Ủy viên Ủy ban T.Ư MTTQ Việt Nam', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Bí thư Đảng đoàn']],
    ['Ông Lý Văn Minh, Tỉnh ủy viên, nhiệm kỳ 2020 - 2025 đã phát biểu.', ['Tỉnh ủy viên']],
    ['Ông Lý Văn Minh, Trưởng xóm Nà Sác chia sẻ.', ['Trưởng xóm Nà Sác']],
    ['Ông Lý Văn Minh, Trưởng buôn Ea Kmát cho biết.', ['Trưởng buôn Ea Kmát']],
    ['Ông Lý Văn Minh, Trưởng sóc Phnô Đôn cho biết.', ['Trưởng sóc Phnô Đôn']],
    ['Ông Lý Văn Minh, Tổng giám đốc đăng ký mua 1 triệu cổ phiếu.', ['Tổng giám đốc']],
    ['Ông Lý Văn Minh, Phó Giám đốc Sở Kế hoạch và Đầu tư, Tổ trưởng Tổ điều hành DDCI cho biết.', ['Phó Giám đốc Sở Kế hoạch và Đầu tư', 'Tổ trưởng Tổ điều hành DDCI']],
    ['Ông Lý Văn Minh, Trưởng ban chỉ đạo CCHC huyện chỉ đạo các xã.', ['Trưởng ban chỉ đạo CCHC huyện']],
    ['Ông Lý Văn Minh, Tổng Giám đốc Đài Tiếng nói Việt Nam cho biết.', ['Tổng Giám đốc Đài Tiếng nói Việt Nam']],
    ['Ông Lý Văn Minh, Cục trưởng Cục Hàng hải Việt Nam (HHVN) xung quanh chủ đề này.', ['Cục trưởng Cục Hàng hải Việt Nam (HHVN)']],
    ['Ông Lý Văn Minh, Giám đốc Sở Nội vụ (SNV) tỉnh Lào Cai cho biết.', ['Giám đốc Sở Nội vụ (SNV) tỉnh Lào Cai']],
    ['Ông Lý Văn Minh, Trưởng Đại diện Chương trình Phát triển Liên Hợp Quốc (UNDP) tại Việt Nam cho biết.', ['Trưởng Đại diện Chương trình Phát triển Liên Hợp Quốc (UNDP) tại Việt Nam']],
    ['Ông Lý Văn Minh, Tổng Thư ký Quốc hội-Chủ nhiệm Văn phòng Quốc hội báo cáo.', ['Tổng Thư ký Quốc hội', 'Chủ nhiệm Văn phòng Quốc hội']],
    ['Ông Lý Văn Minh, Giám đốc Sở Lao động-Thương binh và Xã hội cho biết.', ['Giám đốc Sở Lao động-Thương binh và Xã hội']],
    ['Ông Lý Văn Minh, Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) thuộc Bộ Công an cho biết.', ['Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) thuộc Bộ Công an']],
    ['Ông Lý Văn Minh, Giám đốc Sở Nội vụ (SNV) tại Hội nghị cho biết.', ['Giám đốc Sở Nội vụ (SNV)']],
    ['Ông Lý Văn Minh, Giám đốc Công an tỉnh – Thành viên.', ['Giám đốc Công an tỉnh', 'Thành viên']],
    ['Ông Lý Văn Minh, Trưởng phòng Nghiệp vụ 1 - thành viên kiêm thư ký.', ['Trưởng phòng Nghiệp vụ 1', 'thành viên', 'thư ký']],
    ['Ông Lý Văn Minh, Chủ tịch Hội đồng thẩm định kết quả tự đánh giá, chấm điểm Chỉ số CCHC tỉnh chủ trì.', ['Chủ tịch Hội đồng thẩm định kết quả tự đánh giá, chấm điểm Chỉ số CCHC tỉnh']],
    ['Ông Lý Văn Minh, Phó Giám đốc Sở Tư pháp - thành viên;', ['Phó Giám đốc Sở Tư pháp', 'thành viên']],
    ['Ông Lý Văn Minh, Phó Trưởng Ban Tổ chức Trung ương giữ chức Phó Thủ tướng Chính phủ.', ['Phó Trưởng Ban Tổ chức Trung ương', 'Phó Thủ tướng Chính phủ']],
    ['Ông Lý Văn Minh, Thẩm phán Tòa án nhân dân tối cao, giữ chức vụ Phó Chánh án Tòa án nhân dân tối cao.', ['Thẩm phán Tòa án nhân dân tối cao', 'Phó Chánh án Tòa án nhân dân tối cao']],
    ['Ông Lý Văn Minh, Giám đốc Sở giữ chức vụ này từ năm 2020.', ['Giám đốc Sở']],
    ['Ông Lý Văn Minh, Ủy viên Trung ương Đảng được chỉ định giữ chức Bí thư Tỉnh ủy.', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']],
    ['Ông Lý Văn Minh tiếp tục giữ chức Trưởng Ban Quản lý các KCN tỉnh.', ['Trưởng Ban Quản lý các KCN tỉnh']],
    ['Ông Lý Văn Minh, Phó Hiệu trưởng, được bổ nhiệm giữ chức vụ Hiệu trưởng Trường ĐH Sư phạm thay cho PGS.TS Trần An.', ['Phó Hiệu trưởng', 'Hiệu trưởng Trường ĐH Sư phạm']],
    ['Ông Lý Văn Minh, Trưởng Ban Quản lý các KCN tỉnh tham luận về giải pháp.', ['Trưởng Ban Quản lý các KCN tỉnh']],
    ['Ông Lý Văn Minh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình MTQG tỉnh.', ['Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Chỉ đạo các chương trình MTQG tỉnh']],
    ['Ông Lý Văn Minh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh bố trí công chức hướng dẫn.', ['Giám đốc Trung tâm Phục vụ hành chính công tỉnh']],
    ['Ông Lý Văn Minh, Phó Giám đốc Sở Tư pháp, Thành viên;', ['Phó Giám đốc Sở Tư pháp', 'Thành viên']],
    ['Ông Lý Văn Minh, Phó Giám đốc Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) khu vực Hà Nội cho biết.', ['Phó Giám đốc Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) khu vực Hà Nội']],
    ['Ông Lý Văn Minh, Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính chủ trì.', ['Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính']],
    ['Ông Lý Văn Minh, Chánh Thanh tra tỉnh về việc khiếu nại cho biết.', ['Chánh Thanh tra tỉnh']],
    ['Ông Lý Văn Minh được bầu giữ chức Chủ tịch HĐND huyện.', ['Chủ tịch HĐND huyện']],
    ['Ông Lý Văn Minh tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã.', ['Bí thư Đảng ủy xã']],
    ['Ông Lý Văn Minh, Phó Giám đốc Sở Nông nghiệp và PTNT, Chủ tịch Hội đồng chủ trì.', ['Phó Giám đốc Sở Nông nghiệp và PTNT', 'Chủ tịch Hội đồng']],
    ['Ông Lý Văn Minh, Phó Kiểm toán trưởng KTNN khu vực XIII, Trưởng đoàn kiểm toán; bà Lê Thị Hoa.', ['Phó Kiểm toán trưởng KTNN khu vực XIII', 'Trưởng đoàn kiểm toán']],
    ['Ông Lý Văn Minh, Phó Chánh Thanh tra tỉnh, Trưởng đoàn xác minh. Tham dự có', ['Phó Chánh Thanh tra tỉnh', 'Trưởng đoàn xác minh']],
    ['Ông Lý Văn Minh, Phó Giám đốc Sở Nội vụ, Phó Trưởng đoàn công tác cho biết.', ['Phó Giám đốc Sở Nội vụ', 'Phó Trưởng đoàn công tác']],
    ['Ông Lý Văn Minh, Hòa giải viên Trung tâm hòa giải, đối thoại tại TAND TP Thủ Dầu Một cho biết.', ['Hòa giải viên Trung tâm hòa giải, đối thoại']],
    ['Ông Lý Văn Minh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo dồn điền, đổi thửa của tỉnh cho biết.', ['Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Chỉ đạo dồn điền, đổi thửa của tỉnh']],
    ['Bà Lý Văn Minh, Chi cục trưởng Chi cục Trồng trọt, Chăn nuôi và Thú y cho biết.', ['Chi cục trưởng Chi cục Trồng trọt, Chăn nuôi và Thú y']],
    ['Ông Lý Văn Minh, Viện trưởng Viện Lúa Đồng bằng sông Cửu Long cho biết.', ['Viện trưởng Viện Lúa Đồng bằng sông Cửu Long']],
    ['Ông Lý Văn Minh, Kiểm sát viên VKSND tỉnh thực hành quyền công tố tại phiên tòa.', ['Kiểm sát viên VKSND tỉnh']],
    ['trao đổi với ông Lý Văn Minh, Tổ trưởng Tổ giúp việc Ban Chỉ đạo Đề án 06 tỉnh về những điểm mới của luật.', ['Tổ trưởng Tổ giúp việc Ban Chỉ đạo Đề án 06 tỉnh']],
    ['Ông Lý Văn Minh, Phó Trưởng Ban Chỉ đạo tỉnh về các chương trình mục tiêu quốc gia phát biểu.', ['Phó Trưởng Ban Chỉ đạo tỉnh về các chương trình mục tiêu quốc gia']],
    ['Ông Lý Văn Minh, Phó Trưởng Ban Chỉ đạo tỉnh về các nội dung trên phát biểu.', ['Phó Trưởng Ban Chỉ đạo tỉnh']],
    ['Ông Lý Văn Minh, Giám đốc Sở Tư pháp, đối thoại với người dân.', ['Giám đốc Sở Tư pháp']],
    ['Ông Lý Văn Minh (bên phải), Chủ tịch UBND xã Nam Mẫu trao đổi với người dân.', ['Chủ tịch UBND xã Nam Mẫu']],
    ['Ông Lý Văn Minh, Trưởng khu Đồng Tào, nhận nhiệm vụ từ ngày 01/7.', ['Trưởng khu Đồng Tào']],
    ['Đ/c Lý Văn Minh – PCT UBND huyện báo cáo kết quả.', ['PCT UBND huyện']],
    ['Ông Lý Văn Minh, Cục trưởng Cục Người có công cho biết.', ['Cục trưởng Cục Người có công']],
    ['Ông Lý Văn Minh, Bí thư Đảng ủy Khối cơ quan và doanh nghiệp tỉnh cùng 112 đại biểu dự.', ['Bí thư Đảng ủy Khối cơ quan và doanh nghiệp tỉnh']],
    ['Ông Lý Văn Minh, Cục trưởng Cục Quản lý đăng ký kinh doanh, cho biết.', ['Cục trưởng Cục Quản lý đăng ký kinh doanh']],
    ['Ông Lý Văn Minh lại được bầu giữ chức Chủ tịch HĐND huyện.', ['Chủ tịch HĐND huyện']],
    ['Ông Lý Văn Minh tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.', ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh']],
    ['Ông Lý Văn Minh được bầu bổ sung giữ chức Phó Chủ tịch UBND xã.', ['Phó Chủ tịch UBND xã']],
    ['Ông Lý Văn Minh được tái bổ nhiệm giữ chức Giám đốc Sở Nội vụ.', ['Giám đốc Sở Nội vụ']],
    ['Ông Lý Văn Minh Phó Chủ tịch UBND xã cho biết.', ['Phó Chủ tịch UBND xã']],
    ['Ông Lý Văn Minh, Đại sứ Việt Nam tại Nhật Bản cho biết.', ['Đại sứ Việt Nam tại Nhật Bản']],
    ['Ông Lý Văn Minh, Giám đốc Sở Y tế tại buổi làm việc cho biết.', ['Giám đốc Sở Y tế']],
    ['Ông Lý Văn Minh, Giám đốc Sở Y tế như Bộ Y tế đã nêu.', ['Giám đốc Sở Y tế']],
  ])('%s', (text, roles) => {
    expect(after(text, 'Lý Văn Minh')).toEqual(roles);
  });

  it('leaves a role that ends in another name to that person', () => {
    const text = 'Bí thư Thành ủy Lý Văn Minh, Chủ tịch UBND thành phố Trần Văn Tùng, cán bộ chủ chốt.';
    expect(after(text, 'Lý Văn Minh')).toEqual([]);
    expect(after('Ông Lý Văn Minh, Bí thư Tỉnh ủy Quảng Ninh Hoàng Văn Dương cho biết.', 'Lý Văn Minh')).toEqual([]);
    expect(after('Bộ trưởng Bộ Tư pháp Lý Văn Minh, Đại sứ Việt Nam tại Belarus Lê Ánh cùng dự.', 'Lý Văn Minh')).toEqual([]);
    expect(after('Ông Lý Văn Minh, Tổng Lãnh sự Việt Nam tại Houston Trần Minh dự.', 'Lý Văn Minh')).toEqual([]);
  });

  it('keeps a firm named like a person in the role', () => {
    expect(after('Ông Lý Văn Minh, Giám đốc Công ty TNHH Hoàng Phước Minh cho biết.', 'Lý Văn Minh')).toEqual(['Giám đốc Công ty TNHH Hoàng Phước Minh']);
  });

  it('gives the end of the last role', () => {
    const text = 'Ông Lý Văn Minh, Giám đốc Sở Tư pháp cho biết.';
    expect(rolesAfter(text, text.indexOf(',')).end).toBe(text.indexOf(' cho'));
    expect(rolesAfter(text, 3).end).toBe(3);
  });
});

describe('rolesAfter: a name of two syllables after a whole body', () => {
  it('hands the post to the name ("…, Bộ trưởng Bộ Công an Tô Lâm")', () => {
    const text = 'ông Võ Trọng Việt, Bộ trưởng Bộ Công an Tô Lâm cho biết.';
    expect(rolesAfter(text, text.indexOf(',')).roles).toEqual([]);
  });

  it('keeps a place after the body in the role', () => {
    const text = 'ông Lý Văn Minh, Giám đốc Sở Nội vụ Hà Nội cho biết.';
    expect(rolesAfter(text, text.indexOf(',')).roles.map((r) => r.text)).toEqual(['Giám đốc Sở Nội vụ Hà Nội']);
  });
});

describe('rolesAfter: "cựu" before a post', () => {
  it('reads a former post like "nguyên"', () => {
    expect(after('đại gia Võ Trường Thành, cựu Chủ tịch HĐQT Tập đoàn Gỗ Trường Thành cho biết.', 'Võ Trường Thành')).toEqual([
      'cựu Chủ tịch HĐQT Tập đoàn Gỗ Trường Thành',
    ]);
  });
});

describe('rolesAfter: across an age, and "lúc đó là" in a parenthetical', () => {
  it('reads past "(59 tuổi)"', () => {
    expect(after('Trần Văn Minh (59 tuổi), nguyên Chủ tịch UBND xã Cửa Dương bị bắt.', 'Trần Văn Minh')).toEqual(['nguyên Chủ tịch UBND xã Cửa Dương']);
  });

  it.each([
    ['Trần Văn Quân (lúc đó là Chủ tịch xã Hải Yến) bị khởi tố.', 'Chủ tịch xã Hải Yến'],
    ['Đỗ Thị Trang (khi đó giữ chức Giám đốc Công ty Việt Thanh) ký hợp đồng.', 'Giám đốc Công ty Việt Thanh'],
  ])('%s', (text, role) => {
    expect(after(text, text.slice(0, text.indexOf(' (')))).toEqual([role]);
  });
});

describe('rolesAfter: a post after "(SN: 1969)" and a space', () => {
  it('reads "nguyên Trưởng phòng …"', () => {
    expect(after('các bị cáo Hà Văn Tiên (SN: 1969) nguyên Trưởng phòng TNMT huyện bị phạt.', 'Hà Văn Tiên')).toEqual(['nguyên Trưởng phòng TNMT huyện']);
  });
});

describe('rolesAfter: adverbs and verbs that open the predicate', () => {
  it.each([
    ['ông Lý Văn Minh, Chủ tịch HĐQT QCG từng nói.', ['Chủ tịch HĐQT QCG']],
    ['ông Lý Văn Minh, Phó Chủ tịch Hội Nghề cá Việt Nam cảm thấy bức xúc.', ['Phó Chủ tịch Hội Nghề cá Việt Nam']],
    ['ông Lý Văn Minh, Phó tổng giám đốc Công ty Nam Triệu hứa trả lương.', ['Phó tổng giám đốc Công ty Nam Triệu']],
    ['ông Lý Văn Minh, Phó Chủ tịch UBND thành phố đặt mục tiêu năm 2024 đưa chỉ số vào nhóm 10.', ['Phó Chủ tịch UBND thành phố']],
    ['ông Lý Văn Minh – Giám đốc Sở Tài nguyên và Môi trường thu hút sự quan tâm của cử tri.', ['Giám đốc Sở Tài nguyên và Môi trường']],
    ['ông Lý Văn Minh, Chủ tịch UBND tỉnh đề ra ba nhiệm vụ.', ['Chủ tịch UBND tỉnh']],
    // a full stop lost after a province named whole: the capital after it opens the next sentence
    ['ông Lý Văn Minh, Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận Không nên cá biệt hóa.', ['Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận']],
    ['ông Lý Văn Minh, Giám đốc Sở Y tế tỉnh Thừa Thiên Huế cho biết.', ['Giám đốc Sở Y tế tỉnh Thừa Thiên Huế']],
    ['ông Lý Văn Minh, Phó Chủ tịch UBND thành phố Hồ Chí Minh cho biết.', ['Phó Chủ tịch UBND thành phố Hồ Chí Minh']],
  ])('%s', (text, roles) => {
    expect(after(text, 'Lý Văn Minh')).toEqual(roles);
  });
});

describe('rolesAfter: "và" inside the name of an association or a firm', () => {
  it.each([
    ['ông Lý Văn Minh, Chủ tịch Hội đập lớn và phát triển nguồn nước Việt Nam cho biết.', ['Chủ tịch Hội đập lớn và phát triển nguồn nước Việt Nam']],
    ['ông Lý Văn Minh, Phó giám đốc Công ty CP Xuất nhập khẩu và vận tải Khánh Nguyên cho biết.', ['Phó giám đốc Công ty CP Xuất nhập khẩu và vận tải Khánh Nguyên']],
  ])('%s', (text, roles) => {
    expect(after(text, 'Lý Văn Minh')).toEqual(roles);
  });

  it.each([
    ['ông Lý Văn Minh, Phó Chủ tịch UBND tỉnh và các sở ngành dự.', ['Phó Chủ tịch UBND tỉnh']],
    ['ông Lý Văn Minh, Chủ tịch Quỹ Harbinger và ông Kurt Campbell dự.', ['Chủ tịch Quỹ Harbinger']],
  ])('stops where "và" joins more people: %s', (text, roles) => {
    expect(after(text, 'Lý Văn Minh')).toEqual(roles);
  });
});

describe('rolesAfter: small words after a place\'s name start the predicate', () => {
  it.each([
    ['ông Lý Văn Minh, Chủ tịch UBND tỉnh Quảng Ninh đánh trống khai hội.', ['Chủ tịch UBND tỉnh Quảng Ninh']],
    ['ông Lý Văn Minh - Chủ tịch UBND xã Hương Điền phấn khởi cho biết.', ['Chủ tịch UBND xã Hương Điền']],
    ['ông Lý Văn Minh, Phó giám đốc Bệnh viện Đa khoa huyện Thường Xuân vi phạm quy định.', ['Phó giám đốc Bệnh viện Đa khoa huyện Thường Xuân']],
  ])('%s', (text, roles) => {
    expect(after(text, 'Lý Văn Minh')).toEqual(roles);
  });

  it.each([
    ['ông Lý Văn Minh - Giám đốc Chi nhánh TP. HCM của Công ty Chứng khoán VCBS cho biết.', ['Giám đốc Chi nhánh TP. HCM của Công ty Chứng khoán VCBS']],
    ['ông Lý Văn Minh, Bí thư Đoàn xã Phú Hải huyện Hải Hà nói.', ['Bí thư Đoàn xã Phú Hải huyện Hải Hà']],
    ['ông Lý Văn Minh, Giám đốc Hợp tác xã Thức ăn gia súc Bình Minh nói.', ['Giám đốc Hợp tác xã Thức ăn gia súc Bình Minh']],
  ])('goes on with another place, "của" or a cooperative\'s name: %s', (text, roles) => {
    expect(after(text, 'Lý Văn Minh')).toEqual(roles);
  });
});

describe('rolesAfter: "và" inside the name of a cooperative or a board, "đổi mới"', () => {
  it.each([
    ['ông Lý Văn Minh, Trưởng Ban quản lý di tích và rừng quốc gia Yên Tử cho biết.', ['Trưởng Ban quản lý di tích và rừng quốc gia Yên Tử']],
    ['ông Lý Văn Minh, Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì.', ['Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp']],
    ['ông Lý Văn Minh, Giám đốc HTX Nông nghiệp và dịch vụ Tân Phú và phát biểu.', ['Giám đốc HTX Nông nghiệp và dịch vụ Tân Phú']],
  ])('%s', (text, roles) => {
    expect(after(text, 'Lý Văn Minh')).toEqual(roles);
  });
});

describe('rolesAfter: bodies joined by a dash, courts named by their seat, a post after "TP."', () => {
  it.each([
    ['Ông Phạm Quốc Bảo, Trưởng phòng Thanh tra kinh tế - xã hội, đạt 80 điểm.', ['Trưởng phòng Thanh tra kinh tế - xã hội']],
    ['Ông Nguyễn Hữu Luân, Vụ trưởng Vụ Tổ chức - Cán bộ, Bộ Tư pháp, phát biểu.', ['Vụ trưởng Vụ Tổ chức - Cán bộ', 'Bộ Tư pháp']],
    ['Ông Phạm Minh Tuấn, Phó Chánh án TAND cấp cao tại Hà Nội, phát biểu.', ['Phó Chánh án TAND cấp cao tại Hà Nội']],
    ['Ông Đoàn Văn Kiệt, Phó Viện trưởng VKSND cấp cao tại TP. Hồ Chí Minh, dự.', ['Phó Viện trưởng VKSND cấp cao tại TP. Hồ Chí Minh']],
    ['Bà Võ Thị Ngọc Hạnh, Phó Chủ tịch HĐND TP. Chánh án TAND TP chủ trì.', ['Phó Chủ tịch HĐND TP']],
  ])('%s', (text, roles) => {
    expect(after(text, text.split(',')[0].replace(/^(?:Ông|Bà) /, ''))).toEqual(roles);
  });

  it('still ends the post at a lower-case word after a dash, and at "tại" a meeting', () => {
    expect(after('Ông Lý Văn Minh, Giám đốc Sở Tư pháp - cho biết.', 'Lý Văn Minh')).toEqual(['Giám đốc Sở Tư pháp']);
    expect(after('Bà Vũ Kim Hạnh, Chủ tịch Hội doanh nghiệp hàng Việt Nam chất lượng cao tại Hội thảo.', 'Vũ Kim Hạnh')).toEqual([
      'Chủ tịch Hội doanh nghiệp hàng Việt Nam chất lượng cao',
    ]);
  });
});

describe('rolesAfter: posts won or given, the Party committees of agencies, verbs of going and voting', () => {
  readsRoles([
    ['Đồng chí Đào Quang Khải tái đắc cử Bí thư Huyện ủy với 39/39 phiếu.', 'Đào Quang Khải', ['Bí thư Huyện ủy']],
    ['Ông Lê Văn Hai tái đắc cử chức Chủ tịch HĐND tỉnh.', 'Lê Văn Hai', ['Chủ tịch HĐND tỉnh']],
    ['Bà Huỳnh Thị Mỹ Duyên được bổ nhiệm Giám đốc Trung tâm Văn hóa thành phố.', 'Huỳnh Thị Mỹ Duyên', ['Giám đốc Trung tâm Văn hóa thành phố']],
    ['Ông Lê Văn Ba được bổ nhiệm lại Phó Giám đốc Sở Nội vụ.', 'Lê Văn Ba', ['Phó Giám đốc Sở Nội vụ']],
    ['Ông Hoàng Văn Bảo, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh, phát biểu.', 'Hoàng Văn Bảo', ['Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh']],
    ['Ông Tôn Thất Quang Huy, Bí thư Đảng ủy các cơ quan Đảng tỉnh, dự.', 'Tôn Thất Quang Huy', ['Bí thư Đảng ủy các cơ quan Đảng tỉnh']],
    ['Ông Vàng Seo Dình, Phó Chủ tịch Ủy ban bầu cử tỉnh đi kiểm tra tại các huyện.', 'Vàng Seo Dình', ['Phó Chủ tịch Ủy ban bầu cử tỉnh']],
    ['Ông Phạm Văn Sáu, Chủ tịch Ủy ban bầu cử tỉnh bỏ phiếu tại khu vực số 9.', 'Phạm Văn Sáu', ['Chủ tịch Ủy ban bầu cử tỉnh']],
    ['Ông Isnilon Hapilon, thủ lĩnh nhóm phiến quân ở Marawi hồi tuần trước.', 'Isnilon Hapilon', ['thủ lĩnh nhóm phiến quân ở Marawi']],
  ]);

  it('keeps "hồi" inside the names of rehabilitation and intensive care', () => {
    expect(after('Ông Trần Văn Học, Trưởng khoa hồi sức tích cực cho biết.', 'Trần Văn Học')).toEqual(['Trưởng khoa hồi sức tích cực']);
    expect(after('Bà Nguyễn Thị Diện, Giám đốc Bệnh viện Phục hồi chức năng tỉnh cho biết.', 'Nguyễn Thị Diện')).toEqual(['Giám đốc Bệnh viện Phục hồi chức năng tỉnh']);
  });

  it('gives no post where "đắc cử" has none after it', () => {
    expect(after('Ông Trần Văn Ba tái đắc cử với 100% phiếu.', 'Trần Văn Ba')).toEqual([]);
  });

  it('ends the posts after a name at "tái đắc cử", giving none of the post won', () => {
    expect(after('Đồng chí Lê Công Danh, Bí thư Đảng ủy Khối khóa I, tái đắc cử Bí thư Đảng ủy Khối.', 'Lê Công Danh')).toEqual(['Bí thư Đảng ủy Khối khóa I']);
    expect(after('Ông Lê Hoàng Khải, Phó Bí thư Huyện ủy tái đắc cử Chủ tịch UBND huyện.', 'Lê Hoàng Khải')).toEqual(['Phó Bí thư Huyện ủy']);
  });
});

describe('rolesAfter: the days on duty in brackets', () => {
  it('leaves them out of the post', () => {
    expect(after('Ông Phan Thanh Tùng, Phó Chủ tịch UBND phường (Thứ Hai, Thứ Tư); bà B trực.', 'Phan Thanh Tùng')).toEqual(['Phó Chủ tịch UBND phường']);
    expect(after('Bà Đinh Thị Ngọc Hân, Phó Chủ tịch UBND phường (T3, T5).', 'Đinh Thị Ngọc Hân')).toEqual(['Phó Chủ tịch UBND phường']);
  });
});

describe('rolesAfter: a score after the post', () => {
  it('ends the post at "đạt"', () => {
    expect(after('Ông Phan Văn Thế, Giám đốc Sở Tài chính đạt 96,5 điểm.', 'Phan Văn Thế')).toEqual(['Giám đốc Sở Tài chính']);
  });
});

describe('rolesAfter: councils of legal access', () => {
  it('reads the council\'s name whole', () => {
    expect(after('Ông Vũ Đình Cường, Phó Chủ tịch Hội đồng đánh giá tiếp cận pháp luật tỉnh cho biết.', 'Vũ Đình Cường')).toEqual(['Phó Chủ tịch Hội đồng đánh giá tiếp cận pháp luật tỉnh']);
  });
});

describe('rolesAfter: honorary posts, long police departments, others after "và"', () => {
  readsRoles([
    ['Bà Trịnh Ngọc Bích, Lãnh sự danh dự Phần Lan tại TP. Hồ Chí Minh, dự.', 'Trịnh Ngọc Bích', ['Lãnh sự danh dự Phần Lan tại TP. Hồ Chí Minh']],
    ['Thượng tá Lê Đình Tú, Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội, cho biết.', 'Lê Đình Tú', ['Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội']],
    ['Có bà Mai Thị Hồng, nguyên Phó Giám đốc Học viện Hành chính Quốc gia và hơn 80 chuyên gia.', 'Mai Thị Hồng', ['nguyên Phó Giám đốc Học viện Hành chính Quốc gia']],
  ]);
});

describe('rolesAfter: a council seat after a colon, closing the entry', () => {
  readsRoles([
    ['1. Ông Bùi Đức Hạnh, Giám đốc Sở Nội vụ: Chủ tịch Hội đồng;', 'Bùi Đức Hạnh', ['Giám đốc Sở Nội vụ', 'Chủ tịch Hội đồng']],
    ['3. Ông Tạ Quang Vinh, Trưởng phòng Tổ chức cán bộ: Ủy viên kiêm Thư ký;', 'Tạ Quang Vinh', ['Trưởng phòng Tổ chức cán bộ', 'Ủy viên', 'Thư ký']],
    ['4. Bà Ngô Thị Huyền, Phó Chánh Văn phòng Sở Nội vụ: Ủy viên.', 'Ngô Thị Huyền', ['Phó Chánh Văn phòng Sở Nội vụ', 'Ủy viên']],
    ['Bà Lò Thị Mai, Phó Giám đốc Sở Y tế: Phó Trưởng ban\nÔng Lê Văn Hải', 'Lò Thị Mai', ['Phó Giám đốc Sở Y tế', 'Phó Trưởng ban']],
  ]);

  it.each([
    ['Ông Lê Văn An, Giám đốc Sở Tư pháp: Chủ tịch UBND tỉnh đã chỉ đạo rà soát.', 'Lê Văn An', ['Giám đốc Sở Tư pháp']],
    ['Ông Lê Văn An, Giám đốc Sở Tư pháp: Năm nay, Sở tiếp nhận 120 hồ sơ.', 'Lê Văn An', ['Giám đốc Sở Tư pháp']],
  ])('not where the colon opens a sentence: %s', (text, name, roles) => {
    expect(after(text, name)).toEqual(roles);
  });
});

describe('rolesAfter: a rank after "và" opens the next person', () => {
  readsRoles([
    ['Ông Phan Văn Hải, Phó Chủ tịch UBND huyện và Thượng tá A Hùng, Phó Trưởng Công an huyện chủ trì.', 'Phan Văn Hải', ['Phó Chủ tịch UBND huyện']],
    ['Ông Lê Văn Ba, Bí thư Đảng ủy xã và Trung tá Lê Hùng, Trưởng Công an xã dự.', 'Lê Văn Ba', ['Bí thư Đảng ủy xã']],
  ]);
});

describe('rolesAfter: how often opens the predicate', () => {
  readsRoles([
    ['Ông Lê Văn Tư, Trưởng Ban Thanh tra nhân dân xã mỗi tuần đều đến bộ phận một cửa.', 'Lê Văn Tư', ['Trưởng Ban Thanh tra nhân dân xã']],
    ['Bà Hà Thị Mai, Chủ tịch Hội LHPN xã hằng tháng họp chi hội.', 'Hà Thị Mai', ['Chủ tịch Hội LHPN xã']],
    ['Ông Lù Văn Páo, Phó Trưởng phòng Giáo dục Trung học - Giáo dục thường xuyên cho biết.', 'Lù Văn Páo', ['Phó Trưởng phòng Giáo dục Trung học - Giáo dục thường xuyên']],
  ]);
});

describe('rolesAfter: an emulation cluster\'s head, the reward council with its comma', () => {
  readsRoles([
    ['Bà Nguyễn Thị Kim Quyên, Chủ tịch UBND quận Ninh Kiều, Cụm trưởng Cụm thi đua số 1 năm 2023 cho biết.', 'Nguyễn Thị Kim Quyên', ['Chủ tịch UBND quận Ninh Kiều', 'Cụm trưởng Cụm thi đua số 1 năm 2023']],
    ['Đồng chí Hà Minh Châu, Phó Chủ tịch Thường trực Hội đồng Thi đua, Khen thưởng Trung ương đề nghị.', 'Hà Minh Châu', ['Phó Chủ tịch Thường trực Hội đồng Thi đua, Khen thưởng Trung ương']],
    ['Ông Y Khôi Mlô, Phó Chủ tịch UBND tỉnh, Trưởng Khối thi đua năm 2023 phát biểu.', 'Y Khôi Mlô', ['Phó Chủ tịch UBND tỉnh', 'Trưởng Khối thi đua năm 2023']],
  ]);
});

describe('rolesAfter: project boards and steering committees whose names hold a dash or a comma', () => {
  readsRoles([
    ['Ông Trần Hồng Quân, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông - dân dụng - công nghiệp tỉnh cho biết.', 'Trần Hồng Quân', ['Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông - dân dụng - công nghiệp tỉnh']],
    ['Ông Ksor Phiên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm của tỉnh chủ trì.', 'Ksor Phiên', ['Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm của tỉnh']],
    ['Ông Thạch Văn Chanh, Phó Chủ tịch UBND huyện, Trưởng Ban Bồi thường, hỗ trợ và tái định cư huyện cho biết.', 'Thạch Văn Chanh', ['Phó Chủ tịch UBND huyện', 'Trưởng Ban Bồi thường, hỗ trợ và tái định cư huyện']],
  ]);
});

describe('rolesAfter: why a recipient gets the document, in brackets after the post', () => {
  readsRoles([
    ['- Đ/c Ngô Văn Tài, Giám đốc Sở (b/c);', 'Ngô Văn Tài', ['Giám đốc Sở']],
    ['- Đ/c Lê Văn Hai, Phó Giám đốc Sở Nội vụ (để biết);', 'Lê Văn Hai', ['Phó Giám đốc Sở Nội vụ']],
  ]);
});

describe('rolesAfter: the birth (a hometown, a decision\'s fields) before a semicolon, then the post', () => {
  readsRoles([
    ['- Trần Minh Luân, sinh năm 1975; nguyên Giám đốc Ban Quản lý dự án huyện Cần Giuộc.', 'Trần Minh Luân', ['nguyên Giám đốc Ban Quản lý dự án huyện Cần Giuộc']],
    ['Kỷ luật đối với ông Lý Văn Minh, sinh ngày 14/02/1987; quê quán: xã Ân Nghĩa, huyện Lạc Sơn; chức vụ: công chức Tư pháp – Hộ tịch xã Ngọc Sơn.', 'Lý Văn Minh', ['công chức Tư pháp – Hộ tịch xã Ngọc Sơn']],
    ['Ông Lý Văn Minh (sinh năm 1966, quê quán xã Xuân Huy; nguyên Chủ tịch HĐND xã Thạch Sơn) được khen.', 'Lý Văn Minh', ['nguyên Chủ tịch HĐND xã Thạch Sơn']],
    ['Ông Lý Văn Minh (sinh năm 1981; nguyên Phó Chủ tịch UBND xã Bản Nguyên, nay là chuyên viên Văn phòng HĐND và UBND huyện) được khen.', 'Lý Văn Minh', ['nguyên Phó Chủ tịch UBND xã Bản Nguyên', 'chuyên viên Văn phòng HĐND và UBND huyện']],
  ]);
});

describe('rolesAfter: the seats of a state group\'s councils and its boards\' names with a dash', () => {
  readsRoles([
    ['Phóng viên trao đổi với ông Hứa Văn Khiêm, Thành viên HĐTV, Tổng Giám đốc Tổng công ty cho biết.', 'Hứa Văn Khiêm', ['Thành viên HĐTV', 'Tổng Giám đốc Tổng công ty']],
    ['Bổ nhiệm bà Kha Thị Mỹ Linh, Trưởng Ban Tài chính - Kế toán, Kiểm soát viên chuyên trách Tổng công ty.', 'Kha Thị Mỹ Linh', ['Trưởng Ban Tài chính - Kế toán', 'Kiểm soát viên chuyên trách Tổng công ty']],
  ]);
});

describe('rolesAfter: a town\'s, a district\'s or a Party committee\'s member', () => {
  readsRoles([
    ['Phóng viên phỏng vấn ông Võ Hồng Phúc, Thị ủy viên, Chủ tịch UBND thị xã Hoài Nhơn về kết quả.', 'Võ Hồng Phúc', ['Thị ủy viên', 'Chủ tịch UBND thị xã Hoài Nhơn']],
    ['Bà Lê Thị Hoa, Quận ủy viên, Trưởng phòng Nội vụ quận cho biết.', 'Lê Thị Hoa', ['Quận ủy viên', 'Trưởng phòng Nội vụ quận']],
  ]);
});

describe('rolesAfter: a span of time after the post, and "cung cấp", open the predicate', () => {
  readsRoles([
    ['Đ/c Lý Văn Minh, Cục trưởng Cục Thống kê tỉnh cung cấp thông tin.', 'Lý Văn Minh', ['Cục trưởng Cục Thống kê tỉnh']],
    ['Tòa tuyên phạt Đinh Văn Thọ, nguyên Chủ tịch UBND xã 6 năm tù về tội lợi dụng chức vụ.', 'Đinh Văn Thọ', ['nguyên Chủ tịch UBND xã']],
    ['Bị cáo Trần Văn Lộc, nguyên Phó Chủ tịch UBND huyện 30 tháng tù.', 'Trần Văn Lộc', ['nguyên Phó Chủ tịch UBND huyện']],
    ['Ông Nguyễn Văn An, Trưởng Công an Phường 10 cho biết.', 'Nguyễn Văn An', ['Trưởng Công an Phường 10']],
  ]);
});

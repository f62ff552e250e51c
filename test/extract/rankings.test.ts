import { describe, expect, it } from 'vitest';
import { extractRankings } from '../../src/extract/rankings.js';
import type { RankingItem } from '../../src/schema.js';

const context = { reference: null };

function run(text: string): RankingItem[] {
  const items = extractRankings(text, context);
  for (const item of items) expect(text.slice(item.span[0], item.span[1])).toBe(item.text);
  return items;
}
/** [rank, of] the way the scorer compares rankings. */
const places = (text: string) => run(text).map((r) => (r.of === undefined ? [r.rank] : [r.rank, r.of]));

describe('extractRankings: a place with a figure', () => {
  it.each([
    ['Tỉnh xếp thứ 12/63 tỉnh, thành phố.', [[12, 63]]],
    ['Chỉ số PAR INDEX xếp 9/63 tỉnh, thành phố', [[9, 63]]],
    ['PAPI xếp hạng 10/63 tỉnh thành phố', [[10, 63]]],
    ['đạt 88,64%, xếp vị thứ 16/63 tỉnh, thành phố', [[16, 63]]],
    ['Gia Lai đứng thứ 19, đạt 83,84%', [[19]]],
    ['vẫn giữ nguyên vị trí đứng thứ 48/63 tỉnh', [[48, 63]]],
    ['xếp vị trí thứ 2 là vùng Đông Nam Bộ', [[2]]],
    ['đứng thứ 5 cả nước về chỉ số DTI', [[5]]],
    ['xếp thứ 1/6 tỉnh Bắc Trung Bộ', [[1, 6]]],
    ['xếp thứ 2/18 huyện, thị xã, thành phố', [[2, 18]]],
    ['xếp thứ 5 trong số 63 tỉnh', [[5, 63]]],
    ['xếp thứ 7 trên 63 tỉnh, thành', [[7, 63]]],
    ['xếp thứ 7 trong tổng số 63 địa phương', [[7, 63]]],
    ['Sở xếp thứ 4 trong khối 20 sở, ban, ngành', [[4, 20]]],
    ['Huế xếp thứ 3 trong danh sách 10 điểm đến được tìm kiếm nhiều nhất', [[3, 10]]],
    ['xếp hạng thứ 20 toàn quốc', [[20]]],
    ['vươn lên vị trí thứ 10', [[10]]],
    ['Xếp hạng: 21/63', [[21, 63]]],
    ['tăng 4 bậc, từ vị trí thứ 25 lên vị trí thứ 21', [[25], [21]]],
    ['tụt 10 bậc xuống vị trí 40', [[40]]],
    ['tăng 5 bậc lên thứ 8', [[8]]],
    ['thứ hạng 25/63 tỉnh', [[25, 63]]],
    ['Chỉ số PAPI năm 2022 của tỉnh đứng thứ nhất cả nước', [[1]]],
    ['đứng thứ hai sau Hà Nội', [[2]]],
    ['Xếp vị trí thứ 4 là Bắc Trung Bộ', [[4]]],
    ['đội bóng đang xếp hạng 3 giải vô địch', [[3]]],
    ['đội tuyển đứng hạng 3 giải U20 châu Á', [[3]]],
    ['đội đang xếp hạng 5 Saint Etienne', [[5]]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('continues a list with a bare "thứ N"', () => {
    expect(places('tỉnh Quảng Ninh dẫn đầu với 90,61%; đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%; thứ 3 tỉnh Hải Dương đạt 90,23%.')).toEqual([
      [1],
      [2],
      [3],
    ]);
    expect(places('xếp thứ 4, tiếp theo là thứ 5 và thứ 6')).toEqual([[4], [5], [6]]);
    expect(places('xếp thứ 4. Năm thứ 5 liên tiếp')).toEqual([[4]]);
    expect(places('xếp thứ 4, và thứ 5 là Huế')).toEqual([[4], [5]]);
  });

  it('reads both places of a move', () => {
    expect(places('thứ hạng lại bị giảm từ 51/63 xuống 56/63 tỉnh, thành phố')).toEqual([
      [51, 63],
      [56, 63],
    ]);
    expect(places('vị trí xếp hạng tăng từ thứ 30 lên thứ 18')).toEqual([[30], [18]]);
    // a comma closes the clause of "vị trí": what follows is no move
    expect(places('vết đẽo ở vị trí những mấu chồi của cây, có đường kính dao động từ 10 đến 25cm')).toEqual([]);
  });

  it('reads a move whose keyword follows "từ"', () => {
    expect(places('tăng 7 bậc (từ vị trí 40/63 lên 33/63) so với năm trước')).toEqual([
      [40, 63],
      [33, 63],
    ]);
    expect(places('tụt 3 bậc từ hạng 12 xuống 15')).toEqual([[12], [15]]);
    expect(places('Cơ quan làm việc từ thứ 2 đến thứ 6')).toEqual([]);
  });

  it('does not read "trong N năm" as how many were ranked', () => {
    expect(places('xếp thứ 2 trong 3 năm liền')).toEqual([[2]]);
    expect(places('đứng thứ 4 trong số 12 huyện')).toEqual([[4, 12]]);
  });
});

describe('extractRankings: first place in words', () => {
  it.each([
    ['Hải Phòng đứng đầu cả nước về cải cách hành chính', 1],
    ['dẫn đầu PAR Index 2021 là TP. Hải Phòng', 1],
    ['tỉnh Quảng Ninh dẫn đầu với kết quả đạt 90,61%', 1],
    ['Đây là lý do giúp tỉnh luôn dẫn đầu trong cả nước', 1],
    ['nhưng dẫn đầu khu vực Tây Nguyên', 1],
    ['tiếp tục dẫn đầu bảng xếp hạng', 1],
    ['bứt phá lên ngôi vị quán quân Chỉ số CCHC', 1],
    ['giữ vững vị trí dẫn đầu toàn quốc', 1],
    ['Quảng Ninh tiếp tục dẫn đầu, Hải Phòng đứng sau', 1],
    ['năm nay tỉnh vẫn đứng đầu.', 1],
    ['Đà Nẵng 3 năm liền dẫn đầu về chỉ số PCI', 1],
    ['Quảng Ninh với 90 điểm dẫn đầu cả nước', 1],
    ['Năm 2017 Quảng Ninh tiếp tục dẫn đầu cả nước', 1],
    ['tỉnh dẫn đầu các tỉnh miền núi phía Bắc', 1],
    ['Do làm tốt công tác cải cách hành chính, Quảng Ninh tiếp tục dẫn đầu cả nước.', 1],
    ['Hà Nội không chỉ dẫn đầu cả nước về số doanh nghiệp', 1],
    ['Theo Chỉ số CCHC do Bộ Nội vụ công bố, trong khối các bộ, Ngân hàng Nhà nước đứng đầu bảng xếp hạng', 1],
    ['Do ông An, Giám đốc Sở, chỉ đạo sát sao, tỉnh dẫn đầu cả nước.', 1],
    ['tỉnh vươn lên hạng nhì toàn quốc', 2],
    ['khu kinh tế lớn thứ hai của Đức', 2],
    ['Đà Nẵng giành ngôi á quân', 2],
    ['tỉnh giữ vững ngôi vị đầu bảng năm thứ ba', 1],
  ])('%s', (text, rank) => {
    expect(places(text)).toEqual([[rank]]);
  });

  it('keeps how many were ranked after "trong số"', () => {
    expect(places('là đơn vị dẫn đầu trong số 21 sở, ngành')).toEqual([[1, 21]]);
    expect(places('huyện đứng đầu trên tổng số 9 huyện, thị xã')).toEqual([[1, 9]]);
    expect(places('tỉnh dẫn đầu trong 3 năm liên tiếp')).toEqual([[1]]);
  });

  it('reads words in capitals, "Ứ" and "Ạ" included', () => {
    expect(places('TỈNH XẾP THỨ 12/63 CẢ NƯỚC')).toEqual([[12, 63]]);
    expect(places('PAPI XẾP HẠNG 10/63; ĐỨNG 9/63 về DTI')).toEqual([[10, 63], [9, 63]]);
    expect(places('tỉnh ĐỨNG ĐẦU cả nước')).toEqual([[1]]);
    expect(places('thứ hạng 25/63, HẠNG 30/63')).toEqual([[25, 63], [30, 63]]);
  });

  it('one ranking per mention', () => {
    expect(places('lên ngôi quán quân. Quán quân năm nay là Hải Phòng.')).toEqual([[1], [1]]);
  });
});

describe('extractRankings: an adjective and its place', () => {
  it('reads "lớn thứ hai", "cao thứ 3" and a list that goes on from one', () => {
    expect(places('tỉnh có tỷ lệ cao thứ 3 cả nước')).toEqual([[3]]);
    expect(places('hệ thống cảng biển lớn thứ nhì châu Âu, thứ ba thế giới')).toEqual([[2], [3]]);
  });

  it('leaves ordinals in words without a place before them', () => {
    expect(places('Hội nghị lần thứ hai, thứ ba và thứ tư')).toEqual([]);
    expect(places('Sáng thứ hai, ngày 5/6 đoàn làm việc')).toEqual([]);
  });

  it('reads a place opening a bracket after a name, not a caption\'s place from the side', () => {
    expect(places('Tiếp theo là Bình Dương (thứ 5, đạt 65.050 tỷ đồng), Đồng Nai (thứ 6, 57.316 tỷ đồng).')).toEqual([[5], [6]]);
    expect(places('Phó Chủ tịch UBND tỉnh Nguyễn Minh Luân (thứ 5, phải sang) trao bằng khen; em Bùi Văn Đông (thứ 3, bên phải) chia sẻ.')).toEqual([]);
    expect(places('Họp vào ngày 5/6 (thứ 2, tại hội trường).')).toEqual([]);
  });

  it('takes the total from the places counted at the sentence\'s opening', () => {
    expect(places('Trong nhóm 14 tỉnh trung du và miền núi phía Bắc, Bắc Giang đứng thứ 2, chỉ sau Lào Cai.')).toEqual([[2, 14]]);
    expect(places('Trong 13 tỉnh, thành vùng Đồng bằng sông Cửu Long, Vĩnh Long đứng thứ 9.')).toEqual([[9, 13]]);
    expect(places('Trong 10 năm qua, tỉnh xếp thứ 5 cả nước.')).toEqual([[5]]);
    expect(places('Trong khu vực 12 tỉnh phát hành chung, doanh thu của công ty đứng thứ 7.')).toEqual([[7, 12]]);
    expect(places('Trong 9 địa phương này, Hương Thủy đứng đầu về số hồ sơ tiếp nhận.')).toEqual([[1, 9]]);
  });

  it('gives a list that goes on after the sentence\'s opening total that total', () => {
    expect(places('Trong 18 xã, thị trấn, thị trấn Phú Hòa xếp thứ nhất, xã Ia Le thứ 2, xã Ia Ake thứ 3.')).toEqual([[1, 18], [2, 18], [3, 18]]);
    expect(places('Tỉnh Hòa Bình xếp thứ nhất, Sơn La thứ 2.')).toEqual([[1], [2]]);
  });

  it('reads a first place in a city, a town, a commune or a ward', () => {
    expect(places('Chỉ số CCHC của phường năm 2023 đứng đầu TP. Sa Đéc.')).toEqual([[1]]);
    expect(places('Kết quả giải ngân của xã Tân Lập đứng đầu huyện, thôn Bản Mới đứng đầu xã.')).toEqual([[1], [1]]);
    expect(places('Người đứng đầu xã phải chịu trách nhiệm.')).toEqual([]);
  });

  it('reads how many offices a first place led', () => {
    expect(places('Năm 2023, Phòng Tư pháp đứng đầu 12 phòng chuyên môn thuộc UBND huyện.')).toEqual([[1, 12]]);
    expect(places('Sở Nội vụ dẫn đầu 20 sở, ban, ngành của tỉnh.')).toEqual([[1, 20]]);
  });

  it('reads the total of a top list after the place', () => {
    expect(places('Ngân hàng xếp thứ 5 trong Top 20 doanh nghiệp uy tín năm 2024.')).toEqual([[5, 20]]);
  });

  it('reads places out of one total listed with the years they were held', () => {
    expect(places('xếp thứ 48/63 (năm 2019), 51/63 (năm 2020) và 47/63 (năm 2023). Tỷ lệ đỗ cao.')).toEqual([[48, 63], [51, 63], [47, 63]]);
  });

  it('reads a tie ("đồng hạng") and a list\'s entry placed after its colon', () => {
    expect(places('Sở Xây dựng và Sở Nông nghiệp đồng hạng 17 với 69,45 điểm.')).toEqual([[17]]);
    expect(places('5 đơn vị xếp cuối:\n- Huyện Tân Kỳ: hạng 17 (79,36%)\n- Huyện Con Cuông: hạng 18 (78,90%)')).toEqual([[17], [18]]);
    expect(places('Cotecons trúng hợp đồng thứ hai; bệnh viện hạng 1 của tỉnh.')).toEqual([]);
  });

  it('reads a bare "hạng N" after a name where the score it earned follows', () => {
    expect(places('Huyện Cầu Ngang hạng 2 với 89,07%, tăng 3 bậc; huyện Châu Thành hạng 3 với 88,55%.')).toEqual([[2], [3]]);
    expect(places('Sở Tư pháp hạng 1 với 93,5 điểm.')).toEqual([[1]]);
    expect(places('Bệnh viện hạng 1 với 500 giường bệnh.')).toEqual([]);
  });

  it('reads a first place after a place out of its total, which is no group', () => {
    expect(places('xếp thứ 3/63 tỉnh, thành phố và dẫn đầu khu vực Đồng bằng sông Cửu Long')).toEqual([[3, 63], [1]]);
    expect(places('toàn tỉnh có 8 sản phẩm OCOP 5 sao, tiếp tục dẫn đầu cả nước')).toEqual([[1]]);
    // "các" inside a body's name ("Đảng ủy Khối các cơ quan tỉnh") makes no group
    expect(places('UBKT Đảng ủy Khối các cơ quan tỉnh đứng đầu với 94,2 điểm.')).toEqual([[1]]);
  });

  it('reads a weekday written with its capital after a move, but a place after "xếp" however written', () => {
    expect(places('Ngày tiếp công dân rơi vào thứ Bảy nên được chuyển lên thứ Sáu.')).toEqual([]);
    expect(places('Tỉnh vươn lên thứ sáu cả nước.')).toEqual([[6]]);
    expect(places('Đơn vị xếp thứ Nhì, Sở Tư pháp xếp thứ Ba.')).toEqual([[2], [3]]);
  });
});

describe('extractRankings: not rankings', () => {
  it.each([
    ['trách nhiệm của người đứng đầu cơ quan, đơn vị'],
    ['người đứng đầu cấp ủy địa phương'],
    ['Đoàn công tác do Thứ trưởng dẫn đầu đã làm việc với tỉnh.'],
    ['đoàn do đồng chí Chủ tịch dẫn đầu, gồm các sở'],
    ['Đoàn công tác của Bộ do Thứ trưởng Nguyễn Văn An dẫn đầu.'],
    ['Liên minh quân sự do Mỹ dẫn đầu ở Syria đã tuyên bố.'],
    ['Đoàn do ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh dẫn đầu về kiểm tra tại xã.'],
    ['Đoàn thanh tra do ông Jean-Marc Dufour, Trưởng nhóm thanh tra, dẫn đầu.'],
    ['Tuyết Lan không trở thành quán quân mùa đầu tiên.'],
    ['Tỉnh chưa từng đứng đầu cả nước về chỉ số này.'],
    ['Ba huyện chiếm ba vị trí đầu bảng xếp hạng năm nay.'],
    ['Ở bảng tổng sắp, 5 vị trí dẫn đầu không thay đổi.'],
    ['Các tỉnh ở những vị trí đầu đều thuộc miền Bắc.'],
    ['ba quán quân của các mùa trước cùng tham dự.'],
    ['Hai tổ do tôi và anh Lê Văn Hải , Phó chủ tịch UBND Q.1 dẫn đầu về các phường.'],
    ['Nhóm nghiên cứu do ông Lê Minh ở Đại học Cần Thơ (Việt Nam) đứng đầu, đã công bố kết quả.'],
    ['lực lượng quốc tế do Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) đứng đầu, sát cánh cùng quân đội'],
    ['Hạm đội sẽ do tàu sân bay hạt nhân của Mỹ - một trong những tàu lớn nhất thế giới - dẫn đầu.'],
    ['Thứ trưởng dẫn đầu đoàn công tác'],
    ['Làm việc từ thứ 2 đến thứ 6 hằng tuần'],
    ['thuộc nhóm 15 tỉnh dẫn đầu cả nước'],
    ['Hải Phòng, Quảng Ninh và Bình Dương là 3 địa phương dẫn đầu cả nước.'],
    ['Thành phố phải dẫn đầu cả nước về cải cách hành chính.'],
    ['Tỉnh phấn đấu dẫn đầu cả nước về chỉ số PAR Index.'],
    ['là 5 đơn vị đứng đầu Chỉ số thành phần cải cách thủ tục hành chính'],
    ['hai tay đua dẫn đầu về đích trước'],
    ['Bảng kết quả 5 sở, ngành dẫn đầu (thang điểm 100):'],
    ['Đó là 10 tỉnh, thành phố dẫn đầu cả nước về chỉ số.'],
    ['ông bị bắt vì dẫn đầu các cuộc biểu tình'],
    ['Bộ Quốc phòng dẫn đầu các chiến dịch phòng thủ phối hợp'],
    ['là thương binh hạng 2/4 của xã'],
    ['đội bóng xuống hạng Nhất sau mùa giải'],
    ['Hội nghị lần thứ 4 Ban Chấp hành'],
    ['năm thứ 2 triển khai đo lường'],
    ['Đây là năm thứ 5 liên tiếp đạt trên 80%'],
    ['tại kỳ họp thứ 10, với 429 đại biểu'],
    ['Thứ 2, ngày 5/6/2023'],
    ['Thứ bảy, 18/09/2021'],
    ['Bệnh viện hạng 1 của tỉnh'],
    ['đạt thứ hạng cao nhất từ trước đến nay'],
    ['là đơn vị có chỉ số cao nhất (95,88%)'],
    ['Đà Nẵng là địa phương đầu tiên đưa vào sử dụng'],
    ['nữ Phó Thủ tướng đầu tiên'],
    ['đứng cuối bảng là tỉnh Kiên Giang'],
    ['tăng 5 bậc so với năm trước'],
    ['tăng từ 81,82% lên 84,4%, thứ hạng giảm'],
    ['xếp loại A, xếp thứ tự ưu tiên'],
    ['nằm trong top 10 tỉnh'],
    ['trong bảng xếp hạng năm nay, tỉnh tụt hạng'],
    ['kết quả xếp hạng năm 2016 được công bố'],
    ['công bố xếp hạng năm ngoái'],
    ['THỨ NĂM, 12/10/2023'],
    ['khảo sát xếp hạng 43 tiêu chí của cuộc sống'],
    ['các khách sạn được xếp hạng từ 3 đến 5 sao, khách sạn được xếp hạng 4 sao'],
    ['16 khách sạn được xếp hạng 4 - 5 sao, 3 khách sạn xếp hạng 3 đến 5 sao'],
    ['Bảng xếp hạng 106 quốc gia vừa được công bố'],
  ])('%s', (text) => {
    expect(places(text)).toEqual([]);
  });

  it('rejects a total smaller than the place', () => {
    expect(places('xếp 9/6 ô')).toEqual([]);
  });
});

describe('extractRankings: subject', () => {
  it('names the ranked index', () => {
    expect(run('Chỉ số PAR INDEX xếp 9/63 tỉnh')[0].subject).toBe('Chỉ số PAR INDEX');
    expect(run('trong đó: PAPI xếp hạng 10/63')[0].subject).toBe('PAPI');
    expect(run('Năm 2021, kết quả Chỉ số SIPAS đạt 88,64%, xếp vị thứ 16/63')[0].subject).toBe('kết quả Chỉ số SIPAS');
  });

  it('reads every place of long inputs once', () => {
    expect(run('xếp thứ 1, thứ 2, '.repeat(2_000))).toHaveLength(4_000);
    expect(run('đứng đầu '.repeat(10_000))).toHaveLength(1);
    expect(places('thứ hạng '.repeat(10_000) + 'từ 1/2 xuống 2/3')).toEqual([[1, 2], [2, 3]]);
  });
});

describe('extractRankings: "dẫn đầu" a named index', () => {
  it('reads first place in provincial competitiveness', () => {
    expect(places('Đà Nẵng năm thứ 4 dẫn đầu năng lực cạnh tranh cấp tỉnh.')).toEqual([[1]]);
  });
});

describe('extractRankings: first in the world, a market, a chart', () => {
  it.each([
    'Sản phẩm nhựa đường của hãng đứng đầu thế giới.',
    'Tăng trưởng kinh tế Việt Nam dẫn đầu châu Á.',
    'Toyota Vios trở lại dẫn đầu thị trường sau 1 tháng.',
    'Mẫu xe này tiếp tục dẫn đầu phân khúc xe SUV đô thị.',
    'Đội bóng xứ Thanh tạm thời tiếp tục dẫn đầu BXH.',
    'Việt Nam đứng đầu top điểm đến tiết kiệm chi phí nhất.',
    'Tập đoàn liên tục đứng đầu doanh thu ngành viễn thông.',
  ])('%s', (text) => {
    expect(places(text)).toEqual([[1]]);
  });
  it('reads no first place in a group that tops a market', () => {
    expect(places('Đây là một trong những đơn vị dẫn đầu thị trường trong ngành.')).toEqual([]);
    expect(places('Hai hãng dẫn đầu thế giới về chip đã ký thỏa thuận.')).toEqual([]);
  });
});

describe('extractRankings: a bare "thứ N" and the whole it is ranked in', () => {
  it.each([
    ['Mexico muốn thành nhà sản xuất ôtô thứ 5 trên thế giới.', 5],
    ['Việt Nam là nước xuất khẩu gạo thứ 3 thế giới.', 3],
    ['Tỉnh có diện tích lúa thứ 2 cả nước về sản lượng.', 2],
  ])('%s', (text, rank) => {
    expect(places(text)).toEqual([[rank]]);
  });
  it('reads no place in how many times in a row, unless a verb holds the place', () => {
    expect(places('Có phiên tăng giá mạnh thứ 2 liên tiếp.')).toEqual([]);
    expect(places('Tỉnh xếp thứ 2 liên tiếp trong 3 năm.')).toEqual([[2]]);
  });
  it('reads no place in the order things happened, nor in a series', () => {
    expect(places('Nước này là quốc gia thứ sáu trên thế giới sở hữu ICBM.')).toEqual([]);
    expect(places('Đây là lần thứ 2 trên thế giới.')).toEqual([]);
  });
});

describe('extractRankings: "đầu" opening a word of its own', () => {
  it('reads no place in "vị trí đầu tư"', () => {
    expect(places('Khu đất nằm ở vị trí đầu tư thuận lợi.')).toEqual([]);
  });
});

describe('extractRankings: first in a group of bodies ("khối")', () => {
  it.each([
    'Sở Tư pháp đứng đầu khối sở, ngành với 92,35 điểm.',
    'Huyện Đông Anh dẫn đầu khối huyện.',
    'SIPAS các dịch vụ của Bộ đứng đầu khối bộ, ngành.',
    'Phường là đơn vị dẫn đầu phong trào thi đua Khối phường, xã năm 2015.',
    'Sở Tư pháp dẫn đầu cụm thi đua số 3.',
  ])('%s', (text) => {
    expect(places(text)).toEqual([[1]]);
  });

  it('reads no first place for plural words that are not one body\'s own', () => {
    expect(places('Các tỉnh dẫn đầu cả nước gồm Quảng Ninh, Hải Phòng.')).toEqual([]);
    expect(places('Kết quả của một số đơn vị dẫn đầu:')).toEqual([]);
    expect(places('Đà Nẵng - địa phương nhiều năm dẫn đầu cả nước về ứng dụng CNTT.')).toEqual([[1]]);
  });
});

describe('extractRankings: a bare "hạng N" or "thứ N/M" after a score, ending its clause', () => {
  it('is a list\'s place; "bệnh viện hạng 1" stays a class', () => {
    expect(places('1. Sở Thông tin và Truyền thông: 847,50 điểm – hạng 1\n2. Sở Tư pháp: 812,25 điểm – hạng 2\n')).toEqual([[1], [2]]);
    expect(places('Bệnh viện hạng 1 của tỉnh đã tiếp nhận bệnh nhân.')).toEqual([]);
    expect(places('+ Huyện Văn Bàn: 88,02%, thứ 5/9;\n+ Huyện Bảo Yên: 87,4%, thứ 6/9, tăng 1 bậc;')).toEqual([[5, 9], [6, 9]]);
    expect(places('huyện Đầm Dơi (61,02%, hạng 101/101).')).toEqual([[101, 101]]);
    expect(places('Vào mỗi Thứ 3, Thứ 5, Thứ 7 hằng tuần.')).toEqual([]);
    expect(places('2) Thị xã Dĩ An – 89,55 điểm – hạng 2 (tăng 3 bậc)')).toEqual([[2]]);
    expect(places('- Bộ Tư pháp: 89,84% (hạng 2)\n- Bộ Tài chính: 89,67 điểm (thứ 3)')).toEqual([[2], [3]]);
    expect(places('Bệnh viện 500 giường (hạng 1) của tỉnh.')).toEqual([]);
  });
});

describe('extractRankings: the last place in brackets', () => {
  it('reads "đứng cuối bảng (63/63)" with its brackets', () => {
    expect(run('Kiên Giang giảm 11 bậc, đứng cuối bảng (63/63).').map((r) => r.text)).toEqual(['đứng cuối bảng (63/63)']);
    expect(places('Sở đứng chót (20/20) trong khối sở.')).toEqual([[20, 20]]);
    expect(places('Sở Tài nguyên và Môi trường xếp cuối bảng, hạng 20/20.')).toEqual([[20, 20]]);
    expect(places('Chỉ số tăng 21 bậc, từ vị trí 35/63 năm 2016 lên 14/63 năm 2019.')).toEqual([[35, 63], [14, 63]]);
    expect(places('PAPI 2024: Đồng Tháp dẫn đầu ĐBSCL, đứng thứ 3 cả nước')).toEqual([[1], [3]]);
    expect(places('KBNN Hà Nam 3 năm liền dẫn đầu hệ thống Kho bạc về tỷ lệ chi qua DVCTT.')).toEqual([[1]]);
    expect(places('Từ 2019 tới 2022, thứ hạng của tỉnh lần lượt là 35/63, 29/63, 26/63 và 17/63.')).toEqual([[35, 63], [29, 63], [26, 63], [17, 63]]);
    expect(places('Xếp hạng các năm lần lượt là 12/63 và 9/63 tỉnh, thành phố.')).toEqual([[12, 63], [9, 63]]);
    expect(places('Hạng mục công trình lần lượt là 3/5 hạng mục.')).toEqual([]);
    expect(places('Chỉ số PAR INDEX của tỉnh tăng từ 52/63 (năm 2015) lên 37/63 (năm 2019); PAPI xếp hạng 12/63.')).toEqual([[52, 63], [37, 63], [12, 63]]);
    expect(places('Chỉ số xã đạt chuẩn tăng từ 30/63 lên 45/63 xã.')).toEqual([]);
    expect(places('Số xã đạt chuẩn tăng từ 30/63 lên 45/63.')).toEqual([]);
    expect(places('UBND tỉnh ban hành Quyết định xếp hạng 6 di tích lịch sử.')).toEqual([]);
    expect(places('Thứ hạng của tỉnh từ 51/63 (năm 2015) xuống 56/63 (năm 2016).')).toEqual([[51, 63], [56, 63]]);
    expect(places('| STT | Địa phương | Điểm 2018 | Xếp hạng 2018 |')).toEqual([]);
  });
});

describe('extractRankings: places listed after "lần lượt"', () => {
  it.each([
    ['Lai Châu, Điện Biên, Bắc Kạn lần lượt xếp thứ 48, 55 và 58.', [[48], [55], [58]]],
    ['Hai tỉnh lần lượt xếp thứ 12/63 và 20/63 cả nước.', [[12, 63], [20, 63]]],
    ['Hai huyện lần lượt đứng thứ 11 và 14 sau khi tăng hạng.', [[11], [14]]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('reads only the first place without "lần lượt", unless the next one follows it', () => {
    expect(places('Tỉnh xếp thứ 12, 3 năm liền.')).toEqual([[12]]);
    expect(places('Hai huyện đứng thứ 11 và 14 sau khi tăng hạng.')).toEqual([[11]]);
  });

  it('reads the next place before "lần lượt là"', () => {
    expect(places('Sở Tư pháp dẫn đầu; xếp thứ 2 và 3 lần lượt là Sở Nội vụ và Sở Y tế.')).toEqual([[1], [2], [3]]);
  });
});

describe('extractRankings: places out of the same total listed after the first', () => {
  it.each([
    ['Các đơn vị xếp thứ 19/21, 20/21 và 21/21 khối sở, ngành phải có kế hoạch.', [[19, 21], [20, 21], [21, 21]]],
    ['Tỉnh xếp thứ 12/63, 35/63 và 40/63 trong ba năm qua.', [[12, 63], [35, 63], [40, 63]]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('stops at another total, or at a share with a noun after a comma', () => {
    expect(places('Tỉnh xếp thứ 12/63, 9/10 xã đạt chuẩn.')).toEqual([[12, 63]]);
    expect(places('Tỉnh xếp thứ 12/63, 35/63 tỉnh đã kết nối.')).toEqual([[12, 63]]);
  });
});

describe('extractRankings: "vị trí N" as a place on the ground', () => {
  it.each([
    'Xây dựng sân đỗ tại vị trí 21ha đất quân đội bàn giao.',
    'Vị trí 3 học sinh bị xe ô tô tông tử vong.',
    'Năm 2015, hố ga ở vị trí 812 Trường Sa từng bị phát nổ.',
  ])('%s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('still reads a place in an order', () => {
    expect(run('Đội bắt đầu cuộc đua ở vị trí 18 cùng chiến thuật mới.').map((r) => r.rank)).toEqual([18]);
  });
});

describe('extractRankings: "do" that names no leader', () => {
  it('keeps the first place after a cause or a conclusion and its comma', () => {
    expect(places('Do làm tốt công tác CCHC, Quảng Ninh dẫn đầu cả nước.')).toEqual([[1]]);
    expect(places('Do vậy, dẫn đầu cả nước là Quảng Ninh.')).toEqual([[1]]);
  });
});

describe('extractRankings: led by two people', () => {
  it('reads no first place in "do ông A và ông B dẫn đầu"', () => {
    expect(run('Đoàn chia làm 2 tổ do ông Trần Thế Thuận và ông Đoàn Ngọc Hải dẫn đầu.')).toEqual([]);
  });

  it('reads a first place where "thì" or "là" opens the clause after "do" ("do huyện tự đánh giá thì xã A đứng đầu")', () => {
    expect(extractRankings('Chỉ số do huyện tự đánh giá thì xã Tân Thạch đứng đầu, xã Quới Thành xếp thứ 22.', { reference: null }).map((r) => r.rank)).toEqual([1, 22]);
  });

  it('reads a first place in a level of government ("Dẫn đầu cấp huyện là …"), not the head of a Party committee', () => {
    expect(extractRankings('Dẫn đầu cấp huyện là thành phố Chí Linh (94,12%); xếp thứ hai là huyện Thanh Hà.', { reference: null }).map((r) => r.rank)).toEqual([1, 2]);
    expect(extractRankings('Đề cao vai trò đứng đầu cấp ủy trong cải cách hành chính.', { reference: null })).toEqual([]);
  });

  it('reads a first place where a reporting verb opens the clause after "do" ("do tỉnh xác định cho thấy TP đứng đầu")', () => {
    expect(extractRankings('Kết quả do tỉnh xác định cho thấy thành phố Bắc Kạn đứng đầu với 84,3 điểm.', { reference: null }).map((r) => r.rank)).toEqual([1]);
    expect(extractRankings('Đoàn công tác do ông Nguyễn Văn An dẫn đầu đã làm việc.', { reference: null })).toEqual([]);
  });
});

describe('extractRankings: "đứng đầu là" a person', () => {
  it('is the head of a body, no first place', () => {
    expect(extractRankings('Chính phủ lâm thời, đứng đầu là Chủ tịch Hồ Chí Minh, ra mắt.', { reference: null })).toEqual([]);
    expect(extractRankings('Đoàn doanh nghiệp Séc, dẫn đầu là ông Jaroslav Hanák, đến thăm.', { reference: null })).toEqual([]);
  });

  it('is a first place where a place follows', () => {
    expect(extractRankings('Trong bảng xếp hạng, đứng đầu là Quảng Ninh với 70 điểm.', { reference: null }).map((r) => r.rank)).toEqual([1]);
  });
});

describe('extractRankings: a list that names each one before its bare "thứ N"', () => {
  it('reads the places of the names that follow the first', () => {
    expect(places('Hải Phòng đứng đầu; Quảng Ninh xếp thứ 2, Bắc Ninh thứ 3 và Thái Bình thứ tư.')).toEqual([[1], [2], [3], [4]]);
  });

  it('reads no bare "thứ N" after a name with no place before it, nor in another sentence', () => {
    expect(places('Đoàn thăm Bắc Ninh thứ 3 tuần này.')).toEqual([]);
    expect(places('Quảng Ninh xếp thứ 2. Sau đó, Bắc Ninh thứ 3 đến.')).toEqual([[2]]);
  });
});

describe('extractRankings: a first place closing a headline', () => {
  it('reads a first place before its score in brackets', () => {
    expect(places('Ở cấp huyện, thị xã Buôn Hồ đứng đầu (92,05%), huyện Ea H\'leo xếp thứ 2/15.')).toEqual([[1], [2, 15]]);
  });

  it('reads "dẫn đầu" at the end of a line', () => {
    expect(places('PAR INDEX 2024: Bộ Tư pháp lần đầu dẫn đầu\nChiều 15/5, Ban Chỉ đạo công bố chỉ số.')).toEqual([[1]]);
  });
});

describe('extractRankings: a group of provinces and cities that leads', () => {
  it('is a goal or a group, no first place', () => {
    expect(places('Phấn đấu năm 2025 nằm trong nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.')).toEqual([]);
    expect(places('Đưa Chỉ số CCHC vào nhóm 20 tỉnh, thành phố dẫn đầu; xử lý nghiêm cán bộ.')).toEqual([]);
    expect(places('Tỉnh phấn đấu đưa Chỉ số CCHC vào nhóm 10 tỉnh, thành đứng đầu cả nước.')).toEqual([]);
  });

  it('reads a first place after a place and "và", no group', () => {
    expect(places('Lâm Đồng đạt 80,16 điểm, đứng thứ 3 cả nước và dẫn đầu khu vực Tây Nguyên.')).toEqual([[3], [1]]);
    expect(places('Có 3 địa phương dẫn đầu cả nước.')).toEqual([]);
  });

  it('still reads a first place after a comma that ends a group', () => {
    expect(places('Trong nhóm các tỉnh miền núi, Lào Cai dẫn đầu.')).toEqual([[1]]);
  });
});

describe('extractRankings: a label\'s colon before "thứ", a place and its total in brackets', () => {
  it('reads "Xếp hạng: thứ N/M" and "Vị trí: thứ N"', () => {
    expect(places('• Xếp hạng: thứ 12/63 tỉnh, thành phố')).toEqual([[12, 63]]);
    expect(places('Vị trí: thứ 5.')).toEqual([[5]]);
  });

  it('reads "thứ N/M" in brackets after a ranking verb, not a weekday in brackets', () => {
    expect(places('Huyện Sông Lô xếp cuối (thứ 9/9), giảm 4 bậc.')).toEqual([[9, 9]]);
    expect(places('Lịch họp (thứ 5/6) dời lại.')).toEqual([]);
  });
});

describe('extractRankings: how many were ranked right after a first place', () => {
  it('reads "đứng đầu 63 tỉnh, thành phố" as first of 63', () => {
    expect(places('Quảng Ninh đứng đầu 63 tỉnh, thành phố năm thứ 6 liên tiếp.')).toEqual([[1, 63]]);
    expect(places('Sở Tư pháp dẫn đầu 19 sở, ngành của tỉnh.')).toEqual([[1, 19]]);
    expect(places('Bộ Tư pháp dẫn đầu trong 17 bộ, cơ quan ngang bộ.')).toEqual([[1, 17]]);
    expect(places('Khối địa phương: TP. Bảo Lộc dẫn đầu 12/12 huyện, thành phố (79,66 điểm).')).toEqual([[1, 12]]);
  });

  it('reads "dẫn đầu Bộ Chỉ số …" as a first place', () => {
    expect(places('Huyện Đức Trọng lần đầu dẫn đầu Bộ Chỉ số đánh giá năng lực cạnh tranh cấp sở.')).toEqual([[1]]);
  });

  it('reads no total from a group led or a span of years', () => {
    expect(places('Đội bóng dẫn đầu 5 nhóm là đội mạnh.')).toEqual([]);
    expect(places('Tỉnh dẫn đầu cả nước 3 năm liền về chỉ số PCI.')).toEqual([[1]]);
  });
});

describe('extractRankings: a counted group named with commas', () => {
  it('is a group, not a first place', () => {
    expect(places('Duy trì vị trí trong nhóm 3 bộ, cơ quan ngang bộ dẫn đầu về Chỉ số CCHC.')).toEqual([]);
  });

  it('still reads the first place of one named after the group, out of the group', () => {
    expect(places('Trong nhóm 5 tỉnh, Quảng Ninh dẫn đầu về chỉ số này.')).toEqual([[1, 5]]);
  });
});

describe('extractRankings: "hạng N" held, or going on with a list', () => {
  it('reads "ở hạng N" in figures, not a division named in words', () => {
    expect(places('Năm 2022, DTI của tỉnh mới ở hạng 45.')).toEqual([[45]]);
    expect(places('Nhiều đội bóng ở hạng Nhất cũng dùng cầu thủ trẻ.')).toEqual([]);
  });

  it('reads a bare "hạng N" after a place of the same sentence, its subject in lower case', () => {
    expect(places('Chính quyền số xếp thứ 5, kinh tế số hạng 12, xã hội số ở vị trí thứ 20.')).toEqual([[5], [12], [20]]);
    expect(places('Hạ tầng kỹ thuật xếp thứ 11; hạ tầng nhân lực hạng 23.')).toEqual([[11], [23]]);
  });

  it('reads no class of a hospital as a place, even in a list', () => {
    expect(places('Tỉnh có 5 bệnh viện, bệnh viện tỉnh hạng 1.')).toEqual([]);
  });

  it('reads the next place named after its kind of place', () => {
    expect(places('Xã Xuân Thành đứng đầu với 92,5 điểm; thị trấn Tiên Điền thứ 2 với 90,75 điểm.')).toEqual([[1], [2]]);
  });
});

describe('extractRankings: a first place held again, or in an index named by its letters', () => {
  it('reads "đứng đầu năm thứ tư liên tiếp" and "dẫn đầu DDCI"', () => {
    expect(places('PCI 2020: Quảng Ninh đứng đầu năm thứ tư liên tiếp')).toEqual([[1]]);
    expect(places('Hải Dương: Sở Công Thương dẫn đầu DDCI 2023')).toEqual([[1]]);
  });
});

describe('extractRankings: a move in the order before a first place', () => {
  it('is no group that leads', () => {
    expect(places('SIPAS đạt 88,07%, xếp thứ 20/63, tăng 14 bậc và dẫn đầu khu vực Tây Nguyên.')).toEqual([[20, 63], [1]]);
  });
});

describe('extractRankings: "sắp xếp" (to arrange)', () => {
  it('holds no place', () => {
    expect(places('Đây là đợt sắp xếp thứ 3 kể từ khi thực hiện Nghị quyết số 18-NQ/TW.')).toEqual([]);
    expect(places('Sau sắp xếp, tỉnh xếp thứ 3 cả nước.')).toEqual([[3]]);
  });
});

describe('extractRankings: last with its total', () => {
  it('reads "xếp cuối 19/19" and "đứng chót bảng 9/9"', () => {
    expect(places('Sở Tài nguyên và Môi trường xếp cuối 19/19 sở, ngành với 68,04 điểm.')).toEqual([[19, 19]]);
    expect(places('Huyện đứng chót bảng 9/9.')).toEqual([[9, 9]]);
    expect(places('Huyện xếp cuối bảng.')).toEqual([]);
  });
});

describe('extractRankings: the next place after "và"', () => {
  it('reads "đứng thứ 2 và 3" as two places', () => {
    expect(places('Quận Hai Bà Trưng và quận Đống Đa đứng thứ 2 và 3.')).toEqual([[2], [3]]);
    expect(places('Hai tỉnh xếp thứ 4 và 5 cả nước.')).toEqual([[4], [5]]);
  });

  it('reads no count or span of years after the place as another', () => {
    expect(places('Tỉnh xếp thứ 2 và 5 huyện đạt chuẩn.')).toEqual([[2]]);
    expect(places('Tỉnh xếp thứ 2, 3 năm liền.')).toEqual([[2]]);
  });
});

describe('extractRankings: a bare "thứ N/M"', () => {
  it('ranks when M is more than the months, not an ordinal "trong số"', () => {
    expect(places('Năm 2015, tỉnh được Bộ Nội vụ xếp hạng Chỉ số CCHC thứ 29/63.')).toEqual([[29, 63]]);
    expect(places('Bệnh nhân thứ 8 trong số 18 bệnh nhân được chuyển viện.')).toEqual([]);
  });
});

describe('extractRankings: totals in thousands, lists past an abbreviation', () => {
  it('reads a total grouped with a point', () => {
    expect(places('Hệ sinh thái khởi nghiệp được xếp hạng 879/1.000 thành phố.')).toEqual([[879, 1000]]);
  });

  it('goes on with a list past "TP." inside a sentence', () => {
    expect(places('Dẫn đầu là Cục THADS tỉnh Vĩnh Long; đứng thứ 2 là Cục THADS TP. Đà Nẵng (94,80 điểm); thứ 3 là Cục THADS tỉnh Bắc Ninh.')).toEqual([[1], [2], [3]]);
  });

  it('does not go on past the end of a sentence', () => {
    expect(places('Đứng thứ 2 là Đà Nẵng. Thứ 3 là Bắc Ninh.')).toEqual([[2]]);
  });
});

describe('extractRankings: first in a city, a town or a district', () => {
  it('ranks "đứng đầu thành phố", not the head of a sector', () => {
    expect(places('Quận Lê Chân đứng đầu thành phố về số vụ.')).toEqual([[1]]);
    expect(places('Mỗi nhiệm kỳ lại được vị đứng đầu ngành giải quyết khác nhau.')).toEqual([]);
  });
});

describe('extractRankings: moves from a bare "thứ", first in a year, places given respectively', () => {
  it('reads "từ thứ 39 xuống 62/63", not the weekdays "từ thứ 2 đến thứ 5"', () => {
    expect(places('Ngược lại, Kon Tum từ thứ 39 xuống 62/63.')).toEqual([[39], [62, 63]]);
    expect(places('Mỗi trưa từ thứ 2 đến thứ 5, Tú xuống sân.')).toEqual([]);
  });

  it('ranks "dẫn đầu năm 2021"', () => {
    expect(places('Hải Phòng dẫn đầu năm 2021.')).toEqual([[1]]);
  });

  it('reads the places after "lần lượt ở vị trí"', () => {
    expect(places('Khánh Hòa và Quảng Nam lần lượt ở vị trí 60 và 59.')).toEqual([[60], [59]]);
  });
});

describe('extractRankings: places after an index score of four decimals', () => {
  it('reads "0,7688 - hạng 1" and "0,6500 (hạng 10)"', () => {
    expect(places('Khối huyện: TP. Đà Lạt: 0,7688 - hạng 1; nhận thức đạt 0,6500 (hạng 10), thể chế 0,7833 (hạng 6).')).toEqual([[1], [10], [6]]);
  });
});

describe('extractRankings: a total written after the last place of a list', () => {
  it('is every place\'s', () => {
    const text = 'So với ba tỉnh cũ (Lâm Đồng xếp thứ 27, Đắk Nông thứ 49 và Bình Thuận thứ 18 trên 63 tỉnh, thành phố), đây là kết quả tốt.';
    expect(extractRankings(text, { reference: null }).map((r) => [r.rank, r.of])).toEqual([[27, 63], [49, 63], [18, 63]]);
  });

  it('is not taken from a place inside the list', () => {
    const text = 'Ở nhóm cuối bảng, Hà Giang đứng thứ 63, Cao Bằng thứ 62/63 và Điện Biên thứ 61.';
    expect(extractRankings(text, { reference: null }).map((r) => [r.rank, r.of])).toEqual([[63, undefined], [62, 63], [61, undefined]]);
  });

  it('is not taken by a place with a verb of its own before it', () => {
    const text = 'Thành phố Vinh xếp thứ nhất, huyện Diễn Châu xếp thứ hai, thị xã Hoàng Mai xếp thứ 3/21.';
    expect(extractRankings(text, { reference: null }).map((r) => [r.rank, r.of])).toEqual([[1, undefined], [2, undefined], [3, 21]]);
  });

  it('is taken by a place with a verb of its own where the total is written in words', () => {
    const text = 'Năm 2016, huyện Đăk Hà xếp thứ 3, huyện Sa Thầy xếp thứ 9 trong 10 huyện, thành phố.';
    expect(extractRankings(text, { reference: null }).map((r) => [r.rank, r.of])).toEqual([[3, 10], [9, 10]]);
    const first = 'Bộ Tài chính đứng đầu, Bộ Công Thương đứng thứ 2 trong số 17 bộ, cơ quan ngang bộ.';
    expect(extractRankings(first, { reference: null }).map((r) => [r.rank, r.of])).toEqual([[1, 17], [2, 17]]);
  });

  it('is not taken across other words', () => {
    const text = 'Tỉnh xếp thứ 5, tăng 3 bậc so với năm trước, xếp thứ 2/13 tỉnh trong vùng.';
    expect(extractRankings(text, { reference: null }).map((r) => [r.rank, r.of])).toEqual([[5, undefined], [2, 13]]);
  });
});

describe('extractRankings: a list whose next entry is a body', () => {
  it.each([
    ['Bệnh viện Nhân dân Gia Định xếp thứ 2 (96,8%), Bệnh viện Đa khoa Sài Gòn thứ 3 (96,1%).', [2, 3]],
    ['Sở Tư pháp xếp thứ 2 với 0,79 điểm, Sở Nội vụ thứ 3 với 0,75 điểm.', [2, 3]],
  ])('%s', (text, ranks) => {
    expect(extractRankings(text, { reference: null }).map((r) => r.rank)).toEqual(ranks);
  });

  it('reads no place in an ordinal after other words', () => {
    expect(extractRankings('Sở Tư pháp xếp thứ 2, đây là lần thứ 3 đạt kết quả này.', { reference: null }).map((r) => r.rank)).toEqual([2]);
  });
});

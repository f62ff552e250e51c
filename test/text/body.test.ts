import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/input/normalize.js';
import { findBodyEnd, textArticle } from '../../src/text/body.js';

const PROSE = 'UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2021 và bàn kế hoạch năm 2022 với sự tham dự của lãnh đạo các sở, ngành.';
const page = (...lines: string[]): string => lines.join('\n');
/** A seed report as the pipeline hands it over: normalised (the files hold no-break spaces). */
const seed = (name: string): string => normalizeText(readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8'));

describe('findBodyEnd', () => {
  it.each([
    'Tin liên quan',
    'Tin Liên Quan',
    'TIN LIÊN QUAN',
    'Tin mới nhất',
    'Tin cùng chuyên mục',
    'Bài viết liên quan',
    'Các tin khác:',
    'Xem thêm »',
    'BÌNH LUẬN',
    '(0) Bình luận',
    'Bình luận (12)',
    'Chia sẻ bài viết',
    'Chia sẻ:',
    'Chịu trách nhiệm chính:',
    'Tìm kiếm theo ngày',
    '» Tin khác',
    'Tin liên quan: Huyện A công bố chỉ số hài lòng năm 2023',
    '[Tin liên quan]',
    'Tin khác cùng chuyên mục',
    'Có thể bạn quan tâm',
    'Bài viết liên quan / Related posts',
    'Infographics khác',
    'Tập tin đính kèm: 2156-QD-UBND.pdf (312 KB)',
    'Tags: dịch vụ công, chuyển đổi số, Đề án 06',
    'Tin, ảnh liên quan:',
    'Văn bản mới ban hành',
  ])('ends the body at the line "%s"', (marker) => {
    const text = page('Tiêu đề bài viết', '', PROSE, 'Tin, ảnh: Văn Nam', '', marker, 'Một bài khác 12/3/2024');
    expect(findBodyEnd(text)).toBe(text.indexOf(marker));
  });

  it.each([
    'Xem thêm thông tin chi tiết tại Cổng dịch vụ công của tỉnh.',
    'Bình luận về kết quả này, ông A cho rằng cần nỗ lực hơn nữa.',
    'Chia sẻ kinh nghiệm, đại diện Sở Tư pháp nêu nhiều giải pháp.',
    'Các đơn vị cần đọc tin liên quan trước khi họp.',
    'Địa chỉ tiếp nhận hồ sơ trực tuyến được công khai trên cổng thông tin điện tử của tỉnh để người dân và doanh nghiệp tiện tra cứu.',
    'Từ khóa: cải cách hành chính, chỉ số PAR',
  ])('does not end the body at "%s"', (line) => {
    const text = page('Tiêu đề', PROSE, line, PROSE);
    expect(findBodyEnd(text)).toBe(text.length);
  });

  it('ends the body at a toolbar a marker opens, after the article, not in the page head', () => {
    const toolbar = 'Bình luận (0) | Gửi bài viết | In';
    const after = page('Tiêu đề', PROSE, PROSE, PROSE, 'Ngọc Diệp', toolbar, 'Giấy phép số 09/GP-STTTT');
    expect(findBodyEnd(after)).toBe(after.indexOf(toolbar));
    const head = page('Tạp chí Tổ chức nhà nước | Tin tức - Sự kiện | Cải cách hành chính', 'Chia sẻ | In | Gửi bạn bè | A+ A-', '', 'Tiêu đề', PROSE, PROSE);
    expect(findBodyEnd(head)).toBe(head.length);
  });

  it('ends the body at a block of contact lines, not at one such line', () => {
    const footer = page('Trụ sở: 15 đường Trần Phú, thành phố B', 'Điện thoại: 0200 3 123 456', 'Email: banbientap@example.vn');
    const text = page('Tiêu đề', PROSE, footer);
    expect(findBodyEnd(text)).toBe(text.indexOf('Trụ sở'));
    const notice = page('Tiêu đề', PROSE, 'Địa chỉ: số 5 đường Lê Lợi, phường 1', PROSE, PROSE, PROSE, PROSE, PROSE);
    expect(findBodyEnd(notice)).toBe(notice.length);
    const licence = page('Tiêu đề', PROSE, 'Giấy phép số 09/GP-STTTT ngày 10/4/2014', 'Chịu trách nhiệm chính: Ông Nguyễn Văn A');
    expect(findBodyEnd(licence)).toBe(licence.indexOf('Giấy phép'));
    const late = page('Tiêu đề', PROSE, 'Email: hotro@example.vn', PROSE, PROSE, PROSE, PROSE, 'Bình luận');
    expect(findBodyEnd(late)).toBe(late.indexOf('Bình luận'));
  });

  it('ends the body at a post\'s counters on a line of their own', () => {
    for (const counters of ['31 bình luận  12 lượt chia sẻ', '👍 87   ·   9 bình luận   ·   4 lượt chia sẻ', '👁 1.204 lượt xem · 36 lượt thích · Chia sẻ', '❤️ 98 · 14 bình luận']) {
      const text = page('Tiêu đề', PROSE, PROSE, PROSE, PROSE, counters, 'Lý Thanh Tâm: Tối 23/11 mấy giờ vậy em?');
      expect(findBodyEnd(text)).toBe(text.indexOf(counters));
    }
    const prose = page('Tiêu đề', PROSE, 'Bài đăng đạt 3.000 lượt thích và 200 bình luận chỉ sau một ngày.', PROSE);
    expect(findBodyEnd(prose)).toBe(prose.length);
  });

  it('reads a footer\'s label inside a bulleted list of fields as the list\'s item', () => {
    const list = page('Tiêu đề', PROSE, '- Nhà tài trợ: Chính phủ Australia.', '- Cơ quan chủ quản: UBND tỉnh Lào Cai; chủ dự án: Sở Nội vụ.', '- Địa bàn: 47 xã thuộc 5 huyện.', PROSE);
    expect(findBodyEnd(list)).toBe(list.length);
    const footer = page('Tiêu đề', PROSE, PROSE, '- Cơ quan chủ quản: UBND tỉnh Lào Cai', 'Chịu trách nhiệm chính: Ông Nguyễn Văn A');
    expect(findBodyEnd(footer)).toBe(footer.indexOf('- Cơ quan chủ quản'));
  });

  it('reads on past a box of links set inside the article, and leaves the box out', () => {
    const box = 'ĐỌC THÊM\n>> Quảng Nam: 100% thủ tục hành chính được tiếp nhận trực tuyến\n>> Tam Kỳ công bố 52 thủ tục hành chính nội bộ';
    const text = page('Núi Thành giảm hơn 40% thời gian giải quyết thủ tục đất đai', '', PROSE, '', box, '', PROSE, '', PROSE, '', 'Bình luận (0)');
    const article = textArticle(text);
    expect(article.bodyEnd).toBe(text.indexOf('Bình luận'));
    expect(article.boxes).toEqual([[text.indexOf('ĐỌC THÊM'), text.indexOf(PROSE, text.indexOf('ĐỌC THÊM'))]]);
  });

  it('ends the body at such a box where no prose follows it', () => {
    const text = page('Núi Thành giảm hơn 40% thời gian giải quyết thủ tục đất đai', '', PROSE, '', 'Xem thêm:', '- Quảng Nam công bố chỉ số cải cách hành chính', '- Tam Kỳ công bố 52 thủ tục', '', 'Tin mới nhất');
    expect(findBodyEnd(text)).toBe(text.indexOf('Xem thêm'));
    expect(textArticle(text).boxes).toEqual([]);
  });

  it('reads a share bar in the page head as its own, not the end of the body', () => {
    const text = page('Cần Thơ: 62,35% hồ sơ thủ tục hành chính được nộp trực tuyến trong 8 tháng', '', 'Thứ hai, 11/09/2023, 14:05 (GMT+7)', '', 'Chia sẻ:   f   Zalo   Twitter   Sao chép liên kết', '', PROSE, '', PROSE, '', PROSE, '', 'Chia sẻ bài viết:   f   Zalo   In bài', 'Bài viết liên quan');
    expect(findBodyEnd(text)).toBe(text.indexOf('Chia sẻ bài viết'));
  });

  it('reads an attachment among a document page\'s fields over its text as one of them', () => {
    const text = page('Văn bản chỉ đạo điều hành', '', 'Về việc đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024 của tỉnh', 'Số ký hiệu: 1568/UBND-KTTH', 'Người ký: Trần Công Minh', 'Chức vụ: Phó Chủ tịch UBND tỉnh', 'File đính kèm: 1568-UBND-KTTH.pdf', '', PROSE);
    expect(findBodyEnd(text)).toBe(text.length);
  });

  it('ends the body at a legal database\'s tab of related documents', () => {
    const text = page('Quyết định số 1496/QĐ-TTg phê duyệt phương án cắt giảm', '', PROSE, '', PROSE, '', 'Văn bản liên quan', 'Nghị quyết 68/NQ-CP ngày 12/05/2020 ban hành Chương trình cắt giảm', 'Tải về: 1496_QD-TTg.pdf (265 KB)');
    expect(findBodyEnd(text)).toBe(text.indexOf('Văn bản liên quan'));
  });

  it('ends the body at a footer label after the page\'s publication field', () => {
    const text = page('Chặn tham nhũng vặt ở bộ phận một cửa', '', PROSE, '', PROSE, '', 'TRÚC LINH', '', 'Xuất bản: 15/05/2024 10:20', '', 'Chịu trách nhiệm chính: Tổng Biên tập Lê Hoàng Kha');
    expect(findBodyEnd(text)).toBe(text.indexOf('Chịu trách nhiệm chính'));
  });

  it('ignores markers in the navigation above the article', () => {
    const text = page('Tin mới nhất', 'Tiêu đề bài viết', PROSE, 'Tin liên quan', 'Bài khác');
    expect(findBodyEnd(text)).toBe(text.indexOf('Tin liên quan'));
  });

  it('is the whole text without a marker', () => {
    expect(findBodyEnd(PROSE)).toBe(PROSE.length);
    expect(findBodyEnd('')).toBe(0);
  });

  it('finds the end of the seed reports', () => {
    const s2 = seed('002_31f907290d9b425c.txt');
    expect(s2.slice(findBodyEnd(s2))).toMatch(/^Tin Liên Quan/);
    const s3 = seed('003_57f3727645453099.txt');
    expect(s3.slice(findBodyEnd(s3))).toMatch(/^Tin liên quan/);
    const s4 = seed('004_9816fce5774da16b.txt');
    expect(s4.slice(findBodyEnd(s4))).toMatch(/^Chia sẻ bài viết/);
  });
});

describe('textArticle: title', () => {
  it('is the first heading line', () => {
    expect(textArticle(page('Hội nghị tổng kết công tác cải cách hành chính', '', PROSE)).title).toBe('Hội nghị tổng kết công tác cải cách hành chính');
  });

  it('skips breadcrumbs, date lines, page ids and player residue', () => {
    expect(textArticle(page('Trang chủ Tin tức Cải cách hành chính', '', 'Tỉnh công bố chỉ số SIPAS', PROSE)).title).toBe('Tỉnh công bố chỉ số SIPAS');
    expect(textArticle(page('Thứ hai, 06/03/2023', 'Tỉnh công bố chỉ số SIPAS', PROSE)).title).toBe('Tỉnh công bố chỉ số SIPAS');
    expect(textArticle(page('#ID-48213', 'Tỉnh công bố chỉ số SIPAS', PROSE)).title).toBe('Tỉnh công bố chỉ số SIPAS');
    expect(textArticle(page('0:00 / 0:00', 'Tỉnh công bố chỉ số SIPAS', PROSE)).title).toBe('Tỉnh công bố chỉ số SIPAS');
  });

  it('skips a ticker of headlines and a menu set apart by spaces; under the site\'s name in capitals, takes the headline over the date line', () => {
    const text = page('Tin nóng: Vĩnh Phúc thu hút 1,2 tỷ USD vốn FDI trong 5 tháng  |  Khai mạc Kỳ họp thứ 16 HĐND tỉnh', '', 'BÁO VĨNH PHÚC', 'Trang chủ   Thời sự   Kinh tế   Xã hội   Văn hóa   Thể thao   Ảnh', '', 'Kiểm tra công vụ đột xuất: 14 công chức vi phạm kỷ luật, kỷ cương hành chính', '', 'Thứ Tư, 05/06/2024 08:20', 'Chia sẻ:   f   Zalo', '', PROSE, '', PROSE);
    const article = textArticle(text);
    expect(article.title).toBe('Kiểm tra công vụ đột xuất: 14 công chức vi phạm kỷ luật, kỷ cương hành chính');
    expect(article.published).toBe('2024-06-05T08:20+07:00');
    expect(article.bodyEnd).toBe(text.length);
    expect(textArticle(page('Tin nóng Roland Garros: Bị loại vì cưỡng hôn phóng viên', PROSE)).title).toBe('Tin nóng Roland Garros: Bị loại vì cưỡng hôn phóng viên');
  });

  it('keeps a document\'s header over its number and motto', () => {
    expect(textArticle(page('ỦY BAN NHÂN DÂN', 'Số: 512/KH-UBND', 'Độc lập - Tự do - Hạnh phúc', 'Ninh Bình, ngày 3 tháng 10 năm 2023', '', PROSE)).title).toBe('ỦY BAN NHÂN DÂN');
  });

  it('takes a tag page heading without its "#"', () => {
    expect(textArticle(page('#Chuyển đổi số', PROSE)).title).toBe('Chuyển đổi số');
  });

  it('is null when the text opens with its lead or a paragraph', () => {
    expect(textArticle(page('(ABC) - Sáng nay 7/4, huyện tổ chức hội nghị.', PROSE)).title).toBeNull();
    expect(textArticle(PROSE + ' ' + PROSE).title).toBeNull();
    expect(textArticle(' date 2024-05 ' + PROSE).title).toBeNull();
    expect(textArticle('').title).toBeNull();
  });

  it('reads the seed titles', () => {
    expect(textArticle(seed('003_57f3727645453099.txt')).title).toMatch(/^UBND tỉnh vừa có văn bản gửi/);
    expect(textArticle(seed('000_7e500347ba852232.txt')).title).toBe('Tổng kết Chương trình tổng thể cải cách hành chính giai đoạn 2011 – 2020');
  });
});

describe('textArticle: published', () => {
  const TITLE = 'Huyện công bố kết quả chỉ số cải cách hành chính';

  it.each([
    ['a date line under the title', page(TITLE, '', '05/04/2023 - 09:15', '', PROSE), '2023-04-05T09:15+07:00'],
    ['a date line with seconds', page(TITLE, '12/01/2024 08:05:09', PROSE), '2024-01-12T08:05:09+07:00'],
    ['a date line in words', page(TITLE, '', 'Ngày 03 tháng 08 năm 2021', '', PROSE), '2021-08-03'],
    ['a weekday date line under the title', page(TITLE, 'Thứ Tư, 26/01/2022', PROSE), '2022-01-26'],
    ['a time-first line over the title', page('14:20, 09/06/2022', '', TITLE, PROSE), '2022-06-09T14:20+07:00'],
    ['"Ngày đăng" in the head', page('Trang chủ Tin tức', '', TITLE, '(Ngày đăng :07/03/2021 3:05:10 CH)', PROSE), '2021-03-07T15:05:10+07:00'],
    ['"Cập nhật" with weekday and zone', page(TITLE, 'Cập nhật, 08:40, Thứ Hai, 02/10/2023 (GMT+7)', PROSE), '2023-10-02T08:40+07:00'],
    ['"Đăng ngày" with spaced hyphens', page(TITLE, '', 'Đăng ngày 14 - 11 - 2022', 'Lượt xem: 1.204', PROSE), '2022-11-14'],
    ['"Xuất bản" at the foot', page(TITLE, PROSE, PROSE, 'Xuất bản:Thứ sáu, 03/05/2024 16:10 (GMT+7)'), '2024-05-03T16:10+07:00'],
    ['"Xuất bản" right after the body end', page(TITLE, PROSE, 'Chia sẻ bài viết', 'Xuất bản: 03/05/2024'), '2024-05-03'],
    ['"Công bố lúc" under the title', page(TITLE, '', 'Công bố lúc: 10:30, 04/04/2019', '', PROSE), '2019-04-04T10:30+07:00'],
    ['"Ngày công bố" under the title', page(TITLE, 'Ngày công bố: 04/04/2019', PROSE), '2019-04-04'],
    ['a labelled line with a view counter', page(TITLE, 'Ngày đăng: 12/06/2023 | Lượt xem: 234', PROSE), '2023-06-12'],
    ['a view counter in thousands', page(TITLE, 'Ngày đăng: 08/11/2021 | Lượt xem: 2.145', PROSE), '2021-11-08'],
    ['a visit counter at the foot', page(TITLE, PROSE, PROSE, 'Ngày cập nhật: 28/12/2023 | Số lượt truy cập: 312'), '2023-12-28'],
    ['"Cập nhật lần cuối" at the foot', page(TITLE, PROSE, PROSE, 'Cập nhật lần cuối: 16/01/2025'), '2025-01-16'],
    ['the site\'s address beside the date', page(TITLE, '', 'baothanhhoa.vn | 18:05 ngày 22/07/2025', '', PROSE), '2025-07-22T18:05+07:00'],
    ['a source field beside an ISO date', page(TITLE, '', '2024-11-21 08:30 | Nguồn: Cổng thông tin điện tử thành phố', '', PROSE), '2024-11-21T08:30+07:00'],
    ['a view counter in thousands before its words', page(TITLE, 'Cập nhật: 08/11/2021 | 12.345 lượt xem', PROSE), '2021-11-08'],
    ['a date line with the page\'s buttons', page(TITLE, 'Cập nhật: 03/10/2023 15:42   |   In   |   Gửi email', PROSE), '2023-10-03T15:42+07:00'],
    ['a date line with its reading time', page(TITLE, 'Cập nhật: 2023-11-20 14:05 | Tác giả: Khánh Linh | 3 phút đọc', PROSE), '2023-11-20T14:05+07:00'],
    ['a date line with its section', page(TITLE, 'Ngày đăng: 12/05/2023 | 10:12 | Chuyên mục: Kinh tế', PROSE), '2023-05-12T10:12+07:00'],
    ['a date line with the print button', page(TITLE, 'Ngày đăng: 18/06/2021 | Lượt xem: 856 | In trang', PROSE), '2021-06-18'],
    ['a date line with who posted it', page(TITLE, 'Ngày đăng: 22/03/2024 | Người đăng: Quản trị viên | Lượt xem: 176', PROSE), '2024-03-22'],
    ['a newspaper\'s online edition as the source', page(TITLE, 'Báo Hà Tĩnh điện tử | 10:32, 15/09/2025', PROSE), '2025-09-15T10:32+07:00'],
    ['a date line with its author, a body', page(TITLE, '', 'Ngày đăng: 09/07/2025 | Tác giả: Văn phòng UBND tỉnh', '', PROSE), '2025-07-09'],
    ['a date line with the editorial board as its author', page(TITLE, 'Ngày đăng: 05/01/2023 | Tác giả: Ban biên tập', PROSE), '2023-01-05'],
    ['a date line under a title below the site\'s name and menu', page('BÁO BÌNH PHƯỚC ĐIỆN TỬ', 'Chính trị | Thời sự | Kinh tế | Xã hội', '', TITLE, '', 'Thứ Sáu, 22/09/2023 - 06:30', PROSE), '2023-09-22T06:30+07:00'],
    ['a date in words under a title below a breadcrumb', page('HĐND TỈNH PHÚ THỌ - TRANG THÔNG TIN ĐIỆN TỬ', 'Trang chủ › Kỳ họp › Kỳ họp thứ Mười lăm', TITLE, 'Ngày 09 tháng 12 năm 2023', PROSE), '2023-12-09'],
    ['a document\'s place and date in its header', page('ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH QUẢNG TRỊ                      Độc lập - Tự do - Hạnh phúc', 'Số: 218/BC-UBND              Quảng Trị, ngày 15 tháng 6 năm 2022', '', 'BÁO CÁO', 'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022', PROSE), '2022-06-15'],
    ['a document\'s place and date after its number, the columns joined by one space (a PDF\'s text)', page('UBND TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VĂN PHÒNG Độc lập - Tự do - Hạnh phúc', 'Số: 87/TB-VP Ninh Bình, ngày 19 tháng 7 năm 2023', '', 'THÔNG BÁO', 'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp', '', PROSE), '2023-07-19'],
    ['a date line with a byline', page(TITLE, 'Nguyễn Văn An | 12/06/2023 09:00', PROSE), '2023-06-12T09:00+07:00'],
    ['a date line with an author label', page(TITLE, 'Tác giả: Lê Hà - 12/06/2023', PROSE), '2023-06-12'],
    ['a date line with AM/PM', page(TITLE, 'Thứ Hai, 12/06/2023 10:30 PM', PROSE), '2023-06-12T22:30+07:00'],
    ['a date line with the page\'s section after a bar', page(TITLE, '06-11-2024 - 18:12 | Thời sự', PROSE), '2024-11-06T18:12+07:00'],
    ['a date line opening with the newspaper\'s name', page(TITLE, '', 'Báo Giao thông - 13/3/2023, 10:20', '', PROSE), '2023-03-13T10:20+07:00'],
    ['a date line opening with the portal\'s own body', page(TITLE, '', 'Sở Nội vụ Đắk Lắk | 09:12 - 14/04/2023', '', PROSE), '2023-04-14T09:12+07:00'],
    ['a date line opening with a station whose name holds a dash', page(TITLE, '', 'Đài Truyền thanh - Truyền hình huyện Phù Cát | Ngày 15-3-2023', '', PROSE), '2023-03-15'],
    ['a broadcast\'s labelled line', page(TITLE, 'Phát sóng: 19h00, Thứ Tư, 08/06/2022', '', PROSE), '2022-06-08T19:00+07:00'],
    ['a date line with the source after a bar', page(TITLE, '', 'Ngày đăng: 26/01/2024 | Chuyên mục: Thông báo | Đài Truyền thanh - Truyền hình huyện Bảo Thắng', '', PROSE), '2024-01-26'],
    ['the page\'s label after a document\'s own date on its line', page('Trang chủ > Hệ thống văn bản', '', TITLE, 'Ngày ban hành: 14/08/2023 | Ngày đăng: 15/08/2023 | Lượt xem: 264', '', 'UBND TỈNH SƠN LA', 'Số: 215/TB-UBND', 'Sơn La, ngày 14 tháng 8 năm 2023', '', PROSE), '2023-08-15'],
    ['a date line with a byline and the section', page(TITLE, 'Nguyễn An | 06/11/2024 | Kinh tế', PROSE), '2024-11-06'],
    ['a date line under the byline in capitals, a print page\'s time of printing over the title', page('BÁO QUẢNG NAM – BẢN IN', 'Bản in lúc: 2024-05-12 08:03', '', TITLE, '', 'HOÀNG LIÊN', 'Thứ Sáu, 10/05/2024 - 15:25', PROSE), '2024-05-10T15:25+07:00'],
  ])('from %s', (_name, text, published) => {
    expect(textArticle(text).published).toBe(published);
  });

  it.each([
    ['the site header weekday line over the title', page('Thứ bảy,  16/09/2023', '', TITLE, PROSE)],
    ['a header weekday line with "Ngày"', page('Thứ 6, Ngày 02/06/2023 -', TITLE, PROSE)],
    ['a "Hôm nay" header line', page('Trang chủ', TITLE, 'Hôm nay: 16/09/2023', PROSE)],
    ['a labelled line whose date comes much later', page(TITLE, 'Cập nhật thông tin về kết quả kiểm tra cải cách hành chính 02/10/2023', PROSE)],
    ['a sentence opening with a label', page(TITLE, PROSE, 'Cập nhật đến ngày 15/9/2023, cả huyện có 2.468 hồ sơ.', PROSE)],
    ['a crawler prefix', ' date 2024-05 ' + PROSE],
    ['a crawler prefix with a day', ' date 2024-05-02 ' + PROSE],
    ['a dated sentence under the title', page(TITLE, 'Ngày 11/7/2023, đồng chí Bí thư Tỉnh ủy chủ trì cuộc họp.', PROSE)],
    ['dates in a related-news list', page(TITLE, PROSE, 'Tin liên quan', 'Bài khác (15/02/2024 9:14 SA)', 'Bài nữa (28/11/2023 7:41 SA)')],
    ['a year-less date line', page(TITLE, '26/01', PROSE)],
    ['a weekday line under a menu, over the title', page('Chính trị | Thời sự | Kinh tế', 'Thứ bảy, 16/09/2023', TITLE, PROSE)],
    ['a place and date opening a sentence', page(TITLE, 'Hà Nội, ngày 5 tháng 3 năm 2021, Thủ tướng chủ trì hội nghị trực tuyến với các địa phương.', PROSE)],
    ['no date at all', page(TITLE, PROSE)],
    ['a date and a headline of four words after a bar', page(TITLE, '06/11/2024 | Hội nghị tổng kết năm', PROSE)],
  ])('not from %s', (_name, text) => {
    expect(textArticle(text).published).toBeNull();
  });

  it('prefers the labelled line to a date line', () => {
    expect(textArticle(page('10:00, 01/02/2023', TITLE, 'Ngày đăng: 02/02/2023', PROSE)).published).toBe('2023-02-02');
  });

  it('reads the seeds', () => {
    expect(textArticle(seed('000_7e500347ba852232.txt')).published).toBeNull();
    expect(textArticle(seed('001_92d8ee77b83b01ae.txt')).published).toBe('2019-07-11');
    expect(textArticle(seed('002_31f907290d9b425c.txt')).published).toBeNull();
    expect(textArticle(seed('003_57f3727645453099.txt')).published).toBe('2020-10-28T16:47:35+07:00');
    expect(textArticle(seed('004_9816fce5774da16b.txt')).published).toBe('2020-07-31T13:11+07:00');
  });

  it('finds no date line and no end of the body in hostile input', () => {
    for (const text of ['\n'.repeat(100_000), 'Tin liên quan\n'.repeat(20_000), 'Cập nhật: '.repeat(10_000), 'x'.repeat(200_000), 'Thứ bảy, 12/5/2020\n'.repeat(5_000)]) {
      const article = textArticle(text);
      expect(article.published).toBeNull();
      expect(article.bodyEnd).toBe(text.length);
    }
  });
});

// Line markers of a plain-text article page: the headings that open a block after the body
// (related news, comments, share, footer), the labels of the page's own publication line, and
// the lines of the page head that are never the title.

/** A page's attachments after the article ("Tập tin đính kèm: 2156-QD-UBND.pdf (312 KB)"). */
export const ATTACHMENT_MARKERS: readonly string[] = ['Tập tin đính kèm', 'Tệp đính kèm', 'File đính kèm', 'Tài liệu đính kèm', 'Tải về'];

/**
 * Headings that open a block after the article body. In plain text they end the body only
 * as a line of their own, optionally decorated ("(0) Bình luận", "Tin liên quan:", "Xem thêm »"),
 * never as words inside a sentence. Compared case-insensitively.
 */
export const BODY_END_MARKERS: readonly string[] = [
  'Tin liên quan',
  'Các tin liên quan',
  'Tin tức liên quan',
  'Tin bài liên quan',
  'Bài viết liên quan',
  'Bài liên quan',
  // news and photos with it ("Tin, ảnh liên quan:")
  'Tin, ảnh liên quan',
  'Tin ảnh liên quan',
  'Video liên quan',
  // a portal's widget of newly issued documents ("Văn bản mới ban hành")
  'Văn bản mới ban hành',
  'Văn bản mới',
  // a legal database's tab of the documents a decision cites or amends
  'Văn bản liên quan',
  'Các văn bản liên quan',
  'Tin mới nhất',
  'Tin mới',
  'Tin cùng chuyên mục',
  'Tin tức cùng chuyên mục',
  'Bài viết cùng chuyên mục',
  'Tin khác cùng chuyên mục',
  'Tin cùng loại',
  'Tin khác',
  'Tin tức khác',
  'Tin bài khác',
  'Các tin khác',
  'Các tin bài khác',
  'Các tin đã đưa',
  'Tin đã đưa',
  'Bài viết khác',
  'Các bài viết khác',
  'Tin xem nhiều',
  'Tin xem nhiều nhất',
  'Tin đọc nhiều',
  'Tin đọc nhiều nhất',
  'Đọc nhiều nhất',
  'Xem nhiều nhất',
  'Có thể bạn quan tâm',
  'Bạn có thể quan tâm',
  'Theo dòng sự kiện',
  'Xem thêm',
  'Đọc thêm',
  'Bình luận',
  'Gửi bình luận',
  'Viết bình luận',
  'Ý kiến bạn đọc',
  'Ý kiến của bạn',
  'Gửi ý kiến',
  'Chia sẻ bài viết',
  'Chia sẻ',
  'In bài viết',
  'Chịu trách nhiệm chính',
  'Chịu trách nhiệm nội dung',
  'Cơ quan chủ quản',
  'Bản quyền thuộc về',
  'Tìm kiếm theo ngày',
  'Xem theo ngày',
  // more of the same kind on infographics and media pages, and English-language editions
  'Infographics khác',
  'Infographic khác',
  'Video khác',
  'Related posts',
  'Related news',
  'Related articles',
  // a page's attachments and tags after the article ("Tập tin đính kèm: 2156-QD-UBND.pdf (312 KB)", "Tags: dịch vụ công, …");
  // not "Từ khóa", which a journal's article sets above its body
  ...ATTACHMENT_MARKERS,
  'Tags',
];

/**
 * Markers of a box of links set inside the article ("ĐỌC THÊM" over ">> …" lines, "Xem thêm:
 * headline"): where a paragraph of the article follows the links, the body goes on.
 */
export const INLINE_MARKERS: readonly string[] = ['Đọc thêm', 'Xem thêm'];

/**
 * Markers that open a row of buttons, in the page's head as often as after the article ("Chia sẻ:
 * f Zalo Twitter", "In bài viết"): with a colon they end the body only where it has begun.
 */
export const BUTTON_MARKERS: readonly string[] = ['Chia sẻ bài viết', 'Chia sẻ', 'In bài viết'];

/**
 * Labels of the site footer's contact lines ("Trụ sở: …", "Email: …"). They end the body as
 * a block of short lines (two within a few lines): one such line alone may be part of the
 * article ("Địa chỉ: số 5 đường …" in a notice).
 */
export const CONTACT_LABELS: readonly string[] = [
  'Trụ sở',
  'Địa chỉ',
  'Điện thoại',
  'Số điện thoại',
  'Email',
  'E-mail',
  'Fax',
  'Hotline',
  'Đường dây nóng',
  'Giấy phép',
];

/**
 * Labels of the page's own publication line, at the start of a line in the head or foot:
 * "Ngày đăng :28/10/2020 4:47:35 CH", "Cập nhật, 15:42, Thứ Sáu, 12/07/2019 (GMT+7)",
 * "Xuất bản:Thứ ba, 16/04/2024 06:15", "Đăng ngày 14 - 11 - 2022".
 */
export const PUBLISHED_LABELS: readonly string[] = [
  'Ngày đăng tải',
  'Ngày đăng',
  'Đăng ngày',
  'Đăng lúc',
  'Đăng tải',
  'Thời gian đăng',
  'Ngày xuất bản',
  'Xuất bản',
  'Ngày cập nhật',
  'Cập nhật lần cuối',
  'Cập nhật lúc',
  'Cập nhật',
  'Ngày phát hành',
  'Ngày công bố',
  'Công bố lúc',
  // a broadcaster's script or bulletin ("Phát sóng: 18/4/2024 (thứ Năm) - Phát lại: 20/4/2024")
  'Ngày phát sóng',
  'Phát sóng',
  'Posted',
  'Published',
  'Updated',
];

/** Labels of a ticker of headlines over the page ("Tin nóng: … | …"), before its colon. */
export const TICKER_LABELS: readonly string[] = ['Tin nóng', 'Tin mới', 'Tin nhanh'];

/** Openings of head lines that are never the title: breadcrumbs and page counters. */
export const HEAD_NOISE_OPENERS: readonly string[] = ['Trang chủ', 'Home', 'Lượt xem', 'Lượt đọc', 'Cỡ chữ'];

/**
 * Openings of the site header's date line ("Hôm nay: Thứ bảy, 18/09/2021") and of a print
 * page's time of printing ("Bản in lúc: 2024-05-12 08:03"): never `published`.
 */
export const HEADER_DATE_OPENERS: readonly string[] = ['Hôm nay là', 'Hôm nay', 'Bản in lúc', 'In lúc', 'Ngày in'];

/**
 * Words a date line may carry besides its date and label: a byline or source is a run of
 * capitalised words, these are the rest ("Tác giả: …", "Lượt xem: 1.204", "Nguồn: …").
 */
export const DATE_LINE_WORDS: readonly string[] = [
  'ngày', 'lúc', 'giờ', 'GMT', 'UTC', 'tác giả', 'nguồn', 'theo', 'lượt xem', 'lượt đọc', 'số lượt xem', 'lượt truy cập', 'số lượt truy cập', 'bài', 'ảnh', 'tin',
  // the page's buttons and reading time beside the date ("Cập nhật: 03/10/2023 15:42 | In | Gửi email", "| 3 phút đọc")
  'in', 'bản in', 'gửi email', 'email', 'chia sẻ', 'phút đọc', 'bình luận', 'in trang', 'in bài', 'in bài viết', 'gửi bài', 'gửi bài viết', 'cỡ chữ',
  // who posted it on a portal ("| Người đăng: Quản trị viên |", "| Tác giả: Ban biên tập")
  'người đăng', 'người viết', 'quản trị viên', 'ban biên tập', 'biên tập',
  // a newspaper's online edition as the source ("Báo Hà Tĩnh điện tử | 10:32, 15/09/2025")
  'điện tử',
];

/**
 * What opens the source named first on a date line, its name in small letters too: the press ("Báo
 * Giao thông - 13/3/2023, 10:20", "Đài Phát thanh và Truyền hình tỉnh | …") and the portal's own
 * body ("Sở Nội vụ Đắk Lắk | 09:12 - 14/04/2023", "Văn phòng UBND tỉnh - 10/5/2024").
 */
export const DATE_LINE_SOURCES: readonly string[] = [
  'Báo', 'Tạp chí', 'Đài', 'Truyền hình', 'Sở', 'Ban', 'Văn phòng', 'UBND', 'Ủy ban', 'Uỷ ban', 'Cổng', 'Trung tâm', 'Phòng',
];

/**
 * Labels of fields on a date line whose value, up to the next bar, is no byline to check: the
 * page's section ("| Chuyên mục: Kinh tế") and who wrote or posted it ("| Tác giả: Văn phòng UBND tỉnh").
 */
export const FIELD_LABELS: readonly string[] = [
  'Chuyên mục', 'Danh mục', 'Chủ đề', 'Thể loại', 'Tác giả', 'Người đăng', 'Người viết',
  // where the piece comes from ("2024-11-21 08:30 | Nguồn: Cổng thông tin điện tử thành phố")
  'Nguồn',
  // a document page's own dates beside the page's ("Ngày ban hành: 14/08/2023 | Ngày đăng: 15/08/2023")
  'Ngày ban hành', 'Ngày hiệu lực', 'Ngày ký',
];

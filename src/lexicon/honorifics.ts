// Words that call a named person by address. The guide lists "đồng chí", "ông", "bà" and
// "Đ/c"; the name after one is an official even without a post. Matched case-insensitively.

export const HONORIFICS: readonly string[] = [
  'đồng chí', 'đ/c', 'ông', 'bà',
  // members named after their seat, in a list ("Các ủy viên gồm: TS. Vũ Thành Tự Anh, TS. Lê Tiến Công; …")
  'ủy viên gồm', 'uỷ viên gồm', 'thành viên gồm',
];

/** Plural openers of a list of names ("các đồng chí: A, B và C"). */
export const PLURAL_HONORIFICS: readonly string[] = ['các đồng chí', 'các ông', 'các bà', 'các đ/c'];

/** Academic and professional prefixes written before a name; not part of it ("TS. Nguyễn Văn A"). */
export const NAME_PREFIXES: readonly string[] = ['GS.TS', 'PGS.TS', 'GS.TSKH', 'PGS', 'GS', 'TS', 'ThS', 'BS', 'CKII', 'NSND', 'NSƯT', 'KS', 'Ths', 'Nhà báo', 'Luật sư', 'Bác sĩ', 'Tiến sĩ', 'Thạc sĩ', 'Giáo sư'];

/** Labels a credit line opens with: the name after "Ảnh:" or "Tin, ảnh:" is a byline, not an official. */
export const BYLINE_LABELS: readonly string[] = ['Ảnh', 'Tin', 'Bài', 'Video', 'Clip', 'Nguồn', 'Đồ họa', 'Thực hiện', 'Tin, ảnh', 'Bài, ảnh', 'Tin và ảnh', 'Bài và ảnh', 'Nhóm PV'];

/**
 * Kinship words that call an ordinary person by name ("anh Nguyễn Văn A", "chị Lê Thị B"): no
 * post is written before such a name, though one may follow it ("chị B, Phó Chủ tịch UBND xã").
 */
export const PLAIN_ADDRESSES: readonly string[] = ['anh', 'chị', 'em', 'bác', 'cụ', 'cháu', 'chú', 'cô', 'bé', 'cậu', 'thím', 'dì', 'mợ', 'bạn'];

/**
 * Capitalised words after "ông" or "bà" that name no person: gods and spirits ("ông Táo", "bà
 * Chúa"), kin ("bà Nội"), foreigners and countries, and places and streets named so ("Bà Rịa",
 * "Bà Chiểu", "Ông Lãnh").
 */
export const NOT_CALLED_NAMES: readonly string[] = [
  'Trời', 'Táo', 'Công', 'Địa', 'Bụt', 'Tiên', 'Chúa', 'Hỏa', 'Hoả', 'Mụ', 'Già', 'Nội', 'Ngoại', 'Cố', 'Tổ', 'Thần', 'Phật', 'Mẹ', 'Bà', 'Ông',
  'Tây', 'Tàu', 'Mỹ', 'Vua', 'Quan', // "ông Tây" (a Westerner), "ông Mỹ" (the United States), "Phật bà Quan Âm"
  'Rịa', 'Chiểu', 'Điểm', 'Đen', 'Triệu', 'Trưng', 'Nà', 'Quẹo', 'Hom', 'Kiệu', 'Lãnh', 'Tạ', 'Đồn', 'Huyện',
];

/** The forces' branches a text calls "đồng chí", written with a capital ("một đồng chí Cảnh sát", "đồng chí Bộ đội Biên phòng"): no given name. */
export const CALLED_BY_THEIR_FORCE: readonly string[] = ['Cảnh sát', 'Công an', 'Bộ đội', 'Dân quân', 'Kiểm lâm', 'Biên phòng'];

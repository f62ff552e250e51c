// Vietnamese family names, Kinh and ethnic-minority, as the first syllable of a full name.
// A capitalised run reads as a person's name only from one of these.

export const SURNAMES: readonly string[] = [
  // Kinh, by frequency and then alphabetically
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Lí', 'Hà', 'Cao', 'Trương', 'Đinh', 'Đoàn', 'Đào', 'Lương',
  'Lưu', 'Mai', 'Trịnh', 'Tô', 'Tạ', 'Thái', 'Lâm', 'Châu', 'Chu', 'Quách', 'Kiều', 'Lại',
  'Âu', 'Bạch', 'Bành', 'Bì', 'Biện', 'Cát', 'Cấn', 'Chúc', 'Cù', 'Cung', 'Diệp', 'Doãn', 'Dư',
  'Đàm', 'Đậu', 'Đầu', 'Đồng', 'Đổng', 'Đường', 'Giản', 'Giang', 'Giáp', 'Hạ', 'Hàn', 'Hầu', 'Hình',
  'Hồng', 'Hứa', 'Kha', 'Khâu', 'Khiếu', 'Khổng', 'Khúc', 'Khuất', 'Khương', 'Kim', 'La', 'Lã',
  'Lạc', 'Lỗ', 'Lục', 'Lữ', 'Mã', 'Mạc', 'Mẫn', 'Nghiêm', 'Ngọ', 'Ngụy', 'Nhâm', 'Nhữ', 'Ninh',
  'Ôn', 'Phí', 'Phùng', 'Phương', 'Quan', 'Quản', 'Tăng', 'Tất', 'Thân', 'Thi', 'Thiều', 'Thiệu', 'Tiết',
  'Tiêu', 'Tôn', 'Tống', 'Trác', 'Trang', 'Triệu', 'Trình', 'Từ', 'Ứng', 'Vi', 'Viên', 'Vương',
  'Xa', 'Yên', 'Uông', 'Ung', 'Tào', 'Chế', 'Đới', 'Sái', 'Lều', 'Văng', 'Vòng', 'Mông', 'Phù', 'Cồ',
  'Bồ', 'Mâu', 'Nhan', 'Lãnh', 'Lư', 'Phó', 'Ông', 'Văn', 'Sơn', 'Công', 'Quang', 'Chử', 'Thẩm', 'Trầm', 'Lam', 'Sử', 'Cáp', 'Hạc',
  // Chinese, as Vietnamese writes it ("Tập Cận Bình", "Vưu Quyền", "Vu Vỹ Quốc")
  'Tập', 'Vưu', 'Vu', 'Ngũ', 'Trụ', 'Du',
  // the Buddhist dharma name's first word ("Thượng tọa Thích Thanh Quyết")
  'Thích',
  // Tày, Nùng, Thái, Mường, Dao, H'Mông and other northern peoples
  'Bế', 'Nông', 'Ma', 'Lăng', 'Lang', 'Lành', 'Lường', 'Lò', 'Lô', 'Cầm', 'Quàng', 'Tòng', 'Điêu', 'Đèo',
  'Sầm', 'Lèo', 'Vì', 'Vừ', 'Giàng', 'Sùng', 'Thào', 'Hờ', 'Mùa', 'Mua', 'Lầu', 'Lù', 'Ly',
  'Lỳ', 'Chảo', 'Tẩn', 'Phàn', 'Vàng', 'Sình', 'Sần', 'Chẻo', 'Pờ', 'Cứ', 'Khà', 'Hảng',
  'Cháng', 'Páo', 'Xồng', 'Tráng', 'Bàn',
  // Central Highlands (leading given-name markers and clan names) and Khmer
  'Y', 'H', 'Ksor', 'Kpă', 'Rơ', 'Rah', 'Siu', 'Nay', 'Rmah', 'Rcom', 'Puih', 'Điểu', 'Ka', 'Chau',
  // Ê Đê teknonyms, a parent called by the first child's name ("ông Ama Thuyết", "bà Amí Hoa")
  'Ama', 'Amí',
  // Cơ Ho clans of Lâm Đồng ("Cil Ka Thương", "Liêng Jrang K'Điều", "Kră Jăn Ha Hiếu")
  'Cil', 'Liêng', 'Kră',
  // Bahnar and Xơ Đăng men's names open with "A" ("A Pớt", "A Thuấn")
  'A',
  // Cơ Tu clans of Quảng Nam and Huế ("Zơ Râm Thị Ngân", "Bríu Quân", "Bhling Mia", "Alăng Thị Sương", "Pơloong Plênh")
  'Zơ', 'Bríu', 'Bhling', 'Bhnướch', 'Alăng', 'Clâu', 'Pơloong', 'Hốih', 'Coor', 'Arất', 'Ating', 'Blup',
  'Néang', 'Thạch', 'Danh',
  // Chăm families of Ninh Thuận and Bình Thuận ("Đàng Thị Trà", "Trượng Thị Hoa", "Quảng Đại Tâm")
  'Đàng', 'Trượng', 'Nại', 'Thập', 'Quảng',
  // Ra Glai families of Ninh Thuận and Khánh Hòa ("Chamaléa Điềm", "Katơr Thanh Sơn", "Pi Năng Thị Hồng Nhiên", "Mấu Thị Huyền", "Bo Bo Văn Hùng")
  'Chamaléa', 'Katơr', 'Pi', 'Pinăng', 'Mấu', 'Bo',
];

/** Real surnames that stand first in too many other phrases to open a name on their own. */
export const AMBIGUOUS_SURNAMES: readonly string[] = [
  'Phó', // the post prefix "Phó Chủ tịch"
  'Ông', // the honorific
  'Văn', // nearly always a middle name
  'Sơn', // "Sơn La", and first syllable of many place names
  'Công',
  'Quang',
  'Đầu', // "Đầu năm", "Đầu tư", "Đầu Xuân" in a headline of capitals
  'Quảng', // "Quảng Nam", "Quảng Ngãi", "Quảng Trị": the provinces
];

/** Common surnames seldom given as names: "ông Nguyễn" alone calls no one the text has named. */
export const SURNAMES_NOT_GIVEN: readonly string[] = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Trịnh', 'Trương'];

/**
 * Ambiguous surnames that open a name of three or four syllables where an honorific stands
 * before it or a post after it: "Sơn Hồng Phước, Trưởng Ban Dân tộc", "ông Sơn Ngọc Thành"
 * (Khmer families), "đồng chí Đầu Thanh Tùng", "ông Quảng Đại Tâm" (Chăm), not "Sơn La", "Sơn Trà" or "Nhân Dịp Đầu Xuân Mới".
 */
export const SURNAMES_WITH_A_POST: readonly string[] = ['Sơn', 'Văn', 'Đầu', 'Quảng'];

/** Single syllables that may open a full name in running text, lower-cased for lookup. */
export const NAME_STARTS: ReadonlySet<string> = new Set(SURNAMES.filter((s) => !AMBIGUOUS_SURNAMES.includes(s)).map((s) => s.toLowerCase()));

/**
 * Middle names that show a full name whatever its surname: "Cà Thị Hương", "Sa Văn Khiêm",
 * "Trà Văn Lào" (surnames no list holds). Written with the spaces around them.
 */
export const MIDDLE_NAME_MARKERS: readonly string[] = [' Thị ', ' Văn '];

/**
 * Capitalised words that open names of bodies, places, works and streets, or a sentence or a
 * credit: never a surname no list holds, before "Thị"/"Văn", after an honorific or under a
 * signature ("Sở Văn hóa", "Phòng Văn hóa", "Quan Âm Thị Kính", "đường Hai Bà Trưng", "Ảnh:
 * Đình Văn", "Theo Văn phòng").
 */
export const NEVER_SURNAMES: readonly string[] = [
  'Sở', 'Bộ', 'Ban', 'Phòng', 'Cục', 'Vụ', 'Viện', 'Hội', 'Trung', 'Trường', 'Nhà', 'Bảo', 'Báo', 'Đài',
  'Tạp', 'Công', 'Tổng', 'Quỹ', 'Khoa', 'Tổ', 'Đoàn', 'Đội', 'Ủy', 'Uỷ', 'Thị',
  'Xã', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Thành', 'Ấp', 'Thôn', 'Bản', 'Làng', 'Đường', 'Phố', 'Ngõ',
  'Chợ', 'Cầu', 'Sông', 'Kênh', 'Kinh', 'Rạch', 'Núi', 'Đình', 'Chùa', 'Đền', 'Miếu', 'Lăng', 'Quan', 'Âm',
  'Ngữ', 'Môn', 'Giải', 'Lễ', 'Trưng', 'Ảnh', 'Theo', 'Với', 'Trước', 'Sau', 'Của', 'Cho', 'Tại', 'Ở', 'Và',
];

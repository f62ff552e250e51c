// Vietnam's provinces and centrally-run cities: the 63 before the 2025 merger and the 34
// after it (all 34 keep an old name, Huế under its city name). Each entry lists the forms
// articles write; matching runs after foldTones, so "Thanh Hoá" finds "Thanh Hóa".

export interface Province {
  /** The name the record reports. */
  name: string;
  /** Other written forms (spacing, hyphens, abbreviations, older spellings). */
  forms: readonly string[];
  /** A centrally-run city ("thành phố Đà Nẵng") rather than a province ("tỉnh Lạng Sơn"). */
  city?: true;
  /** Forms that name something else when they stand alone (a person, "peace"): they count only after "tỉnh", "thành phố", "TP.". */
  needsDesignator?: readonly string[];
}

/** The 63 provinces and cities from 2008 to the 2025 merger. */
export const PROVINCES_BEFORE_2025: readonly Province[] = [
  { name: 'Hà Nội', forms: ['Hà Nội', 'Thủ đô Hà Nội'], city: true },
  { name: 'Hồ Chí Minh', forms: ['Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'TP. HCM', 'TPHCM', 'TP.Hồ Chí Minh', 'Tp.HCM', 'Tp HCM', 'Tp. HCM', 'Sài Gòn'], city: true, needsDesignator: ['Hồ Chí Minh'] },
  { name: 'Hải Phòng', forms: ['Hải Phòng'], city: true },
  { name: 'Đà Nẵng', forms: ['Đà Nẵng'], city: true },
  { name: 'Cần Thơ', forms: ['Cần Thơ'], city: true },
  { name: 'An Giang', forms: ['An Giang'] },
  { name: 'Bà Rịa - Vũng Tàu', forms: ['Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa–Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT'] },
  { name: 'Bắc Giang', forms: ['Bắc Giang'] },
  { name: 'Bắc Kạn', forms: ['Bắc Kạn', 'Bắc Cạn'] },
  { name: 'Bạc Liêu', forms: ['Bạc Liêu'] },
  { name: 'Bắc Ninh', forms: ['Bắc Ninh'] },
  { name: 'Bến Tre', forms: ['Bến Tre'] },
  { name: 'Bình Định', forms: ['Bình Định'] },
  { name: 'Bình Dương', forms: ['Bình Dương'] },
  { name: 'Bình Phước', forms: ['Bình Phước'] },
  { name: 'Bình Thuận', forms: ['Bình Thuận'] },
  { name: 'Cà Mau', forms: ['Cà Mau'] },
  { name: 'Cao Bằng', forms: ['Cao Bằng'] },
  { name: 'Đắk Lắk', forms: ['Đắk Lắk', 'Đăk Lăk', 'Đắc Lắc', 'Đắk Lăk', 'Dak Lak', 'Daklak'] },
  { name: 'Đắk Nông', forms: ['Đắk Nông', 'Đăk Nông', 'Đắc Nông', 'Dak Nong'] },
  { name: 'Điện Biên', forms: ['Điện Biên'] },
  { name: 'Đồng Nai', forms: ['Đồng Nai'] },
  { name: 'Đồng Tháp', forms: ['Đồng Tháp'] },
  { name: 'Gia Lai', forms: ['Gia Lai'] },
  { name: 'Hà Giang', forms: ['Hà Giang'] },
  { name: 'Hà Nam', forms: ['Hà Nam'] },
  { name: 'Hà Tĩnh', forms: ['Hà Tĩnh'] },
  { name: 'Hải Dương', forms: ['Hải Dương'] },
  { name: 'Hậu Giang', forms: ['Hậu Giang'] },
  { name: 'Hòa Bình', forms: ['Hòa Bình'], needsDesignator: ['Hòa Bình'] },
  { name: 'Hưng Yên', forms: ['Hưng Yên'] },
  { name: 'Khánh Hòa', forms: ['Khánh Hòa'] },
  { name: 'Kiên Giang', forms: ['Kiên Giang'] },
  { name: 'Kon Tum', forms: ['Kon Tum', 'Kontum'] },
  { name: 'Lai Châu', forms: ['Lai Châu'] },
  { name: 'Lâm Đồng', forms: ['Lâm Đồng'] },
  { name: 'Lạng Sơn', forms: ['Lạng Sơn'] },
  { name: 'Lào Cai', forms: ['Lào Cai'] },
  { name: 'Long An', forms: ['Long An'] },
  { name: 'Nam Định', forms: ['Nam Định'] },
  { name: 'Nghệ An', forms: ['Nghệ An'] },
  { name: 'Ninh Bình', forms: ['Ninh Bình'] },
  { name: 'Ninh Thuận', forms: ['Ninh Thuận'] },
  { name: 'Phú Thọ', forms: ['Phú Thọ'] },
  { name: 'Phú Yên', forms: ['Phú Yên'] },
  { name: 'Quảng Bình', forms: ['Quảng Bình'] },
  { name: 'Quảng Nam', forms: ['Quảng Nam'] },
  { name: 'Quảng Ngãi', forms: ['Quảng Ngãi'] },
  { name: 'Quảng Ninh', forms: ['Quảng Ninh'] },
  { name: 'Quảng Trị', forms: ['Quảng Trị'] },
  { name: 'Sóc Trăng', forms: ['Sóc Trăng'] },
  { name: 'Sơn La', forms: ['Sơn La'] },
  { name: 'Tây Ninh', forms: ['Tây Ninh'] },
  { name: 'Thái Bình', forms: ['Thái Bình'] },
  { name: 'Thái Nguyên', forms: ['Thái Nguyên'] },
  { name: 'Thanh Hóa', forms: ['Thanh Hóa', 'Xứ Thanh'] },
  { name: 'Thừa Thiên Huế', forms: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên – Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'TT Huế'] },
  { name: 'Tiền Giang', forms: ['Tiền Giang'] },
  { name: 'Trà Vinh', forms: ['Trà Vinh'] },
  { name: 'Tuyên Quang', forms: ['Tuyên Quang'] },
  { name: 'Vĩnh Long', forms: ['Vĩnh Long'] },
  { name: 'Vĩnh Phúc', forms: ['Vĩnh Phúc'] },
  { name: 'Yên Bái', forms: ['Yên Bái'] },
];

/** The 34 provinces and cities from 1 July 2025: the surviving name and the old ones merged into it. */
export const PROVINCES_AFTER_2025: readonly { name: string; merged: readonly string[]; city?: true }[] = [
  { name: 'Hà Nội', merged: [], city: true },
  { name: 'Huế', merged: ['Thừa Thiên Huế'], city: true },
  { name: 'Lai Châu', merged: [] },
  { name: 'Điện Biên', merged: [] },
  { name: 'Sơn La', merged: [] },
  { name: 'Lạng Sơn', merged: [] },
  { name: 'Quảng Ninh', merged: [] },
  { name: 'Thanh Hóa', merged: [] },
  { name: 'Nghệ An', merged: [] },
  { name: 'Hà Tĩnh', merged: [] },
  { name: 'Cao Bằng', merged: [] },
  { name: 'Tuyên Quang', merged: ['Hà Giang'] },
  { name: 'Lào Cai', merged: ['Yên Bái'] },
  { name: 'Thái Nguyên', merged: ['Bắc Kạn'] },
  { name: 'Phú Thọ', merged: ['Vĩnh Phúc', 'Hòa Bình'] },
  { name: 'Bắc Ninh', merged: ['Bắc Giang'] },
  { name: 'Hưng Yên', merged: ['Thái Bình'] },
  { name: 'Hải Phòng', merged: ['Hải Dương'], city: true },
  { name: 'Ninh Bình', merged: ['Hà Nam', 'Nam Định'] },
  { name: 'Quảng Trị', merged: ['Quảng Bình'] },
  { name: 'Đà Nẵng', merged: ['Quảng Nam'], city: true },
  { name: 'Quảng Ngãi', merged: ['Kon Tum'] },
  { name: 'Gia Lai', merged: ['Bình Định'] },
  { name: 'Khánh Hòa', merged: ['Ninh Thuận'] },
  { name: 'Lâm Đồng', merged: ['Đắk Nông', 'Bình Thuận'] },
  { name: 'Đắk Lắk', merged: ['Phú Yên'] },
  { name: 'Hồ Chí Minh', merged: ['Bình Dương', 'Bà Rịa - Vũng Tàu'], city: true },
  { name: 'Đồng Nai', merged: ['Bình Phước'] },
  { name: 'Tây Ninh', merged: ['Long An'] },
  { name: 'Cần Thơ', merged: ['Sóc Trăng', 'Hậu Giang'], city: true },
  { name: 'Vĩnh Long', merged: ['Bến Tre', 'Trà Vinh'] },
  { name: 'Đồng Tháp', merged: ['Tiền Giang'] },
  { name: 'Cà Mau', merged: ['Bạc Liêu'] },
  { name: 'An Giang', merged: ['Kiên Giang'] },
];

/** Every province or city under either map: the 63, plus Huế as its own name. */
export const PROVINCES: readonly Province[] = [...PROVINCES_BEFORE_2025, { name: 'Huế', forms: ['Huế', 'Cố đô Huế'], city: true }];

/**
 * Provinces merged away before 2008, still named in reports on their history ("theo quyết định
 * của Chủ tịch Hà Sơn Bình", "Hà Tây cũ"). Never an article's province; never a person either.
 */
export const FORMER_PROVINCES: readonly string[] = [
  'Hà Tây', 'Hà Sơn Bình', 'Hà Nam Ninh', 'Nghệ Tĩnh', 'Bình Trị Thiên', 'Hải Hưng', 'Hà Bắc', 'Vĩnh Phú',
  'Cửu Long', 'Nghĩa Bình', 'Phú Khánh', 'Thuận Hải', 'Minh Hải', 'Sông Bé', 'Gia Lai - Kon Tum',
  'Quảng Nam - Đà Nẵng', 'Hoàng Liên Sơn', 'Cao Lạng', 'Bắc Thái', 'Hà Tuyên',
];

/**
 * Cities, towns and islands whose names open with a syllable that is also a surname ("Hạ Long",
 * "Phan Thiết", "Hoàng Sa"): a run of capitals that spells one is a place, never a person.
 */
export const TOWNS_NAMED_LIKE_PEOPLE: readonly string[] = [
  'Hạ Long', 'Châu Đốc', 'Cao Lãnh', 'Hà Tiên', 'Hà Đông', 'Lý Sơn', 'Hoàng Sa', 'Đồng Hới', 'Uông Bí', 'Từ Sơn',
  'Sầm Sơn', 'Hồng Lĩnh', 'Đồng Xoài', 'Phan Thiết', 'Phan Rang', 'Phan Rang - Tháp Chàm', 'Lâm Hà', 'Lương Sơn',
  'Kim Bôi', 'Mai Châu', 'Lâm Thao', 'Thạch Thất', 'Đồng Văn', 'Tô Lịch', 'Hồ Tây', 'Lạc Dương', 'Ngũ Hành Sơn',
  'Lang Chánh',
  // districts and towns of the mountains, the delta and the south ("Hội LHPN huyện Hoàng Su Phì", "huyện Trần Đề")
  'Hoàng Su Phì', 'Quản Bạ', 'Hà Quảng', 'Hạ Lang', 'Thạch An', 'Bạch Thông', 'Lục Yên', 'Đồng Hỷ', 'Võ Nhai', 'Hạ Hòa',
  'Phù Ninh', 'Lục Nam', 'Lục Ngạn', 'Yên Thế', 'Yên Dũng', 'Ninh Giang', 'Cát Hải', 'Bạch Long Vĩ', 'Lê Chân', 'Hồng Bàng',
  'Dương Kinh', 'Phù Cừ', 'Vũ Thư', 'Kim Bảng', 'Lý Nhân', 'Yên Mô', 'Quan Hóa', 'Thạch Thành', 'Thiệu Hóa', 'Nông Cống',
  'Thạch Hà', 'Triệu Phong', 'Nông Sơn', 'Phù Mỹ', 'Phù Cát', 'Đồng Xuân', 'Ninh Hải', 'Ninh Phước', 'Cát Tiên', 'Dương Minh Châu',
  'Châu Thành', 'Châu Đức', 'Hồng Ngự', 'Châu Phú', 'Giang Thành', 'Ninh Kiều', 'Cù Lao Dung', 'Trần Đề', 'Hồng Dân', 'Trần Văn Thời',
  'Ứng Hòa', 'Phù Yên', 'Yên Châu', 'Yên Thủy', 'Hoàng Mai',
];

// Words that name a kind of place right before its proper name ("huyện Mường Nhé", "phường
// Lê Lợi", "đường Trần Phú"). Streets, wards and communes are named after people so often that
// a run of capitals right after one of these is read as the place, not as a person.

/** Towns and districts: their name, or straight a person's name, may follow ("Chủ tịch UBND thành phố Trần Sỹ Thanh"). */
export const TOWN_WORDS: readonly string[] = ['huyện', 'quận', 'thị xã', 'thành phố', 'tx', 'tx.', 'tp', 'tp.', 'q.'];

/** The kinds of administrative place before a place's name, province to commune ("BHXH tỉnh Thanh Hóa", "Công an thành phố Cần Thơ"). */
export const PLACE_KINDS: readonly string[] = ['tỉnh', ...TOWN_WORDS, 'xã', 'phường', 'thị trấn'];

/**
 * Wards, communes, villages, streets, landmarks and institutions named after people ("Trường
 * THPT Lê Quý Đôn", "Bệnh viện Bạch Mai"): a run right after one is the place's name.
 */
export const LOCALITY_WORDS: readonly string[] = [
  'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'ấp', 'làng', 'xóm', 'đường', 'phố', 'khu phố', 'tổ dân phố',
  'đảo', 'sông', 'núi', 'chợ', 'cầu', 'trường', 'p.', 'x.', 'tt.', 'bệnh viện', 'bv', 'thpt', 'thcs', 'chuyên', 'tiểu học',
  'mầm non', 'công ty', 'quỹ', 'giải', 'lăng', 'bảo tàng', 'đền', 'chùa', 'quảng trường', 'nhà văn hóa',
  'khu di tích', 'châu', // "châu Âu", "châu Á": a continent, not the surname "Âu"
  'ở', 'tại', // "câu chuyện ở Đồng Tâm": where something happens, not who
  'dòng tộc', 'dòng họ', 'gia tộc', // "đại diện dòng tộc Nguyễn Phước": a family, not a person
  'cảng', 'sân bay', 'bến', 'bến xe', 'ga', // "khu vực cảng Cát Lái, Hiệu trưởng …": a port, a station, not a person
];

/** Common words that end in a place word and name no place ("nông thôn", "thị trường", "văn bản"). */
export const NOT_PLACE_WORDS: readonly string[] = [
  'nông thôn', 'văn bản', 'yêu cầu', 'nhu cầu', 'toàn cầu', 'môi trường', 'thị trường', 'hiện trường', 'chiến trường',
  'lập trường', 'công trường', 'nhà trường', 'phi trường', 'căn bản', 'cơ bản',
  // a village elder's title ("Già làng Rơ Châm Blơk"): the name after it is the elder's
  'già làng',
];

/**
 * The first words of Central Highlands place names ("xã Ia Rvê", "huyện Ea Súp", "Chư Prông",
 * "Kon Plông", "Đắk Hà", "Krông Pắc"): rivers, mountains and villages in Jrai, Ê Đê, Bahnar. No
 * person's name opens so; a run that does, after a post, is the post's place ("Đồn trưởng Đồn Biên
 * phòng Ia Rvê"), and the word after one is the place's, though a surname ("Đắk Hà Trần Thị Ngọc Liên").
 */
export const HIGHLAND_PLACE_OPENERS: readonly string[] = ['Ia', 'Ea', 'Chư', 'Cư', 'Kon', 'Plei', 'Dak', 'Đắk', 'Đăk', 'Krông'];

// Posts a person holds, as they open a role ("Phó Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy").
// Matched in any case with tones folded (so "Uỷ viên" finds "Ủy viên"); the body
// that follows a post ("UBND tỉnh", "Sở Nội vụ") is read from the text, not listed here.

/**
 * Military and police ranks: a rank right before a name is that person's whole title ("Thiếu
 * tá Nguyễn Văn A"), never the end of a longer post, and in the middle of someone else's role
 * it opens the next person's ("… Ban ATGT tỉnh Thiếu tá Nguyễn Văn A").
 */
export const RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Thượng sĩ', 'Trung sĩ', 'Hạ sĩ',
  // the navy's flag ranks ("Phó Đô đốc Phạm Hoài Nam", "Đô đốc Mike Rogers")
  'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc',
  // a brigadier general abroad ("Chuẩn tướng Restituto Padilla")
  'Chuẩn tướng',
];

/**
 * The commune's civil servants by their legal titles: unlike a bare "công chức" or "cán bộ" they
 * name the person before the name too ("công chức Tư pháp - Hộ tịch Lường Văn Dương cho biết",
 * "Cán bộ Hộ tịch - Tư pháp xã Hướng Tân Hồ Văn Dừa").
 */
export const COMMUNE_STAFF_TITLES: readonly string[] = ['Tư pháp - Hộ tịch', 'Hộ tịch - Tư pháp', 'Địa chính - Xây dựng', 'Văn phòng - Thống kê', 'Văn hóa - Xã hội', 'Tài chính - Kế toán'].flatMap(
  (field) => ['công chức', 'cán bộ'].flatMap((staff) => [`${staff} ${field}`, `${staff} ${field.replace(' - ', ' – ')}`]),
);

/** A firm's chiefs, as the press writes them before a name ("CEO Tim Cook", "COO Sheryl Sandberg"). */
const FIRM_CHIEFS: readonly string[] = ['CEO', 'COO', 'CFO', 'CTO'];

/** A team's coaches, as the press writes them before a name ("HLV Park Hang-seo", "HLV trưởng Hoàng Anh Tuấn"). */
const COACHES: readonly string[] = ['HLV trưởng', 'HLV', 'Huấn luyện viên trưởng', 'Huấn luyện viên'];

/** The work a team ("đoàn") is named by, after its head's title: a verb elsewhere ("Trưởng đoàn xác minh", "Trưởng đoàn công tác"). */
const TEAM_WORKS: readonly string[] = ['kiểm tra', 'giám sát', 'thanh tra', 'khảo sát', 'xác minh', 'công tác', 'kiểm toán', 'đánh giá', 'liên ngành'];

/** Heads of a post; "Phó " and "Tổng " forms are listed where they occur. */
export const TITLES: readonly string[] = [
  // Party
  'Tổng Bí thư',
  'Bí thư',
  'Phó Bí thư',
  'Bí thư Thường trực',
  'Thường trực Ban Bí thư',
  'Phó Bí thư Thường trực',
  'Ủy viên',
  'Ủy viên dự khuyết',
  // a member's seat on a council or board ("thành viên Hội đồng Quốc gia giáo dục"); a plain
  // "thành viên" is as often a forum's or a band's
  'Thành viên Hội đồng',
  'Thành viên HĐQT',
  // a state group's members' council and its controllers ("Thành viên HĐTV Tập đoàn Điện lực Việt Nam", "Kiểm soát viên chuyên trách")
  'Thành viên HĐTV',
  'Kiểm soát viên',
  'Thành viên Ban',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Huyện ủy viên',
  'Thị ủy viên',
  'Quận ủy viên',
  'Đảng ủy viên',
  // Abbreviations of the above ("UVBTV Tỉnh ủy", "TUV"), and of a people's committee's chairs ("PCT UBND huyện")
  'PCT',
  'UVBTV',
  'UV BTV',
  'UVTV',
  'UVBCH',
  'UV BCH',
  'TUV',
  'HUV',
  'ĐBQH',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Trưởng Ban',
  'Phó Trưởng Ban',
  // the steering committee written short ("Trưởng BCĐ CCHC tỉnh", "Phó Trưởng BCĐ thường trực")
  'Trưởng BCĐ',
  'Phó Trưởng BCĐ',
  'Phó trưởng BCĐ',
  // the deputy of a Party board is mostly written short: "Phó Ban Tuyên giáo Tỉnh ủy"
  'Phó Ban',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  // "CVP UBND tỉnh", "Chánh VP UBND TP.HCM": the short forms reports use
  'CVP',
  'Chánh VP',
  'Phó Chánh VP',
  // State and government
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Thống đốc',
  'Phó Thống đốc',
  'Bộ trưởng',
  'Thứ trưởng',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Cục phó',
  'Vụ phó',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Giám đốc',
  'Phó Giám đốc',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  // Written short before a name ("GĐ Sở Tư pháp")
  'GĐ',
  'PGĐ',
  'TGĐ',
  'Phó GĐ',
  'Phó TGĐ',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Phó phòng',
  // the head of a one-stop desk: "Trưởng Bộ phận tiếp nhận và trả kết quả"
  'Trưởng Bộ phận',
  'Phó Trưởng Bộ phận',
  'Kế toán trưởng',
  'Chánh Thanh tra',
  'Phó Chánh Thanh tra',
  'Tổng Thanh tra',
  'Phó Tổng Thanh tra',
  'Tổng Kiểm toán',
  'Phó Tổng Kiểm toán',
  'Kiểm toán trưởng',
  'Phó Kiểm toán trưởng',
  'Chánh án',
  'Phó Chánh án',
  'Chánh tòa',
  'Phó Chánh tòa',
  // the bench and the prosecution at a trial ("Chủ tọa Vũ Thanh Lâm", "Thẩm phán Nguyễn Văn A")
  'Điều tra viên',
  'Điều tra viên cao cấp',
  'Thanh tra viên',
  // the Party inspection commissions' staff ("Kiểm tra viên chính Cơ quan UBKT Tỉnh ủy")
  'Kiểm tra viên',
  'Kiểm tra viên chính',
  'Kiểm tra viên cao cấp',
  // a forest ranger by rank ("Kiểm lâm viên Vàng Seo Sử", "kiểm lâm viên phụ trách địa bàn xã")
  'Kiểm lâm viên',
  'Kiểm lâm viên chính',
  'Thanh tra viên cao cấp',
  'Chủ tọa',
  'Chủ toạ',
  'Thẩm phán',
  'Hội thẩm',
  'Kiểm sát viên',
  'Công tố viên',
  // judgment enforcement and court mediation ("Chấp hành viên Hoàng Thị Lan", "Hòa giải viên TAND huyện …")
  'Chấp hành viên',
  'Chấp hành viên cao cấp',
  'Thẩm tra viên',
  'Hòa giải viên',
  'Hoà giải viên',
  // the judicial support professions the justice ministry appoints ("công chứng viên Thân Văn Hùng",
  // "Trợ giúp viên pháp lý Phạm Văn Khải", "Đấu giá viên Lê Minh", "Thừa phát lại Trần Văn Bình")
  'Công chứng viên',
  'Trợ giúp viên pháp lý',
  'Đấu giá viên',
  'Quản tài viên',
  'Thừa phát lại',
  'Giám định viên',
  'Tổng chưởng lý',
  'Công an viên',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Hiệu phó',
  'Đội phó',
  'Viện phó',
  'Tổng Thư ký',
  'Phó Tổng Thư ký',
  // one post of the Fatherland Front, written with a dash: never split there
  'Phó Chủ tịch - Tổng Thư ký',
  // the short form in sports and association news ("TTK Lê Trí Trường")
  'TTK',
  // an aide's post holds the post they serve: "Trợ lý Bộ trưởng Ngoại giao", "Thư ký Chủ tịch nước"
  'Trợ lý',
  'Thư ký',
  'Phó Thư ký',
  // a minister's rank in Cambodia, Singapore and Malaysia ("Quốc vụ khanh Bộ Chức năng công")
  'Quốc vụ khanh',
  // a firm's chief executive, as the press writes it ("CEO Apple Tim Cook"), and its chief operating,
  // financial and technology officers ("COO Sheryl Sandberg"); a province's chief information officer ("CIO tỉnh Thái Bình")
  ...FIRM_CHIEFS,
  'CIO',
  // "điều hành" would end the post as a verb: "Giám đốc điều hành LGSP"
  'Giám đốc điều hành',
  'Phó Giám đốc điều hành',
  'Tổng Giám đốc điều hành',
  'Tổng Biên tập',
  'Phó Tổng Biên tập',
  // a textbook programme's or a series' chief editor ("Tổng Chủ biên chương trình giáo dục phổ thông"); "chủ biên" alone is as often the verb
  'Tổng Chủ biên',
  'Trưởng đoàn',
  'Phó Trưởng đoàn',
  // the team named with its work, which is no verb there ("Trưởng đoàn kiểm tra công vụ", "Phó Trưởng đoàn giám sát")
  ...TEAM_WORKS.flatMap((work) => [`Trưởng đoàn ${work}`, `Phó Trưởng đoàn ${work}`]),
  'Đại biểu Quốc hội',
  'Đại biểu HĐND',
  'Đại biểu',
  // the short form of "Đại biểu" in reports of sittings ("ĐB Nguyễn Thị Phúc (Hưng Yên)")
  'ĐB Quốc hội',
  'ĐB',
  // a team's coach ("HLV Park Hang-seo", "Huấn luyện viên trưởng Mai Đức Chung")
  ...COACHES,
  'Người phát ngôn',
  'Phát ngôn viên',
  'Người đứng đầu',
  'Lãnh tụ',
  'Nhà lãnh đạo',
  'Nhà thương thuyết',
  'Thủ lĩnh',
  'Thủ hiến',
  'Phó Thủ hiến',
  'Giáo hoàng',
  // a head of state and a crown prince ("Quốc trưởng Norodom Sihanouk", "Thái tử Anh Charles"); a king
  // only before a foreign name (POSTS_BEFORE_FOREIGN_NAMES): "Trung Quốc Vương Nghị", "Cúp Nhà vua"
  'Quốc trưởng',
  'Thái tử',
  'Cảnh sát trưởng',
  'Phó Cảnh sát trưởng',
  // the Buddhist Sangha's ranks and an abbot ("Thượng tọa Thích Thanh Quyết", "trụ trì chùa Keo")
  'Hòa thượng',
  'Hoà thượng',
  'Thượng tọa',
  'Thượng toạ',
  'Đại đức',
  'Trụ trì',
  // staff named after the person ("Nguyễn Thành Vỹ, cán bộ địa chính xã", "Đỗ Thị Thu, công chức
  // Tư pháp – Hộ tịch xã", "Vũ Minh Hằng, chuyên viên Văn phòng UBND tỉnh", "Đỗ Thị Mai, kế toán
  // Trung tâm Trợ giúp pháp lý"): see APPOSITIVE_ONLY_TITLES
  'cán bộ',
  'công chức',
  'viên chức',
  'chuyên viên',
  'kế toán',
  // the commune's civil servants by their legal titles, before the name too (COMMUNE_STAFF_TITLES)
  ...COMMUNE_STAFF_TITLES,
  // lecturers named after the person ("Trương Quốc Việt, giảng viên cao cấp Học viện …"); an expert ("chuyên gia kinh tế") holds no post
  'giảng viên',
  // the one in charge of a body without its head's title ("Nguyễn Trung Nguyên, phụ trách Trung
  // tâm chống độc"); before a name it is as often the verb ("giao ông A phụ trách …")
  'phụ trách',
  'Đại sứ',
  'Phó Đại sứ',
  // the head of a delegation abroad ("Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam")
  'Trưởng Phái đoàn',
  'Phó Trưởng Phái đoàn',
  // the trade office of an embassy and a newspaper's or agency's bureau ("Trưởng Thương vụ Việt Nam tại Mỹ", "Trưởng Cơ quan thường trú TTXVN tại Bangkok")
  'Trưởng Thương vụ',
  'Phó Trưởng Thương vụ',
  'Trưởng Cơ quan thường trú',
  'Phó Trưởng Cơ quan thường trú',
  'Trưởng Văn phòng thường trú',
  'Phó Trưởng Văn phòng thường trú',
  // heads of foreign states and cities, their envoys and advisers ("Vu Vỹ Quốc, Tỉnh trưởng tỉnh Phúc Kiến")
  'Tổng thống',
  'Phó Tổng thống',
  'Ngoại trưởng',
  'Thị trưởng',
  'Phó Thị trưởng',
  'Tỉnh trưởng',
  'Phó Tỉnh trưởng',
  'Đặc phái viên',
  'Đặc sứ',
  'Cố vấn',
  // international organisations
  'Trưởng đại diện',
  'Phó Trưởng đại diện',
  'Điều phối viên',
  'Tổng Lãnh sự',
  'Lãnh sự',
  'Tham tán',
  'Thủ trưởng',
  'Phó Thủ trưởng',
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Trưởng khoa',
  'Phó khoa',
  // a hospital's head nurse, of the hospital or of a department ("Điều dưỡng trưởng Khoa Khám bệnh")
  'Điều dưỡng trưởng',
  'Trưởng Đài',
  'Phó Trưởng Đài',
  'Trưởng bộ môn',
  'Phó Trưởng bộ môn',
  // a hospital's or an institute's unit ("Trưởng Đơn vị Mắt, Bệnh viện Nhi Đồng 1")
  'Trưởng Đơn vị',
  'Phó Trưởng Đơn vị',
  'Chủ tịch HĐND',
  'Trưởng Công an',
  'Phó Trưởng Công an',
  // the deputy written short: "Phó Công an huyện"
  'Phó Công an',
  // the tax offices since 2025 ("Trưởng Thuế tỉnh Tây Ninh", "Phó Trưởng Thuế cơ sở 3")
  'Trưởng Thuế',
  'Phó Trưởng Thuế',
  // the head and deputy of an emulation cluster or bloc ("Chủ tịch UBND quận Ninh Kiều, Cụm trưởng Cụm thi đua số 1", "Trưởng Khối thi đua")
  'Cụm trưởng',
  'Cụm phó',
  'Khối trưởng',
  'Khối phó',
  'Trưởng Cụm',
  'Phó Trưởng Cụm',
  'Trưởng Khối',
  'Phó Trưởng Khối',
  // the civil judgment enforcement offices since 2025 ("Trưởng Thi hành án dân sự tỉnh", "Phó Trưởng THADS tỉnh")
  'Trưởng Thi hành án dân sự',
  'Phó Trưởng Thi hành án dân sự',
  'Trưởng THADS',
  'Phó Trưởng THADS',
  'Hạt trưởng',
  'Phó Hạt trưởng',
  'Hạt phó',
  'Trưởng thôn',
  'Phó thôn',
  'Phó trưởng thôn',
  'Trưởng bản',
  'Phó Trưởng bản',
  'Trưởng ấp',
  'Phó Trưởng ấp',
  // the head of a village of the Central Highlands ("Trưởng làng Dơ Keo")
  'Trưởng làng',
  // the heads of hamlets by their regional names: xóm (the north), khóm, buôn (the Central Highlands), bon, phum and sóc (the Khmer south)
  'Trưởng xóm',
  'Phó Trưởng xóm',
  'Trưởng khóm',
  'Trưởng khu phố',
  // a village's head where villages are "khu" (Phú Thọ: "Trưởng khu Đồng Tào")
  'Trưởng khu',
  'Phó Trưởng khu',
  'Trưởng buôn',
  'Trưởng bon',
  'Trưởng phum',
  'Trưởng sóc',
  // a village elder of the Central Highlands and the mountains ("Già làng Rơ Châm Blơk"), and the
  // standing the ethnic policy gives ("ông Thạch Sang, Người có uy tín ấp Tà Ca")
  'Già làng',
  'Người có uy tín',
  // the same heads with the word order turned ("Ấp trưởng ấp Phú Hòa", "Xóm trưởng Lê Văn A")
  'Thôn trưởng',
  'Ấp trưởng',
  'Xóm trưởng',
  'Khóm trưởng',
  'Bản trưởng',
  // an association's head where it is not "Chủ tịch Hội" ("Hội trưởng Hội Khuyến học xã", "Chi hội trưởng Chi hội Nông dân")
  'Hội trưởng',
  'Phó Hội trưởng',
  'Chi hội trưởng',
  'Chi hội phó',
  'Tổ trưởng',
  'Phó Tổ trưởng',
  'Tổ phó',
  // a member of a team ("…, Tổ viên kiêm Thư ký")
  'Tổ viên',
  'Trưởng nhóm',
  'Nhóm trưởng',
  // a workshop's head and a city's chief architect
  'Quản đốc',
  'Phó Quản đốc',
  'Kiến trúc sư trưởng',
  'Thuyền trưởng',
  // with their body: a team's captain ("đội trưởng U23") holds no post
  'Đội trưởng Đội',
  'Đội phó Đội',
  'Phó Đội trưởng Đội',
  'Trạm trưởng',
  'Phó Trưởng khoa',
  'Chi cục trưởng',
  'Phó Chi cục trưởng',
  'Phó Chi cục',
  // the head written before the unit ("Trưởng Chi cục Thống kê tỉnh", "Trưởng Trạm Y tế xã", "Trưởng Hạt Kiểm lâm")
  'Trưởng Chi cục',
  'Phó Trưởng Chi cục',
  'Trưởng Trạm',
  'Phó Trưởng Trạm',
  'Trưởng Hạt',
  'Phó Trưởng Hạt',
  'Trưởng Văn phòng',
  'Phó Trưởng Văn phòng',
  'Chỉ huy trưởng',
  'Chỉ huy phó',
  'Phó Chỉ huy trưởng',
  'Đồn trưởng',
  'Phó Đồn trưởng',
  'Đồn phó',
  'Chính trị viên',
  'Phó Chính trị viên',
  'Chính trị viên phó',
  'Tham mưu trưởng',
  'Phó Tham mưu trưởng',
  'Tổng chỉ huy',
  'Tư lệnh',
  'Phó Tư lệnh',
  'Chính ủy',
  'Phó Chính ủy',
  // commanders of units ("Tiểu đoàn trưởng", "Phó Lữ đoàn trưởng"); not the local militia's ("xã đội
  // trưởng"), which would make every "xã" open a post
  ...['Tiểu đội', 'Trung đội', 'Đại đội', 'Tiểu đoàn', 'Trung đoàn', 'Lữ đoàn', 'Sư đoàn', 'Hải đội', 'Hải đoàn', 'Giang đội'].flatMap((unit) => [`${unit} trưởng`, `Phó ${unit} trưởng`]),
  ...RANKS,
];

/**
 * A state's leader, a post only with the country between it and the name ("lãnh đạo Triều Tiên Kim
 * Jong Un", "nhà lãnh đạo Cuba Raul Castro"): "lãnh đạo Bayern Munich" is a club's leadership.
 */
export const POSTS_NAMED_WITH_THEIR_COUNTRY: readonly string[] = ['Lãnh đạo', 'Nhà lãnh đạo'];

/**
 * Posts of state written right before a foreign name, with the country or city between
 * ("Tổng thống Mỹ Donald Trump", "Ngoại trưởng John Kerry", "Thị trưởng bang Hamburg Olaf
 * Scholz"). Not the posts of firms: "Giám đốc Samsung Vietnam" names no person.
 */
export const POSTS_BEFORE_FOREIGN_NAMES: readonly string[] = [
  'Tổng thống', 'Phó Tổng thống', 'Thủ tướng', 'Phó Thủ tướng', 'Ngoại trưởng', 'Bộ trưởng', 'Thứ trưởng', 'Đại sứ',
  'Thị trưởng', 'Thống đốc', 'Tỉnh trưởng', 'Cảnh sát trưởng', 'Giáo hoàng',
  'Quốc vương', 'Nhà vua', 'Quốc trưởng', 'Thái tử',
  ...POSTS_NAMED_WITH_THEIR_COUNTRY,
  // members of parliaments abroad
  'Thượng nghị sĩ', 'Thượng nghị sỹ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Nghị sỹ',
];

/**
 * Heads of bodies, read before a foreign name only across the body's acronym ("Tổng thư ký
 * NATO Jens Stoltenberg", "Giám đốc FBI James Comey"): right after them stands as often a
 * firm or a club in plain letters ("Giám đốc Samsung Vietnam", "Chủ tịch Bayern Munich").
 */
export const POSTS_OF_BODIES_BEFORE_FOREIGN_NAMES: readonly string[] = [
  'Tổng thư ký', 'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Tổng giám đốc',
];

/** Judges and prosecutors: a name follows them even after another person's name and a comma ("A, Thẩm phán William Canby"). */
export const JUDICIAL_POSTS: readonly string[] = ['Thẩm phán', 'Chánh án', 'Công tố viên', 'Tổng chưởng lý'];

/**
 * Bare posts that, as a rank does, name the person right after them: the press writes "CEO Tim
 * Cook" as often as "CEO Apple Tim Cook" (the firm's name in between), and no court or firm is
 * named in Latin letters right after a judge or a prosecutor ("Thẩm phán Clark Woodruff");
 * a coach is named so too ("HLV Pep Guardiola"; a club after it ends in its city, a place: "Bayern Munich").
 */
export const POSTS_NAMING_THE_NEXT_RUN: readonly string[] = [...FIRM_CHIEFS, ...JUDICIAL_POSTS, ...COACHES];

/**
 * Heads of state and government, whom news names by the surname alone ("Tổng thống Trump",
 * "Thủ tướng Modi"); other posts of state are as often followed by a place in one word
 * ("Thống đốc Texas", "Thị trưởng London").
 */
export const POSTS_BEFORE_SURNAMES_ALONE: readonly string[] = ['Tổng thống', 'Phó Tổng thống', 'Thủ tướng', 'Ngoại trưởng', 'Giáo hoàng'];

/** Words that may stand before a post without changing it ("nguyên Chủ tịch", "Quyền Giám đốc"), in any case. */
export const TITLE_PREFIXES: readonly string[] = ['nguyên', 'cựu', 'quyền', 'tân'];

/**
 * Verbs that give a person a post, after "được" ("được bầu làm …", "được bổ nhiệm giữ chức …",
 * "được điều động giữ chức …", the Front's "được hiệp thương giữ chức …"): what they lead to is a
 * post the person holds.
 */
export const APPOINTING_VERBS: readonly string[] = ['bầu', 'bầu bổ sung', 'bổ nhiệm', 'chỉ định', 'phân công', 'điều động', 'hiệp thương'];

/**
 * Posts held abroad or away from the head office, and bodies named by where they sit, whose role
 * goes on with "tại" and the place ("Đại sứ Việt Nam tại Belarus", "Chủ tịch Hội người Việt Nam
 * tại Lào", "Trưởng Cơ quan thường trú TTXVN tại Bangkok", "Giám đốc Chi nhánh … tại TP HCM").
 */
export const SEATED_POSTS: readonly string[] = ['Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự', 'Tham tán'];
export const SEATED_POSTS_AND_BODIES: readonly string[] = [
  ...SEATED_POSTS, 'Trưởng Đại diện', 'Trưởng Văn phòng đại diện', 'Trưởng Cơ quan đại diện',
  'Hội người Việt Nam', 'Hội người Việt', 'Cộng đồng người Việt Nam', 'Cộng đồng người Việt', 'Hội Doanh nhân Việt Nam', 'Hội doanh nghiệp Việt Nam',
  'Thương vụ', 'Phái đoàn', 'Cơ quan thường trú', 'Văn phòng thường trú', 'Văn phòng đại diện', 'Cơ quan đại diện', 'Chi nhánh',
];

/** Bodies whose name opens with a post's words ("Đại sứ quán"): no post starts there. */
export const BODIES_OPENING_LIKE_TITLES: readonly string[] = ['Đại sứ quán', 'Lãnh sự quán', 'Tổng Lãnh sự quán'];

/** A post's words that name a body when a body word stands before them ("Đoàn Chủ tịch", "Ủy viên Ban Bí thư"). */
export const TITLES_AS_BODIES: readonly string[] = [
  'Văn phòng Thừa phát lại',
  'Đoàn Chủ tịch',
  'Ban Bí thư',
  'Ban Giám đốc',
  'Ban Chủ nhiệm',
  'Văn phòng Chủ tịch nước',
  'Trợ lý Bộ trưởng',
  'Trợ lý Thủ tướng',
  'Trợ lý Chủ tịch',
  'Thư ký Chủ tịch',
  'Thư ký Bộ trưởng',
  'Thư ký Thủ tướng',
  'Cố vấn Tổng thống',
  'Cố vấn Thủ tướng',
  'Cố vấn Chủ tịch',
  'Phủ Tổng thống',
  'Văn phòng Tổng thống',
  'Hội đồng Chủ tịch',
  'Đại hội Đại biểu',
  'Đoàn Đại biểu',
  // a military region's or a force's high command ("Tại Bộ Tư lệnh Vùng Cảnh sát biển 4, Đại tá …")
  'Bộ Tư lệnh',
];

/**
 * Short posts that name a person only right before the name ("ĐB Nguyễn Thị Phúc"); before a
 * comma and another post they are the assembly: "trả lời ĐB, Thống đốc … Lê Minh Hưng".
 */
export const POSTS_ONLY_BEFORE_NAMES: readonly string[] = ['ĐB'];

/**
 * Posts read only after the name, as an appositive ("Vũ Văn Vui (SN 1957), cán bộ tư pháp xã
 * Hải Yến"): before a name they are as often a group and its place ("cán bộ trạm thủy sản Yên
 * Khánh", "Cán bộ và người dân Đồng Tâm").
 */
export const APPOSITIVE_ONLY_TITLES: readonly string[] = ['cán bộ', 'công chức', 'viên chức', 'chuyên viên', 'kế toán', 'giảng viên', 'phụ trách'];

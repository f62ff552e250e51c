// Bodies a post belongs to ("Bí thư Tỉnh ủy", "Giám đốc Sở Nội vụ"). Roles are copied from the
// text as written, so this lexicon is not needed to read most roles. It names the bodies whose
// names would otherwise end or split one: a comma ("Sở Văn hóa, Thể thao và Du lịch"), a
// lower-case word that elsewhere starts a predicate ("Đài Tiếng nói Việt Nam", "Bộ Ngoại giao",
// "Ban Tiếp công dân"), or a surname ("Tỉnh Đoàn"). Matched in any case, tones folded.

/** Sectors of ministries and provincial departments, as their names follow "Bộ" or "Sở" (2025 and earlier names). */
export const SECTORS: readonly string[] = [
  'Nội vụ',
  'Ngoại giao',
  'Ngoại vụ',
  'Quốc phòng',
  'Công an',
  'Tư pháp',
  'Tài chính',
  'Kế hoạch và Đầu tư',
  'Kế hoạch - Đầu tư',
  'Công Thương',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Giao thông vận tải',
  'Giao thông - Vận tải',
  'Xây dựng',
  'Tài nguyên và Môi trường',
  'Thông tin và Truyền thông',
  'Lao động - Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa và Thể thao',
  'Văn hóa, Thể thao',
  'Du lịch',
  'Khoa học và Công nghệ',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Dân tộc và Tôn giáo',
  'Quy hoạch - Kiến trúc',
];

/** Bodies named in full, where the name holds a comma or a word that would end a role. */
export const BODY_NAMES: readonly string[] = [
  ...SECTORS.flatMap((sector) => [`Bộ ${sector}`, `Sở ${sector}`]),
  // ministers named by the sector alone: "Bộ trưởng Ngoại giao", "Thứ trưởng Kế hoạch và Đầu tư"
  ...SECTORS.flatMap((sector) => [`Bộ trưởng ${sector}`, `Thứ trưởng ${sector}`]),
  // "Ban chỉ đạo" in lower case is still the body, not the verb "chỉ đạo"
  'Ban Chỉ đạo',
  // the government: "Phó Thủ tướng Chính phủ nhận định …" holds no "phủ nhận"
  'Chính phủ',
  // National Assembly committees
  'Ủy ban Khoa học, Công nghệ và Môi trường',
  'Ủy ban Văn hóa, Giáo dục',
  'Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng',
  'Ủy ban Tài chính, Ngân sách',
  'Ủy ban về các vấn đề xã hội',
  'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
  // the provinces' merged offices of the deputies, the council and the committee ("Phó Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh")
  'Văn phòng Đoàn ĐBQH, HĐND và UBND',
  'Văn phòng Đoàn ĐBQH, HĐND',
  'Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân',
  'Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân',
  // the justice department's office of drafting and reviewing legal documents ("Trưởng phòng Xây dựng và kiểm tra văn bản QPPL")
  'Xây dựng và kiểm tra văn bản',
  // the councils that appraise the reform index's self-assessment ("Hội đồng thẩm định kết quả tự đánh giá, chấm điểm …")
  'kết quả tự đánh giá',
  // the transport department's offices of vehicles and drivers ("Trưởng phòng Quản lý vận tải, phương tiện và người lái")
  'Quản lý vận tải, phương tiện và người lái',
  'Quản lý phương tiện và người lái',
  // the home affairs department's office of civil servants and public employees ("Trưởng phòng Công chức, viên chức")
  'Phòng Công chức, viên chức',
  'Công chức, viên chức',
  // the social insurance office's department of contributions and cards ("Trưởng phòng Quản lý thu - Sổ, thẻ BHXH tỉnh")
  'Phòng Quản lý thu - Sổ, thẻ',
  'Quản lý thu - Sổ, thẻ',
  // departments of the Ministry of Justice whose names hold "về" or "và"
  'Vụ Các vấn đề chung về xây dựng pháp luật',
  'Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính',
  'Cục Phổ biến, giáo dục pháp luật',
  // the State Bank's inspectorate, in every provincial branch ("Chánh Thanh tra, giám sát ngân hàng")
  'Thanh tra, giám sát ngân hàng',
  'Cơ quan Thanh tra, giám sát ngân hàng',
  'Ban Công tác đại biểu',
  // Offices that receive citizens and files
  'Ban Tiếp công dân',
  'Trụ sở Tiếp công dân',
  'Bộ phận tiếp nhận và trả kết quả',
  'Bộ phận Tiếp nhận và Trả kết quả',
  'Trung tâm Giám sát, điều hành đô thị thông minh',
  // the forest protection commands of every province, district and commune ("Trưởng Ban Chỉ huy các vấn đề
  // cấp bách trong bảo vệ rừng và phòng cháy, chữa cháy rừng tỉnh"): "trong" and the comma are the name's
  'Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và phòng cháy, chữa cháy rừng',
  'Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng',
  // the land clearance councils of every district ("Chủ tịch Hội đồng bồi thường, hỗ trợ và tái định cư huyện")
  'Hội đồng bồi thường, hỗ trợ và tái định cư',
  // the housing and real-estate offices of the construction ministry and departments
  // ("Cục Quản lý nhà và thị trường bất động sản", "Trưởng phòng Quản lý nhà và thị trường bất động sản")
  'Quản lý nhà và thị trường bất động sản',
  // land registration offices: "ký" there is no verb ("Giám đốc Văn phòng Đăng ký đất đai tỉnh")
  'Văn phòng Đăng ký đất đai',
  'Văn phòng Đăng ký quyền sử dụng đất',
  'Chi nhánh Văn phòng Đăng ký đất đai',
  // teams named with their work: "kiểm tra", "thanh tra" are no verbs there ("Tổ trưởng Tổ kiểm tra công vụ")
  'Đoàn kiểm tra',
  'Tổ kiểm tra',
  'Đoàn thanh tra',
  'Đoàn giám sát',
  'Đoàn khảo sát',
  'Ban Quản lý dự án',
  'Ban Quản lý các dự án',
  // the boards of industrial, export-processing and economic zones ("Trưởng ban Ban Quản lý các KCN tỉnh")
  'Ban Quản lý các khu công nghiệp',
  'Ban Quản lý các KCN',
  'Ban Quản lý các khu chế xuất và công nghiệp',
  'Ban Quản lý các khu kinh tế',
  'Ban Quản lý các KKT',
  'Ban Quản lý Khu kinh tế và các khu công nghiệp',
  'Ban Quản lý Khu kinh tế và các KCN',
  'Ban Quản lý khu kinh tế và các khu công nghiệp',
  'Ban Quản lý các khu công nghiệp và khu kinh tế',
  // the zones' trade unions ("Chủ tịch Công đoàn các KCN tỉnh")
  'Công đoàn các khu công nghiệp',
  'Công đoàn các KCN',
  'Công đoàn các khu kinh tế',
  'Công đoàn Khu kinh tế',
  // the steering committees of the national target programmes ("Trưởng Ban Chỉ đạo các chương trình MTQG tỉnh")
  'Ban Chỉ đạo các chương trình mục tiêu quốc gia',
  'Ban Chỉ đạo các chương trình MTQG',
  'Ban Chỉ đạo các Chương trình mục tiêu quốc gia',
  // the offices of the new countryside programme: "mới" there is no adverb ("Chánh Văn phòng Điều phối nông thôn mới tỉnh")
  'Văn phòng Điều phối nông thôn mới',
  'Văn phòng điều phối nông thôn mới',
  'Văn phòng Điều phối Chương trình xây dựng nông thôn mới',
  'Văn phòng Điều phối chương trình xây dựng nông thôn mới',
  'Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  // the Party committees of a province's or the centre's agencies ("Bí thư Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy các cơ quan Đảng tỉnh")
  'Đảng ủy Khối các cơ quan',
  'Đảng uỷ Khối các cơ quan',
  'Đảng ủy các cơ quan Đảng',
  'Đảng uỷ các cơ quan Đảng',
  // and, since the 2025 mergers, of its agencies and state firms together ("Bí thư Đảng ủy Khối cơ quan và doanh nghiệp tỉnh")
  'Đảng ủy Khối cơ quan và doanh nghiệp',
  'Đảng uỷ Khối cơ quan và doanh nghiệp',
  'Ban Bảo vệ, chăm sóc sức khỏe cán bộ',
  // the councils of legal access and legal education ("Phó Chủ tịch Hội đồng đánh giá tiếp cận pháp luật tỉnh")
  'Hội đồng đánh giá tiếp cận pháp luật',
  'Hội đồng phối hợp phổ biến, giáo dục pháp luật',
  'Cục Hộ tịch, quốc tịch, chứng thực',
  'Cục Quốc tịch, hộ tịch và chứng thực',
  // the registrar of businesses, whose "đăng ký" would end the post as a verb
  'Cục Quản lý đăng ký kinh doanh',
  'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
  'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
  'Cảnh sát quản lý hành chính về trật tự xã hội',
  'Cảnh sát QLHC về TTXH',
  // the veterans' and war invalids' department, whose "có" would end the post as a verb ("Cục trưởng Cục Người có công")
  'Cục Người có công',
  'Phòng Người có công',
  // Media and associations
  'Đài Tiếng nói Việt Nam',
  'Đài Phát thanh và Truyền hình',
  'Hiệp hội Doanh nghiệp nhỏ và vừa',
  'Hiệp hội DN nhỏ và vừa',
  'Hội Doanh nghiệp nhỏ và vừa',
];

/**
 * What a body's parent opens with when written after a comma, between a post and its holder:
 * "Vụ trưởng Vụ Tư pháp, Bộ Kế hoạch và Đầu tư Quách Ngọc Tuấn", "Chủ tịch UBND xã A, huyện B
 * Nguyễn Văn C". The comma is inside the post there, not between two posts.
 */
export const PARENT_BODY_OPENERS: readonly string[] = [
  'Bộ', 'Sở', 'UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'HĐND', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy',
  'Huyện uỷ', 'Tổng cục', 'Cục', 'Đại học', 'Học viện', 'Viện', 'Trường', 'Văn phòng', 'Ngân hàng', 'Tập đoàn', 'Tổng công ty', 'Ban',
  'Công ty', 'Bệnh viện', 'BV', 'BHXH', 'Bảo hiểm xã hội', 'Công an', 'Đại sứ quán', 'Đài', 'Báo', 'tỉnh', 'thành phố', 'TP', 'TP.', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn',
];

/**
 * Words that name a body alone after a post ("Chủ tịch Hội", "Trưởng Ban", "Giám đốc Sở"): after
 * a post, one capitalised word not among them is a person's given name ("Bí thư Thăng").
 */
export const BODY_WORDS_ALONE: readonly string[] = [
  'Hội', 'Ban', 'Vụ', 'Phòng', 'Đoàn', 'Khoa', 'Đảng', 'Tổ', 'Đội', 'Hạt', 'Trạm', 'Quỹ', 'Hãng', 'Nhóm', 'Tòa', 'Toà', 'Viện',
  'Sở', 'Bộ', 'Cục', 'Trường', 'Xã', 'Phường', 'Huyện', 'Tỉnh', 'Quận', 'Thành', 'Hội đồng', 'Đài', 'Báo', 'Tạp chí', 'Khu',
  'Chi bộ', 'Đảng ủy', 'Đảng uỷ', 'Ủy ban', 'Uỷ ban', 'Quốc hội', 'Chính phủ', 'Nhà nước', 'Mặt trận', 'Liên đoàn', 'Hiệp hội',
];

/** News agencies and photo libraries that credit a picture ("Ảnh: Reuters"): never a word of a person's name. */
export const NEWS_AGENCIES: readonly string[] = ['Reuters', 'AFP', 'AP', 'EPA', 'Getty', 'Xinhua', 'Bloomberg', 'Yonhap', 'Kyodo', 'TASS', 'Sputnik', 'CNN', 'BBC', 'Shutterstock'];

/** Words of English titles of shows, firms and clubs ("The Voice", "Howard and Sons", "Vietnam Idol Kids"): never a person's name's. */
export const ENGLISH_TITLE_WORDS: readonly string[] = ['The', 'Of', 'And', 'For', 'Idol', 'Kids', 'Voice', 'Talent', 'Show'];

/** Last words of firms and institutions named in plain letters ("Khaisilk Group", "Global Institute"): never a name's. */
export const FOREIGN_BODY_ENDS: readonly string[] = [
  'Group', 'Institute', 'Co', 'Corp', 'Corporation', 'Inc', 'Ltd', 'Lab', 'Labs', 'Center', 'Centre', 'Bank', 'Holdings',
  'Company', 'Foundation', 'Airlines', 'Airways', 'Organization', 'Investment', 'Club', 'United', 'City', 'Capital', 'Partners',
  'Fund', 'Media', 'Motors', 'Energy', 'Systems', 'Technologies', 'Technology', 'Solutions', 'Services', 'International',
  'Vietnam', 'Asia', 'Global', 'University', 'College', 'School', 'Hospital', 'Association', 'Council', 'Agency', 'Office',
  'Travel', 'Tourist', 'Resort', 'Hotel', 'Studio', 'Entertainment', 'Pharma', 'Food', 'Foods', 'Trading', 'Logistics', 'Land',
  'Securities', 'Insurance', 'Finance', 'Telecom', 'Ventures', 'Studies', 'Programme', 'Program',
  // leagues and clubs ("Premier League", "La Liga", "Man Utd")
  'League', 'Liga', 'Utd',
  // the Pentagon, written in Vietnamese ("Lầu Năm Góc")
  'Góc',
];

/**
 * Pairs of words a body's name joins with a comma ("Ban Chỉ đạo phòng, chống tội phạm", "Cục
 * Quản lý chất lượng nông, lâm, thủy sản"): no end of a role there.
 */
export const COMMA_PAIRS: readonly (readonly [string, string])[] = [
  ['phòng', 'chống'], ['phòng', 'tránh'], ['khám', 'chữa'], ['xuất', 'nhập'], ['cứu hộ', 'cứu nạn'], ['tìm kiếm', 'cứu nạn'],
  // the steering committees against corruption, waste and negativity ("Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh")
  ['tham nhũng', 'tiêu cực'], ['tham nhũng', 'lãng phí'], ['lãng phí', 'tiêu cực'],
  ['nông', 'lâm'], ['lâm', 'thủy sản'], ['lâm', 'thuỷ sản'], ['lâm', 'ngư'], ['lâm', 'diêm'],
  // land clearance boards and councils ("Hội đồng bồi thường, hỗ trợ, tái định cư huyện", "Ban Quản lý dự án thu hồi đất, bồi thường")
  ['bồi thường', 'hỗ trợ'], ['hỗ trợ', 'tái định cư'], ['thu hồi đất', 'bồi thường'], ['bồi thường', 'giải phóng'], ['bồi thường', 'gpmb'],
  // social and health insurance ("Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT huyện")
  ['bhxh', 'bhyt'], ['bhyt', 'bhtn'], ['bảo hiểm xã hội', 'bảo hiểm y tế'],
  // the justice departments' legal dissemination office ("Trưởng phòng Phổ biến, giáo dục pháp luật")
  ['phổ biến', 'giáo dục'],
  // the home affairs departments' offices ("Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Phòng Cải cách hành chính – Văn thư, lưu trữ")
  ['tổ chức', 'biên chế'], ['văn thư', 'lưu trữ'],
  // the steering committees on science, technology, innovation and digital transformation (2025)
  ['khoa học', 'công nghệ'], ['công nghệ', 'đổi mới'],
  // a hospital's intensive care and poison control department ("Trưởng khoa Hồi sức tích cực, chống độc")
  ['tích cực', 'chống độc'],
  // the wards' and communes' economic office since 2025 ("Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Long Hưng")
  ['kinh tế', 'hạ tầng'],
  // farming's sub-departments and boards ("Chi cục Trồng trọt, Chăn nuôi và Thú y", "Ban Chỉ đạo dồn điền, đổi thửa")
  ['trồng trọt', 'chăn nuôi'], ['chăn nuôi', 'thú y'], ['dồn điền', 'đổi thửa'],
  // the courts' mediation and dialogue centres ("Trung tâm hòa giải, đối thoại tại TAND")
  ['hòa giải', 'đối thoại'], ['hoà giải', 'đối thoại'],
  // the emulation and reward councils and boards ("Hội đồng Thi đua, Khen thưởng Trung ương")
  ['thi đua', 'khen thưởng'],
  // the steering committees of key works ("Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm của tỉnh")
  ['công trình', 'dự án'],
  // the councils that appraise the reform index ("Hội đồng thẩm định kết quả tự đánh giá, chấm điểm Chỉ số CCHC tỉnh")
  ['đánh giá', 'chấm điểm'],
  // the boards of economic and industrial zones ("Trưởng ban Ban Quản lý Khu kinh tế, công nghiệp tỉnh")
  ['kinh tế', 'công nghiệp'],
  // the home affairs ministry's training department ("Vụ Đào tạo, bồi dưỡng cán bộ, công chức, viên chức")
  ['đào tạo', 'bồi dưỡng'], ['cán bộ', 'công chức'], ['công chức', 'viên chức'],
];

/** Pairs of words a body's name joins with a dash ("Phòng Thanh tra kinh tế - xã hội", "Vụ Tổ chức - Cán bộ"): no end of a role there. */
export const DASH_PAIRS: readonly (readonly [string, string])[] = [
  ['kinh tế', 'xã hội'], ['văn hóa', 'xã hội'], ['văn hoá', 'xã hội'], ['kinh tế', 'kỹ thuật'], ['kinh tế', 'kĩ thuật'],
  ['khoa học', 'công nghệ'], ['khoa học', 'kỹ thuật'], ['khoa học', 'kĩ thuật'],
  // "Vụ Tổ chức - Cán bộ", "Phòng Tổ chức - Cán bộ": organisation and personnel, the second word also a post
  ['tổ chức', 'cán bộ'],
  // a group's or corporation's boards ("Trưởng Ban Tài chính - Kế toán", "Trưởng Ban Tổ chức - Nhân sự")
  ['tài chính', 'kế toán'], ['tổ chức', 'nhân sự'],
  // "Vụ Công chức - Viên chức", "Phòng Cán bộ - Công chức": civil servants and public employees, each word also a post
  ['công chức', 'viên chức'], ['cán bộ', 'công chức'],
  // "Vụ Thị trường châu Á - châu Phi", "Vụ Âu - Mỹ": the regions a ministry's department deals with
  ['châu á', 'châu phi'], ['châu âu', 'châu mỹ'], ['âu', 'mỹ'], ['á', 'phi'],
  // the provinces' project boards ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông - dân dụng - công nghiệp tỉnh")
  ['giao thông', 'dân dụng'], ['dân dụng', 'công nghiệp'],
];

/** Bodies whose name goes on with what they deal with: "Ban Chỉ đạo tỉnh về cải cách hành chính". */
export const TOPIC_BODIES: readonly string[] = ['Ban Chỉ đạo', 'Tổ công tác', 'Đoàn công tác', 'Đoàn giám sát', 'Hội đồng', 'Tiểu ban', 'Ủy ban', 'Trung tâm', 'Viện'];

/** Bodies of those words whose whole name deals with no topic: after them "về" opens the talk's subject ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy về kết quả công tác"). */
export const BODIES_WITHOUT_TOPIC: readonly string[] = ['Ủy ban Kiểm tra', 'Ủy ban nhân dân', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban MTTQ', 'Hội đồng nhân dân'];

/**
 * Capitalised body names whose words include a surname ("Đoàn"): a person's name never starts
 * inside one ("Bí thư Tỉnh Đoàn Nguyễn Văn A", "Bí thư Đoàn Thanh niên …").
 */
export const BODY_NAMES_LIKE_NAMES: readonly string[] = [
  'Tỉnh Đoàn',
  'Thành Đoàn',
  'Huyện Đoàn',
  'Quận Đoàn',
  'Thị Đoàn',
  'Trung Đoàn',
  'Sư Đoàn',
  'Lữ Đoàn',
  'Tổng Đoàn',
  'Đoàn Thanh niên',
  'Đoàn TNCS',
  // a school's or a ward's youth union ("Bí thư Đoàn Trường Đại học Cần Thơ", "Bí thư Đoàn phường Vỹ Dạ")
  'Đoàn Trường',
  'Đoàn phường',
  'Đoàn xã',
  'Đoàn Đại biểu',
  'Đoàn Kiểm tra',
  'Đoàn Công tác',
  'Đoàn Giám sát',
  'Đoàn Luật sư',
  'Đoàn ĐBQH',
  'Đoàn Chủ tịch',
  'Hội Chữ thập đỏ',
  'Chi cục Kiểm lâm',
  // the Pentagon, "Lầu" being a surname too
  'Lầu Năm Góc',
];

/**
 * Enterprises and institutions, which are often named like a person ("Công ty TNHH Hoàng Phước
 * Minh", "Văn phòng Luật sư Bùi Đình Ứng", "Bệnh viện Thẩm mỹ Kim Cương"): in a role that names
 * one, a name at the end is the firm's, not the next person's.
 */
export const FIRM_WORDS: readonly string[] = [
  'Công ty', 'Cty', 'Tập đoàn', 'Tổng công ty', 'Doanh nghiệp', 'Hợp tác xã', 'HTX', 'TNHH', 'Văn phòng Luật sư',
  'Văn phòng luật', 'Công ty Luật', 'Nhà máy', 'Cửa hàng', 'Chi nhánh', 'Khách sạn', 'Nhà hàng', 'Bệnh viện', 'Phòng khám',
  'Trường', 'Quỹ', 'Nhà xuất bản', 'Thương hiệu',
];

/** Kinds of bodies and places that rankings of administrative reform rank, as a group names them after its figure ("5 sở, ngành", "10 tỉnh, thành phố", "3 huyện, thị xã"). */
export const RANKED_UNIT_WORDS: readonly string[] = [
  'bộ', 'ngành', 'cơ quan', 'cơ quan ngang bộ', 'sở', 'ban', 'đơn vị', 'tỉnh', 'thành phố', 'thành', 'địa phương',
  'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn',
];

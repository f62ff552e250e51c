// Where a role stops: the verb or particle that starts the sentence's predicate ("…, Bí thư
// Tỉnh ủy chủ trì hội nghị", "…, Phó Chủ tịch UBND tỉnh phát biểu"), or a function word that
// links the post to the rest of the clause ("Thủ tướng do Bộ trưởng …", "… xung quanh chủ đề").
// Matched in lower case only and as whole words, so body names in capitals ("Ban Chỉ đạo",
// "Sở Thông tin và Truyền thông") are never cut; a known body name (bodies.ts) wins over this
// list ("Đài Tiếng nói Việt Nam", "Bộ Ngoại giao").

export const ROLE_STOP_WORDS: readonly string[] = [
  // speaking and presiding
  'chủ trì', 'đồng chủ trì', 'phát biểu', 'nhấn mạnh', 'yêu cầu', 'đề nghị', 'cho biết', 'khẳng định',
  'chia sẻ', 'nêu rõ', 'lưu ý', 'kết luận', 'chỉ đạo', 'đánh giá', 'ghi nhận', 'biểu dương', 'khen ngợi',
  'đề xuất', 'báo cáo', 'trình bày', 'giải trình', 'thông báo', 'phân tích', 'bày tỏ', 'cho rằng', 'nói',
  'trả lời', 'đăng đàn', 'hỏi', 'đặt câu hỏi', 'khuyến cáo', 'khuyến nghị', 'khuyên', 'vinh dự', 'giải đáp', 'đối thoại', 'trao đổi', 'thảo luận', 'quán triệt', 'tin tưởng', 'mong muốn',
  'đặt vấn đề', 'thu hút', 'đặt mục tiêu', 'đặt ra', 'đề ra', 'gợi mở', 'chúc mừng', 'cảm ơn', 'động viên', 'ghi nhận', 'thừa nhận', 'tiếp thu',
  'khai mạc', 'bế mạc', 'công bố', 'phát động', 'giao', 'giao nhiệm vụ', 'điều hành', 'kêu gọi',
  'đôn đốc', 'hoan nghênh', 'chúc', 'gặp', 'gặp gỡ', 'nhắc nhở', 'cam kết', 'nhận định', 'nhận xét',
  'hướng dẫn', 'tuyên bố', 'tham gia', 'khảo sát', 'thị sát', 'tiếp xúc', 'dâng hương', 'viếng',
  'tri ân', 'ký kết', 'khen thưởng', 'phê bình', 'chất vấn', 'nhấn', 'lưu ý thêm', 'thông tin thêm',
  'nêu', 'kể', 'tâm sự', 'giải thích', 'lý giải', 'phản ánh', 'phản hồi', 'tiết lộ', 'nhắc lại', 'bổ sung',
  'đồng tình', 'giới thiệu', 'đọc', 'nghe', 'gây', 'làm rõ', 'kiến nghị', 'xác', 'xác nhận', 'xác định', 'bình luận', 'như',
  // acting and attending
  'trao', 'tặng', 'trao tặng', 'dự', 'tham dự', 'tới dự', 'đến dự', 'làm việc', 'thăm', 'kiểm tra',
  'tiếp', 'đón', 'dẫn đầu', 'làm trưởng đoàn', 'ký', 'đăng ký', 'ban hành', 'phê duyệt', 'bấm nút', 'cắt băng', 'phát hiện', 'triệu tập',
  'gửi', 'tiếp nhận', 'chứng kiến', 'ủng hộ', 'đồng ý', 'nhất trí', 'thống nhất', 'quyết định',
  'ra', 'lên', 'xuống', 'vào', 'về dự', 'trực tiếp', 'trân trọng', 'thay mặt', 'thừa lệnh', 'thừa ủy quyền', 'thừa uỷ quyền', 'nhận', 'có', 'được', 'bị', 'là',
  // auxiliaries, conjunctions and prepositions that begin the rest of the sentence
  'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'luôn', 'vẫn', 'đều', 'còn', 'mới', 'thì', 'mà', 'khi', 'nên', 'lại',
  'để', 'nhằm', 'tại', 'cùng', 'cùng với', 'với', 'cho', 'trong', 'trên', 'dưới', 'từ', 'đến', 'tới',
  'theo', 'sau', 'trước', 'qua', 'nhưng', 'hay', 'hoặc', 'rằng', 'này', 'đó', 'ấy', 'các', 'những',
  'nhiều', 'một số', 'do', 'bởi', 'vì', 'về', 'về việc', 'xung quanh', 'quanh', 'nay', 'gồm', 'bao gồm', 'bằng',
  // times of day and dates that open the rest of the sentence ("… Bộ trưởng Quốc phòng sáng 12/5 …")
  'sáng nay', 'sáng qua', 'sáng ngày', 'sáng hôm', 'tối nay', 'tối qua', 'chiều', 'trưa', 'hôm qua', 'hôm nay', 'ngày',
  'chịu', 'chịu trách nhiệm', 'lo ngại', 'đồng thời', 'phủ nhận', 'phải', 'chưa', 'kỳ vọng', 'hy vọng', 'nhớ lại',
  'thông tin', 'từng', 'cảm thấy', 'hứa', 'thẳng thắn', 'chụp', 'nhắc', 'dặn', 'căn dặn',
  'đảm nhiệm', 'đảm nhận', 'kiêm nhiệm', 'làm', 'chỉ ra', 'chỉ rõ', 'biên soạn', 'cung cấp',
  // how often, opening the predicate: "… Trưởng Ban Thanh tra nhân dân xã mỗi tuần đều đến …"
  'mỗi', 'hằng ngày', 'hằng tuần', 'hằng tháng', 'hằng năm', 'hàng ngày', 'hàng tuần', 'hàng tháng', 'hàng năm',
  // feelings a speaker reports with: "… Trưởng làng Kon Sơ Lăng phấn khởi cho biết"
  'phấn khởi', 'vui mừng', 'xúc động', 'hồ hởi', 'tự hào', 'phấn chấn',
  // leaving a post, which the person no longer holds: "… Giám đốc Sở Y tế thôi giữ chức vụ Bí thư Đảng ủy Sở"
  'thôi',
  // the charge after a defendant's former post: "… nguyên trưởng phòng kinh doanh công ty Cascon tội lừa đảo …"
  // ("tội phạm" stays: "Phòng Cảnh sát điều tra tội phạm về ma túy")
  'tội lừa đảo', 'tội tham ô', 'tội nhận hối lộ', 'tội đưa hối lộ', 'tội môi giới hối lộ', 'tội thiếu trách nhiệm',
  'tội vi phạm', 'tội lợi dụng', 'tội cố ý', 'tội lạm quyền', 'tội giả mạo', 'tội buôn lậu', 'tội trốn thuế',
  // a negated verb, a payment back: "… Cục Văn hóa cơ sở không đồng tình", "… cán bộ Trung tâm nộp lại 30 triệu đồng"
  // ("hàng không" stays: "hãng hàng không")
  'không đồng tình', 'không đồng ý', 'không thể', 'không phải', 'không được', 'không chấp nhận', 'nộp lại', 'nộp trả',
  // "… giữ chức Hiệu trưởng Trường ĐH Sư phạm thay cho PGS.TS …", "… Trưởng Ban Quản lý các KCN tỉnh tham luận về …"
  'thay', 'thay cho', 'thay thế', 'tham luận', 'bố trí',
  // an interpreter's verb: "… được ông A, Trưởng bản Háng Cuốn Rùa dịch lại"
  'dịch lại',
  // "… Phó Chủ tịch Ủy ban bầu cử tỉnh đi kiểm tra …", "… Chủ tịch Ủy ban bầu cử tỉnh bỏ phiếu tại …",
  // "… đắc cử tổng thống Mỹ hồi tháng 11 …"
  'đi', 'bỏ phiếu', 'hồi',
  // "… Giám đốc Sở Tài chính đạt 96,5 điểm", "… Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh dẫn số liệu"
  'đạt', 'dẫn',
  // a prosecutor's part in a trial: "… Kiểm sát viên VKSND tỉnh thực hành quyền công tố tại phiên tòa"
  'thực hành quyền',
  // the term is a period of its own, not the post's: "giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026"
  // (a council's numbered "khóa XV" stays the post's)
  'nhiệm kỳ',
  // elected again: "Bí thư Tỉnh ủy khóa XIX tái cử" ("Tổng thống đắc cử", the president-elect, is a post)
  'tái cử',
];

/**
 * Stop words that are also words of body names ("Trung tâm thông tin", "Công nghệ thông tin"):
 * they end a role only right after a proper name, where they are the reporting verb ("Phó Chủ
 * tịch UBND huyện Krông Pắk thông tin", "Trưởng Công an quận Hoàn Kiếm thông tin").
 */
export const STOPS_AFTER_PROPER_NAME_ONLY: readonly string[] = ['thông tin'];

/** Words that end a body's name as a proper name does: after them "thông tin" is the verb ("Phó Chánh Văn phòng UBND tỉnh thông tin"). */
/** Words that name the time a post is held ("nhiệm kỳ 2020-2025", "giai đoạn 2020 - 2023", "thời kỳ 2019 - 2021"): a period of its own, no part of the post. */
export const TERMS_OF_OFFICE: readonly string[] = ['nhiệm kỳ', 'giai đoạn', 'thời kỳ'];

export const PLACE_KINDS_ENDING_BODIES: readonly string[] = ['tỉnh', 'huyện', 'xã', 'phố', 'quận', 'phường', 'trấn'];

/**
 * Stop words that end a compound with the syllable before them ("thiết bị", "chuẩn bị", "đổi
 * mới"): there no stop. A syllable written with a capital here counts only so written.
 */
export const STOPS_ENDING_COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['bị', ['thiết', 'chuẩn', 'trang', 'dự', 'phòng', 'hậu']],
  // "đổi mới", "nông thôn mới" (the new-countryside programme: "Văn phòng Điều phối xây dựng nông thôn mới tỉnh")
  ['mới', ['đổi', 'thôn']],
  // site clearance ("Trưởng Ban Chỉ đạo giải phóng mặt bằng tỉnh"), the delta ("Viện Lúa Đồng bằng sông Cửu Long")
  ['bằng', ['mặt', 'Đồng', 'đồng']],
  // "Trưởng Ban Bạn đọc": readers
  ['đọc', ['bạn']],
  // "Giám đốc Trung tâm Dịch vụ việc làm": jobs
  ['làm', ['việc']],
  // "Bệnh viện Phục hồi chức năng": rehabilitation
  ['hồi', ['phục', 'bồi', 'thu']],
  // "Lãnh sự danh dự Phần Lan": honorary
  ['dự', ['danh']],
  // "Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm": registration, a body's name in capitals
  // ("Tổng giám đốc đăng ký mua 1 triệu cổ phiếu" registers to buy)
  ['ký', ['Đăng']],
  // "Tổ trưởng Tổ điều hành DDCI", "Trưởng Ban điều hành dự án": a steering team or board
  ['điều', ['tổ', 'ban']],
  // "Tổ trưởng Tổ hướng dẫn", "Ban Chỉ dẫn địa lý": guidance
  ['dẫn', ['hướng', 'chỉ']],
  // "Chủ tịch Hội đồng chủ trì", "Hội đồng thời …": a council, not "đồng chủ trì", "đồng thời"
  ['đồng', ['Hội', 'hội']],
]);

/** Stop words that open a compound with the syllable after them ("giao thông", "giao dịch"): there no stop. */
export const STOPS_OPENING_COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['giao', ['thông', 'dịch', 'lưu', 'thương', 'tiếp', 'nhận', 'hữu']],
  // a project, an estimate, a draft ("Trưởng Ban Chỉ đạo dự án", "Tổ dự toán"), not "dự" attending
  ['dự', ['án', 'toán', 'thảo']],
  // works, projects and programmes a board is named for ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông",
  // "Ban Chỉ đạo các dự án trọng điểm", "Ban Chỉ đạo tỉnh về các chương trình mục tiêu quốc gia")
  ['các', ['công', 'dự', 'chương']],
  // "Trưởng khoa hồi sức tích cực": intensive care
  ['hồi', ['sức', 'hương', 'phục', 'âm', 'đáp']],
]);

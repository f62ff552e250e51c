// What CCHC reports count: the nouns written right after a figure that make it a count
// ("103 đơn vị", "7.345 hộp thư", "593/1.790 TTHC"), and the words around a figure that
// make it something else (a year, a duration, a level, an ordinal, an address, a document
// number). Matched case-insensitively; the longest entry wins ("hộp thư", "dịch vụ công",
// "Chỉ số thành phần"). An entry is the counted noun itself, as a reader would name the unit;
// the words that qualify it ("hồ sơ TTHC", "chỉ tiêu biên chế hành chính") go to the subject.

const PEOPLE = [
  'người', 'người dân', 'người lao động', 'người dùng', 'công dân', 'cử tri', 'đại biểu',
  'thành viên', 'cán bộ', 'công chức', 'viên chức', 'CBCCVC', 'CBCC', 'CB', 'CCVC', 'CBCNVC', 'CNVC', 'CNVCLĐ', 'CBCNV', 'CBNV', 'lao động',
  // workers written short ("lì xì cho 2.100 NLĐ", "1.200 CNLĐ")
  'NLĐ', 'CNLĐ',
  // Party members and organisations written short in inspection reports ("kiểm tra 57 TCĐ và 214 ĐV", "78 TCCS đảng")
  'ĐV',
  'nhân viên', 'nhân sự', 'đảng viên', 'đoàn viên', 'hội viên', 'học sinh', 'sinh viên', 'học viên',
  'giáo viên', 'bác sĩ', 'y bác sĩ', 'chuyên gia', 'tình nguyện viên', 'đồng chí', 'lãnh đạo',
  'cá nhân', 'tập thể', 'hộ', 'hộ dân', 'hộ gia đình', 'gia đình', 'khách', 'du khách',
  'khách hàng', 'bệnh nhân', 'trẻ em', 'thí sinh', 'đối tượng', 'cộng tác viên', 'kiểm soát viên',
  'thanh tra viên', 'công an', 'chiến sĩ', 'phóng viên', 'tuyên truyền viên', 'báo cáo viên',
  'nhà đầu tư', 'chủ đầu tư', 'tác giả', 'đầu mối', 'suất', 'nông dân', 'dân tộc', 'thuê bao',
  'người bệnh', 'lượt người', 'việc làm', 'giảng viên', 'thầy cô', 'thầy cô giáo', 'thầy giáo', 'cô giáo',
  'nhà giáo', 'giáo sư', 'phó giáo sư', 'tiến sĩ', 'tiến sỹ', 'thạc sĩ', 'thạc sỹ', 'kỹ sư', 'ủy viên', 'uỷ viên', 'quần chúng',
  'bị can', 'bị cáo', 'dân', 'cháu', 'gương', 'gương điển hình', 'gương mặt', 'đại diện', 'thành ủy viên',
  'tỉnh ủy viên', 'huyện ủy viên', 'phụ nữ', 'thực khách', 'du học sinh', 'nghệ nhân', 'hộ nghèo', 'hộ cận nghèo',
  'nhân dân', 'LĐ', 'cụ', 'em', 'ứng viên', 'nữ đại biểu', 'nữ ĐBQH', 'nữ cán bộ', 'nữ ủy viên', 'bên', 'phía', 'nhân khẩu', 'kiều bào', 'thi hài',
  'y sỹ', 'y sĩ', 'ĐB', 'ĐBQH', 'đối tác', 'trẻ', 'CSGT', 'sứ giả', 'nghị sĩ', 'nghị sỹ', 'thượng nghị sĩ', 'nhân công', 'ứng cử viên',
  'chính trị gia', 'thanh tra', 'cầu thủ', 'lâm tặc', 'bà mẹ', 'phó đoàn', 'trưởng đoàn', 'thủy thủ', 'thuỷ thủ', 'binh sĩ', 'sĩ quan', 'quân nhân', 'quan chức', 'nhân vật', 'nghi phạm',
  'tay súng', 'tay đua', 'thủ phạm', 'hung thủ', 'nhân chứng', 'ngoại trưởng', 'bộ trưởng', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'trung vệ', 'thủ môn', 'vợ chồng', 'chị em', 'anh em', 'mẹ con', 'bé', 'tên', 'chủ tàu', 'chủ doanh nghiệp', 'chủ hộ', 'chủ xe', 'chủ phương tiện', 'chủ cơ sở', 'chủ thể',
  'cha con', 'bố con', 'ông cháu', 'bà cháu', 'binh sỹ', 'tù nhân', 'phụ huynh', 'luật sư', 'tuyển thủ', 'tân binh', 'cô dâu', 'lãnh đội', 'phó trưởng đoàn',
  'chủ nợ', 'ngư dân', 'khán giả', 'vị', 'tội phạm', 'giám thị', 'bị hại', 'kế toán', 'thủ quỹ', 'giám khảo', 'thẩm phán', 'kiểm sát viên', 'giáo dân', 'tín đồ', 'phật tử', 'linh mục', 'tăng ni', 'nghi can', 'tộc người', 'trai', 'gái', 'sỹ quan',
  'người cao tuổi', 'già làng', 'cựu chiến binh', 'thương binh', 'liệt sĩ', 'doanh nhân', 'nhà báo',
  'nhà khoa học', 'trí thức', 'công nhân', 'nữ sinh', 'nam sinh', 'cô gái', 'chàng trai', 'thanh niên', 'hướng dẫn viên', 'cảnh sát', 'nạn nhân', 'thương vong', 'lưu học sinh', 'văn thư', 'CIO',
  // people whose word opens like the currency ("5 đồng phạm" are accomplices, not 5 đồng)
  'đồng phạm', 'đồng đội', 'đồng nghiệp', 'đồng hương', 'đồng bào', 'đồng môn',
  // parties to a lawsuit, guards, insurgents, youth
  'nguyên đơn', 'bị đơn', 'vệ sĩ', 'vệ sỹ', 'phiến quân', 'thanh thiếu niên', 'giám định viên', 'đăng kiểm viên', 'kiểm định viên', 'thẩm định viên', 'tư vấn viên', 'giao dịch viên', 'kiểm lâm viên', 'chuyên viên', 'điều dưỡng', 'hiệp sĩ', 'hiệp sỹ', 'đại gia', 'CĐV', 'cổ động viên', 'nhân lực',
  'binh lính', 'anh hùng', 'mẹ',
  // religious dignitaries and officials, monks ("55.000 chức sắc, 145.000 chức việc", "45 sư sãi")
  'chức sắc', 'chức việc', 'sư sãi', 'nhà sư', 'tăng sinh',
  // the trades of justice, audit and technical work ("120 kỹ thuật viên", "45 công chứng viên", "3 điều tra viên")
  'kỹ thuật viên', 'điều tra viên', 'hòa giải viên', 'hoà giải viên', 'trợ giúp viên', 'kiểm toán viên', 'thẩm tra viên',
  'công chứng viên', 'đấu giá viên', 'quản tài viên', 'thừa phát lại', 'trợ giúp viên pháp lý', 'giám sát viên', 'hội thẩm', 'thư ký', 'tổ viên', 'kiểm lâm', 'chấp hành viên',
  // communities given forest land ("giao rừng cho 1.162 cộng đồng dân cư thôn")
  'cộng đồng',
  'phạm nhân', 'diễn viên', 'tiểu thương', 'lái xe', 'tài xế', 'HLV', 'huấn luyện viên', 'anh chị em', 'bạn', 'bạn gái', 'bạn trai', 'bảo vệ', 'nghệ sĩ', 'nghệ sỹ', 'ca sĩ', 'ca sỹ', 'vận động viên', 'VĐV', 'cựu cán bộ', 'anh trai', 'chị gái', 'em trai', 'em gái',
  // men and women counted ("2 nam, 2 nữ", "3 nam thanh niên", "50 nữ công nhân"), in small letters
  'nam', 'nữ',
];

/**
 * Posts counted as reports count them ("giảm 20 cấp phó", "thừa 1 Phó Giám đốc", "có 5 Phó
 * Chủ tịch UBND huyện"): the post, the body after it goes to the subject.
 */
const POSTS = [
  'cấp phó', 'cấp trưởng', 'Phó Giám đốc', 'Giám đốc', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Trưởng phòng', 'Trưởng phòng',
  'Phó phòng', 'Phó Trưởng ban', 'Trưởng ban', 'Phó Chánh Văn phòng', 'Chánh Văn phòng', 'Phó Cục trưởng', 'Cục trưởng',
  'Phó Chi cục trưởng', 'Chi cục trưởng', 'Phó Vụ trưởng', 'Vụ trưởng', 'Phó Tổng cục trưởng', 'Thứ trưởng', 'Phó Bí thư',
  'Bí thư', 'Phó Chánh Thanh tra', 'Phó Hiệu trưởng', 'Hiệu trưởng', 'Phó Viện trưởng', 'Trưởng thôn', 'Phó Trưởng thôn',
  'Đại sứ', 'Phó Thủ tướng', 'Phó ban', 'thị trưởng',
  // heads of hamlets and residential groups ("giảm 46 trưởng xóm"), heads of units ("26/26 thủ trưởng đơn vị")
  'thủ trưởng', 'trưởng xóm', 'trưởng ấp', 'trưởng bản', 'trưởng khu phố', 'tổ trưởng tổ dân phố', 'tổ trưởng',
  // commanders of the commune and district military commands ("bổ nhiệm 312 chỉ huy trưởng")
  'chỉ huy trưởng', 'chỉ huy phó',
];

const BODIES = [
  'đơn vị', 'cơ quan', 'tổ chức', 'doanh nghiệp', 'DN', 'DNNN', 'DNNVV', 'DNTN', 'CQHC', 'CQNN', 'ĐVHC', 'ĐVSN', 'ĐVSNCL', 'hợp tác xã', 'HTX', 'sở', 'ban', 'ban đầu tư', 'ban quản lý', 'BQL', 'ngành',
  'bộ', 'cơ quan ngang bộ', 'phòng', 'phòng ban', 'chi cục', 'cục', 'tổng cục', 'vụ', 'trung tâm', 'trường',
  'trường học', 'bệnh viện', 'trạm', 'trạm y tế', 'đài', 'đài truyền thanh', 'cơ sở', 'chi nhánh', 'văn phòng', 'bộ phận', 'điện lực',
  'tổ', 'đội', 'đồn', 'nhóm', 'đoàn', 'nghiệp đoàn', 'chuỗi', 'ban chỉ đạo', 'tiểu ban', 'hội đồng', 'hội', 'câu lạc bộ', 'chi bộ', 'đảng bộ',
  'tổ chức đảng', 'TCĐ', 'TCCS', 'TCCSĐ', 'UBND', 'HĐND', 'UBMTTQ', 'KBNN', 'kho bạc', 'BHXH', 'thuế cơ sở', 'cấp ủy', 'điểm cầu', 'điểm', 'bưu cục', 'bưu điện', 'điểm phục vụ', 'quầy',
  'khu công nghiệp', 'cụm công nghiệp', 'làng nghề', 'chợ', 'công ty', 'tổng công ty', 'tập đoàn', 'hãng', 'ủy ban', 'uỷ ban',
  'chính quyền', 'hãng hàng không', 'ngân hàng', 'tổ chức tín dụng', 'chi đoàn', 'khoa', 'quỹ', 'đảng', 'KCN', 'CCN', 'cụm dân cư', 'BV', 'phân hiệu',
  'học viện', 'công đoàn', 'công đoàn cơ sở', 'CLB', 'Cty', 'showroom', 'chi hội', 'sàn', 'sàn giao dịch', 'sàn chứng khoán',
  // military formations ("2 trung đoàn", "15 tiểu đoàn", "3 sư đoàn")
  'quân đoàn', 'sư đoàn', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'đại đội', 'trung đội', 'tiểu đội', 'phi đội', 'hải đội',
  // courts and procuracies ("21 TAND quận, huyện", "thành lập 10 VKSND khu vực")
  'TAND', 'VKSND', 'tòa án', 'toà án', 'viện kiểm sát',
];

const PLACES = [
  'tỉnh', 'thành phố', 'tỉnh thành', 'TP', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn',
  'thôn', 'bản', 'làng', 'xóm', 'ấp', 'khóm', 'khu phố', 'tổ dân phố', 'khu dân cư', 'khu', 'phân khu', 'vùng',
  'khu vực', 'địa phương', 'địa bàn', 'quốc gia', 'nước', 'cấp', 'cấp hành chính', 'cảng', 'cảng biển', 'bang', 'tiểu bang',
  'cảng hàng không', 'sân bay', 'cửa khẩu', 'đô thị', 'cánh đồng', 'lưu vực', 'lưu vực sông',
  // unofficial crossings on a border ("tuyến biên giới có 12 lối mở")
  'lối mở',
  // the island districts kept when districts were abolished in 2025 ("3.321 xã, phường, đặc khu")
  'đặc khu',
  // islands ("sống trên 23 đảo có người ở", "4 hòn đảo")
  'đảo', 'hòn đảo',
  // villages of the Central Highlands ("42 buôn", "33 bon", "12 plei")
  'buôn', 'bon', 'plei',
  // places of worship ("143 chùa Khmer", "12 nhà thờ")
  'chùa', 'ngôi chùa', 'nhà thờ',
  // heritage sites, signboards and lodgings ("xếp hạng 6 di tích", "tháo dỡ 2.310 biển quảng cáo", "512 homestay")
  'di tích', 'biển', 'biển quảng cáo', 'homestay',
];

const PAPERS = [
  'hồ sơ', 'HS', 'TTHC', 'thủ tục', 'thủ tục hành chính', 'dịch vụ', 'dịch vụ công', 'DVC', 'DVCTT',
  'giao dịch', 'văn bản', 'quyết định', 'nghị quyết', 'nghị định', 'thông tư', 'chỉ thị',
  'công văn', 'kế hoạch', 'chương trình', 'đề án', 'dự án', 'báo cáo', 'tờ trình', 'thông báo', 'kháng cáo', 'kháng nghị',
  'quy định', 'quy chế', 'quy trình', 'đơn', 'đơn thư', 'thư', 'giấy phép', 'giấy phép lao động', 'giấy chứng nhận',
  'giấy tờ', 'giấy', 'tờ', 'tờ khai', 'quyển', 'chứng thư', 'chứng thư số', 'chứng thực', 'chữ ký', 'chữ ký số', 'chứng chỉ', 'bằng khen', 'giấy khen',
  'phiếu', 'mẫu', 'biểu mẫu', 'tài liệu', 'bản sao', 'bộ hồ sơ', 'lượt',
  'lượt hồ sơ', 'lượt truy cập', 'lượt khách', 'hợp đồng', 'thẻ', 'sổ', 'căn cước', 'CCCD', 'CMND', 'CMTND', 'địa chỉ', 'cáo phó',
  'danh mục', 'GPLX', 'GCN', 'tờ gấp', 'nội quy', 'thỏa ước', 'thoả ước', 'cuốn', 'VBQPPL', 'chứng từ', 'hóa đơn', 'hoá đơn',
  'văn bằng', 'bằng tốt nghiệp', 'học bạ', 'bệnh án', 'GPXD', 'GPKD', 'đồ án', 'nền đất',
  'đăng ký', 'biên lai', 'khoản', 'bản án', 'hiệp định', 'điều', 'luật', 'pháp lệnh', 'đính chính', 'đại án', 'thành phần', 'thành phần hồ sơ',
  // judicial records kept by the justice departments ("lập mới 1.876 lý lịch tư pháp")
  'lý lịch', 'lý lịch tư pháp',
  // civil-status extracts ("cấp 3.926 trích lục khai tử", "bản trích lục")
  'trích lục', 'bản trích lục',
];

const MATTERS = [
  'biên chế', 'chỉ tiêu', 'vị trí', 'vị trí việc làm', 'trường hợp', 'vụ việc', 'vụ án', 'chuyên án', 'tình huống', 'đề cương', 'lĩnh vực',
  'nội dung', 'nhiệm vụ', 'mục tiêu', 'giải pháp', 'tiêu chí', 'chỉ số', 'chỉ số thành phần',
  'mô hình', 'sáng kiến', 'đề tài', 'ý kiến', 'góp ý', 'kiến nghị', 'khuyến nghị', 'phản ánh', 'PAKN', 'câu hỏi', 'vấn đề', 'loại',
  'loại hình', 'chính sách', 'cuộc', 'cuộc họp', 'buổi', 'đợt', 'lớp', 'hội nghị',
  'hội thảo', 'tham luận', 'tham luận viên', 'phiên', 'phiên bản', 'sự kiện', 'tin', 'tin bài', 'bài', 'bài viết', 'phóng sự', 'chuyên mục',
  'chuyên đề', 'pa nô', 'pano', 'pa-nô', 'băng rôn', 'tờ rơi', 'áp phích', 'khẩu hiệu', 'tin nhắn',
  'cuộc gọi', 'bậc', 'hạng', 'điểm số', 'sản phẩm', 'công trình', 'hạng mục', 'gói thầu', 'tuyến',
  'tiết', 'câu', 'bước', 'khâu', 'tồn tại', 'hạn chế', 'sai phạm', 'vi phạm', 'thiếu sót', 'sai sót', 'lỗi',
  'kỷ lục', 'ý tưởng', 'đề xuất', 'điều kiện', 'tiêu chuẩn', 'kỳ họp', 'phiên họp', 'khiếu nại',
  // disciplinary measures counted as cases ("11 khiển trách, 4 cảnh cáo, 1 buộc thôi việc")
  'khiển trách', 'cảnh cáo', 'cách chức', 'giáng chức', 'buộc thôi việc', 'khai trừ',
  'tố cáo', 'cải tiến', 'yếu tố', 'hình thức', 'trụ cột', 'việc', 'công việc', 'ca', 'kíp', 'khó khăn', 'vướng mắc',
  'bất cập', 'nguyên nhân', 'giai đoạn', 'thị trường', 'đầu việc', 'đề mục', 'thông số', 'chương',
  'tác phẩm', 'giải', 'giải thưởng', 'phần thưởng', 'danh hiệu', 'huân chương', 'huy chương',
  'kỷ niệm chương', 'cờ thi đua', 'yêu cầu', 'nguyên tắc', 'quan điểm', 'định hướng', 'kết luận',
  'khóa học', 'khoá học', 'học phần', 'phần thi', 'phần', 'suy nghĩ', 'mốc', 'mốc giới', 'gói', 'gian hàng', 'cơ hội', 'mũi', 'mũi tiêm', 'liều',
  'đột phá', 'khâu đột phá', 'điển hình', 'phong trào', 'hành vi', 'màu', 'sự việc', 'thách thức', 'dự thảo', 'đề nghị',
  'tội danh', 'chức năng', 'nhiệm kỳ', 'thỏa thuận', 'thoả thuận', 'phương án', 'phụ lục', 'nơi', 'mục đích', 'bệnh lý', 'nghịch lý',
  'chức danh', 'bất lợi', 'biện pháp', 'chu kỳ', 'FTA', 'MOU', 'sự cố', 'phương thức', 'thảm họa', 'thảm hoạ', 'luồng', 'luồng quan điểm', 'quy hoạch', 'sự vụ', 'thứ tiếng', 'nguyện vọng', 'pháp nhân', 'sự thật', 'lệnh', 'lý do', 'quy tắc', 'tội', 'đề cử', 'bình luận', 'chức vô địch', 'chế độ', 'thực thể', 'kiểu',
  'chiến dịch', 'hình phạt',
  // medals by their colours, as sports reports abbreviate them ("44 HCV, 38 HCB và 59 HCĐ"), museum pieces and national treasures
  'HCV', 'HCB', 'HCĐ', 'hiện vật', 'bảo vật', 'bảo vật quốc gia', 'đường bay', 'tay bơi', 'tay chèo',
  // labour given as man-days or man-hours, an amount of work, not a span ("đóng góp 1.450 ngày công"), and tanks
  'ngày công', 'giờ công', 'bể', 'bể nước',
];

/**
 * Records of a database ("làm sạch 1.244.736 thông tin công dân", "82,5 triệu thông tin"),
 * counted only by the thousand: after a small figure "thông tin" is the verb ("Bệnh viện Nhi
 * Đồng 1 thông tin thêm").
 */
export const UNITS_COUNTED_BY_THE_THOUSAND: readonly string[] = ['thông tin'];

const THINGS = [
  'hộp thư', 'hòm thư', 'hòm', 'ngăn', 'tài khoản', 'email', 'máy', 'máy tính', 'máy vi tính', 'máy tính bảng', 'máy chủ', 'tủ', 'tủ hồ sơ', 'tủ lạnh',
  'máy quét', 'máy móc', 'thiết bị', 'camera', 'ki-ốt', 'kiosk', 'màn hình', 'phần mềm', 'ứng dụng', 'công tơ',
  'hệ thống', 'cơ sở dữ liệu', 'CSDL', 'trang', 'trang thông tin', 'cổng', 'cổng thông tin',
  'website', 'kho', 'kho dữ liệu', 'tập', 'tập dữ liệu', 'bộ dữ liệu', 'bản ghi', 'tệp', 'tệp tin', 'hệ điều hành',
  'trường thông tin', 'phân hệ', 'nền tảng', 'API', 'cảnh báo', 'lỗ hổng', 'mã độc', 'kỹ thuật', 'phông', 'phông lưu trữ', 'mã', 'mã QR', 'đường truyền', 'xe', 'ô tô', 'ô-tô', 'mô tô', 'xe mô tô', 'xe máy', 'phù hiệu', 'phương tiện',
  'căn hộ', 'ngôi nhà', 'căn nhà', 'phòng họp', 'trụ sở', 'giường', 'giường bệnh', 'tàu', 'tàu cá', 'xuồng', 'ca nô', 'canô', 'chiếc', 'ôtô', 'container',
  'dữ liệu', 'thửa', 'thửa đất', 'nền', 'ấn phẩm', 'video', 'clip', 'nhà văn hóa', 'nhà văn hoá',
  // animals counted by their classifier ("600 con vịt", "hơn 160 con"), containers ("40 bao", "3 xô")
  'con', 'bao', 'xô', 'thùng', 'chai', 'lon', 'bát', 'phần quà', 'suất quà', 'ngôi', 'căn', 'cây', 'tấm', 'bức', 'nhà', 'tòa nhà', 'toà nhà', 'phòng học', 'dãy', 'dãy nhà', 'dãy phòng học', 'tổng đài',
  // water supply: tanks and household connections ("1.500 bồn chứa nước", "4.215 đấu nối mới")
  'bồn', 'đấu nối',
  // gifts and rescue gear handed out ("tặng 1 ti vi, 2 tủ sách và 150 đèn lồng", "30 phao cứu sinh")
  'ti vi', 'tủ sách', 'đèn', 'đèn lồng', 'phao', 'phao cứu sinh',
  // the commonest nouns a figure counts in news, by their frequency after a figure in 10,000 articles
  'bàn', 'bàn thắng', 'trận', 'trận đấu', 'chỗ', 'đứa', 'quả', 'cái', 'chuyến', 'ghế', 'cặp', 'túi', 'vé', 'món',
  'lô', 'cú', 'lính', 'môn', 'đoạn', 'làn', 'thuyền', 'inch', 'dặm', 'đời', 'thế hệ', 'sào', 'kẻ', 'điện thoại',
  'động cơ', 'tiền',
  // stock markets, trade and health reports
  'cổ phiếu', 'cp', 'cổ đông', 'hành khách', 'văn kiện', 'kiện', 'kiện hàng', 'lô đất', 'miếng', 'miếng đất', 'mảnh', 'mảnh đất',
  'hạt giống', 'cột mốc', 'ổ dịch', 'thuốc', 'loại thuốc', 'cổ phần', 'ống', 'bãi xe', 'hang động', 'gia trại', 'trang trại',
  'mặt hàng', 'viên', 'viên nén', 'tên thuốc', 'nguồn', 'tầng', 'tầng hầm', 'vòng', 'bánh', 'gốc cây', 'đường dây',
  'tòa', 'toà', 'tòa chung cư', 'toà chung cư', 'nhãn hiệu', 'địa điểm', 'hồ chứa', 'cao ốc', 'bãi', 'bãi rác', 'loài', 'xác',
  'bể bơi', 'buồng', 'buồng phòng', 'bến xe', 'giống lúa', 'cent', 'cents', 'khúc gỗ', 'súc gỗ', 'vật cản', 'vật dụng', 'mái che',
  'di sản', 'lễ hội', 'biên bản', 'chướng ngại', 'chướng ngại vật', 'nền kinh tế', 'tượng', 'hình khối', 'ngọn núi', 'cầu',
  'cây cầu', 'nông trường', 'kỳ thi', 'gram', 'lóng', 'cửa hàng', 'khẩu súng', 'khẩu', 'tên lửa', 'nhát', 'muỗng', 'thìa', 'hộp', 'đĩa',
  'bữa', 'củ', 'set', 'bảng', 'mỏ', 'mỏ đá', 'biệt thự', 'hoạt chất', 'cụm', 'hồ', 'công viên',
  // further nouns left after figures in the 10,000 articles, and found by annotators of unseen sets
  'loa', 'lọn', 'gian', 'gian bếp', 'pha', 'phát súng', 'phát đạn', 'phát pháo', 'bệ phóng', 'ngón', 'ngón tay', 'vết', 'vết thương', 'đôi',
  'nhánh', 'phim', 'bộ phim', 'khung hình', 'trâu', 'chặng', 'lá cờ', 'lá phiếu', 'lá thư', 'lá đơn', 'hạt', 'ván', 'bịch', 'súng', 'cột', 'lồng', 'khung', 'chén', 'ly',
  'mặt', 'đầu phương tiện', 'cống', 'giếng', 'siêu thị', 'thực đơn', 'phôi', 'heo', 'bò', 'cửa', 'thi thể', 'lò', 'lò đốt', 'khoang', 'nhịp', 'chất khoáng', 'axit amin', 'acid amin', 'bóng', 'bóng đèn', 'chòi', 'lán', 'lán trại', 'đập', 'đập phụ', 'ga', 'đám tang', 'đám cưới', 'bệnh', 'bệnh nhi', 'bệnh binh', 'sân', 'sân bóng', 'trái', 'trái phiếu', 'dấu ấn', 'hướng', 'kỳ quay số', 'bè', 'trụ điện', 'giáo xứ', 'móng', 'móng nhà', 'tạp chí', 'pít-tông', 'pit-tông', 'piston', 'xi lanh', 'xi-lanh', 'xy-lanh', 'xylanh', 'chân', 'giỏ', 'quán', 'dao', 'kiếm', 'ký', 'tần số', 'kỳ quan', 'mộ', 'ngôi mộ', 'nghĩa trang', 'mộ tập thể', 'hài cốt',
  'lọ', 'cốc', 'dây', 'hòn', 'xưởng', 'gậy', 'nồi', 'sợi', 'bó', 'thỏi', 'nhẫn', 'album', 'toa', 'laptop', 'tivi', 'áo', 'sim',
  'siêu xe', 'tài sản', 'bông', 'đóa', 'đoá', 'chủng', 'vườn', 'biểu ghi', 'mắt camera', 'inches', 'feet', 'decibel', 'chậu', 'đánh giá', 'kiốt', 'ki ốt', 'tô', 'gốc', 'trứng', 'xương', 'xương sườn', 'lều', 'túp lều', 'iPad', 'iPhone', 'smartphone',
  // batches and litters ("2 – 3 lứa"), parts, rights, halves of a match, camps, prefixes of numbers, levels ("3 mức tăng lương")
  'lứa', 'chi tiết', 'quyền', 'hiệp', 'hiệp đấu', 'hiệp phụ', 'trại', 'trại tị nạn', 'trại giống', 'đầu số', 'mức', 'điếu', 'dấu hiệu', 'ngôn ngữ', 'tùy chọn', 'tuỳ chọn', 'răng', 'răng hàm',
  // sport, weapons, screens and chips, networks, tourism ("26 đối thủ", "7 radar", "6 lõi", "45 fps", "5 mạng", "2 KDL", "sân 18 lỗ")
  'đối thủ', 'chiến thắng', 'tay đấm', 'game', 'radar', 'đạn', 'viên đạn', 'ngư lôi', 'vũ khí', 'xe tăng', 'loạt', 'hạm đội', 'kiloton',
  // aircraft by kind ("36 tiêm kích F-35B và 4 trực thăng")
  'tiêm kích', 'máy bay tiêm kích', 'trực thăng', 'oanh tạc cơ', 'máy bay không người lái', 'UAV', 'đầu đạn', 'megaton',
  'lõi', 'nits', 'fps', 'tiện ích', 'scandal', 'mạng', 'mạng lưới', 'nút', 'nút giao thông', 'đường lăn', 'KDL', 'lỗ', 'cánh', 'chất', 'dịp',
  'xuất bản phẩm', 'tuabin', 'tua-bin', 'thang máy', 'sứ mệnh', 'cam kết', 'phiến', 'phiến đá', 'phách', 'phách gỗ',
  // "thanh" counts long pieces ("2 thanh kiếm", "1 thanh nhôm"), in small letters: "Thanh Hóa" is a place
  'thanh',
  'cổ tay', 'phương pháp', 'sạp', 'đường ngang', 'biệt dược', 'kỳ', 'linh kiện', 'tai nghe', 'bến cảng', 'bến phao', 'chung cư', 'nắp giếng', 'chứng cứ', 'hoạt động', 'vở', 'vở kịch', 'lăng mộ', 'chứng bệnh', 'cá thể', 'cọc', 'xấp', 'DWT', 'GRT', 'TEU', 'thủy đài', 'đại lý', 'mâm', 'mâm lễ', 'thợ', 'thợ xây',
  // gifts, goods and papers of general news ("30 quạt", "20 chăn ấm", "8 quan tài", "85.000 thị thực", "1,3 triệu kết quả")
  'quạt', 'chăn', 'chăn ấm', 'đồ dùng', 'đồ ăn', 'đồ uống', 'quan tài', 'thị thực', 'visa', 'kết quả', 'công thức', 'bitcoin',
  'hóa chất', 'hoá chất', 'mệnh giá', 'tính năng', 'giọt', 'tách', 'cơn',
  'pháo', 'khẩu pháo', 'vệ tinh', 'tế bào', 'cáo buộc', 'ngoại ngữ', 'nốt', 'vòm', 'vòm cầu', 'tuýp', 'vỏ', 'vỏ đạn',
  // codes issued ("cấp 7,2 triệu mã số BHXH", "cấp 957.200 số định danh cá nhân")
  'mã số', 'số định danh',
  // the post's items ("tăng 8.240 bưu gửi", "chuyển phát 3.500 bưu phẩm")
  'bưu gửi', 'bưu phẩm', 'bưu kiện',
  // fishing logbooks collected at the ports ("thu 14.560 nhật ký khai thác")
  'nhật ký',
  ...UNITS_COUNTED_BY_THE_THOUSAND,
  // industrial property and plant varieties ("cấp 2.867 bằng độc quyền sáng chế", "3 chỉ dẫn địa lý", "2 giống chè mới")
  'bằng độc quyền', 'chỉ dẫn địa lý', 'giống',
  // religions, sub-projects and a project's components ("16 tôn giáo", "2 tiểu dự án", "4 hợp phần")
  'tôn giáo', 'tiểu dự án', 'hợp phần',
  // courses held ("tổ chức 9 khóa đào tạo"): not a bare "khóa", a term after a plenum's number ("Hội nghị Trung ương 4 khóa XII")
  'khóa đào tạo', 'khoá đào tạo', 'khóa tập huấn', 'khoá tập huấn', 'khóa bồi dưỡng', 'khoá bồi dưỡng',
  // sets of a machine ("lắp đặt 16 bộ máy tính"), not the apparatus "bộ máy"
  'bộ máy tính', 'bộ máy vi tính',
  // organs failing ("suy 6 tạng"), animals by their classifier ("500 chú chim")
  'tạng', 'chú',
  // payment intermediaries ("kết nối 6 trung gian thanh toán")
  'trung gian thanh toán',
  // quarantine posts, traceability stamps, shared workspaces ("4 chốt kiểm dịch", "1,2 triệu tem", "9 không gian làm việc chung")
  'chốt', 'tem', 'không gian',
  // machines that work ("triển khai 2 robot tư vấn")
  'robot',
  // channels of a service or of water ("duy trì 2 kênh tiếp nhận phản ánh", "nạo vét 12 kênh mương")
  'kênh', 'kênh mương',
  // tariff lines checked at the border ("cắt giảm 2.500 dòng hàng"), lines of a product or of text
  'dòng', 'dòng hàng',
  // kitchens inspected for food safety, housing blocks, berths, bills of lading, defects a port inspection finds
  // ("1.298 bếp ăn tập thể", "3 block", "18 bến thủy nội địa", "48.720 vận đơn", "168 khiếm khuyết")
  'bếp', 'bếp ăn', 'block', 'bến', 'vận đơn', 'khiếm khuyết',
  // forces that check or act ("qua 4 lực lượng là biên phòng, hải quan …"); trainers ("đào tạo 40 tập huấn viên")
  'lực lượng', 'tập huấn viên',
  // deals ("thực hiện cùng lúc 2 thương vụ"), a bailiff's records ("lập 4.126 vi bằng"), digits ("biển số có 5 chữ số")
  'thương vụ', 'vi bằng', 'chữ số',
  // brands, as "nhãn hiệu" ("5 thương hiệu lớn"), residents ("22 triệu cư dân"), lodgings ("16 khách sạn", "40 nhà nghỉ")
  'thương hiệu', 'cư dân', 'khách sạn', 'nhà nghỉ',
  // mountains and volcanoes ("10 núi lửa", "3 miệng núi lửa")
  'núi', 'núi lửa', 'miệng núi lửa',
  // forest protection: sub-compartments, watchtowers, snares ("6 tiểu khu", "42 tháp canh", "2.915 bẫy thú")
  'tiểu khu', 'tháp', 'tháp canh', 'bẫy',
  // former holders counted ("3 cựu lãnh đạo", "2 cựu phó giám đốc")
  'cựu lãnh đạo', 'cựu giám đốc', 'cựu phó giám đốc', 'cựu chủ tịch', 'cựu bộ trưởng', 'cựu quan chức', 'cựu binh', 'cựu sinh viên', 'cựu học sinh',
];

/** Measures written glued to their figure as often as apart ("750km2", "1.200m2", "20ha"). */
export const GLUED_MEASURES: readonly string[] = [
  'km2', 'km²', 'km', 'm2', 'm²', 'm3', 'm³', 'ha', 'kg', 'cm3', 'cm', 'mm', 'MW', 'kWh', 'kW', 'CV', 'USD', 'VNĐ', 'VND', 'đồng', 'độ', 'đ', 'gam', 'tấn', 'lít', 'HP', 'm',
  // phones, computers and appliances ("pin 3.200mAh", "RAM 4GB", "camera 13MP", "công suất 3W")
  'mAh', 'Mbps', 'Gbps', 'GB', 'MB', 'Mb', 'TB', 'PB', 'KB', 'GHz', 'MHz', 'KHz', 'kHz', 'Hz', 'MP', 'W',
  // kitchen, pharmacy, engines and the weather ("50g thịt", "300ml sữa", "500mg", "110cc", "36oC", "38°C")
  'gr', 'g', 'mg', 'ml', 'cc', 'oC', '°C', 'mmol', 'kcal', 'cm2', 'cm²',
];

const MEASURES = [
  'euro', 'EUR', 'yên', 'yen', 'IDR', 'nhân dân tệ', 'NDT', 'tệ', 'Đài tệ', 'đô la', 'đôla', 'đô', 'won', 'bảng Anh', 'carat',
  'héc-ta', 'hecta', 'hécta', 'héc ta', 'ki-lô-mét', 'ki lô mét', 'mét', 'mét khối', 'mét vuông', 'phân khối', 'chỉ vàng', 'xu', 'hải lý', 'rúp', 'ruble', 'rupee', 'baht', 'ringgit',
  'độ C', 'độ F', 'độ Richter', 'megapixel', 'pixel', 'lượng vàng', 'calo', 'tạ', 'khối', 'lạng', 'cân', 'hryvnia', 'rupiah', 'pound', 'franc', 'francs', 'CAD', 'AUD', 'SGD', 'CHF',
  // torque and moles written apart ("599 Nm", "7,0 N.m", "0,1 mol"); grams ("125 g", small letters only) come with the glued measures
  'Nm', 'mol', 'N.m', 'nanomet',
  // the Philippine and Latin American currency ("113 triệu peso")
  'peso',
  // tonnes of oil equivalent, energy balances' unit ("100 - 110 triệu TOE năng lượng sơ cấp")
  'TOE',
  // glued measures in one case each: the lexicon matches apart from the figure in any case ("30 Mb", "30 MB");
  // its words open with a letter ("°C" is read glued only)
  ...GLUED_MEASURES.filter((m, i) => /^\p{L}/u.test(m) && GLUED_MEASURES.findIndex((other) => other.toLowerCase() === m.toLowerCase()) === i),
];

/**
 * Occasions: "kiểm tra hơn 20 lần", "sau 11 lần ra sân" count how often something happened;
 * "gấp 3 lần", "cao hơn 9 lần so với …" are ratios (src/lexicon/numbers.ts, RATIO_CUES).
 */
export const OCCASION_UNITS: readonly string[] = ['lần'];

/** Units that are sessions held ("tổ chức 12 buổi đối thoại") or, after DURATION_WORDS, a span of the day as "ngày" is. */
export const SPANS_OF_THE_DAY: ReadonlySet<string> = new Set(['buổi']);
/** Words before a span of time: "trong", "còn", "mất", "trọn", "dành" ("rút ngắn còn 1 buổi", "chỉ trong 1 buổi"). */
export const DURATION_WORDS: ReadonlySet<string> = new Set(['trong', 'còn', 'mất', 'trọn', 'dành']);

/** The đồng has no smaller coin in use: "22,760 đồng" (a rate of exchange) is 22760, as "1,500 người" is 1500. */
const WHOLE_CURRENCIES: readonly string[] = ['đồng', 'đ', 'VNĐ', 'VND'];

/**
 * Units a figure with decimals can measure (lower case): measures and currencies, the measures
 * among the things above ("6,044 gram", "1,5 sào"), multiples ("2,125 lần"), scores ("8,125
 * điểm"). Any other noun counts whole things.
 */
export const FRACTIONAL_UNITS: ReadonlySet<string> = new Set(
  [...MEASURES, ...OCCASION_UNITS, 'điểm', 'gam', 'gram', 'ký', 'inch', 'inches', 'feet', 'decibel', 'dặm', 'sào', 'mẫu', 'cent', 'cents', 'cc', 'muỗng', 'thìa']
    .filter((u) => !WHOLE_CURRENCIES.includes(u))
    .map((u) => u.toLowerCase()),
);

/** Units that, before a slash, make a rate rather than a count ("10,5 lít/100 km", "300.000 đồng/3 môn"): measures and money. */
export const RATE_UNITS: ReadonlySet<string> = new Set([...FRACTIONAL_UNITS, ...WHOLE_CURRENCIES.map((u) => u.toLowerCase())]);

/**
 * Counted nouns that after a comma open a clause rather than go on with a list: a pronoun ("14
 * bạn tham gia", "…, bạn sẽ"), a man or a woman ("2 nam, 2 nữ", "…, nam thanh niên cầm dao"), a driver or a
 * coach ("…, tài xế nằm bất động", "…, HLV Conte"), a level or a right ("…, mức cao nhất", "…, quyền hạn"), news ("…, thông tin từ Sở Y tế"), a place of worship ("…, chùa Cái Bầu là …"); by their first word.
 */
export const CLAUSE_OPENING_UNITS: ReadonlySet<string> = new Set(['bạn', 'nam', 'nữ', 'tài', 'lái', 'hlv', 'mức', 'quyền', 'hiệp', 'g', 'thông', 'chùa']);

/**
 * People, posts and the units of government (lower case): a common fraction of them is a share
 * of a count, as a larger one is ("2/3 huyện được kiểm tra", "1/3 doanh nghiệp"); of a thing or a
 * measure it is a part ("1/2 muỗng", "1/3 tiền đền bù").
 */
export const UNITS_SHARED_BY_FRACTIONS: ReadonlySet<string> = new Set(
  [
    ...PEOPLE,
    ...POSTS,
    // the units of government a report inspects, not a market's or a region's parts ("2/3 chợ bị cháy", "2/3 khu vực này")
    'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'địa phương', 'đơn vị', 'cơ quan', 'tổ chức',
    'doanh nghiệp', 'hợp tác xã', 'sở', 'ngành', 'bộ', 'phòng', 'trung tâm', 'bệnh viện', 'trường', 'trạm y tế', 'UBND',
  ].map((u) => u.toLowerCase()),
);

/** Nouns that make a figure a count, as written after it. */
export const COUNT_UNITS: readonly string[] = [...PEOPLE, ...POSTS, ...BODIES, ...PLACES, ...PAPERS, ...MATTERS, ...THINGS, ...MEASURES, ...OCCASION_UNITS];

/** Counted nouns that also number a part of a law: "117 điều" counts them, in "4 Điều 20" the figure after labels one. */
export const UNITS_NUMBERED_AS_LABELS: readonly string[] = ['điều'];

/** The first word of every unit, lower-cased ("hộp" of "hộp thư", "ki" of "ki-ốt"): no unit starts at any other word. */
export const UNIT_HEADS: ReadonlySet<string> = new Set(COUNT_UNITS.map((u) => /^\p{L}+/u.exec(u.toLowerCase())![0]));

/**
 * Units that count only in lower case: "200 m" is metres, "7 M. Pugh" a shirt number and an initial; "122 hồ" lakes, "Hồ" a name;
 * "40 độ" but "cấp 2-3 Độ ẩm …" a new sentence after a lost full stop; "123 đài" radio stations, "Đài Loan" a place.
 */
export const LOWER_CASE_ONLY_UNITS: ReadonlySet<string> = new Set([
  'm', 'hồ', 'độ', 'hòn', 'sân', 'trái', 'hướng', 'ga', 'bệnh', 'đập', 'bóng', 'nhịp', 'heo', 'bò', 'cửa', 'mặt', 'mộ', 'trai', 'gái', 'chân', 'quán', 'dao', 'kiếm', 'ký', 'móng', 'khối', 'vị', 'pha', 'lệnh', 'kiểu', 'đôi', 'dây', 'cột', 'gian', 'ly', 'lồng', 'khung', 'ván', 'tội', 'album',
  'luật', 'bạn', 'bảo vệ', 'bông', 'nam', 'nữ', 'tô', 'gốc', 'kỳ', 'hoạt động', 'cọc', 'xấp', 'thanh', 'g', 'quyền', 'dòng', 'bon', 'buôn', 'đài', 'dãy',
]);

/** Counted nouns that, capitalised before a colon, label a field instead ("hotline 19006766 Nguồn: VTV", "D. 3,375 Giải: …"). */
export const LABEL_UNITS: ReadonlySet<string> = new Set(['nguồn', 'email', 'giải', 'điện thoại', 'trang']);

/**
 * Counted nouns that a figure 1 names rather than counts: "cơ chế 1 cửa", "bộ phận 1 cửa" is the
 * one-stop office reform reports write as "một cửa"; "10 cửa ra máy bay", "xe 5 cửa" count.
 */
export const NAMED_BY_ONE: ReadonlySet<string> = new Set(['cửa']);

/** Counted nouns that open a longer unit when another counted noun follows ("lượt hồ sơ"). */
export const CLASSIFIER_UNITS: ReadonlySet<string> = new Set(['lượt', 'chiếc']);

/**
 * Phrases that open with a unit word but are not counted nouns ("đồng thời", "ban hành",
 * "xã hội"): a figure before them is not a count. ("2,5 điểm phần trăm" is one: points.)
 */
export const NOT_UNITS: readonly string[] = [
  // trading, not villages ("sản xuất, buôn bán ma túy")
  'buôn bán', 'buôn lậu', 'buôn người',
  // likeness, not varieties ("vòng eo 56 giống với …", "cú ăn 6 giống như …")
  'giống như', 'giống với', 'giống nhau', 'giống hệt',
  'đồng thời', 'đồng bộ', 'đồng ý', 'đồng hành', 'đồng loạt', 'đồng tình', 'đồng bằng', 'đồng đều',
  'đồng nhất', 'đồng cấp', 'ban hành', 'ban đầu', 'ban ngày', 'xã hội', 'bản thân',
  'bản lĩnh', 'bản chất', 'bản sắc', 'tin tưởng', 'tin học', 'tập trung', 'tập huấn', 'tập quán',
  'tổ quốc', 'đơn giản', 'đơn lẻ', 'người ta', 'cấp bách', 'cấp thiết', 'cấp phát',
  'cấp phép', 'cấp giấy', 'cấp đổi', 'cấp lại', 'cấp mới', 'cuộc sống', 'cuộc đời',
  'vùng sâu', 'phòng chống', 'phòng ngừa', 'phòng, chống',
  'bộ máy', 'cục bộ', 'loại bỏ', 'loại trừ', 'mã số', 'khoa học', 'việc này', 'dân số', 'quỹ thời gian',
  'kỳ hạn', 'kỳ vọng', 'kỳ thị', 'kỳ lạ', 'kỳ diệu', 'kỳ quặc',
  'giải quyết', 'giải ngân', 'giải trình', 'giải đáp', 'giải phóng', 'giải thể', 'giải tỏa', 'giải toả',
  // a tournament is where a place is won ("xếp hạng 3 giải vô địch"), not a prize counted
  'giải vô địch', 'giải đấu',
  // verbs and conjunctions that open with a unit's word ("Galaxy Note 8 trang bị", "SEA Games 29 sở dĩ")
  'trang bị', 'trang trí', 'trang trải', 'ngăn chặn', 'ngăn ngừa', 'ngăn cản', 'ngăn cấm', 'sở dĩ', 'sở hữu', 'cấp cứu', 'bản quyền', 'bao gồm', 'bao nhiêu', 'bao giờ', 'bao lâu',
  'cụ thể', 'căn cứ', 'nhà nước', 'em út', 'bàn giao', 'bàn bạc', 'quả thật', 'quả là', 'quả thực', 'món nợ',
  'đơn sơ', 'đơn điệu', 'đơn độc', 'đơn thuần', 'đơn phương', 'tiền đề', 'tiền thân', 'đời sống',
  'lần lượt', 'thanh toán', 'thanh khoản', 'thanh lý', 'thanh xuân', 'thanh tân', 'thanh minh', 'thanh bình', 'thanh lọc',
  'bóng đá', 'bóng chuyền', 'bóng rổ', 'bóng bàn', 'bóng dáng', 'bóng tối', 'bóng râm',
  'hướng dẫn', 'hướng tới', 'hướng đến', 'hướng về', 'hướng ra', 'hướng nghiệp', 'trái phép', 'trái pháp luật', 'trái quy định', 'trái tim',
  'trái ngược', 'trái chiều', 'trái với', 'trái lại', 'trái đất',
  'pha chế', 'pha trộn', 'pha loãng', 'gian lận', 'gian nan', 'gian khổ', 'gian dối', 'gian trá', 'đôi khi', 'đôi lúc',
  'chân dung', 'chân thành', 'chân lý', 'chân không', 'chân chính', 'chân thực', 'quán triệt', 'quán quân', 'quán xuyến', 'quán tính',
  'dao động', 'kiếm tiền', 'kiếm sống', 'kiếm được', 'kiếm chác', 'ký kết', 'ký tên', 'ký sự', 'ký ức', 'ký túc xá', 'ký quỹ', 'ký hợp đồng',
  'ký quyết định', 'ký ban hành', 'ký giấy', 'ký nhận', 'ký xác nhận', 'ký thỏa thuận', 'ký biên bản', 'ký văn bản', 'ký hiệu', 'ký gửi',
  'mặt trời', 'mặt trăng', 'trai tráng', 'gái gú', 'cống hiến', 'cống nạp', 'địa chỉ email',
  'ly hôn', 'ly dị', 'ly kỳ', 'lồng ghép', 'vị thế', 'dây dưa', 'lượng mưa', 'khối lượng', 'độ dài', 'độ cao', 'độ sâu', 'độ rộng', 'độ tuổi',
  'cầu lông', 'cầu nối', 'cầu vồng', 'cầu xin', 'cầu nguyện', 'cầu hôn', 'cầu an', 'cầu môn', 'cầu thang',
  'bãi bỏ', 'bãi nhiệm', 'bãi miễn', 'xác định', 'xác nhận', 'xác minh', 'xác lập', 'xác thực', 'xác suất', 'nơi đây', 'nơi này',
  // "nơi" relating a place to a clause ("Ecohome 1 nơi ông Thọ sinh sống"), not places counted
  'nơi ông', 'nơi bà', 'nơi anh', 'nơi chị', 'nơi em', 'nơi tôi', 'nơi chúng', 'nơi họ', 'nơi mà', 'nơi diễn ra',
  'điều khiển', 'điều trị', 'điều hành', 'điều chỉnh', 'điều tra', 'điều động', 'điều phối', 'điều tiết', 'điều hòa', 'điều hoà',
  // fractions written in words ("2 phần ba số hộ", "3 phần nghìn"): parts of a whole, not parts counted ("gồm 3 phần")
  ...['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu'].map((n) => `phần ${n}`),
  // days of a film's run or a siege, no man-days ("5 ngày công chiếu", "10 ngày công thành")
  'ngày công chiếu', 'ngày công thành', 'ngày công diễn', 'ngày công bố',
];

/** Label words whose figure counts these units: "nhà 5 tầng", "nhà 200 m2" (but "nhà 5" is a house number). */
export const UNITS_COUNTED_AFTER_LABELS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // "tòa nhà 14 tầng", "Ngôi nhà 200 m2", "cách nhà 200m", "Cả nhà 5 người": floors, measures and
  // the household, never a house number
  ['nhà', new Set(['tầng', 'm', 'm2', 'm²', 'mét', 'mét vuông', 'km', 'người', 'nhân khẩu', 'thành viên'])],
  // "phòng 15 mét vuông", "phòng 40 m2": a room's area, not its number ("phòng 15")
  ['phòng', new Set(['m2', 'm²', 'mét vuông'])],
  // "xe khách loại 16 chỗ", "xe tải loại 5 tấn", "bao loại 50 kg": a type told by its seats, load or size, an amount still
  ['loại', new Set(['chỗ', 'tấn', 'bánh', 'ghế', 'kg', 'lít', 'gam', 'gram', 'g', 'ml', 'inch'])],
]);

/** Kinds of documents cited by a bare number ("Nghị quyết 39", "văn bản 2861"): no count after them, but people or places ("văn bản 4 cấp chính quyền"). */
export const DOCUMENT_WORDS: readonly string[] = [
  'nghị định', 'nghị quyết', 'quyết định', 'thông tư', 'chỉ thị', 'kế hoạch', 'công văn', 'đề án',
  'luật', 'pháp lệnh', 'tờ trình', 'chương trình', 'văn bản', 'công điện', 'thông tri',
];

/**
 * Words directly before a figure that make it a year, a duration, a level, an ordinal, an
 * address, a list number or a document number rather than a count: "năm 2020", "mức độ 4",
 * "lần thứ 4", "khóa 15", "tầng 2", "số 19", "Nghị định 108", "Tiêu chí 1". Compared with the
 * last word and with the last two words before the figure, lower-cased.
 */
export const NOT_COUNT_BEFORE: ReadonlySet<string> = new Set([
  // an elevation ("cao trình +45m", "cốt 21m"): a level, not an amount
  'cao trình', 'cốt',
  // calendar and time
  'năm', 'tháng', 'tuần', 'ngày', 'quý', 'giờ', 'phút', 'lúc', 'hồi', 'sáng', 'trưa', 'chiều', 'tối',
  'đêm', 'hôm', 'mùng', 'mồng', 'niên khóa', 'niên khoá', 'nhiệm kỳ', 'giai đoạn', 'thế kỷ',
  'đợt', 'kỳ', 'vòng', 'phiên',
  // ordinals, levels, grades
  'thứ', 'lần', 'mức', 'mức độ', 'cấp độ', 'trình độ', 'khóa', 'khoá', 'tầng', 'lầu', 'hạng', 'loại', 'bậc',
  'lớp', 'bước', 'phase', 'version', 'phiên bản', 'công nghiệp', 'hiệp', 'trại',
  // numbering of text, pages, tables, figures
  'số', 'điều', 'khoản', 'điểm', 'chương', 'mục', 'phần', 'tiết', 'trang', 'hình', 'ảnh', 'bảng',
  'biểu', 'phụ lục', 'mẫu', 'tiêu chí', 'câu', 'bài', 'kỳ họp', 'mã', 'ký hiệu', 'model', 'xem',
  // addresses
  'phòng', 'buồng', 'quận', 'phường', 'ấp', 'tổ', 'khu', 'khóm', 'thôn', 'xóm', 'đội', 'lô', 'nhà', 'đường',
  'hẻm', 'ngõ', 'ngách', 'kiệt', 'km', 'quốc lộ', 'tỉnh lộ', 'hương lộ', 'vành đai', 'nhánh', 'ngã', 'cổng', 'khu phố', 'dân phố',
  // roads by their short names ("QL 37", "ĐT 741", "đường tỉnh 741")
  'ql', 'đt', 'tl', 'đường tỉnh', 'đường huyện',
  // document short references ("Nghị quyết 39", "Đề án 06", "Chương trình 135")
  ...DOCUMENT_WORDS,
  // codes and names with figures
  'covid', 'iso', 'tcvn', 'sars', 'windows', 'office', 'zalo', 'mã số',
]);

/**
 * Pairs ending in a word of NOT_COUNT_BEFORE after which a figure is a quantity again
 * ("đạt mức 85 điểm", "tổng số 30.000 phiếu", "1 trong số 7 tỉnh", "dân số 15 triệu người",
 * "kỷ luật 2 cán bộ").
 */
export const COUNT_BEFORE_PAIRS: ReadonlySet<string> = new Set([
  'phân loại', 'phân hạng', 'xếp loại', 'đạt mức', 'ở mức', 'quanh mức', 'trên mức', 'dưới mức', 'vượt mức', 'tới mức', 'đến mức', 'với mức', 'về mức', 'lên mức', 'xuống mức', 'từ mức',
  'tổng số', 'trong số', 'với số', 'có số', 'được số', 'là số', 'dân số', 'thiểu số', 'hạ tầng', 'kỷ luật',
  'mỗi ngày', 'mỗi tuần', 'mỗi tháng', 'mỗi quý', 'mỗi năm', 'hằng ngày', 'hàng ngày', 'hằng tuần',
  'hàng tuần', 'hằng tháng', 'hàng tháng', 'hằng quý', 'hàng quý', 'hằng năm', 'hàng năm', 'một ngày',
  'một tháng', 'một năm', 'bình quân ngày', 'trung bình ngày',
  // words that end in a label word without being one ("mô hình 3 cấp", "danh mục 15 TTHC", "thí điểm 5 xã")
  'mô hình', 'loại hình', 'tử hình', 'tình hình', 'địa hình', 'điển hình', 'danh mục', 'hạng mục',
  'kiểm điểm', 'chọn mẫu', 'lấy mẫu', 'thành phần', 'cổ phần', 'biên phòng', 'quốc phòng', 'dự phòng', 'địa điểm', 'trọng điểm', 'thí điểm',
  'đặc điểm', 'quan điểm', 'con số', 'dứt điểm', 'doanh số', 'truyền hình', 'hình ảnh', 'màn hình', 'thu hồi', 'triệu hồi', 'phục hồi', 'phản hồi',
  'cùng lúc', 'một lúc', 'bao giờ', 'quãng đường', 'chỉnh trang', 'tổng điểm', 'chấm điểm', 'tần số', 'trọng số', 'điểm số', 'định kỳ',
  // "ngã 3" is a junction, but "gục ngã 4 trận", "xô ngã 10 kỷ lục" count
  'gục ngã', 'xô ngã', 'đánh ngã', 'vấp ngã', 'té ngã', 'quật ngã', 'đốn ngã',
  // "Sở Nông nghiệp và Phát triển nông thôn 9 tỉnh": no hamlet numbered there
  'nông thôn',
  // "trực luân phiên 2 công chức": by turns, no session's number; "tư vấn pháp luật 441 vụ việc": no law's number
  'luân phiên', 'pháp luật',
]);

/**
 * Words directly before a day/month share that make it a date ("ngày 5/6", "Sáng 21/7",
 * "từ 1/7"), not a count with a total; compared lower-cased.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'ngày', 'hôm', 'nay', 'qua', 'mai', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'mùng', 'mồng',
  'từ', 'đến', 'tới', 'trước', 'sau', 'vào', 'cuối', 'đầu', 'hết', 'lúc',
]);

/**
 * Words that name the day itself before a day and month written with a point ("ngày 12.4",
 * "sáng 5.7"); unlike "từ", "đến" … they do not also stand before amounts ("từ 15.5 điểm").
 */
export const DAY_WORDS: ReadonlySet<string> = new Set(['ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'mùng', 'mồng']);

/** Words before a year-like figure that make it a year even with a counted noun after it. */
export const YEAR_CUES: ReadonlySet<string> = new Set(['năm', 'giai đoạn', 'đoạn', 'nhiệm kỳ', 'kỳ', 'từ', 'đến', 'tới', 'trước', 'sau', 'cuối', 'đầu', 'giữa', 'khóa', 'khoá']);

/** People and places of the map, counted ("15 hộ dân", "4 cấp", "3 xã"): a bare document number is never followed by them. */
export const PEOPLE_AND_PLACES_UNITS: ReadonlySet<string> = new Set([...PEOPLE, ...PLACES].map((u) => u.toLowerCase()));
/** Places of the map, lower-cased: capitalised and followed by a capital they open a place's own name ("Thành phố Hồ Chí Minh"). */
export const MAP_PLACE_UNITS: ReadonlySet<string> = new Set(PLACES.map((u) => u.toLowerCase()));
/**
 * Counted nouns of places and bodies, and "việc" (also the word that turns a verb into a noun):
 * after a bare year-like figure they start a new phrase ("2020 tỉnh đã …", "2017 việc triển khai …").
 */
export const PLACE_UNITS: ReadonlySet<string> = new Set([...PLACES, ...BODIES, 'việc'].map((u) => u.toLowerCase()));

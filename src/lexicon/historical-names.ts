// People of history whose names are given to schools, streets, wards and prizes ("Trường THPT
// chuyên Phan Bội Châu", "đường Trần Phú", "giải thưởng Lê Quý Đôn"). In a news report such a
// name stands for the place, not for an official holding a post today.

export const HISTORICAL_NAMES: readonly string[] = [
  'Hai Bà Trưng', 'Bà Triệu', 'Lý Bí', 'Ngô Quyền', 'Đinh Tiên Hoàng', 'Lê Đại Hành', 'Lý Công Uẩn',
  'Lý Thái Tổ', 'Lý Thường Kiệt', 'Trần Hưng Đạo', 'Trần Quốc Toản', 'Trần Nhân Tông', 'Trần Thủ Độ',
  'Trần Quang Khải', 'Chu Văn An', 'Lê Lợi', 'Nguyễn Trãi', 'Lê Thánh Tông', 'Lương Thế Vinh',
  'Nguyễn Bỉnh Khiêm', 'Lê Quý Đôn', 'Nguyễn Huệ', 'Quang Trung', 'Nguyễn Du', 'Hồ Xuân Hương',
  'Nguyễn Đình Chiểu', 'Nguyễn Khuyến', 'Phan Đình Phùng', 'Phan Bội Châu', 'Phan Chu Trinh',
  'Phan Châu Trinh', 'Huỳnh Thúc Kháng', 'Hoàng Hoa Thám', 'Nguyễn Thái Học', 'Nguyễn Tất Thành',
  'Trần Phú', 'Lê Hồng Phong', 'Nguyễn Văn Cừ', 'Hà Huy Tập', 'Nguyễn Thị Minh Khai',
  'Võ Thị Sáu', 'Hoàng Văn Thụ', 'Lý Tự Trọng', 'Nguyễn Văn Trỗi', 'Lê Văn Tám', 'Kim Đồng', 'Hàn Thuyên',
  'Trần Đại Nghĩa', 'Tô Hiến Thành', 'Nguyễn Thượng Hiền',
  // heroines whose names streets and wards bear ("đường Bùi Thị Xuân", "phường Nguyễn Thị Định")
  'Bùi Thị Xuân', 'Nguyễn Thị Định', 'Nguyễn Thị Thập', 'Mạc Thị Bưởi', 'Lê Thị Hồng Gấm', 'Đặng Thị Nhu',
  // districts and wards named after them ("huyện Trần Văn Thời", "phường Nguyễn Cư Trinh")
  'Trần Văn Thời', 'Nguyễn Cư Trinh', 'Phạm Ngũ Lão', 'Trần Quang Diệu', 'Nguyễn Trung Trực',
  'Trương Định', 'Hoàng Diệu', 'Nguyễn An Ninh', 'Tô Vĩnh Diện', 'Bế Văn Đàn', 'Cù Chính Lan', 'La Văn Cầu',
  'Nguyễn Viết Xuân', 'Phan Đình Giót',
];

/**
 * A city named after a person: right after the post he held, the name is the person again
 * ("Chủ tịch Hồ Chí Minh đã ra Lời kêu gọi thi đua ái quốc"), not the city.
 */
export const PLACES_NAMED_AFTER_PEOPLE: readonly string[] = ['Hồ Chí Minh'];
export const POSTS_OF_PLACE_NAMESAKES: readonly string[] = ['Chủ tịch', 'Chủ tịch nước'];
/** Places and honours that bear the post and the name together ("Lăng Chủ tịch Hồ Chí Minh", "Khu di tích Chủ tịch Hồ Chí Minh"). */
export const NAMED_MEMORIALS: readonly string[] = [
  'Lăng', 'lăng', 'Công viên', 'Khu di tích', 'khu di tích', 'Di tích', 'Khu tưởng niệm', 'Khu lưu niệm', 'Nhà lưu niệm', 'Bảo tàng',
  'bảo tàng', 'Đền thờ', 'Đền', 'Tượng đài', 'tượng đài', 'Tượng', 'tượng', 'Quảng trường', 'Nhà sàn', 'Học viện', 'Đại học', 'Trường',
  'Giải thưởng', 'Huân chương', 'Đường', 'đường', 'Không gian', 'Phủ', 'Thư viện',
];

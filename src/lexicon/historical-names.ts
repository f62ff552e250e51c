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
];

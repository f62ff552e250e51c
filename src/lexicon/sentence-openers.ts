// Capitalised words that open a sentence or a caption and are never a syllable of a person's
// name. Where the source lost a full stop ("Bà Nguyễn Thị Mai Thanh Chúng tôi tin rằng …",
// "Ông Huỳnh Văn Thòn Tuy nhiên, …"), the run of capitalised words goes on past the name; these
// words end it.

/** Words that end a name wherever they stand in a run of capitalised words. */
export const OPENER_WORDS: readonly string[] = [
  'Trong', 'Theo', 'Chúng', 'Đây', 'Khi', 'Sau', 'Trước', 'Các', 'Những', 'Một',
  'Ngày', 'Tháng', 'Hôm', 'Người', 'Về', 'Trên', 'Dưới', 'Để', 'Nếu', 'Còn', 'Riêng', 'Cũng',
  'Nhưng', 'Mỗi', 'Mọi', 'Ngoài', 'Bên', 'Với', 'Đó', 'Này', 'Do', 'Bởi', 'Dù',
  'Vậy', 'Hoặc', 'Ngay', 'Lúc', 'Ở', 'Chỉ', 'Cùng', 'Đến', 'Ảnh', 'Nguồn', 'Clip',
  'Video', 'Chị', 'Bác', 'Chú', 'Cô', 'Ông', 'Bà', 'Thưa', 'Xin', 'Hãy', 'Phải', 'Đừng',
  'Đã',
];

/**
 * Openers that are also name syllables ("Như", "Năm", "Tin", "Sáng", "Từ", "Tại", "Nên", "Đồng", "Tuy", "Bài", "Có"): they end a name only
 * as the run's last word, followed by their usual lower-case partner ("Như vậy", "Năm nay").
 */
export const OPENER_PAIRS: readonly string[] = [
  'Tuy nhiên', 'Tuy vậy', 'Tuy thế', 'Tuy rằng', 'Tin liên quan', 'Tin tức', 'Tin bài', 'Tin ảnh', 'Tin và ảnh', 'Tin mới', 'Tin nhắn', 'Tin đồn', 'Bài viết', 'Bài học', 'Bài toán', 'Bài báo', 'Bài thơ', 'Bài hát',
  'Tại đây', 'Tại buổi', 'Tại hội', 'Qua đó', 'Qua kiểm', 'Nên chăng', 'Như vậy', 'Như thế', 'Năm nay', 'Năm qua', 'Năm ngoái', 'Sáng nay', 'Chiều nay', 'Tối nay', 'Sáng qua',
  'Chiều qua', 'Hiện nay', 'Hiện tại', 'Từ đó', 'Từ năm', 'Từ ngày', 'Từ khi', 'Vì vậy', 'Vì thế', 'Anh ấy',
  'Tất cả', 'Hầu hết', 'Mặc dù', 'Thế nhưng', 'Đặc biệt', 'Tiếp theo', 'Tiếp đó', 'Thời gian', 'Mặt khác',
  'Nhờ đó', 'Nhờ vậy', 'Vừa qua', 'Song song', 'Nhân dịp', 'Thực hiện', 'Thực tế', 'Phát biểu', 'Kết luận',
  'Trả lời', 'Chia sẻ', 'Giải thích', 'Giải đáp', 'Lý giải', 'Thông tin', 'Đánh giá', 'Nhấn mạnh', 'Tham dự',
  'Tham gia', 'Dự kiến', 'Trao đổi', 'Đối với', 'Liên quan', 'Bày tỏ', 'Báo cáo', 'Quang cảnh', 'Toàn cảnh',
  'Hội nghị', 'Buổi làm', 'Đại diện', 'Lãnh đạo', 'Cũng theo', 'Nói về', 'Bên lề', 'Tiếp đến', 'Cuối cùng',
  'Cụ thể', 'Đồng chí', 'Đồng thời', 'Đầu tiên', 'Sau khi', 'Điều này', 'Việc này', 'Mới đây', 'Gần đây', 'Tính đến', 'Tính chung', 'Kết quả',
  // "Chi" is a given name too: "Chi nhánh" opens a branch's name ("… Thành phố Hồ Chí Minh Chi nhánh Thăng Long")
  'Chi nhánh',
  // "Có" is a given name too ("Nguyễn Hữu Có")
  'Có được', 'Có thể', 'Có lẽ', 'Có nhiều', 'Có rất', 'Có một', 'Có những', 'Có các',
];

/** Parts of the day that open a sentence before its date ("Sáng 8/2, Tỉnh ủy …"), where a full stop was lost. */
export const DAY_PARTS_BEFORE_DATES: readonly string[] = ['Sáng', 'Trưa', 'Chiều', 'Tối', 'Đêm'];

/**
 * Capitalised words that open a sentence and never a body's name: a post's role never goes on
 * past them ("… Thành ủy Đà Nẵng Theo đó, …"). "Tuy" opens one only before "nhiên".
 */
export const OPENERS_AFTER_POSTS: readonly string[] = ['Theo', 'Đây', 'Trong', 'Khi', 'Nếu', 'Tuy', 'Nhưng', 'Chúng', 'Vậy', 'Dù', 'Để'];

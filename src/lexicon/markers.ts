/** Line openings that start a block after the article body (related news, comments, share, footer). */
export const BODY_END_MARKERS: readonly string[] = [
  'Tin liên quan',
  'Tin mới nhất',
  'Tin cùng chuyên mục',
  'Tin khác',
  'Các tin khác',
  'Bài viết liên quan',
  'Bài liên quan',
  'Xem thêm',
  'Bình luận',
  'Chia sẻ bài viết',
  'Chịu trách nhiệm chính',
  'Tìm kiếm theo ngày',
];

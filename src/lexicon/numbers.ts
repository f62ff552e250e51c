// Words around a Vietnamese figure: multipliers written after it, qualifiers written before
// it, and the verbs that make it a change. All entries lower-case; matched case-insensitively.
import type { Change, Qualifier } from '../schema.js';

/** Multiplier words after a figure ("1,5 tỷ", "59 ngàn"), as powers of ten. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['trăm', 2],
  ['nghìn', 3],
  ['ngàn', 3],
  ['vạn', 4],
  ['triệu', 6],
  ['tỷ', 9],
  ['tỉ', 9],
]);

/**
 * Qualifiers directly before a figure, to the schema's enum. Longer phrases win over their
 * prefixes ("trên dưới" is about, "trên" is over; "đạt khoảng" is about: the nearest word decides).
 */
export const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map([
  ['trên', 'over'],
  ['hơn', 'over'],
  ['có hơn', 'over'],
  ['vượt quá', 'over'],
  ['dưới', 'under'],
  ['chưa đến', 'under'],
  ['chưa tới', 'under'],
  ['chưa đầy', 'under'],
  ['không đến', 'under'],
  ['không tới', 'under'],
  ['khoảng', 'about'],
  ['khoảng chừng', 'about'],
  ['chừng', 'about'],
  ['xấp xỉ', 'about'],
  ['ước', 'about'],
  ['ước tính', 'about'],
  ['ước khoảng', 'about'],
  ['ước đạt', 'about'],
  ['trên dưới', 'about'],
  ['xung quanh', 'about'],
  ['gần', 'nearly'],
  ['gần như', 'nearly'],
  ['suýt', 'nearly'],
  ['tối thiểu', 'at_least'],
  ['ít nhất', 'at_least'],
  ['không dưới', 'at_least'],
  ['không ít hơn', 'at_least'],
  ['tối đa', 'at_most'],
  ['nhiều nhất', 'at_most'],
  ['không quá', 'at_most'],
  ['không vượt quá', 'at_most'],
  ['không hơn', 'at_most'],
  ['đạt', 'reached'],
  ['đạt được', 'reached'],
  ['đạt mức', 'reached'],
  ['đạt tỷ lệ', 'reached'],
  ['đạt tỉ lệ', 'reached'],
  ['ở mức', 'reached'],
  ['lên đến', 'reached'],
  ['lên tới', 'reached'],
]);

/** Qualifiers written after a figure and its unit ("từ 90% trở lên"). */
export const TRAILING_QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map([
  ['trở lên', 'at_least'],
  ['trở xuống', 'at_most'],
]);

/**
 * Adjectives that turn a following "hơn" into a comparison ("cao hơn 1,71%" is a difference
 * of 1.71, not "over 1.71"). After a verb of change "hơn" qualifies: "tăng hơn 10.000 tỷ
 * đồng" is an increase of over 10,000 billion.
 */
export const COMPARATIVES: ReadonlySet<string> = new Set([
  'cao',
  'thấp',
  'nhiều',
  'ít',
  'lớn',
  'nhỏ',
  'sớm',
  'muộn',
  'chậm',
  'nhanh',
  'tốt',
  'kém',
]);

/**
 * Verbs before "N lần" that make it a ratio, not a count of occasions: "gấp 3 lần", "vượt
 * 18 lần", "nhân 2 lần"; the verbs of change too ("tăng lên hơn 10 lần").
 */
export const RATIO_VERBS: ReadonlySet<string> = new Set(['gấp', 'vượt', 'nâng', 'nhân', 'chia', 'bằng']);

/**
 * Adjectives that make "N lần" a ratio right before the figure ("cao 2 lần", "mạnh khoảng 3
 * lần") or before a "hơn" earlier in the clause ("nặng hơn Mặt Trời khoảng 10 lần").
 */
export const RATIO_ADJECTIVES: ReadonlySet<string> = new Set([
  'mạnh', 'yếu', 'đắt', 'rẻ', 'nặng', 'nhẹ', 'dài', 'ngắn', 'rộng', 'hẹp', 'xa', 'sâu', 'dày', 'mỏng', 'to', 'giàu', 'nghèo', 'đông',
  ...COMPARATIVES,
]);

/** Verbs whose figure is a change ("giảm 315 người", "cắt giảm", "tăng 16 bậc", "tụt 10 bậc"). */
export const CHANGE_VERBS: ReadonlyMap<string, Change> = new Map([
  ['tăng', 'increase'],
  ['giảm', 'decrease'],
  ['tụt', 'decrease'],
  ['sụt', 'decrease'],
  ['lùi', 'decrease'],
]);

/** Words allowed between a change verb and its figure ("tăng thêm 5", "giảm được 30"). */
export const CHANGE_FILLERS: readonly string[] = ['thêm', 'được', 'đi', 'mất'];

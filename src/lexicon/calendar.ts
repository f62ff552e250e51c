// Calendar words of Vietnamese news text: weekdays, parts of the day, the words that
// announce a date, and the AM/PM marks of Vietnamese CMS timestamps.

/** Weekday names as written ("Thứ bảy", "Thứ 7", "Chủ nhật"), lower-cased, to JS day numbers. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['chủ nhật', 0],
  ['thứ hai', 1],
  ['thứ 2', 1],
  ['thứ ba', 2],
  ['thứ 3', 2],
  ['thứ tư', 3],
  ['thứ 4', 3],
  ['thứ năm', 4],
  ['thứ 5', 4],
  ['thứ sáu', 5],
  ['thứ 6', 5],
  ['thứ bảy', 6],
  ['thứ 7', 6],
]);

/** Parts of the day that open a dated sentence ("Sáng 21/7", "Chiều 23/6"). */
export const PARTS_OF_DAY: readonly string[] = ['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rạng sáng'];

/**
 * Words right before a day/month without a year that make it a date however it is written
 * ("ngày 26-5", "Sáng 21/7", "hôm 3/2", "Sáng nay 9/4"); compared lower-cased.
 */
export const STRONG_DATE_CUES: readonly string[] = ['ngày', 'mùng', 'mồng', 'hôm', 'nay', ...PARTS_OF_DAY];

/**
 * Words that make a day/month with "/" a date ("từ 1/7", "đến 30/6", "Chiều qua 15/3"), but
 * not one with "-": "từ 10-12 hồ sơ" is a range.
 */
export const SLASH_DATE_CUES: readonly string[] = ['qua', 'mai', 'từ', 'đến', 'tới', 'trước', 'sau', 'vào', 'lúc', 'dịp', 'phiên', 'tuần'];

/**
 * Those that make a day and month with a point a date where a clause's mark follows ("từ 17.3,
 * Công an …"): not "qua", "mai" or "phiên", which stand before prices too ("được đẩy qua 16.8.").
 */
export const DOT_DATE_CUES: readonly string[] = SLASH_DATE_CUES.filter((w) => w !== 'qua' && w !== 'mai' && w !== 'phiên');

/** A deadline named before its day and month, in any writing: "hạn cuối 31-8", "Hạn chót 30-6". */
export const DEADLINE_CUES: readonly string[] = ['hạn cuối', 'hạn chót'];

/**
 * Words that set a deadline right before its date, "ngày" or a colon allowed between: "hoàn
 * thành trước ngày 30/9", "đến hết ngày 30/6", "chậm nhất là ngày 15/12", "hạn chót: 15/10", "để đến sát ngày 31-12". A
 * deadline lies ahead of the report, so a year-less one takes the report's year.
 */
export const DEADLINE_WORDS: readonly string[] = [
  'trước', 'đến', 'đến hết', 'chậm nhất', 'chậm nhất là', 'chậm nhất vào', 'hạn', 'hạn là', 'sát', ...DEADLINE_CUES, ...DEADLINE_CUES.map((c) => `${c} là`),
];

/**
 * Holidays named before their day and month, which makes it a date: "Tết thiếu nhi 1/6",
 * "Quốc khánh 2/9", "Ngày Quốc tế Phụ nữ (8/3)". Matched in any case.
 */
export const HOLIDAYS: readonly string[] = [
  'thiếu nhi', 'Quốc khánh', 'Quốc tế Lao động', 'Quốc tế Phụ nữ', 'Phụ nữ Việt Nam', 'Nhà giáo Việt Nam', 'Thầy thuốc Việt Nam',
  'Báo chí Cách mạng Việt Nam', 'Giải phóng miền Nam', 'Thương binh liệt sĩ', 'Thương binh - Liệt sĩ', 'Thương binh, Liệt sĩ',
  'Quân đội nhân dân Việt Nam', 'Công an nhân dân', 'Valentine', 'Giáng sinh', 'Noel', 'Lễ Tình nhân', 'Vu Lan', 'Trung thu',
  'Giỗ Tổ Hùng Vương', 'Ngày Chiến thắng', 'Độc lập',
  // days of an event named before their day and month ("trong ngày bầu cử 22/5", "ngày khai giảng 5/9")
  'ngày bầu cử', 'ngày khai giảng', 'ngày tựu trường', 'ngày bế giảng', 'ngày hội', 'ngày truyền thống', 'ngày thành lập',
  // "nghỉ lễ 30/4", "dịp lễ 30.4 - 1.5": a holiday named by its day
  'lễ',
];

/** Words of a match's score: before "3-1" they make it a score, not a day and month ("dẫn trước 3-1"). */
export const SCORE_WORDS: readonly string[] = ['thắng', 'thua', 'hòa', 'hoà', 'dẫn', 'tỷ số', 'tỉ số', 'gỡ', 'bàn', 'trận', 'chung cuộc'];

/** Words that may stand between a cue and its date without ending the cue ("đến hết 19/11"). */
export const CUE_LINKS: readonly string[] = ['hết', 'muộn', 'sớm', 'khoảng'];

/**
 * "qua" (yesterday), "mai" (tomorrow) and "nay" (today) after a strong cue are strong too, a
 * comma after them allowed: "tối qua 11-8", "sáng mai 13.8", "Chiều nay, 10.2".
 */
export const RELATIVE_DAYS: readonly string[] = ['qua', 'mai', 'nay'];

/**
 * Words before "nay" that make it close a span up to now ("đến nay", "tới nay"): a day and month
 * after them is a share where a noun follows ("đến nay 8/8 huyện"), today where none does.
 */
export const UNTIL_NOW_WORDS: readonly string[] = ['đến', 'tới'];

/**
 * After those weaker cues a share reads the same ("chiếm tới 3/4 diện tích", "sau 3/4 quãng
 * đường"): the date is taken only where punctuation, a capital or one of these words
 * follows ("từ 12/9 đến 3/10", "trước 9/3 tại", "dịp 20/10 này").
 */
export const DATE_FOLLOWERS: readonly string[] = [
  'đến', 'tới', 'và', 'hoặc', 'tại', 'ở', 'này', 'năm', 'hằng', 'hàng', 'vừa', 'sẽ', 'đã', 'có', 'là', 'thì', 'mới', 'rồi',
  'nay', 'lúc', 'khi', 'sau', 'trước', 'để', 'nhằm', 'do', 'được', 'theo', 'các', 'mọi', 'những', 'toàn', 'với', 'vì', 'bởi', 'nhưng', 'nên', 'mà', 'cùng', 'phải', 'trên', 'kéo', 'diễn',
  'áp', 'bắt', 'chính',
  // a target set for the date ("đến 30/6 giải ngân đạt trên 45%, đến 30/9 đạt trên 75%", "đến 31/12 hoàn thành")
  'đạt', 'hoàn', 'giải',
];

/**
 * AM/PM marks after a clock time, as written: SA = sáng (AM), CH = chiều (PM), as Vietnamese
 * CMSs print them. Lower-case "sa"/"ch" are left out: they begin words.
 */
export const MERIDIEMS: ReadonlyMap<string, 'am' | 'pm'> = new Map([
  ['SA', 'am'],
  ['CH', 'pm'],
  ['AM', 'am'],
  ['PM', 'pm'],
  ['am', 'am'],
  ['pm', 'pm'],
]);

/**
 * Words of places named after a day ("đường 3/2", "Công viên 23/9", "quảng trường 2/4"): a day and
 * month right after one names the street or the square, not a date. Matched in any case.
 */
export const PLACES_NAMED_BY_DAYS: readonly string[] = ['đường', 'phố', 'quảng trường', 'công viên', 'cầu', 'sân vận động', 'bến xe'];

/** Figures written like a day/month that are idioms, not dates ("phục vụ 24/7": around the clock). */
export const NOT_DATES: readonly string[] = ['24/7'];

/** Plausible years for a stated date; placeholders such as "1/1/0001" fall outside. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/**
 * The ten stems and twelve branches that name a lunar year ("Tết Đinh Dậu", "Xuân Mậu Tuất").
 * Some stems are surnames too (Đinh, Nhâm, Giáp): a stem and a branch alone are a year, not a person.
 */
export const YEAR_STEMS: readonly string[] = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
export const YEAR_BRANCHES: readonly string[] = ['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/**
 * The months of the solar year in words, capitalised as the press writes them after "tháng"
 * ("ngày 1 tháng Bảy", "ngày 15 tháng Mười Hai"); the lunar year's first and last ("tháng Giêng",
 * "tháng Chạp") are left out, as lunar dates are. Longest first.
 */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['Mười Một', 11], ['Mười Hai', 12], ['Mười', 10], ['Một', 1], ['Hai', 2], ['Ba', 3], ['Tư', 4],
  ['Năm', 5], ['Sáu', 6], ['Bảy', 7], ['Tám', 8], ['Chín', 9],
]);

const DIGIT_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
/** The units after "mười" and "mươi" as they are said: "mười lăm", "hai mươi mốt", "hai mươi tư". */
const UNITS_AFTER_TEN = (tens: number): [string, number][] =>
  DIGIT_WORDS.map((w, i): [string, number] => [i === 4 ? 'lăm' : i === 0 && tens > 1 ? 'mốt' : w, i + 1]).concat(tens > 1 ? [['tư', 4]] : []);

/**
 * The days of a month in words, after "ngày" or "mồng" ("ngày mười lăm tháng Ba", "ngày hai mươi
 * tháng Mười", "mồng chín tháng Tư"), as radio scripts and solemn notices write them.
 */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ...DIGIT_WORDS.map((w, i): [string, number] => [w, i + 1]),
  ['mười', 10],
  ...UNITS_AFTER_TEN(1).map(([w, n]): [string, number] => [`mười ${w}`, 10 + n]),
  ['hai mươi', 20],
  ...UNITS_AFTER_TEN(2).map(([w, n]): [string, number] => [`hai mươi ${w}`, 20 + n]),
  ['ba mươi', 30],
  ['ba mươi mốt', 31],
]);

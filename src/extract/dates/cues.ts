// When is a day/month without a year a date? Only with a cue, as a Vietnamese reader sees
// it: a word such as "ngày", "Sáng", "hôm", "từ", "đến" right before it ("Sáng nay (9/4)"
// too), a weekday, or a dateline ("(TTXVN 12/3)", "Đà Nẵng, 12/3 –"). Without one "6/6
// huyện", "xếp thứ 2/7", "phục vụ 24/7" are shares, ranks and idioms. Hyphenated forms
// ("25-5") and dotted ones ("5.2") take only the strong cues: "từ 10-12 hồ sơ" is a range,
// "đạt 2.5" a figure. The end of a range of days is a date too: "ngày 16 - 18/10", "ngày 3-4/11".
import { CUE_LINKS, DATE_FOLLOWERS, DEADLINE_CUES, DOT_DATE_CUES, HOLIDAYS, NOT_DATES, PARTS_OF_DAY, PLACES_NAMED_BY_DAYS, RELATIVE_DAYS, SCORE_WORDS, SLASH_DATE_CUES, STRONG_DATE_CUES, UNTIL_NOW_WORDS } from '../../lexicon/calendar.js';
import { SuffixIndex } from '../words.js';
import { alternation, isLetterOrDigitCode } from '../regex.js';
import { timeBefore } from './time.js';
import { weekdayBefore } from './weekday.js';
import { comesLater, isCalendarDate, looksLikeFraction } from './shared.js';

const STRONG_CUES = new Set(STRONG_DATE_CUES);
const SLASH_CUES = new Set(SLASH_DATE_CUES);
const DOT_CUES = new Set(DOT_DATE_CUES);
const LINKS = new Set(CUE_LINKS);
const RELATIVE = new Set(RELATIVE_DAYS);
const FOLLOWERS = new Set(DATE_FOLLOWERS);
const HOLIDAY_BEFORE = new SuffixIndex(HOLIDAYS);
const PLACE_NAMED_BY_DAY_BEFORE = new SuffixIndex(PLACES_NAMED_BY_DAYS);
const WORD_AFTER = /^[ ]{1,3}(\p{Ll}+)/u;
const NOT_DATE_SET = new Set(NOT_DATES);
/** After a dateline's day and month: a mark, the line's end, or the agency in brackets ("Hà Nội, 5/5 (TTXVN) -"). */
const DATELINE_AFTER = /^[ ]{0,2}(?:[)\],:;.\-–—\n]|\(\p{Lu}|$)/u;
const UPPER = /^\p{Lu}/u;
/** A page's number out of the pages ("Trang 2/6" at a PDF page's foot): no dateline's place. */
const PAGE_WORDS: ReadonlySet<string> = new Set(['Trang', 'TRANG', 'Tờ', 'Page']);
const LETTER = /\p{L}/u;
const MAX_WORD = 25;
const SPACE = 32;
const COMMA = 44;
const COLON = 58;
const NEWLINE = 10;
/** The start of a line, a bullet allowed: where a schedule's entry opens. */
const LINE_OPENS_BEFORE = /(?:^|\n)[ \t]*(?:[-–+•*][ \t]*)?$/;
const DOT = 46;

interface WordBefore {
  word: string;
  start: number;
  comma: boolean;
}

/** The word before `index` across one to three spaces and an optional comma ("Nội, "), if any. */
export function wordBefore(text: string, index: number): WordBefore | null {
  let i = index;
  while (i > 0 && index - i < 3 && text.charCodeAt(i - 1) === SPACE) i--;
  if (i === index || text.charCodeAt(i - 1) === SPACE) return null;
  const comma = text.charCodeAt(i - 1) === COMMA;
  if (comma) i--;
  let start = i;
  while (start > 0 && i - start < MAX_WORD && (isLetterOrDigitCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === DOT)) start--;
  while (start < i && !LETTER.test(text[start])) start++;
  return start < i ? { word: text.slice(start, i), start, comma } : null;
}

/** Whether what follows [.., end) suits a date: not a lower-case word other than DATE_FOLLOWERS. */
function followedLikeDate(text: string, end: number): boolean {
  const next = WORD_AFTER.exec(text.slice(end, end + 16));
  return !next || FOLLOWERS.has(next[1]);
}

/** "ngày 16 - ", "từ ngày 3-", "ngày 21 và ", "từ chiều 27 đến " right before the last day of a range or list of days. */
const RANGE_BEFORE = /(?:ngày|Ngày|NGÀY|sáng|trưa|chiều|tối|đêm)[ ]{1,3}\d{1,2}[ ]{0,2}(?:-|–|và|&|đến|tới)[ ]{0,2}$/;
/** "từ 7-" right before a slashed or dotted day/month ("từ 7-8/7"): "từ 10 đến 12-5 hồ sơ" stays a range of figures. */
const FROM_DAY_BEFORE = /(?:^|[^\p{L}])[Tt]ừ[ ]{1,3}\d{1,2}[ ]{0,2}[-–][ ]{0,2}$/u;
const RANGE_REACH = 20;
/** The last characters of RANGE_BEFORE's links ("-", "–", "và", "đến", "tới"): one must precede the figure. */
const LINK_ENDS = new Set(['-', '–', 'à', 'n', 'i', '&'].map((ch) => ch.charCodeAt(0)));

/** Whether the figure at `index`, written with `separator`, ends a range of days opened by "ngày" ("ngày 3-4/11") or by "từ" ("từ 7-8/7"). */
export function endsDayRange(text: string, index: number, separator: '/' | '-' | '.'): boolean {
  let i = index - 1;
  while (index - 1 - i < 2 && text.charCodeAt(i) === SPACE) i--;
  if (!LINK_ENDS.has(text.charCodeAt(i))) return false;
  const before = text.slice(Math.max(0, index - RANGE_REACH), index);
  return RANGE_BEFORE.test(before) || (separator !== '-' && FROM_DAY_BEFORE.test(before));
}

// A date with a year is plain even inside a range: "(24/6/1967-24/6/2017)", "(25-26/2/2016)",
// "từ ngày 4/6-30/8/2017". A dash glued to a figure otherwise continues it ("1-2/3" a share).
/** A day/month (and year) and a dash right before a figure. */
const DATE_THEN_DASH = /(?<![\d/.,:\-–])(?<date>\d{1,2}(?<separator>[/.])\d{1,2}(?:\k<separator>(?<year>\d{4}))?)[ ]{0,2}[-–][ ]{0,2}$/d;
/** A lone day and a dash right before a figure: the first day of a range ("(25-26/2/2016)"). */
const DAY_THEN_DASH = /(?<![\d/.,:\-–])\d{1,2}[ ]{0,2}[-–][ ]{0,2}$/;
/** A dash and a day/month right after a date: the date opens a range ("24/6/1967-24/6/2017"). */
const DASH_THEN_DATE = /^[ ]{0,2}[-–][ ]{0,2}\d{1,2}[/.]\d{1,2}(?![\d])/;
const RANGE_LINK_REACH = 24;
const DASH = 0x2d;
const EN_DASH = 0x2013;

interface DateBefore {
  start: number;
  end: number;
  separator: '/' | '.';
  withYear: boolean;
}

/** Whether a dash stands right before `index`, at most two spaces away: what every range link needs before its pattern runs. */
function dashBefore(text: string, index: number): boolean {
  let i = index - 1;
  while (index - 1 - i < 2 && text.charCodeAt(i) === SPACE) i--;
  const code = text.charCodeAt(i);
  return code === DASH || code === EN_DASH;
}

/** The date that a dash joins to the figure at `index` ("4/6" in "4/6-30/8/2017"), or null. */
function dateBeforeDash(text: string, index: number): DateBefore | null {
  if (!dashBefore(text, index)) return null;
  const from = Math.max(0, index - RANGE_LINK_REACH);
  const match = DATE_THEN_DASH.exec(text.slice(from, index));
  if (!match) return null;
  const { separator, year } = match.groups!;
  return { start: from + match.index, end: from + match.indices!.groups!.date[1], separator: separator as '/' | '.', withYear: year !== undefined };
}

/** Whether the day/month at `index` ends a range of dates, or (a date with a year) of days. */
export function endsDateRange(text: string, index: number, withYear: boolean): boolean {
  if (!dashBefore(text, index)) return false;
  if (dateBeforeDash(text, index)) return true;
  return withYear && DAY_THEN_DASH.test(text.slice(Math.max(0, index - RANGE_LINK_REACH), index));
}

/** Whether the date that ends at `end` opens a range of dates. */
export function opensDateRange(text: string, end: number): boolean {
  return DASH_THEN_DATE.test(text.slice(end, end + RANGE_LINK_REACH));
}

/** Whether the figure at `index` ends a range opened by a date that is one ("từ 26/1-1/2"). */
function endsRangeOfDates(text: string, index: number): boolean {
  const earlier = dateBeforeDash(text, index);
  return earlier !== null && (earlier.withYear || hasDateCue(text, earlier.start, earlier.end, earlier.separator));
}

/**
 * A strong cue: a STRONG_DATE_CUES word with no comma between, or "qua"/"mai"/"nay" after one
 * ("chiều qua"), where a comma may stand between, as the day is then named again ("Chiều nay,
 * 10.2", "Sáng qua, 9/2").
 */
function isStrong(text: string, before: WordBefore | null, end: number): boolean {
  if (!before) return false;
  const word = before.word.toLowerCase();
  if (!before.comma && isDeadline(text, before, word)) return true;
  if (!before.comma && STRONG_CUES.has(word)) return !perDay(text, before, word) && !shareAfterUntilNow(text, before, word, end);
  if (!RELATIVE.has(word)) return false;
  const earlier = wordBefore(text, before.start);
  return earlier !== null && !earlier.comma && STRONG_CUES.has(earlier.word.toLowerCase());
}

const DEADLINES: ReadonlySet<string> = new Set(DEADLINE_CUES);

/** "hạn cuối 31-8": the word before the day and month ends a deadline's name. */
function isDeadline(text: string, before: WordBefore, word: string): boolean {
  if (word !== 'cuối' && word !== 'chót') return false;
  const earlier = wordBefore(text, before.start);
  return earlier !== null && !earlier.comma && DEADLINES.has(`${earlier.word.toLowerCase()} ${word}`);
}

const UNTIL_NOW: ReadonlySet<string> = new Set(UNTIL_NOW_WORDS);

/** "đến nay 8/8 huyện", "tới nay 3/5 xã": after "nay" closing a span up to now, a share where a noun follows ("Đến nay 14/7, …" is today). */
function shareAfterUntilNow(text: string, before: WordBefore, word: string, end: number): boolean {
  if (word !== 'nay') return false;
  const earlier = wordBefore(text, before.start);
  return earlier !== null && !earlier.comma && UNTIL_NOW.has(earlier.word.toLowerCase()) && !followedLikeDate(text, end);
}

const PER_DAY: ReadonlySet<string> = new Set(['mỗi', 'hằng', 'hàng']);

/** "mỗi ngày 2-3 tiếng", "hằng ngày 1-2 lần": "ngày" counts a rate there, it names no day ("vòng một ngày 11/6" does). */
function perDay(text: string, before: WordBefore, word: string): boolean {
  if (word !== 'ngày') return false;
  const earlier = wordBefore(text, before.start);
  return earlier !== null && !earlier.comma && PER_DAY.has(earlier.word.toLowerCase());
}

/** "từ 30.5 đến 1.6": two days and months written with a point, each the other's cue. */
// "(từ 25.1 đến hết 2.2)": "hết" may stand after the link.
const DOTTED_RANGE_AFTER = /^[ ]{1,2}(?:đến|tới)[ ]{1,2}(?:hết[ ]{1,2})?\d{1,2}\.\d{1,2}(?!\d|[.,]\d|[ ]?%)/;
const DOTTED_RANGE_BEFORE = /(?:^|[^\p{L}])[Tt]ừ[ ]{1,2}(?:ngày[ ]{1,2})?\d{1,2}\.\d{1,2}[ ]{1,2}(?:đến|tới)[ ]{1,2}(?:hết[ ]{1,2})?$/u;
const DOTTED_REACH = 28;

/** "3/3 đến 5/3": two days and months written with a slash, the first the second's cue and the second the first's. */
const SLASH_RANGE_AFTER = /^[ ]{1,2}(?:đến|tới)[ ]{1,2}(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d|[ ]?%)/;
/** Months a range of dates may run across the turn of the year in ("từ 25/12 đến 5/1"). */
const NEAR_YEAR_END = 11;
const NEAR_YEAR_START = 2;

/** Whether a slashed day/month at [index, end) opens a range that ends in one and then reads like a date. */
function opensSlashRange(text: string, index: number, end: number): boolean {
  const range = SLASH_RANGE_AFTER.exec(text.slice(end, end + DOTTED_REACH));
  return range !== null && followedLikeDate(text, end + range[0].length) && !goesBack(text, index, end, range);
}

/** "(từ) 1/3 đến 1/2": a range of two days and months that goes back in the year (not across its end) is one of fractions. */
function backwardRangeAfter(text: string, index: number, end: number): boolean {
  const range = SLASH_RANGE_AFTER.exec(text.slice(end, end + DOTTED_REACH));
  return range !== null && goesBack(text, index, end, range);
}

/** Whether the range from the day/month at [index, end) to the one SLASH_RANGE_AFTER read goes back in the year. */
function goesBack(text: string, index: number, end: number, range: RegExpExecArray): boolean {
  const [day, month] = text.slice(index, end).split('/').map(Number);
  const lastDay = Number(range[1]);
  const lastMonth = Number(range[2]);
  return !(month >= NEAR_YEAR_END && lastMonth <= NEAR_YEAR_START) && !comesLater(day, month, lastDay, lastMonth);
}

/** "03-5 đến 07-5": a hyphenated day and month, then "đến" and another in the same month. */
const HYPHEN_RANGE_AFTER = /^[ ]{1,2}(?:đến|tới)[ ]{1,2}(\d{1,2})-(\d{1,2})(?![\d-]|[.,]\d|[ ]?%)/;

/**
 * Whether the hyphenated day and month at [index, end) opens a range of days in one month
 * ("(03-5 đến 07-5)"): a range of figures repeats no second figure ("từ 10-12 đến 15-20 hồ sơ").
 */
function opensHyphenRange(text: string, index: number, end: number): boolean {
  const range = HYPHEN_RANGE_AFTER.exec(text.slice(end, end + DOTTED_REACH));
  if (!range) return false;
  const [day, month] = text.slice(index, end).split('-').map(Number);
  const lastDay = Number(range[1]);
  if (Number(range[2]) !== month || lastDay <= day) return false;
  const rangeEnd = end + range[0].length;
  return CLAUSE_MARK_AFTER.test(text.slice(rangeEnd, rangeEnd + 4)) || followedLikeDate(text, rangeEnd);
}

/** A dash and a whole date written with the same separator: "15.9 - 15.10.2021", "15/9 - 15/10/2021". */
const DASH_THEN_WHOLE_DATE = /^[ ]{0,2}[-–][ ]{0,2}\d{1,2}([/.])\d{1,2}\1(?:19|20)\d\d(?!\d)/;

/** Whether the year-less day and month ending at `end` opens a range that ends in a whole date written the same way. */
function opensRangeToWholeDate(text: string, end: number, separator: '/' | '.'): boolean {
  const range = DASH_THEN_WHOLE_DATE.exec(text.slice(end, end + 20));
  return range !== null && range[1] === separator;
}

/** A figure or a unit after the range makes its ends amounts ("từ 2.5 đến 3.5 triệu đồng"). */
function inDottedRange(text: string, index: number, end: number): boolean {
  if (DOTTED_RANGE_BEFORE.test(text.slice(Math.max(0, index - DOTTED_REACH), index))) return followedLikeDate(text, end);
  const before = wordBefore(text, index);
  if (before === null || before.comma || before.word.toLowerCase() !== 'từ') return false;
  const range = DOTTED_RANGE_AFTER.exec(text.slice(end, end + DOTTED_REACH));
  return range !== null && followedLikeDate(text, end + range[0].length);
}

const CLAUSE_MARK_AFTER = /^[ ]{0,2}(?:[,.;:)]|$)/;
/** "đến hết 30-4-2017", "tới ngày 5-6-2017": the end of a range, a whole hyphenated date. */
const UNTIL_WHOLE_DATE = /^[ ]{1,2}(?:đến|tới)[ ]{1,2}(?:hết[ ]{1,2})?(?:ngày[ ]{1,2})?\d{1,2}-\d{1,2}-\d{4}(?!\d)/;
const UNTIL_REACH = 28;
const SCORE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SCORE_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const SCORE_REACH = 40;

/**
 * "có hiệu lực từ 30-6, …", "dịp 30-4 và …", "Từ 1-7, …": a hyphenated day and month after a
 * weak cue, where the day is larger than the month (no range of figures goes down: "từ 10-12
 * hồ sơ" is one) or the cue opens the sentence before a comma, and the clause ends or a date's
 * follower comes after it.
 */
function hyphenatedDayMonth(text: string, index: number, end: number, cue: WordBefore): boolean {
  // "Tính từ 1-1 đến hết 30-4-2017": a range that ends in a whole date is one of dates.
  if (UNTIL_WHOLE_DATE.test(text.slice(end, end + UNTIL_REACH))) return true;
  const [day, month] = text.slice(index, end).split('-').map(Number);
  // "Từ 1-7, …" opening a sentence: no range of figures stands alone there.
  const opening = UPPER.test(cue.word) && text.charCodeAt(end) === COMMA;
  if ((day <= month && !opening) || !(CLAUSE_MARK_AFTER.test(text.slice(end, end + 4)) || followedLikeDate(text, end))) return false;
  // "dẫn trước 3-1", "thắng Australia đến 5-1": a score.
  return !SCORE_BEFORE.test(text.slice(Math.max(0, index - SCORE_REACH), index));
}

/** "ngày 18, 19, 20/4", "các ngày 7, 8 và 9/11": days opened by "ngày" and listed with commas, the last link a comma or "và". */
const DAY_LIST_BEFORE = /(?<![\p{L}])ngày[ ]{1,2}\d{1,2}(?:[ ]{0,2},[ ]{0,2}\d{1,2}){0,5}(?:[ ]{0,2},[ ]{0,2}|[ ]{0,2},[ ]{0,2}\d{1,2}[ ]{1,2}(?:và|&)[ ]{1,2})$/iu;
const DAY_LIST_REACH = 40;

/** The last characters of "và" and "&", the links a list of days may end with. */
const A_GRAVE = 0xe0;
const AMPERSAND = 0x26;

export function endsDayList(text: string, at: number): boolean {
  let i = at - 1;
  while (i > 0 && text.charCodeAt(i) === SPACE) i--;
  const link = text.charCodeAt(i);
  return (link === COMMA || link === A_GRAVE || link === AMPERSAND) && DAY_LIST_BEFORE.test(text.slice(Math.max(0, at - DAY_LIST_REACH), at));
}

const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;
const DAY_MONTH_POINT = /[/.]/;
/** "(1-" right before the last day of a range: the bracket and the range's first day. */
const BRACKETED_DAY_BEFORE = /\((\d{1,2})[ ]{0,2}[-–][ ]{0,2}$/;

/** "(20 và ", "(1, 2 và ", "(1-": the bracket and the first days of a list or range before its last day. */
const BRACKETED_DAYS_BEFORE = /\((\d{1,2})(?:[ ]{0,2},[ ]{0,2}\d{1,2}){0,5}(?:[ ]{0,2}[-–,][ ]{0,2}|[ ]{1,2}và[ ]{1,2})$/;
const BRACKETED_DAYS_REACH = 40;

/** Whether "(" and a first day and a dash stand right before `index` ("(1-4/6)"); aloneInBrackets decides whether it is a date. */
export function opensBracketedDayRange(text: string, index: number): boolean {
  return BRACKETED_DAY_BEFORE.test(text.slice(Math.max(0, index - 8), index));
}

/**
 * "vào đúng mùng 1 Tết (28/1)", "gặp Hải Phòng (24/6)": a day and month alone in brackets after
 * words or a lunar day is the date of what they name; not after another figure or "%" (a tally: "63%(36/57)"), nor a
 * common fraction ("(1/2)").
 */
function aloneInBrackets(text: string, index: number, end: number): boolean {
  if (text.charCodeAt(end) !== CLOSE_BRACKET) return false;
  const [day, month] = text.slice(index, end).split(DAY_MONTH_POINT).map(Number);
  let open = index - 1;
  // "Trong 4 ngày (1-4/6)", "2 ngày họp (20 và 21/5)": the last day of a range or list of days in brackets.
  const range = BRACKETED_DAYS_BEFORE.exec(text.slice(Math.max(0, index - BRACKETED_DAYS_REACH), index));
  if (range) {
    if (Number(range[1]) >= day) return false;
    open = index - range[0].length;
  }
  if (text.charCodeAt(open) !== OPEN_BRACKET) return false;
  return (letterBefore(text, open) || LUNAR_DAY_BEFORE.test(text.slice(Math.max(0, open - 12), open))) && !looksLikeFraction(day, month);
}

/** A lunar day in figures before the bracket: "đêm mùng 4 (31/1)", "mồng 10 (15/2)". */
const LUNAR_DAY_BEFORE = /(?:^|[^\p{L}])(?:mùng|mồng)[ ]\d{1,2}[ ]?$/iu;

/** Whether a letter stands before `at`, across spaces. */
function letterBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === SPACE) i--;
  return i >= 0 && LETTER.test(text[i]);
}

/** A dash and a second day/month closing the bracket a first one opened: "(1/7 - 14/7)". */
const BRACKETED_RANGE_END = /^[ ]{0,2}[-–][ ]{0,2}(\d{1,2})[/.](\d{1,2})\)/;

/**
 * "2 tuần đầu (1/7 - 14/7)": two days and months alone in brackets after words, the second later
 * in the year than the first, are the range's dates; each is the other's cue (endsRangeOfDates).
 */
function opensBracketedRange(text: string, index: number, end: number): boolean {
  if (text.charCodeAt(index - 1) !== OPEN_BRACKET || !letterBefore(text, index - 1)) return false;
  const range = BRACKETED_RANGE_END.exec(text.slice(end, end + 12));
  if (!range) return false;
  const [day, month] = text.slice(index, end).split(DAY_MONTH_POINT).map(Number);
  const lastDay = Number(range[1]);
  const lastMonth = Number(range[2]);
  return !looksLikeFraction(day, month) && isCalendarDate(lastDay, lastMonth, null) && comesLater(day, month, lastDay, lastMonth);
}

/** The next day/month of a list in brackets: a comma or "và", then the day and month. */
const BRACKETED_LIST_NEXT = /^(?:,[ ]{0,2}| và )(\d{1,2})[/](\d{1,2})(?![\d/])/;
const BRACKETED_LIST_REACH = 12;

/**
 * "ngày mở thưởng 3 đợt (31/1, 3/2 và 6/2 tức …)": a list of days and months in brackets after
 * words, each later in the year than the one before (shares are not written so), is the list's dates.
 */
function opensBracketedList(text: string, index: number, end: number): boolean {
  if (text.charCodeAt(index - 1) !== OPEN_BRACKET || !letterBefore(text, index - 1)) return false;
  let [day, month] = text.slice(index, end).split('/').map(Number);
  if (looksLikeFraction(day, month)) return false;
  let items = 1;
  let last = end;
  for (let at = end; ; items++) {
    const next = BRACKETED_LIST_NEXT.exec(text.slice(at, at + BRACKETED_LIST_REACH));
    if (!next) break;
    const nextDay = Number(next[1]);
    const nextMonth = Number(next[2]);
    if (!isCalendarDate(nextDay, nextMonth, null) || looksLikeFraction(nextDay, nextMonth) || !comesLater(day, month, nextDay, nextMonth)) return false;
    [day, month] = [nextDay, nextMonth];
    at += next[0].length;
    last = at;
  }
  // "(5/7, 6/8 và 7/9 tiêu chí)": shares of a noun after the list.
  return items >= 3 && (text.charCodeAt(last) === CLOSE_BRACKET || followedLikeDate(text, last) || text.startsWith(' tức ', last));
}

/**
 * A day/month (and year) and then "," or "và" right before a figure: "ngày 20/5 và 21/5", "12/5, 13/5", "lễ 30.4 và 1.5",
 * "ngày 14-7 và 21-7"; either may be the last day of a range of days ("ngày 23-24/1, 15-16/2 và 3-4/5").
 */
const DATE_THEN_LIST = /(?<![\d/.,-])(?<from>\d{1,2}[ ]?[-–][ ]?)?(\d{1,2})([/.-])(\d{1,2})(\3\d{4})?(?:,[ ]{0,2}| và )(?<to>\d{1,2}[ ]?[-–][ ]?)?$/;
const LIST_REACH = 24;

/**
 * Whether the figure at [index, end) continues a list opened by a date that is one. After a
 * comma a share may follow a date too ("Ngày 1/7, 2/3 số hộ …"), and a range of figures or a
 * score after a hyphenated one ("và 2-3 hồ sơ"): there the clause must end or a date's follower
 * come next, and a hyphenated day follows "và" only.
 */
function continuesListOfDates(text: string, index: number, end: number, separator: '/' | '-' | '.'): boolean {
  const from = Math.max(0, index - LIST_REACH);
  const match = DATE_THEN_LIST.exec(text.slice(from, index));
  if (!match || match[3] !== separator || (separator === '-' && (match[0].includes(',') || match.groups!.from || match.groups!.to))) return false;
  if ((separator === '-' || match[0].includes(',') || match.groups!.to) && !(CLAUSE_MARK_AFTER.test(text.slice(end, end + 4)) || followedLikeDate(text, end))) return false;
  if (match[5]) return true;
  const start = from + match.index + (match.groups!.from?.length ?? 0);
  return hasDateCue(text, start, start + match[2].length + match[4].length + 1, separator);
}

/** "15-" right before a figure: the first day of a range of days. */
const DAY_RANGE_OPEN_BEFORE = /\d[ ]?[-–][ ]?$/;

/** Whether the slashed or dotted figure at [index, end) ends a range of days in a list of dates: "16/2" of "ngày 23-24/1, 15-16/2". */
export function endsListedDayRange(text: string, index: number, end: number, separator: '/' | '-' | '.'): boolean {
  return separator !== '-' && DAY_RANGE_OPEN_BEFORE.test(text.slice(Math.max(0, index - 3), index)) && continuesListOfDates(text, index, end, separator);
}

/** "Ngày" and a capitalised name of up to six words right before a figure: the day's name. */
const NAMED_DAY_BEFORE = /(?:^|[^\p{L}])Ngày[ ]\p{Lu}\p{Ll}*(?:[ ][\p{L}-]+){0,5}[ ]$/u;
/** "phiên" and up to two words of lower case before a day and month: a session's day. */
const SESSION_BEFORE = /(?:^|[^\p{L}])[Pp]hiên(?:[ ]\p{Ll}+){0,2}[ ]$/u;
/** "thời điểm" (and "ngày") right before a day and month: the point in time it names. */
const POINT_IN_TIME_BEFORE = /(?:^|[^\p{L}])[Tt]hời điểm(?:[ ]ngày)?[ ]$/u;
/** How far before a day and month those four read, in one slice. */
const LEAD_REACH = 64;
/** "ngày" and up to six words of lower case, then "là": what day is meant, its date next. */
const DAY_IS_BEFORE = /(?:^|[^\p{L}])[Nn]gày(?:[ ]\p{Ll}+){1,6}[ ]là[ ]$/u;

/** "ngày" and up to three words of lower case before a day and month: the day so named ("ngày thần tài 6.2", "ngày khủng bố 11.9"). */
const DAY_CALLED_BEFORE = /(?:^|[^\p{L}])[Nn]gày(?:[ ]\p{Ll}+){1,3}[ ]$/u;

/** "Sáng nay – 6.2", "hôm qua - 5/3": a day named by a relative word, then a dash and its day and month. */
const RELATIVE_DAY_DASH_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation([...PARTS_OF_DAY, 'hôm'], { spaces: ' ' })})[ ](?:${alternation(RELATIVE_DAYS)})[ ]{1,2}[-–][ ]{1,2}$`,
  'iu',
);

/** Whether `index` stands in the first line of a text of several lines, its headline. */
function inHeadline(text: string, index: number): boolean {
  return text.lastIndexOf('\n', index) < 0 && text.indexOf('\n', index) > 0;
}

function fractionAt(text: string, index: number, end: number, separator: '/' | '-' | '.'): boolean {
  const [day, month] = text.slice(index, end).split(separator).map(Number);
  return looksLikeFraction(day, month);
}

/** Minutes written after the hour ("01h45", "13:00"), or a dash between the time and the day ("20h - 24/5"). */
const CLOCK_WITH_MINUTES = /[:h]\d\d/;
const CLOCK_DASH = /[-–][ ]{0,3}$/;

/**
 * "01h45 - 25/5: Ajax 0-2 Man Utd", "13:00, 24/05", "lúc 8h30 (25/5)", "khoảng 1h, 21/5)": a
 * time of day right before a day and month dates it, where the time has its minutes, a dash or
 * bracket joins them, or nothing a share counts follows ("trong 24h, 5/7 huyện" is a share);
 * never a common fraction.
 */
function afterClock(text: string, index: number, at: number, end: number, separator: '/' | '.'): boolean {
  const clock = timeBefore(text, at);
  if (!clock || fractionAt(text, index, end, separator)) return false;
  const written = text.slice(clock.start, at);
  return CLOCK_WITH_MINUTES.test(written) || CLOCK_DASH.test(written) || at < index || followedLikeDate(text, end);
}

/** Whether a street or a square named after the day is written before `index` ("Đường 3/2", "Quảng trường 10/3"). */
export function placeNamedByDayBefore(text: string, index: number): boolean {
  return PLACE_NAMED_BY_DAY_BEFORE.startBefore(text, index) >= 0;
}

/** "12/03 08:45" on a line of its own: a listing's date line, the day and month and a time with its minutes, nothing else. */
const CLOCK_LINE_AFTER = /^[ ]{1,3}\d{1,2}:\d{2}[ ]*(?:\n|$)/;

function dateLineWithClock(text: string, index: number, end: number): boolean {
  return (index === 0 || text.charCodeAt(index - 1) === NEWLINE) && CLOCK_LINE_AFTER.test(text.slice(end, end + 10));
}

/** True where the year-less day/month at [index, end), written with `separator`, reads as a date. */
export function hasDateCue(text: string, index: number, end: number, separator: '/' | '-' | '.'): boolean {
  if (separator === '.' && inDottedRange(text, index, end)) return true;
  // "Đường 3/2", "công viên 23/9": a street or a square named after the day.
  if (placeNamedByDayBefore(text, index)) return false;
  const at = text[index - 1] === '(' ? index - 1 : index;
  if (separator !== '-' && HOLIDAY_BEFORE.startBefore(text, at) >= 0) return true;
  if (weekdayBefore(text, at) || endsDayRange(text, at, separator) || endsRangeOfDates(text, index) || endsDayList(text, at)) return true;
  if (continuesListOfDates(text, index, end, separator) && !NOT_DATE_SET.has(text.slice(index, end))) return true;
  if (separator === '/' && opensSlashRange(text, index, end) && !NOT_DATE_SET.has(text.slice(index, end))) return true;
  if (separator === '-' && opensHyphenRange(text, index, end)) return true;
  if (separator !== '-' && opensRangeToWholeDate(text, end, separator)) return true;
  if (separator !== '-' && (aloneInBrackets(text, index, end) || opensBracketedRange(text, index, end))) return true;
  if (separator === '/' && opensBracketedList(text, index, end)) return true;
  // "14/7: Thí sinh nhận giấy báo": a schedule's entry, the day and month opening a line before a colon.
  if (separator === '/' && text.charCodeAt(end) === COLON && LINE_OPENS_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return true;
  if (separator !== '-' && afterClock(text, index, at, end, separator)) return true;
  if (separator === '/' && dateLineWithClock(text, index, end)) return true;
  const lead = text.slice(Math.max(0, at - LEAD_REACH), at);
  // "Ngày Đại dương thế giới 8-6", "Ngày Dân số thế giới 11-7": a named day, then its date.
  if (NAMED_DAY_BEFORE.test(lead)) return true;
  // "phiên giao dịch 17/5", "phiên họp 5/6": a session's day and month, a slash between (no common fraction).
  if (separator === '/' && SESSION_BEFORE.test(lead) && !fractionAt(text, index, end, separator)) return true;
  // "so với thời điểm 30/9", "tại thời điểm 1/7": a point in time, then its day and month (no common fraction).
  if (separator !== '-' && POINT_IN_TIME_BEFORE.test(lead) && !fractionAt(text, index, end, separator)) return true;
  // "ngày đăng ký cuối cùng là 26/05": a day described, then "là" and its date (no common fraction).
  if (separator !== '.' && DAY_IS_BEFORE.test(lead) && !fractionAt(text, index, end, separator)) return true;
  // "ngày thần tài 6.2.", "sau ngày khủng bố 11.9, …": a day called by what it is, then its day and month where a date's follower comes next.
  if (separator !== '-' && DAY_CALLED_BEFORE.test(lead) && followedLikeDate(text, end) && !fractionAt(text, index, end, separator)) return true;
  // "Thời tiết 5/6: Hà Nội …", "Giá vàng 12/7: …": a headline's day and month before its colon, not a common fraction.
  if (separator === '/' && text.charCodeAt(end) === COLON && inHeadline(text, index) && !fractionAt(text, index, end, separator)) return true;
  if (dashBefore(text, at) && RELATIVE_DAY_DASH_BEFORE.test(lead)) return true;
  let before = wordBefore(text, at);
  if (before && !before.comma && LINKS.has(before.word.toLowerCase())) before = wordBefore(text, before.start);
  if (!before) return false;
  if (isStrong(text, before, end)) return true;
  if (separator === '-' && !before.comma && SLASH_CUES.has(before.word.toLowerCase())) return hyphenatedDayMonth(text, index, end, before);
  // "từ 17.3, Công an thành phố …": with a point, only a clause's mark after makes it a date ("từ 17.3 triệu" is a decimal).
  if (separator === '.' && !before.comma && DOT_CUES.has(before.word.toLowerCase())) return CLAUSE_MARK_AFTER.test(text.slice(end, end + 4));
  if (separator !== '/' || NOT_DATE_SET.has(text.slice(index, end))) return false;
  if (!before.comma && SLASH_CUES.has(before.word.toLowerCase())) return followedLikeDate(text, end) && !backwardRangeAfter(text, index, end);
  return at === index && UPPER.test(before.word) && !PAGE_WORDS.has(before.word) && DATELINE_AFTER.test(text.slice(end, end + 4));
}

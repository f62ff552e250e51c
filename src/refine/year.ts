// Year-less dates ("Sáng 21/7", "(TTXVN 12/3)") take the year of the reference date (the
// publication date, or --reference-date): the year before where the reference year would put
// the date more than a month after the reference, since reports look back, not ahead. A
// deadline looks ahead ("hoàn thành trước ngày 30/9" in July, "báo cáo trước ngày 15/12" in a
// plan of March): within ten months after the reference it keeps the reference year; one
// further ahead ("trước ngày 31/12" in January) is the year before's.
import type { DateItem, Items } from '../schema.js';
import type { ExtractContext } from '../extract/context.js';
import { SP } from '../extract/numbers.js';
import { DEADLINE_WORDS } from '../lexicon/calendar.js';
import { DATED, RANGE_LINK, YEARLESS } from './date-forms.js';

const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})/;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const key = (y: number, m: number, d: number): number => y * 10000 + m * 100 + d;

/** A deadline's words right before its date: "trước (ngày)", "đến hết ngày", "chậm nhất là ngày", "hạn chót:". */
const DEADLINE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...DEADLINE_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, `${SP}+`)).join('|')})(?:${SP}+ngày)?${SP}*[(:]?${SP}*$`,
  'iu',
);
const CUE_REACH = 24;
const DEADLINE_MONTHS = 10;

/** The reference's date that many months later, the day clamped to that month's length. */
function monthsAfter(ry: number, rm: number, rd: number, months: number): number {
  const m0 = rm - 1 + months;
  const [y, m] = [ry + Math.floor(m0 / 12), (m0 % 12) + 1];
  return key(y, m, Math.min(rd, daysIn(y, m)));
}

/**
 * The year a month/day belongs to, seen from a reference date; null for 29 February without a
 * leap year. `deadline`: the date is one to be met, so it may lie up to DEADLINE_MONTHS ahead.
 */
export function yearFor(month: number, day: number, reference: string, deadline = false): number | null {
  const ref = REFERENCE.exec(reference);
  if (!ref) return null;
  const [ry, rm, rd] = [Number(ref[1]), Number(ref[2]), Number(ref[3])];
  const limit = monthsAfter(ry, rm, rd, deadline ? DEADLINE_MONTHS : 1);
  const year = key(ry, month, day) > limit ? ry - 1 : ry;
  if (month === 2 && day === 29 && !isLeap(year)) return null;
  return year;
}

/**
 * "dịp lễ 30.4 - 1.5 sắp tới", "ngày 15/9 tới": a day the text says is coming (the last of a range
 * of two days may say it for both), not the end of a range ("từ 1/7 tới 30/7").
 */
const COMING_AFTER = new RegExp(`^(?:${SP}{0,2}[-–]${SP}{0,2}\\d{1,2}[./-]\\d{1,2})?${SP}{0,2}(?:sắp tới|tới đây|sắp đến|tới)(?![\\p{L}])(?!${SP}{0,2}(?:ngày${SP}+)?\\d)`, 'u');
const COMING_REACH = 24;

/** "dự kiến", "dự định" earlier in the date's clause: a day planned, ahead of the report ("Chiến dịch dự kiến bế mạc vào ngày 25.8"). */
const PLANNED_BEFORE = /(?:^|[^\p{L}])dự[ ](?:kiến|định)(?![\p{L}])[^.;!?\n]{0,40}$/iu;
const PLANNED_REACH = 56;

/** Whether a deadline word stands right before the date, and not as the end of a range ("từ 15/8 đến 30/9"), or the text says the day is coming or planned. */
function setsDeadline(text: string, date: DateItem, previous: DateItem | undefined): boolean {
  if (COMING_AFTER.test(text.slice(date.span[1], date.span[1] + COMING_REACH))) return true;
  const start = date.span[0];
  if (PLANNED_BEFORE.test(text.slice(Math.max(0, start - PLANNED_REACH), start))) return true;
  if (!DEADLINE_BEFORE.test(text.slice(Math.max(0, start - CUE_REACH), start))) return false;
  return !previous || !RANGE_LINK.test(text.slice(previous.span[1], start));
}

export function implyYear(item: DateItem, reference: string | null, deadline = false): DateItem {
  const m = YEARLESS.exec(item.value);
  if (!m || !reference) return item;
  const year = yearFor(Number(m[1]), Number(m[2]), reference, deadline);
  if (year === null) return item;
  return Object.assign({}, item, { value: `${String(year).padStart(4, '0')}${item.value.slice(1)}`, yearImplied: true });
}

/** "trước ngày 15/6 và 15/12": a date listed right after a deadline is one too. */
const LISTED_AFTER = new RegExp(`^${SP}*(?:,|và|;)${SP}*(?:ngày${SP}+)?$`);

/**
 * "từ ngày 16/7 đến 31/8" in a report of 17 July: the end of a range falls on or after its start,
 * so a year-less end takes the start's year (the next where its day comes before the start's).
 */
function endOfRange(end: DateItem, start: DateItem | undefined, text: string | undefined): DateItem | null {
  if (!start || text === undefined || !RANGE_LINK.test(text.slice(start.span[1], end.span[0]))) return null;
  const from = DATED.exec(start.value);
  const to = YEARLESS.exec(end.value);
  if (!from || !to) return null;
  return inYear(end, Number(from[1]) + (to[1] + to[2] < from[2] + from[3] ? 1 : 0), to[1], to[2]);
}

/** The year-less date `item` given `year`; null for 29 February outside a leap year. */
function inYear(item: DateItem, year: number, month: string, day: string): DateItem | null {
  if (month === '02' && day === '29' && !isLeap(year)) return null;
  return Object.assign({}, item, { value: `${String(year).padStart(4, '0')}-${month}-${day}`, yearImplied: true });
}

/**
 * The year a word after the date names, from the reference's: "31/1 năm sau", "16/10 năm ngoái", "ngày 5/3 năm nay";
 * not the year after another event ("chậm nhất ngày 30 tháng 01 năm sau năm thành lập").
 */
const YEAR_NAMED_AFTER = new RegExp(`^${SP}+(?:của${SP}+)?năm${SP}+(sau|tới|nay|ngoái|trước)(?![\\p{L}])(?!${SP}+(?:năm|khi|kể)(?![\\p{L}]))`, 'u');
const YEAR_OFFSETS: Readonly<Record<string, number>> = { sau: 1, tới: 1, nay: 0, ngoái: -1, trước: -1 };

function namedYear(date: DateItem, reference: string, text: string | undefined): DateItem | null {
  const words = text === undefined ? null : YEAR_NAMED_AFTER.exec(text.slice(date.span[1], date.span[1] + 20));
  const ref = REFERENCE.exec(reference);
  const m = YEARLESS.exec(date.value);
  if (!words || !ref || !m) return null;
  return inYear(date, Number(ref[1]) + YEAR_OFFSETS[words[1]], m[1], m[2]);
}

/** Gives every year-less date the year implied by `context.reference`; `text` is the body the spans index. */
export function implyYears(items: Items, context: ExtractContext, text?: string): Items {
  if (!context.reference || !items.dates.some((d) => d.value.startsWith('--'))) return items;
  let previousSets = false;
  const dates: DateItem[] = [];
  for (const [i, d] of items.dates.entries()) {
    const previous = items.dates[i - 1];
    const listed: boolean = previousSets && text !== undefined && LISTED_AFTER.test(text.slice(previous.span[1], d.span[0]));
    const sets: boolean = text !== undefined && (listed || setsDeadline(text, d, previous));
    previousSets = sets;
    dates.push(d.value.startsWith('--') ? (namedYear(d, context.reference, text) ?? endOfRange(d, dates[i - 1], text) ?? implyYear(d, context.reference, sets)) : d);
  }
  return Object.assign({}, items, { dates });
}

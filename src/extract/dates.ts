// Calendar dates in the body: "29/10/2020", "Sáng 21/7", "ngày 11 tháng 07 năm 2019",
// "28/10/2020 4:47:35 CH", "Thứ bảy, 18/09/2021", ISO "2025-10-21". Year-less dates come out
// as "--MM-DD"; src/refine/year.ts gives them the publication year.
//
// Chrono walks the whole text once per parser, copying the rest of the text after every
// match, which is slow on long articles. One cheap scan finds what every date holds (two
// figures around "/", "-", "–", ".", or "tháng" between numbers); chrono then runs once on
// windows of MARGIN characters around them and keeps the results that touch a candidate.
// Every parser and refiner looks less than MARGIN characters beyond its figures, so this
// gives what parsing the whole text gives (test/extract/dates.test.ts checks it).
import { PARTS_OF_DAY } from '../lexicon/calendar.js';
import type { DateItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { parseDates } from './dates/chrono.js';
import { withRangeStarts } from './dates/range-starts.js';
import { withRepeatedDays } from './dates/repeated.js';
import { DAY_WORD, MONTH_WORD } from './dates/words.js';
import type { ParsedResult } from 'chrono-node';
import { alternation, isDigitCode } from './regex.js';

/**
 * Context a result may need beyond its candidate: a weekday (28 characters) and a clock time
 * (32) before it, a year and a clock time after it, a cue word before a year-less one.
 */
const MARGIN = 64;
/** Candidates closer than this share one window, up to MAX_WINDOW characters. */
const MAX_WINDOW = 1024;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toItem(result: ParsedResult, offset: number): DateItem {
  const c = result.start;
  const year = c.isCertain('year') ? pad(c.get('year')!, 4) : '-';
  const item: DateItem = {
    text: result.text,
    span: [offset + result.index, offset + result.index + result.text.length],
    value: `${year}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`,
    yearImplied: false,
  };
  if (c.isCertain('hour')) {
    item.time = `${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}` + (c.isCertain('second') ? `:${pad(c.get('second')!)}` : '');
  }
  return item;
}

/**
 * Whether the text holds four figures in a row: every dated result does, its year (the
 * parsers read a year only as four figures), so a text without them gives no dated date.
 */
export function mayHoldDatedDate(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i))) run = 0;
    else if (++run === YEAR_DIGITS) return true;
  }
  return false;
}

const YEAR_DIGITS = 4;

/** Parses the whole text at once: the reference the windowed path must equal. */
export function extractDatesUnwindowed(text: string): DateItem[] {
  return parseDates(text).map((result) => toItem(result, 0));
}

const DIGIT_0 = 48;

/** Digits right before `index` (at most two, across at most two spaces): [start, value], or null. */
function figureBefore(text: string, index: number): [number, number] | null {
  let i = index;
  while (i > 0 && index - i < 2 && text.charCodeAt(i - 1) === 32) i--;
  let start = i;
  while (start > 0 && i - start < 2 && isDigitCode(text.charCodeAt(start - 1))) start--;
  if (start === i || isDigitCode(text.charCodeAt(start - 1))) return null;
  return [start, twoDigits(text, start, i)];
}

/** Digits right after `index` (at most two, across at most two spaces, no third digit): [end, value], or null. */
function figureAfter(text: string, index: number): [number, number] | null {
  let i = index;
  while (i < text.length && i - index < 2 && text.charCodeAt(i) === 32) i++;
  let end = i;
  while (end < text.length && end - i < 2 && isDigitCode(text.charCodeAt(end))) end++;
  if (end === i || isDigitCode(text.charCodeAt(end))) return null;
  return [end, twoDigits(text, i, end)];
}

/** The value of the one or two digits in [start, end). */
function twoDigits(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1) - DIGIT_0;
  return end - start === 2 ? 10 * (text.charCodeAt(start) - DIGIT_0) + last : last;
}

const isIsoMiddle = (text: string, sep: number): boolean =>
  text[sep] === '-' && isDigitCode(text.charCodeAt(sep + 1)) && isDigitCode(text.charCodeAt(sep + 2)) && text[sep + 3] === '-' && isDigitCode(text.charCodeAt(sep + 4));

const SPACE = 32;

/** The digit before the spaces (at most `max`) that end at `index`, or -1. */
function digitBefore(text: string, index: number, max: number): number {
  let i = index - 1;
  while (index - 1 - i < max && text.charCodeAt(i) === SPACE) i--;
  return isDigitCode(text.charCodeAt(i)) ? i : -1;
}

/** The digit after the spaces (at most `max`) that start at `index`, or -1. */
function digitAfter(text: string, index: number, max: number): number {
  let i = index;
  while (i - index < max && text.charCodeAt(i) === SPACE) i++;
  return isDigitCode(text.charCodeAt(i)) ? i : -1;
}

// The month word "tháng", "Tháng" or "THÁNG" is found by its tail from the vowel ("áng",
// "ÁNG"): indexOf is fastest on a literal that opens with a rare character.
const LOWER_TAIL = 'áng';
const UPPER_TAIL = 'ÁNG';
const TAIL_AT = 2;
const MONTH_WORD_LENGTH = 5;
/** A month in words right after "tháng " ("Bảy", "Mười Hai"). */
const MONTH_WORD_AT = new RegExp(`(?:${MONTH_WORD})(?![\\p{L}])`, 'uy');
const [LOWER_T, UPPER_T, LOWER_H, UPPER_H] = [116, 84, 104, 72];

/** Where the month word whose tail is at `tail` starts; -1 where the tail ends another word ("sáng"). */
function monthWordAt(text: string, tail: number, upper: boolean): number {
  const t = text.charCodeAt(tail - TAIL_AT);
  const h = text.charCodeAt(tail - 1);
  const isWord = upper ? t === UPPER_T && h === UPPER_H : (t === LOWER_T || t === UPPER_T) && h === LOWER_H;
  return isWord ? tail - TAIL_AT : -1;
}

/** "ngày mười lăm ", "Sáng mười bốn " right before "tháng": a day in words after its cue (DAY_WORD in words.ts). */
const DAY_WORD_BEFORE = new RegExp(`(?:ngày|mồng|mùng|${alternation(PARTS_OF_DAY)})[ ]{1,3}(?:(?:mồng|mùng)[ ]{1,3})?(?:${DAY_WORD})[ ]{1,3}$`, 'iu');
const DAY_WORD_REACH = 32;

/** The last letter of a day in words that ends right before `at`, after "ngày" or "mồng"; -1 where there is none. */
function dayWordBefore(text: string, at: number): number {
  if (!DAY_WORD_BEFORE.test(text.slice(Math.max(0, at - DAY_WORD_REACH), at))) return -1;
  let i = at - 1;
  while (text.charCodeAt(i) === SPACE) i--;
  return i;
}

/** "11 tháng 07", "ngày mười lăm tháng Mười": [start, end) from the day's last digit or letter to the month's first, in text order, none inside another. */
function monthWordSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let lower = text.indexOf(LOWER_TAIL);
  let upper = text.indexOf(UPPER_TAIL);
  while (lower >= 0 || upper >= 0) {
    let at: number;
    if (upper < 0 || (lower >= 0 && lower < upper)) {
      at = monthWordAt(text, lower, false);
      lower = text.indexOf(LOWER_TAIL, lower + 1);
    } else {
      at = monthWordAt(text, upper, true);
      upper = text.indexOf(UPPER_TAIL, upper + 1);
    }
    if (at < 0) continue;
    const after = at + MONTH_WORD_LENGTH;
    const digit = text.charCodeAt(at - 1) === SPACE ? digitBefore(text, at, 3) : -1;
    const day = digit >= 0 || text.charCodeAt(at - 1) !== SPACE ? digit : dayWordBefore(text, at);
    const month = day >= 0 && text.charCodeAt(after) === SPACE ? digitAfter(text, after, 3) : -1;
    // "ngày 1 tháng Bảy": the month in words; the span ends at its first letter, as at a figure's.
    if (day >= 0 && month < 0 && text.charCodeAt(after) === SPACE) {
      MONTH_WORD_AT.lastIndex = after + 1;
      if (MONTH_WORD_AT.test(text) && !(spans.length && day < spans[spans.length - 1][1])) spans.push([day, after + 2]);
      continue;
    }
    if (month >= 0 && !(spans.length && day < spans[spans.length - 1][1])) spans.push([day, month + 1]);
  }
  return spans;
}

/** A day/month separator with a figure after it, at most two spaces away ("/" in "29/10", "-" in "30 - 05"). */
const SEPARATOR = /[/.\-–](?=[ ]{0,2}\d)/g;

/** The candidate around the separator at `sep` ("29/10", or the middle of "2025-10-25"), or null. */
function aroundSeparator(text: string, sep: number): [number, number] | null {
  if (isIsoMiddle(text, sep) && isDigitCode(text.charCodeAt(sep - 1))) return [sep - 1, sep + 5];
  const day = figureBefore(text, sep);
  const month = day && figureAfter(text, sep + 1);
  return day && month && day[1] >= 1 && day[1] <= 31 && month[1] >= 1 && month[1] <= 12 ? [day[0], month[0]] : null;
}

/**
 * Spans every date result overlaps, in text order: a day and a month around a separator
 * ("29/10", "25-5", "30 - 05"), the middle of an ISO date ("5-10-2" in "2025-10-25"), and
 * "tháng" between numbers ("11 tháng 07"). Scans for the separators and the month word; the
 * figures around them are checked in code.
 */
export function candidates(text: string): [number, number][] {
  const spans = monthWordSpans(text);
  // In "5 tháng 7-2020" the 7 is taken by "5 tháng 7": it opens no day/month of its own.
  const taken = spans.length ? new Set(spans.map((span) => span[1] - 1)) : null;
  SEPARATOR.lastIndex = 0;
  while (SEPARATOR.test(text)) {
    const sep = SEPARATOR.lastIndex - 1;
    const figure = digitBefore(text, sep, 2);
    if (figure < 0 || taken?.has(figure)) continue;
    const span = aroundSeparator(text, sep);
    if (span) spans.push(span);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

interface Window {
  from: number;
  to: number;
  /** The candidates it was cut for: spans[first] … spans[last]. */
  first: number;
  last: number;
}

/** Windows of MARGIN characters around runs of candidates, each at most MAX_WINDOW long. */
function windowsAround(spans: [number, number][], length: number): Window[] {
  const windows: Window[] = [];
  let first = 0;
  for (let i = 1; i <= spans.length; i++) {
    if (i < spans.length && spans[i][0] - spans[i - 1][1] <= 2 * MARGIN && spans[i][1] - spans[first][0] <= MAX_WINDOW) continue;
    windows.push({ from: Math.max(0, spans[first][0] - MARGIN), to: Math.min(length, spans[i - 1][1] + MARGIN), first, last: i - 1 });
    first = i;
  }
  return windows;
}

export function extractDates(text: string, _context?: ExtractContext): DateItem[] {
  return withRepeatedDays(text, withRangeStarts(text, extractDatesWindowed(text)));
}

/** What chrono finds, parsed in windows around the candidates: equal to extractDatesUnwindowed. */
export function extractDatesWindowed(text: string): DateItem[] {
  // A text no longer than MARGIN is its own window, and every result overlaps a candidate
  // (test/extract/dates.test.ts checks both): a short line (a date line) is parsed whole.
  if (text.length <= MARGIN) return extractDatesUnwindowed(text);
  const spans = candidates(text);
  if (!spans.length) return [];
  // All windows are parsed at once, a line break between them: no parser or refiner reads
  // across one, nor tells one from the end of the text. A lone window is a slice: no copy.
  const windows = windowsAround(spans, text.length);
  const starts: number[] = [0];
  let joined = text.slice(windows[0].from, windows[0].to);
  for (let k = 1; k < windows.length; k++) {
    joined += '\n';
    starts.push(joined.length);
    joined += text.slice(windows[k].from, windows[k].to);
  }
  const items: DateItem[] = [];
  let k = 0;
  let lastStart = -1;
  for (const result of parseDates(joined)) {
    while (k + 1 < windows.length && starts[k + 1] <= result.index) k++;
    const w = windows[k];
    const offset = w.from - starts[k];
    const start = offset + result.index;
    const end = start + result.text.length;
    if (start <= lastStart) continue;
    for (let i = w.first; i <= w.last; i++) {
      if (start < spans[i][1] && spans[i][0] < end) {
        items.push(toItem(result, offset));
        lastStart = start;
        break;
      }
    }
  }
  return items;
}

// Helpers every date parser shares: what may stand next to a match, and calendar checks.
// Chrono runs each parser's PATTERN on ever shorter suffixes of the text, so a lookbehind
// in a PATTERN cannot see what precedes the suffix; parsers check their left edge here.
import { MAX_YEAR, MIN_YEAR } from '../../lexicon/calendar.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit of any script (ASCII answered without a regex: this runs per character). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * True where a figure may start at `index`: not glued to a letter or digit, nor continuing
 * a figure through "/", or through ".", ",", ":", "-" after a digit ("1.790", "10:05").
 */
export function freeBefore(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text[index - 1];
  if (isWordChar(prev) || prev === '/') return false;
  if ('.,:-–'.includes(prev) && isDigit(text[index - 2])) return false;
  return true;
}

/**
 * True where a figure may end at `end`: not glued to a letter or digit, nor followed by
 * "/", "-", ".", "," or ":" and more figures or letters ("107/2020/NĐ-CP", "1.790"), nor by "%".
 */
export function freeAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text[end];
  if (isWordChar(next) || next === '%') return false;
  if ('/-–.,:'.includes(next) && isWordChar(text[end + 1])) return false;
  return true;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`; a year-less month allows 29 February. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2 && (year === null || isLeapYear(year))) return 29;
  return DAYS_IN_MONTH[month - 1];
}

/** A real calendar day, in a plausible year where one is given ("31/2/2020", "1/1/0001" are not). */
export function isCalendarDate(day: number, month: number, year: number | null): boolean {
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(month, year);
}

// Helpers every date parser shares: what may stand next to a match, and calendar checks.
// Chrono runs each parser's PATTERN on ever shorter suffixes of the text, so a lookbehind
// in a PATTERN cannot see what precedes the suffix; parsers check their left edge here.
import { MAX_YEAR, MIN_YEAR } from '../../lexicon/calendar.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether each UTF-16 unit is a letter or digit: 0 not yet known, 1 yes, 2 no; learnt on first sight. */
const WORD_UNITS = new Uint8Array(0x10000);

/** A letter or digit of any script, by code unit (NaN, past either end of the text, is none). */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (!(code < 0x10000)) return false;
  if (WORD_UNITS[code] === 0) WORD_UNITS[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return WORD_UNITS[code] === 1;
}

/** A letter or digit of any script. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && isWordCode(ch.charCodeAt(0));
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

const SLASH = 47;
const PERCENT = 37;
/** ".", ",", ":", "-", "–": they continue a figure when a digit stands before them ("1.790", "10:05"). */
const FIGURE_JOINERS = new Set([46, 44, 58, 45, 0x2013]);
/** "/", "-", "–", ".", ",", ":": they continue a figure when a letter or digit follows them. */
const FIGURE_LINKS = new Set([47, 45, 0x2013, 46, 44, 58]);

/**
 * True where a figure may start at `index`: not glued to a letter or digit, nor continuing
 * a figure through "/", or through ".", ",", ":", "-" after a digit ("1.790", "10:05").
 */
export function freeBefore(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  if (isWordCode(prev) || prev === SLASH) return false;
  return !(FIGURE_JOINERS.has(prev) && isDigitCode(text.charCodeAt(index - 2)));
}

/**
 * True where a figure may end at `end`: not glued to a letter or digit, nor followed by
 * "/", "-", ".", "," or ":" and more figures or letters ("107/2020/NĐ-CP", "1.790"), nor by "%".
 */
export function freeAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (isWordCode(next) || next === PERCENT) return false;
  return !(FIGURE_LINKS.has(next) && isWordCode(text.charCodeAt(end + 1)));
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

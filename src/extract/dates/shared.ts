// Helpers every date parser shares: what may stand next to a match, and calendar checks.
// Chrono runs each parser's PATTERN on ever shorter suffixes of the text, so a lookbehind
// in a PATTERN cannot see what precedes the suffix; parsers check their left edge here.
import { MAX_YEAR, MIN_YEAR } from '../../lexicon/calendar.js';
import { isDigitCode, isLetterOrDigitCode, isUpperCode } from '../regex.js';

const SLASH = 47;
const PERCENT = 37;
const COMMA = 44;
const DOT = 46;
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
  if (isLetterOrDigitCode(prev) || prev === SLASH) return false;
  return !(FIGURE_JOINERS.has(prev) && isDigitCode(text.charCodeAt(index - 2)));
}

/**
 * True where a figure may end at `end`: not glued to a letter or digit, nor followed by
 * "/", "-", ".", "," or ":" and more figures or letters ("107/2020/NĐ-CP", "1.790"), nor by "%".
 * A comma goes on with a figure only ("1,5"): before a letter it ends one ("2021,Nghị quyết");
 * so does a point before a capital.
 */
export function freeAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (isLetterOrDigitCode(next) || next === PERCENT) return false;
  if (!FIGURE_LINKS.has(next)) return true;
  const after = text.charCodeAt(end + 1);
  if (next === COMMA) return !isDigitCode(after);
  // A point before a capital ends a sentence written without its space ("10/2/2017.Ngoài ra").
  if (next === DOT && isUpperCode(after)) return true;
  return !isLetterOrDigitCode(after);
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

/** A day and month that read as a common fraction too ("1/2", "2/3", "3/4"): its own cue must make it a date. */
export function looksLikeFraction(day: number, month: number): boolean {
  return day < month && month <= 4;
}

/** Whether the day and month `lastDay`/`lastMonth` come after `day`/`month` in the same year. */
export function comesLater(day: number, month: number, lastDay: number, lastMonth: number): boolean {
  return lastMonth > month || (lastMonth === month && lastDay > day);
}

/** A real calendar day, in a plausible year where one is given ("31/2/2020", "1/1/0001" are not). */
export function isCalendarDate(day: number, month: number, year: number | null): boolean {
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(month, year);
}

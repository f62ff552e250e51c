// A clock time beside a date: after it ("28/10/2020 4:47:35 CH", "31/07/2020 - 13:11",
// "19/04/2021 07:45") or before it ("09:20, 14/06/2022", "15:42, Thứ Sáu, 12/07/2019").
// SA = sáng (AM), CH = chiều (PM), as Vietnamese CMSs print them; "8h30" as people write.
// A time alone is no date, so times are looked for only beside dates (by TimeRefiner).
import { MERIDIEMS } from '../../lexicon/calendar.js';
import { isDigitCode, isLetterOrDigitCode } from '../regex.js';

/** Hour, minute, second, minute after "h", meridiem: groups 1 to 5 of AFTER and BEFORE (numbered: no groups object per match). */
const CLOCK = `(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?|h(\\d{2})?)(?:[ ]{0,2}(${[...MERIDIEMS.keys()].join('|')}))?`;
const [HOUR, MINUTE, SECOND, H_MINUTE, MERIDIEM] = [1, 2, 3, 4, 5];
const AFTER = new RegExp(`^[ ]{0,3}(?:[,\\-–|][ ]{0,3})?(?:lúc[ ]{1,3})?${CLOCK}`);
const BEFORE = new RegExp(`${CLOCK}[ ]{0,3}[,\\-–|]?[ ]{0,3}(?:ngày[ ]{1,3})?$`);
const REACH = 32;
const COLON = 58;
const LETTER_H = 104;

export interface Clock {
  /** Where the matched run (gap included) starts and ends. */
  start: number;
  end: number;
  hour: number;
  minute: number;
  second?: number;
}

function clock(m: RegExpExecArray, start: number, end: number): Clock | null {
  let hour = Number(m[HOUR]);
  const minute = Number(m[MINUTE] ?? m[H_MINUTE] ?? 0);
  const second = m[SECOND] === undefined ? undefined : Number(m[SECOND]);
  const half = m[MERIDIEM] ? MERIDIEMS.get(m[MERIDIEM]) : undefined;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    if (half === 'pm' && hour < 12) hour += 12;
    if (half === 'am' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) return null;
  return second === undefined ? { start, end, hour, minute } : { start, end, hour, minute, second };
}

/** Whether a ":" or "h" follows a digit in [from, to): cheaper than the patterns, and mostly false. */
function mayHoldClock(text: string, from: number, to: number): boolean {
  for (let i = Math.max(from, 1); i < to && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === COLON || c === LETTER_H) && isDigitCode(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** The time right after `end`, when it stands alone (not "13:11:2", "4:47 CHỦ"). */
export function timeAfter(text: string, end: number): Clock | null {
  if (!mayHoldClock(text, end + 1, end + 16)) return null;
  const m = AFTER.exec(text.slice(end, end + REACH));
  if (!m) return null;
  const stop = end + m[0].length;
  if (isLetterOrDigitCode(text.charCodeAt(stop)) || (text.charCodeAt(stop) === COLON && isDigitCode(text.charCodeAt(stop + 1)))) return null;
  return clock(m, end, stop);
}

/** The time right before `index`, when it stands alone (not the end of "2020 10:05"'s "20 10"). */
export function timeBefore(text: string, index: number): Clock | null {
  const from = Math.max(0, index - REACH);
  if (!mayHoldClock(text, from, index)) return null;
  const m = BEFORE.exec(text.slice(from, index));
  if (!m) return null;
  const start = from + m.index;
  const prev = text.charCodeAt(start - 1);
  if (isLetterOrDigitCode(prev) || (prev === COLON && isDigitCode(text.charCodeAt(start - 2)))) return null;
  return clock(m, start, index);
}

// A weekday name before a date: "Thứ bảy, 18/09/2021", "Thứ Sáu, 12/07/2019", "Thứ 6, Ngày
// 02/06/2023". Only "thứ …"/"chủ nhật" forms: chrono's English weekday parser reads "thu" in
// "thuộc" as Thursday, and a bare "T5" is too often something else. Looked for only right
// before a date (by WeekdayRefiner), never across the whole text.
import { WEEKDAYS } from '../../lexicon/calendar.js';
import { isLetterOrDigitCode } from '../regex.js';

const NAMES = [...WEEKDAYS.keys()];
// One group per name, in the map's order: the group that matched gives the weekday, with no
// lower-casing and re-spacing of the text to look it up.
const BEFORE = new RegExp(`(?:${NAMES.map((name) => `(${name.replace(' ', '[ ]{1,2}')})`).join('|')})[ ]{0,3}[,\\-–]?[ ]{0,3}(?:ngày[ ]{1,3})?$`, 'i');
const WEEKDAY_OF_GROUP = NAMES.map((name) => WEEKDAYS.get(name)!);
/** Longest "Chủ nhật ,  ngày   " run that may stand between a weekday and its date. */
const REACH = 28;
/** "Ủ", "ủ", "Ứ", "ứ" (U+1EE6 to U+1EE9): every weekday name holds one ("chủ", "thứ"); most texts before a date hold none. */
const FIRST_NAME_VOWEL = 0x1ee6;
const LAST_NAME_VOWEL = 0x1ee9;

function mayHoldName(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST_NAME_VOWEL && c <= LAST_NAME_VOWEL) return true;
  }
  return false;
}

export interface Weekday {
  /** Where the weekday name starts. */
  index: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export function weekdayBefore(text: string, index: number): Weekday | null {
  const from = Math.max(0, index - REACH);
  if (!mayHoldName(text, from, index)) return null;
  const m = BEFORE.exec(text.slice(from, index));
  if (!m) return null;
  const start = from + m.index;
  if (isLetterOrDigitCode(text.charCodeAt(start - 1))) return null;
  let group = 1;
  while (m[group] === undefined) group++;
  return { index: start, weekday: WEEKDAY_OF_GROUP[group - 1] };
}

// A day and month written bare, with no cue, that the text dates in full elsewhere: "Trận đấu
// sẽ diễn ra vào ngày 26/8/2017 …", then "ngày thi đấu giữa hai võ sĩ, 26/8, đã được tính toán",
// "đề nghị chọn 26/8". The reader knows the day by then. A refiner: it reads the text once for
// the other writings of the days already dated, with "/" or ".".
import type { DateItem } from '../../schema.js';
import { placeNamedByDayBefore } from './cues.js';
import { lunarAfter } from './refiners.js';
import { freeAfter, freeBefore } from './shared.js';

/** A dated day's value, with its year or without ("ngày mai 5/6" where no year is known). */
const DATED = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/;
const WORD_AFTER = /^[ ]{1,2}\p{L}/u;
/** "số 26/8": a document's number, no day. */
const NUMBER_BEFORE = /(?:^|[^\p{L}])số[ ]{1,2}$/iu;

/** A bare day and month with "/" or ".": the one- or two-figure writings a dated day may be written again in. */
const BARE_DAY = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?!\d)/g;

/** Whether the writing at [start, end) reads as that day: free on both sides (no "/2017" after), no number, no street, no lunar day, no share. */
function readsAsDay(text: string, start: number, end: number, day: number, month: number): boolean {
  if (!freeBefore(text, start) || !freeAfter(text, end)) return false;
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || placeNamedByDayBefore(text, start) || lunarAfter(text, end)) return false;
  // "1/5 số hộ": a part of a whole before a word is a share still; a day where a mark follows ("chọn 1/5.").
  return day >= month || !WORD_AFTER.test(text.slice(end, end + 3));
}

/** The items with the bare writings of their dated days and months added, in text order: one pass over the text. */
export function withRepeatedDays(text: string, items: DateItem[]): DateItem[] {
  const dated = new Set<string>();
  for (const item of items) {
    const m = DATED.exec(item.value);
    if (m) dated.add(`${m[1]}-${m[2]}`);
  }
  if (!dated.size) return items;
  const added: DateItem[] = [];
  let next = 0; // the first item that may still overlap what is read, items being in text order
  BARE_DAY.lastIndex = 0;
  for (let m = BARE_DAY.exec(text); m; m = BARE_DAY.exec(text)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!dated.has(monthDay)) continue;
    const at = m.index;
    const end = at + m[0].length;
    while (next < items.length && items[next].span[1] <= at) next++;
    if ((next < items.length && items[next].span[0] < end) || !readsAsDay(text, at, end, day, month)) continue;
    added.push({ text: m[0], span: [at, end], value: `--${monthDay}`, yearImplied: false });
  }
  if (!added.length) return items;
  return [...items, ...added].sort((a, b) => a.span[0] - b.span[0]);
}

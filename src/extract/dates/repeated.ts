// A day and month written bare, with no cue, that the text dates in full elsewhere: "Trận đấu
// sẽ diễn ra vào ngày 26/8/2017 …", then "ngày thi đấu giữa hai võ sĩ, 26/8, đã được tính toán",
// "đề nghị chọn 26/8". The reader knows the day by then. A refiner: it reads only the text's
// other writings of the days already dated, each with the same separator ("/" or ".").
import type { DateItem } from '../../schema.js';
import { lunarAfter } from './refiners.js';
import { freeAfter, freeBefore } from './shared.js';

const DATED = /^(\d{4})-(\d{2})-(\d{2})$/;
const WORD_AFTER = /^[ ]{1,2}\p{L}/u;
/** "số 26/8": a document's number, no day. */
const NUMBER_BEFORE = /(?:^|[^\p{L}])số[ ]{1,2}$/iu;

/** The ways a day and month may be written with `separator`: "26/8", "26/08", "6/8", "06/08". */
function writings(day: number, month: number, separator: string): string[] {
  const days = day < 10 ? [String(day), `0${day}`] : [String(day)];
  const months = month < 10 ? [String(month), `0${month}`] : [String(month)];
  return days.flatMap((d) => months.map((m) => `${d}${separator}${m}`));
}

/** Whether the writing at [start, end) reads as that day: free on both sides (no "/2017" after), no number, no lunar day, no share. */
function readsAsDay(text: string, start: number, end: number, day: number, month: number): boolean {
  if (!freeBefore(text, start) || !freeAfter(text, end)) return false;
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || lunarAfter(text, end)) return false;
  // "1/5 số hộ": a part of a whole before a word is a share still; a day where a mark follows ("chọn 1/5.").
  return day >= month || !WORD_AFTER.test(text.slice(end, end + 3));
}

/** The items with the bare writings of their dated days and months added, in text order. */
export function withRepeatedDays(text: string, items: DateItem[]): DateItem[] {
  const dated = new Map<string, [number, number]>();
  for (const item of items) {
    const m = DATED.exec(item.value);
    if (m) dated.set(`${m[2]}-${m[3]}`, [Number(m[3]), Number(m[2])]);
  }
  if (!dated.size) return items;
  const taken = (start: number, end: number): boolean => items.some((i) => i.span[0] < end && start < i.span[1]);
  const added: DateItem[] = [];
  for (const [monthDay, [day, month]] of dated) {
    for (const separator of ['/', '.']) {
      for (const written of writings(day, month, separator)) {
        for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
          const end = at + written.length;
          if (taken(at, end) || !readsAsDay(text, at, end, day, month)) continue;
          added.push({ text: written, span: [at, end], value: `--${monthDay}`, yearImplied: false });
        }
      }
    }
  }
  if (!added.length) return items;
  return [...items, ...added].sort((a, b) => a.span[0] - b.span[0]);
}

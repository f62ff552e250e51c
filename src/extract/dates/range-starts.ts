// The first days of a range or list of days that share their month with the last: "từ ngày
// 16 đến 19/11/2000", "6-8/6", "(25-26/2/2016)", "ngày 15 và 16/6", "các ngày 15, 16 và
// 17/6", "(20 và 21/5)". Only the last day is written as a date; the others are dates too, each a day of that
// month (and year), as "từ 80-90%" gives two percentages. A refiner: it reads only before a
// date already found.
import type { DateItem } from '../../schema.js';

/** A lone day and a dash right before the last day: "6-" of "6-8/6". */
const DASHED = /(?<![\d/.,:\-–\p{L}])(\d{1,2})[ ]{0,2}[-–][ ]{0,2}$/u;
/** "ngày 16 đến ", "từ 16 tới ngày ", "từ chiều 27 đến ": a day opened by "ngày" or "từ", linked by "đến"/"tới". */
const UNTIL = /(?<![\p{L}])(?:ngày|từ)(?:[ ]{1,2}(?:sáng|trưa|chiều|tối|đêm|ngày))?[ ]{1,2}(\d{1,2})[ ]{1,2}(?:đến|tới)[ ]{1,2}(?:(?:ngày|sáng|trưa|chiều|tối|đêm)[ ]{1,2})?$/iu;
/** "ngày 15 và ", "các ngày 15, 16 và ", "ngày 2,3/6", "(20 và ", "Ngày 22, 23 và sáng ", "ngày 10 hoặc ", "ngày 15 và ngày ": days opened by "ngày" or a bracket, listed up to "và", "hoặc" or a comma, a part of the last day or "ngày" again allowed. */
const LISTED = /(?:(?<![\p{L}])ngày[ ]{1,2}|\()(\d{1,2}(?:[ ]{0,2},[ ]{0,2}\d{1,2}){0,5})(?:[ ]{1,2}(?:và|&|hoặc)[ ]{1,2}|[ ]{0,2},[ ]{0,2})(?:(?:sáng|trưa|chiều|tối|đêm|ngày)[ ]{1,2})?$/iu;
const REACH = 48;
const SPACE = 32;
/** The last characters of the links before the last day ("-", "–", "đến", "tới", "ngày", "và", "hoặc", ",", a part of the day: "sáng" … "đêm"): a cheap test before the patterns run. */
const LINK_ENDS = new Set(['-', '–', 'n', 'N', 'i', 'I', 'y', 'Y', 'à', 'À', 'g', 'a', 'u', 'm', ',', '&', 'c'].map((c) => c.charCodeAt(0)));
const LIST_DAY = /\d{1,2}/g;

/** The first days before `item` as [offset, digits], earliest first. */
function daysBefore(text: string, item: DateItem): [number, string][] {
  let i = item.span[0] - 1;
  while (i > 0 && text.charCodeAt(i) === SPACE) i--;
  if (!LINK_ENDS.has(text.charCodeAt(i))) return [];
  const from = Math.max(0, item.span[0] - REACH);
  const before = text.slice(from, item.span[0]);
  const single = DASHED.exec(before) ?? UNTIL.exec(before);
  if (single) return [[from + single.index + single[0].indexOf(single[1]), single[1]]];
  const listed = LISTED.exec(before);
  if (!listed) return [];
  const at = from + listed.index + listed[0].indexOf(listed[1]);
  return [...listed[1].matchAll(LIST_DAY)].map((m) => [at + m.index!, m[0]]);
}

/** Whether the days rise to the last day and stand after `floor`: "30-2/1" spans two months and is left alone. */
function rising(days: [number, string][], lastDay: number, floor: number): boolean {
  let previous = 0;
  for (const [start, digits] of days) {
    const day = Number(digits);
    if (start < floor || day <= previous || day >= lastDay) return false;
    previous = day;
  }
  return true;
}

/** The items with the first days of their ranges and lists before them, in text order. */
export function withRangeStarts(text: string, items: DateItem[]): DateItem[] {
  const out: DateItem[] = [];
  let floor = 0;
  for (const item of items) {
    const days = daysBefore(text, item);
    if (days.length && rising(days, Number(item.value.slice(-2)), floor)) {
      for (const [start, digits] of days) {
        const value = `${item.value.slice(0, -2)}${digits.padStart(2, '0')}`;
        out.push({ text: digits, span: [start, start + digits.length], value, yearImplied: false });
      }
    }
    out.push(item);
    floor = item.span[1];
  }
  return out;
}

// Year-less dates ("Sáng 21/7", "(TTXVN 12/3)") take the year of the reference date (the
// publication date, or --reference-date): the year before where the reference year would put
// the date more than a month after the reference, since reports look back, not ahead.
import type { DateItem, Items } from '../schema.js';
import type { ExtractContext } from '../extract/context.js';

const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})/;
export const YEARLESS = /^--(\d{2})-(\d{2})$/;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const key = (y: number, m: number, d: number): number => y * 10000 + m * 100 + d;

/** The year a month/day belongs to, seen from a reference date; null for 29 February without a leap year. */
export function yearFor(month: number, day: number, reference: string): number | null {
  const ref = REFERENCE.exec(reference);
  if (!ref) return null;
  const [ry, rm, rd] = [Number(ref[1]), Number(ref[2]), Number(ref[3])];
  // One month after the reference, the day clamped to that month's length.
  const [ly, lm] = rm === 12 ? [ry + 1, 1] : [ry, rm + 1];
  const limit = key(ly, lm, Math.min(rd, daysIn(ly, lm)));
  const year = key(ry, month, day) > limit ? ry - 1 : ry;
  if (month === 2 && day === 29 && !isLeap(year)) return null;
  return year;
}

export function implyYear(item: DateItem, reference: string | null): DateItem {
  const m = YEARLESS.exec(item.value);
  if (!m || !reference) return item;
  const year = yearFor(Number(m[1]), Number(m[2]), reference);
  if (year === null) return item;
  return Object.assign({}, item, { value: `${String(year).padStart(4, '0')}${item.value.slice(1)}`, yearImplied: true });
}

/** Gives every year-less date the year implied by `context.reference`. */
export function implyYears(items: Items, context: ExtractContext): Items {
  if (!context.reference || !items.dates.some((d) => d.value.startsWith('--'))) return items;
  return Object.assign({}, items, { dates: items.dates.map((d) => implyYear(d, context.reference)) });
}

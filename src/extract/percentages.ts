// Percentages: every figure followed by "%" or "phần trăm" ("13,13%", "99,7 %", "2,5 điểm
// phần trăm"), and the first figure of a range whose second carries the sign ("80-90%",
// "từ 80 đến 90%"). The qualifier before the figure is kept; it never changes the value.
import type { PercentageItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { FIGURE, FIGURE_BODY, SP, parseFigure, qualifierOf } from './numbers.js';
import { percentageSubject } from './subject.js';

const SIGN = `(?:%|(?:điểm${SP}+)?phần${SP}+trăm(?![\\p{L}]))`;
const RANGE_TO = `(?:[-–]|(?:đến|tới)(?![\\p{L}]))`;
const RANGE_QUALIFIER = `(?:(?:dưới|trên|khoảng|gần|hơn)${SP}+)?`;

const PERCENT = new RegExp(
  `(?<figure>${FIGURE})(?:(?<sign>${SP}{0,2}${SIGN})|(?=${SP}{0,2}${RANGE_TO}${SP}{0,2}${RANGE_QUALIFIER}(?<high>${FIGURE_BODY})${SP}{0,2}${SIGN}))`,
  'giu',
);
const YEAR = /^(?:19|20)\d\d$/;

export function extractPercentages(text: string, _context: ExtractContext): PercentageItem[] {
  const items: PercentageItem[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const { figure, sign, high } = m.groups!;
    // A range goes up ("80-90%"); "năm 2025 - 100% hồ sơ", "từ năm 2020 đến 30%" start with a year.
    if (!sign && (YEAR.test(figure) || parseFigure(figure) >= parseFigure(high))) continue;
    const start = m.index;
    const end = start + m[0].length;
    const item: PercentageItem = { text: m[0], span: [start, end], value: parseFigure(figure) };
    const qualifier = qualifierOf(text, start, end);
    if (qualifier) item.qualifier = qualifier;
    const subject = percentageSubject(text, start, end);
    if (subject) item.subject = subject;
    items.push(item);
  }
  return items;
}

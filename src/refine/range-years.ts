// A range of dates states its year once, at its end: "từ ngày 06/5 đến ngày 31/5/2024", "từ
// 1/12 đến 15/1/2024". The year-less start takes the end's year (the year before where the
// start would fall after the end), ahead of any year the reference date would imply.
import type { DateItem, Items } from '../schema.js';
import { DATED, RANGE_LINK, YEARLESS } from './date-forms.js';

const LINK_REACH = 16;

function withEndYear(start: DateItem, end: DateItem): DateItem | null {
  const from = YEARLESS.exec(start.value);
  const to = DATED.exec(end.value);
  if (!from || !to) return null;
  const year = Number(to[1]) - (from[1] + from[2] > to[2] + to[3] ? 1 : 0);
  return Object.assign({}, start, { value: `${String(year).padStart(4, '0')}-${from[1]}-${from[2]}`, yearImplied: true });
}

/** Gives each year-less date that opens a range the year its end states. */
export function rangeYears(items: Items, text: string | undefined): Items {
  const dates = items.dates;
  if (!text || !dates.some((d) => d.value.startsWith('--'))) return items;
  let changed = false;
  const out = dates.map((date, i) => {
    const next = dates[i + 1];
    if (!next || !date.value.startsWith('--') || next.span[0] - date.span[1] > LINK_REACH) return date;
    if (!RANGE_LINK.test(text.slice(date.span[1], next.span[0]))) return date;
    const dated = withEndYear(date, next);
    if (dated) changed = true;
    return dated ?? date;
  });
  return changed ? Object.assign({}, items, { dates: out }) : items;
}

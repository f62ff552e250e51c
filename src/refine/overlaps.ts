// One span, one item: where two kinds claim overlapping text, the kind earlier in this
// table keeps it ("107/2020/NĐ-CP" is a document, not a date; "xếp thứ 1/6" is a ranking,
// not the date 1 June; "6/6 vùng" is a share, not a date). Officials never compete: a name
// holds no figures.
import type { Items, Kind, Span } from '../schema.js';

export const PRECEDENCE: readonly Kind[] = ['documents', 'rankings', 'percentages', 'counts', 'periods', 'dates'];

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function resolveOverlaps(items: Items): Items {
  const claimed: Span[] = [];
  const out = { ...items };
  for (const kind of PRECEDENCE) {
    const kept = items[kind].filter((item) => !claimed.some((span) => overlaps(span, item.span)));
    (out as Record<Kind, unknown[]>)[kind] = kept;
    for (const item of kept) claimed.push(item.span);
  }
  return out;
}

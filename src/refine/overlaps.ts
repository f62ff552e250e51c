// One span, one item: where two kinds claim overlapping text, the kind earlier in this
// table keeps it. Documents first ("107/2020/NĐ-CP" is a document, not a date or a count);
// rankings next ("xếp 9/63 tỉnh" is a place, not a count with a total; "xếp thứ 1/6" is not
// the date 1 June); then percentages ("2,5 điểm phần trăm" is not a count of điểm); counts
// before periods and dates ("6/6 vùng", "35/35 ngành" are shares, not dates). A document
// claims its number, not its type's words. Officials never compete: a name holds no figures.
// Items of one kind never remove each other.
import type { CountItem, DocumentItem, Items, Kind, Span } from '../schema.js';

const DIGIT = /\d/;

/**
 * A document claims its number onward, not its type: "5 quyết định số 191/QĐ-UBND" counts five
 * decisions and cites the first.
 */
function numberSpan(item: DocumentItem): Span {
  const at = item.text.search(DIGIT);
  return at < 0 ? item.span : [item.span[0] + at, item.span[1]];
}

export const PRECEDENCE: readonly Kind[] = ['documents', 'rankings', 'percentages', 'counts', 'periods', 'dates'];

/** Disjoint claimed intervals, sorted by start: overlap queries by binary search. */
class Claimed {
  private starts: number[] = [];
  private ends: number[] = [];

  overlaps(span: Span): boolean {
    const [start, end] = span;
    // First interval whose end is past `start`.
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo] < end;
  }

  /** Claims the non-empty spans, merged with the claimed intervals in one pass over both, in order of start. */
  add(spans: Span[]): void {
    const incoming = spans.filter(([s, e]) => e > s);
    if (incoming.length === 0) return;
    if (!sortedByStart(incoming)) incoming.sort((a, b) => a[0] - b[0]);
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0, j = 0; i < this.starts.length || j < incoming.length; ) {
      let s: number;
      let e: number;
      if (j === incoming.length || (i < this.starts.length && this.starts[i] <= incoming[j][0])) {
        s = this.starts[i];
        e = this.ends[i++];
      } else {
        [s, e] = incoming[j++];
      }
      const last = ends.length - 1;
      if (last >= 0 && s < ends[last]) ends[last] = Math.max(ends[last], e);
      else {
        starts.push(s);
        ends.push(e);
      }
    }
    this.starts = starts;
    this.ends = ends;
  }
}

function sortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][0]) return false;
  return true;
}

export function resolveOverlaps(items: Items): Items {
  const claimed = new Claimed();
  // Whole documents, type and number: a figure with decimals before a type is a table's cell ("13,5 Kế hoạch số 12/KH-UBND").
  const documents = new Claimed();
  documents.add(items.documents.map((item) => item.span));
  const out = Object.assign({}, items);
  for (const kind of PRECEDENCE) {
    let kept = (items[kind] as { span: Span }[]).filter((item) => !claimed.overlaps(item.span));
    if (kind === 'counts') kept = (kept as CountItem[]).filter((item) => Number.isInteger(item.value) || !documents.overlaps(item.span));
    (out as Record<Kind, unknown[]>)[kind] = kept;
    if (kind === 'documents') claimed.add((kept as DocumentItem[]).map(numberSpan));
    else if (kind !== PRECEDENCE[PRECEDENCE.length - 1]) claimed.add(kept.map((item) => item.span));
  }
  return out;
}

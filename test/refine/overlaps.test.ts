import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/extract/counts.js';
import { extractPercentages } from '../../src/extract/percentages.js';
import { extractRankings } from '../../src/extract/rankings.js';
import { PRECEDENCE, resolveOverlaps } from '../../src/refine/overlaps.js';
import type { Items, Span } from '../../src/schema.js';

function empty(): Items {
  return { dates: [], periods: [], officials: [], percentages: [], counts: [], documents: [], rankings: [] };
}
const date = (text: string, span: Span, value = '--06-01') => ({ text, span, value, yearImplied: false });

describe('PRECEDENCE', () => {
  it('lists documents, rankings, percentages, counts, periods, dates in that order', () => {
    expect(PRECEDENCE).toEqual(['documents', 'rankings', 'percentages', 'counts', 'periods', 'dates']);
  });
});

describe('resolveOverlaps', () => {
  it('lets a ranking keep "xếp thứ 1/6" from the date 1 June', () => {
    const items = empty();
    items.rankings = [{ text: 'xếp thứ 1/6', span: [10, 21], rank: 1, of: 6 }];
    items.dates = [date('1/6', [18, 21])];
    const out = resolveOverlaps(items);
    expect(out.rankings).toHaveLength(1);
    expect(out.dates).toHaveLength(0);
  });

  it('lets a share "6/6 vùng" stay a count, not a date', () => {
    const items = empty();
    items.counts = [{ text: '6/6 vùng', span: [0, 8], value: 6, total: 6, unit: 'vùng' }];
    items.dates = [date('6/6', [0, 3], '--06-06')];
    const out = resolveOverlaps(items);
    expect(out.counts).toHaveLength(1);
    expect(out.dates).toHaveLength(0);
  });

  it('lets a document symbol win over a date and a count', () => {
    const items = empty();
    items.documents = [{ text: 'Nghị định số 107/2020/NĐ-CP', span: [0, 27], type: 'Nghị định', number: '107/2020/NĐ-CP' }];
    items.dates = [date('107/2020', [13, 21])];
    items.counts = [{ text: '107 x', span: [13, 18], value: 107, unit: 'x' }];
    const out = resolveOverlaps(items);
    expect(out.documents).toHaveLength(1);
    expect(out.dates).toHaveLength(0);
    expect(out.counts).toHaveLength(0);
  });

  it('lets a count of documents keep the words of the type a document\'s number follows', () => {
    const items = empty();
    const text = 'có 5 quyết định số 191/QĐ-UBND';
    items.documents = [{ text: 'quyết định số 191/QĐ-UBND', span: [5, 30], type: 'quyết định', number: '191/QĐ-UBND' }];
    items.counts = [{ text: '5 quyết định', span: [3, 15], value: 5, unit: 'quyết định' }];
    expect(text.slice(5, 30)).toBe(items.documents[0].text);
    expect(resolveOverlaps(items).counts).toHaveLength(1);
    // a figure with decimals before the type is a table's cell, no count of documents
    items.counts = [{ text: '13,5 quyết định', span: [0, 15], value: 13.5, unit: 'quyết định' }];
    expect(resolveOverlaps(items).counts).toHaveLength(0);
  });

  it('keeps items that only touch', () => {
    const items = empty();
    items.percentages = [{ text: '5%', span: [0, 2], value: 5 }];
    items.counts = [{ text: '3 người', span: [2, 9], value: 3, unit: 'người' }];
    expect(resolveOverlaps(items).counts).toHaveLength(1);
  });

  it('never lets items of one kind remove each other', () => {
    const items = empty();
    items.counts = [
      { text: '500', span: [0, 3], value: 500, unit: 'lượt người' },
      { text: '500-600 lượt người', span: [0, 18], value: 600, unit: 'lượt người' },
    ];
    expect(resolveOverlaps(items).counts).toHaveLength(2);
  });

  it('leaves officials alone', () => {
    const items = empty();
    items.officials = [{ text: 'Nguyễn Văn A', span: [0, 12], name: 'Nguyễn Văn A', roles: [] }];
    items.dates = [date('x', [0, 12])];
    const out = resolveOverlaps(items);
    expect(out.officials).toHaveLength(1);
    expect(out.dates).toHaveLength(1);
  });

  it('settles real extractor output: a place is not also a count with a total', () => {
    const text = 'Chỉ số PAR INDEX xếp 9/63 tỉnh, thành phố; thứ hạng giảm từ 51/63 xuống 56/63 tỉnh; tăng 2,5 điểm phần trăm.';
    const context = { reference: null };
    const items = empty();
    items.rankings = extractRankings(text, context);
    items.percentages = extractPercentages(text, context);
    items.counts = extractCounts(text, context);
    expect(items.counts.length).toBeGreaterThan(0);
    const out = resolveOverlaps(items);
    expect(out.rankings.map((r) => [r.rank, r.of])).toEqual([
      [9, 63],
      [51, 63],
      [56, 63],
    ]);
    expect(out.percentages).toEqual([]);
    expect(out.counts.map((c) => [c.value, c.unit])).toEqual([[2.5, 'điểm']]);
  });

  it('resolves many items', () => {
    const items = empty();
    for (let i = 0; i < 50_000; i++) {
      items.counts.push({ text: 'x', span: [i * 4, i * 4 + 3], value: i, unit: 'người' });
      items.dates.push(date('x', [i * 4 + 1, i * 4 + 2]));
      items.periods.push({ text: 'y', span: [i * 4 + 3, i * 4 + 4], from: '2011', to: '2020' });
    }
    const out = resolveOverlaps(items);
    expect(out.dates).toHaveLength(0);
    expect(out.periods).toHaveLength(50_000);
  });
});

import { describe, expect, it } from 'vitest';
import { withoutCutEnd } from '../../src/refine/cut-end.js';
import type { Items } from '../../src/schema.js';

function items(officials: [string, string, number, number][], documents: [string, number, number][] = []): Items {
  return {
    dates: [],
    periods: [],
    officials: officials.map(([text, name, start, end]) => ({ text, name, roles: [], span: [start, end] as [number, number] })),
    percentages: [],
    counts: [],
    documents: documents.map(([number, start, end]) => ({ text: number, number, type: 'Quyết định', span: [start, end] as [number, number] })),
    rankings: [],
  } as Items;
}
const names = (out: Items) => out.officials.map((o) => o.name);

describe('withoutCutEnd', () => {
  it('drops a name that runs to the end of a text cut mid-word', () => {
    const text = 'Theo ông Võ Than';
    expect(names(withoutCutEnd(items([['Võ Than', 'Võ Than', 9, 16]]), text))).toEqual([]);
  });

  it('drops a document number that runs to that end', () => {
    const text = 'theo Quyết định số 1291/QĐ-UB';
    expect(withoutCutEnd(items([], [['1291/QĐ-UB', 5, 29]]), text).documents).toEqual([]);
  });

  it('keeps everything where the text ends in a mark or a space', () => {
    const text = 'Theo ông Võ Thanh.';
    const input = items([['Võ Thanh', 'Võ Thanh', 9, 17]]);
    expect(withoutCutEnd(input, text)).toBe(input);
  });

  it('keeps a name whose role, not the name, reaches the end', () => {
    const text = 'Ông Nguyễn Hồng Minh - nguyên Vụ trưởng Vụ thể thao thành';
    expect(names(withoutCutEnd(items([[text.slice(4), 'Nguyễn Hồng Minh', 4, text.length]]), text))).toEqual(['Nguyễn Hồng Minh']);
  });

  it("keeps a signer's name alone on the last line", () => {
    const text = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An';
    expect(names(withoutCutEnd(items([['PHÓ CHỦ TỊCH\nNguyễn Văn An', 'Nguyễn Văn An', 13, text.length]]), text))).toEqual(['Nguyễn Văn An']);
  });
});

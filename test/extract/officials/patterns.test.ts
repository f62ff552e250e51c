import { describe, expect, it } from 'vitest';
import { HONORIFIC_BEFORE, matchesIn, STOP_WORD, TITLE_ANY, TITLE_AT } from '../../../src/extract/officials/patterns.js';

describe('officials patterns', () => {
  it('finds posts case-insensitively, longest first, with "nguyên" kept', () => {
    const text = 'ông A, phó chủ tịch UBND xã; nguyên Bí thư Huyện ủy; Phó Trưởng ban Dân vận';
    expect([...matchesIn(TITLE_ANY, text, 0, text.length)].map((m) => m[0])).toEqual(['phó chủ tịch', 'nguyên Bí thư', 'Phó Trưởng ban']);
    TITLE_AT.lastIndex = 0;
    expect(TITLE_AT.test('Chủ tịch nước')).toBe(true);
    TITLE_AT.lastIndex = 0;
    expect(TITLE_AT.test('Chủ trì hội nghị')).toBe(false);
  });

  it('stops at lower-case verbs only, and never at "chỉ đạo" after "ban"', () => {
    const stops = (text: string) => [...matchesIn(STOP_WORD, text, 0, text.length)].map((m) => m[0]);
    expect(stops('Chủ tịch UBND tỉnh chủ trì')).toEqual(['chủ trì']);
    expect(stops('Trưởng ban chỉ đạo tỉnh')).toEqual([]);
    expect(stops('Sở Thông tin và Truyền thông')).toEqual([]);
    expect(stops('xây dựng, đãi ngộ')).toEqual([]);
  });

  it('knows an honorific right before a name', () => {
    expect(HONORIFIC_BEFORE.test('có đồng chí ')).toBe(true);
    expect(HONORIFIC_BEFORE.test('các đồng chí: ')).toBe(true);
    expect(HONORIFIC_BEFORE.test('Đ/c ')).toBe(true);
    expect(HONORIFIC_BEFORE.test('Ông ')).toBe(true);
    expect(HONORIFIC_BEFORE.test('không ')).toBe(false);
    expect(HONORIFIC_BEFORE.test('bà con ')).toBe(false);
  });

  it('searches only the window it is given', () => {
    const text = 'x'.repeat(100_000) + ' phát biểu';
    expect([...matchesIn(STOP_WORD, text, 0, 10)]).toEqual([]);
    expect([...matchesIn(STOP_WORD, text, 99_990, text.length)].map((m) => m.index)).toEqual([100_001]);
  });
});

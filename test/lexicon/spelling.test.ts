import { describe, expect, it } from 'vitest';
import { foldKey, foldTones, mayEndInOldTone, MODERN_PAIRS, oldToneForm } from '../../src/lexicon/spelling.js';

describe('foldTones', () => {
  it.each([
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['UỶ BAN', 'ỦY BAN'],
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['sức khoẻ', 'sức khỏe'],
    ['thuỷ lợi', 'thủy lợi'],
  ])('moves the tone of "%s" to the modern vowel', (old, modern) => {
    expect(foldTones(old)).toBe(modern);
  });

  it.each(['quý III', 'Quỹ đầu tư', 'hoàn thành', 'thuyền', 'Thanh Hóa', 'Ủy viên', 'khuya'])('leaves "%s" as it is', (text) => {
    expect(foldTones(text)).toBe(text);
  });

  it('never changes the length, so offsets carry over', () => {
    const text = 'Uỷ viên Ban Thường vụ Tỉnh uỷ, Chủ tịch UBND tỉnh Thanh Hoá, quý II, hoà bình';
    expect(foldTones(text)).toHaveLength(text.length);
    expect(foldTones(text)).toBe('Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa, quý II, hòa bình');
  });
});

describe('word-level tone folding', () => {
  it.each([
    ['Uỷ', 'ủy'],
    ['HOÁ', 'hóa'],
    ['Thuỷ', 'thủy'],
    ['quý', 'quý'],
    ['Nguyễn', 'nguyễn'],
  ])('keys "%s" as "%s"', (word, key) => {
    expect(foldKey(word)).toBe(key);
  });

  it('writes a word back with the old placement', () => {
    expect(oldToneForm('Hòa')).toBe('Hoà');
    expect(oldToneForm('Thủy')).toBe('Thuỷ');
    expect(oldToneForm('Hà')).toBe('Hà');
    expect(oldToneForm('Quý')).toBe('Quý');
  });

  it('packs the old pairs for code-unit readers', () => {
    const pack = (s: string): number => (s.charCodeAt(0) << 16) | s.charCodeAt(1);
    expect(MODERN_PAIRS.get(pack('oá'))).toBe(pack('óa'));
    expect(MODERN_PAIRS.get(pack('uỷ'))).toBe(pack('ủy'));
    expect(mayEndInOldTone('á'.charCodeAt(0))).toBe(true);
    expect(mayEndInOldTone('n'.charCodeAt(0))).toBe(false);
  });
});

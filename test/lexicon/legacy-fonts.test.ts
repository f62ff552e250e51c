import { describe, expect, it } from 'vitest';
import { TCVN3, VNI_LETTERS, VNI_MODIFIERS } from '../../src/lexicon/legacy-fonts.js';

const SMALL_LETTERS = 'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ';

describe('TCVN3 table', () => {
  it('has one code for each small Vietnamese letter and the seven hatted capitals', () => {
    const letters = Object.values(TCVN3);
    expect(new Set(letters).size).toBe(letters.length);
    expect([...SMALL_LETTERS].filter((c) => !letters.includes(c))).toEqual([]);
    expect(letters.filter((c) => c === c.toUpperCase())).toEqual(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);
  });

  it('uses only the Latin-1 range 0xA1–0xFE', () => {
    for (const key of Object.keys(TCVN3)) expect(key.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
    for (const key of Object.keys(TCVN3)) expect(key.charCodeAt(0)).toBeLessThanOrEqual(0xfe);
  });
});

describe('VNI tables', () => {
  it('gives every modifier a small and a capital byte with the same marks', () => {
    const small = Object.entries(VNI_MODIFIERS).filter(([k]) => k === k.toLowerCase());
    for (const [key, marks] of small) expect(VNI_MODIFIERS[key.toUpperCase()]).toBe(marks);
    expect(small).toHaveLength(17);
  });

  it('never uses a one-byte letter as a modifier', () => {
    for (const key of Object.keys(VNI_LETTERS)) expect(VNI_MODIFIERS[key]).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { asciiLooksVietnamese, fitScore, isSyllable, readsAsVietnamese, vietnameseFit } from '../../src/input/vietnamese-fit.js';

describe('isSyllable', () => {
  it('accepts well-formed syllables with or without marks, in any case', () => {
    for (const word of ['Việt', 'được', 'người', 'Nguyễn', 'khuyến', 'quốc', 'nghiêng', 'giữa', 'thuở', 'hoằng', 'khuya', 'rượu', 'gì', 'ủy', 'NGHỊ', 'tỉnh', 'năm', 'cho', 'theo']) {
      expect(isSyllable(word), word).toBe(true);
    }
  });

  it('rejects wrong readings of legacy bytes and foreign words', () => {
    for (const word of ['Vieọt', 'ViƯt', 'Ciộng', 'hoáà', 'été', 'München', 'and', 'administrative', 'xyz']) {
      expect(isSyllable(word), word).toBe(false);
    }
  });

  it('rejects two tone marks in one syllable', () => {
    expect(isSyllable('a\u0301\u0300')).toBe(false);
  });
});

describe('vietnameseFit', () => {
  it('counts marked syllables as valid and stray legacy symbols as invalid', () => {
    const good = vietnameseFit('Cải cách hành chính đạt kết quả tốt.');
    expect(good.valid).toBeGreaterThanOrEqual(6);
    expect(good.invalid).toBe(0);
    expect(readsAsVietnamese(good)).toBe(true);
    const bad = vietnameseFit('C¶i c¸ch hµnh chÝnh ®¹t kÕt qu¶ tèt.');
    expect(bad.invalid).toBeGreaterThan(bad.valid);
    expect(readsAsVietnamese(bad)).toBe(false);
    expect(fitScore(good)).toBeGreaterThan(fitScore(bad));
  });

  it('counts whole plain words, leaving acronyms out', () => {
    // "nghiem" has lost its hat: "ie" is no Vietnamese nucleus ("iê" is).
    const fit = vietnameseFit('UBND tinh cho ban nay, theo kinh nghiem; CCHC va "sinh" hoat.');
    expect(fit.ascii).toBe(10);
    expect(fit.asciiValid).toBe(9);
  });

  it('tells unmarked Vietnamese from English by the plain words', () => {
    expect(asciiLooksVietnamese(vietnameseFit('cho ban tinh nay theo sinh hoat trong thanh an nam can tin '.repeat(2)))).toBe(true);
    expect(asciiLooksVietnamese(vietnameseFit('the report was presented to the provincial committee on Tuesday and approved'))).toBe(false);
  });

  it('measures only a bounded sample of a long text', () => {
    const fit = vietnameseFit('Việt '.repeat(1_000_000));
    expect(fit.valid).toBeLessThanOrEqual(65_536 / 5 + 1);
  });
});

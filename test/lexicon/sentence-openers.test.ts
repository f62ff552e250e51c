import { describe, expect, it } from 'vitest';
import { OPENER_PAIRS, OPENER_WORDS } from '../../src/lexicon/sentence-openers.js';
import { SURNAMES } from '../../src/lexicon/surnames.js';

describe('sentence openers', () => {
  it('holds capitalised words that never belong to a name', () => {
    expect(OPENER_WORDS).toEqual(expect.arrayContaining(['Trong', 'Theo', 'Chúng', 'Đây', 'Ông', 'Bà']));
    for (const word of OPENER_WORDS) {
      expect(word).toMatch(/^\p{Lu}\p{Ll}*$/u);
      expect(SURNAMES).not.toContain(word === 'Ông' ? 'none' : word);
    }
  });

  it('keeps given names out of the single words: they end a name only with their partner', () => {
    for (const given of ['Nên', 'Tại', 'Năm', 'Như', 'Sáng', 'Anh', 'Đồng', 'Tuy', 'Bài', 'Tin']) expect(OPENER_WORDS).not.toContain(given);
    for (const pair of ['Tuy nhiên', 'Tuy vậy', 'Bài viết', 'Chúng tôi', 'Năm nay', 'Như vậy', 'Đồng chí', 'Tại đây']) {
      expect(OPENER_WORDS.includes(pair.split(' ')[0]) || OPENER_PAIRS.includes(pair)).toBe(true);
    }
    for (const pair of OPENER_PAIRS) expect(pair).toMatch(/^\p{Lu}\p{Ll}*(?: \p{Ll}+)+$/u);
  });
});

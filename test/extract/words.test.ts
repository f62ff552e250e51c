import { describe, expect, it } from 'vitest';
import {
  keyAt,
  nextToken,
  PhraseIndex,
  phraseKeys,
  prevToken,
  registerWords,
  SuffixIndex,
  textKeys,
  tokenEnd,
  wordEnd,
  wordStart,
} from '../../src/extract/words.js';

describe('words and tokens', () => {
  it('reads a word both ways, apostrophes inside', () => {
    const text = 'bà H’Hen Niê, Tỉnh ủy';
    expect(text.slice(3, wordEnd(text, 3))).toBe('H’Hen');
    expect(wordStart(text, 8)).toBe(3);
    expect(text.slice(wordStart(text, 12), 12)).toBe('Niê');
  });

  it('steps over one or two spaces, not three or a line break', () => {
    const text = 'Sở  Nội vụ,   tỉnh\nhuyện';
    expect(nextToken(text, 2)).toBe(4);
    expect(text[nextToken(text, 10)]).toBe(',');
    expect(nextToken(text, 11)).toBe(-1);
    expect(prevToken(text, 4)).toBe(0);
    expect(text.slice(tokenEnd(text, 10) - 1, tokenEnd(text, 10))).toBe(',');
    expect(prevToken(text, text.indexOf('tỉnh'))).toBe(-1);
  });

  it('keys lexicon words in lower case with modern tones, and other words as ""', () => {
    phraseKeys('Ủy viên Thanh Hóa');
    const text = 'Uỷ viên THANH HOÁ abcxyz';
    expect(keyAt(text, 0, 2)).toBe('ủy');
    expect(keyAt(text, 8, 13)).toBe('thanh');
    expect(keyAt(text, 14, 17)).toBe('hóa');
    expect(keyAt(text, 18, 24)).toBe('');
    registerWords('abcxyz');
    expect(keyAt('abcxyz', 0, 6)).toBe('abcxyz');
    expect(keyAt('a – b', 2, 3)).toBe('-');
  });

  it('keys a text the way a lexicon phrase is keyed', () => {
    expect(phraseKeys('Sở Văn hóa, Thể thao')).toEqual(['sở', 'văn', 'hóa', ',', 'thể', 'thao']);
    expect(textKeys('SỞ VĂN HOÁ ,THỂ THAO')).toEqual(['sở', 'văn', 'hóa', ',', 'thể', 'thao']);
  });
});

describe('PhraseIndex and SuffixIndex', () => {
  const index = new PhraseIndex(['Kế hoạch', 'Kế hoạch hành động', 'Văn hóa, Thể thao và Du lịch']);

  it('reads the longest phrase at a position, in any case', () => {
    const text = 'theo KẾ HOẠCH HÀNH ĐỘNG số 5 và Kế hoạch 12; Sở Văn hóa , Thể thao và Du lịch';
    expect(text.slice(5, index.matchAt(text, 5))).toBe('KẾ HOẠCH HÀNH ĐỘNG');
    expect(text.slice(text.indexOf('Kế'), index.matchAt(text, text.indexOf('Kế')))).toBe('Kế hoạch');
    expect(text.slice(text.indexOf('Văn'), index.matchAt(text, text.indexOf('Văn')))).toBe('Văn hóa , Thể thao và Du lịch');
    expect(index.matchAt(text, 0)).toBe(-1);
    expect(index.opens('kế')).toBe(true);
    expect(index.opens('hoạch')).toBe(false);
  });

  it('reads the longest phrase ending at a position, backwards', () => {
    const suffixes = new SuffixIndex(['thành phố', 'phố', 'tổ dân phố']);
    const text = 'ở tổ dân phố Lê Lợi và thành phố Vinh';
    expect(suffixes.startBefore(text, text.indexOf('Lê'))).toBe(text.indexOf('tổ'));
    expect(suffixes.startBefore(text, text.indexOf('Vinh'))).toBe(text.indexOf('thành'));
    expect(suffixes.startBefore(text, text.indexOf('và'))).toBe(-1);
  });
});

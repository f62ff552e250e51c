import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/extract/regex.js';
import { BODY_END_MARKERS, CONTACT_LABELS, DATE_LINE_WORDS, HEAD_NOISE_OPENERS, HEADER_DATE_OPENERS, PUBLISHED_LABELS } from '../../src/lexicon/markers.js';
import { CaselessWords } from '../../src/text/caseless-words.js';

const LISTS = [BODY_END_MARKERS, CONTACT_LABELS, PUBLISHED_LABELS, HEAD_NOISE_OPENERS, HEADER_DATE_OPENERS, DATE_LINE_WORDS];

/** The `iu` alternation of the words, longest first, as body.ts used to try at each line start. */
function alternationOf(words: readonly string[]): RegExp {
  return new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'iuy');
}

/** What the pattern matches at `at`: its end, or -1. */
function byPattern(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? at + m[0].length : -1;
}

/** Latin and Vietnamese letters, and the units that case-fold to or from a Latin letter (K, Å, ſ, İ, ı, U+0345). */
const CODES = [...range(0, 0x250), ...range(0x300, 0x400), ...range(0x1e00, 0x1f00), 0x1fbe, ...range(0x2100, 0x2140), 0xa7ae, 0xab70, 0xff21, 0xff41, 0xd835];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

describe('CaselessWords', () => {
  it('finds the longest word at a position, whatever its case', () => {
    const words = new CaselessWords(['Tin', 'Tin liên quan', 'Tin mới']);
    expect(words.endAt('TIN LIÊN QUAN:', 0)).toBe(13);
    expect(words.endAt('» tin mới nhất', 2)).toBe(9);
    expect(words.endAt('Tin tức', 0)).toBe(3);
    expect(words.endAt('Tiêu đề', 0)).toBe(-1);
    expect(words.endAt('Ti', 0)).toBe(-1);
    expect(words.endAt('', 0)).toBe(-1);
  });

  it('goes on to shorter words when `accept` refuses one, as a pattern backtracks', () => {
    const words = new CaselessWords(['Ngày đăng', 'Ngày đăng tải']);
    expect(words.endAt('Ngày đăng tải: 1/2', 0, (text, end) => text[end] === ' ')).toBe(9);
    expect(words.endAt('Ngày đăng tải: 1/2', 0, () => false)).toBe(-1);
    const short = new CaselessWords(['a', 'AB']);
    expect(short.endAt('ab', 0)).toBe(2);
    expect(short.endAt('Ac', 0)).toBe(1);
    expect(short.endAt('ab', 0, (_, end) => end === 1)).toBe(1);
    expect(short.endAt('xa', 1)).toBe(2);
  });

  it('folds case as V8 does: Kelvin sign, long s, dotted and dotless i', () => {
    const list = ['kết', 'sở', 'in'];
    const words = new CaselessWords(list);
    for (const text of ['\u212aẾT', 'ſở', '\u0130n', '\u0131n', 'İN', 'IN']) expect(words.endAt(text, 0)).toBe(byPattern(alternationOf(list), text, 0));
  });

  it('matches what the `iu` alternation matches, for every character in place of each of their letters', () => {
    for (const list of LISTS) {
      const words = new CaselessWords(list);
      const pattern = alternationOf(list);
      const mismatches: string[] = [];
      const tried = new Set<string>();
      for (const word of list) {
        for (let i = 0; i < word.length; i++) {
          if (tried.has(word[i])) continue;
          tried.add(word[i]);
          for (const code of CODES) {
            const text = word.slice(0, i) + String.fromCharCode(code) + word.slice(i + 1) + ' x';
            if (words.endAt(text, 0) !== byPattern(pattern, text, 0)) mismatches.push(`${word}[${i}] = U+${code.toString(16)}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    }
  });
});

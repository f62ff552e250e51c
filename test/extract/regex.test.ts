import { describe, expect, it } from 'vitest';
import {
  alternation,
  escapeRegExp,
  isDigitCode,
  isLetterCode,
  isLetterOrDigitCode,
  isLowerCode,
  isUpperCode,
  isWordCode,
  trieAlternation,
} from '../../src/extract/regex.js';

const code = (c: string): number => c.charCodeAt(0);

describe('regex helpers', () => {
  it('escapes and orders alternatives longest first, with one or two spaces between words', () => {
    expect(escapeRegExp('TP.HCM (a/b)')).toBe('TP\\.HCM \\(a\\/b\\)');
    const re = new RegExp(`^(?:${alternation(['Kế hoạch', 'Kế hoạch hành động'])})`);
    expect(re.exec('Kế  hoạch hành động số 1')?.[0]).toBe('Kế  hoạch hành động');
  });

  it('lets a space match any run of spaces where asked', () => {
    const re = new RegExp(`^(?:${alternation(['trở lên', 'trở'], { spaces: '[ \\u00a0]+' })})`);
    expect(re.exec('trở \u00a0  lên')?.[0]).toBe('trở \u00a0  lên');
    expect(alternation(['a', 'a', 'bb'])).toBe('bb|a');
  });

  it('shapes a trie on the first character', () => {
    expect(trieAlternation(['Nguyễn', 'Ngô', 'Trần'])).toBe('N(?:guyễn|gô)|T(?:rần)');
    const re = new RegExp(` (?:${trieAlternation(['Lê', 'Lý', 'Hà'])}) `, 'g');
    expect('ông Lý Văn và bà Hà Thị'.match(re)).toEqual([' Lý ', ' Hà ']);
    expect(new RegExp(`^(?:${trieAlternation(['TP.HCM', 'TP'])})$`).test('TPxHCM')).toBe(false);
  });
});

describe('kinds of characters', () => {
  it('tells upper case, lower case, digits and what is no part of a word', () => {
    expect(isUpperCode(code('Ễ'))).toBe(true);
    expect(isUpperCode(code('Đ'))).toBe(true);
    expect(isLowerCode(code('ễ'))).toBe(true);
    expect(isLowerCode(code('Ễ'))).toBe(false);
    expect(isWordCode(code('5'))).toBe(true);
    expect(isWordCode(code('中'))).toBe(true);
    expect(isWordCode(code('“'))).toBe(false);
    expect(isWordCode(code(' '))).toBe(false);
    expect(isDigitCode(code('7'))).toBe(true);
    expect(isDigitCode(code('٣'))).toBe(false);
  });

  it('tells letters or digits from marks, and loose letters', () => {
    expect(isLetterOrDigitCode(code('ư'))).toBe(true);
    expect(isLetterOrDigitCode(code('٣'))).toBe(true);
    expect(isLetterOrDigitCode(0x0301)).toBe(false);
    expect(isWordCode(0x0301)).toBe(true);
    expect(isLetterCode(code('ư'))).toBe(true);
    expect(isLetterCode(code('–'))).toBe(false);
    expect(isLetterCode(code('5'))).toBe(false);
  });

  it('reads nothing past the ends of a string', () => {
    expect(isWordCode('ab'.charCodeAt(5))).toBe(false);
    expect(isLetterCode('ab'.charCodeAt(2))).toBe(false);
    expect(isUpperCode(Number.NaN)).toBe(false);
    expect(isLowerCode('a'.charCodeAt(-1))).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atLineStart,
  findNumbers,
  parseAmount,
  parseFigure,
  qualifierAfter,
  qualifierBefore,
  qualifierOf,
  readNumber,
  wordsBefore,
} from '../../src/extract/numbers.js';

/** Writes a number the Vietnamese way: points group thousands, a comma marks decimals. */
function formatVietnamese(integer: number, decimals: string, group: boolean): string {
  const digits = String(integer);
  const grouped = group ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : digits;
  return decimals ? `${grouped},${decimals}` : grouped;
}

describe('parseFigure', () => {
  it.each([
    ['1.876', 1876],
    ['1.000.000', 1000000],
    ['30.000', 30000],
    ['13,13', 13.13],
    ['99,7', 99.7],
    ['04', 4],
    ['01', 1],
    ['0', 0],
    ['593', 593],
    ['1.234,5', 1234.5],
    ['2.54', 2.54],
    ['97.4', 97.4],
    ['1.2345', 1.2345],
  ])('%s → %d', (figure, value) => {
    expect(parseFigure(figure)).toBe(value);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1', 'triệu', 1_000_000],
    ['1,5', 'tỷ', 1_500_000_000],
    ['1,5', 'tỉ', 1_500_000_000],
    ['3', 'nghìn', 3000],
    ['59,72', 'ngàn', 59720],
    ['3,01', 'ngàn', 3010],
    ['2,5', 'vạn', 25000],
    ['2', 'nghìn tỷ', 2e12],
    ['5', 'trăm', 500],
    ['12', '', 12],
  ])('%s %s → %d', (figure, multiplier, value) => {
    expect(parseAmount(figure, multiplier)).toBe(value);
  });

  it('is exact in decimal, not in binary floating point', () => {
    expect(parseAmount('61,3', ' ngàn')).toBe(61300);
    expect(parseAmount('0,1', ' triệu')).toBe(100000);
  });
});

describe('property: format the Vietnamese way, parse back', () => {
  it('integers with thousands points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseFigure(formatVietnamese(n, '', true))).toBe(n);
      }),
    );
  });

  it('decimals with a comma, grouped or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.stringMatching(/^\d{1,4}$/),
        fc.boolean(),
        (n, decimals, group) => {
          const written = formatVietnamese(n, decimals, group);
          expect(parseFigure(written)).toBeCloseTo(Number(`${n}.${decimals}`), 9);
        },
      ),
    );
  });

  it('read back from running text with a multiplier word', () => {
    const multipliers: [string, number][] = [
      ['nghìn', 1e3],
      ['ngàn', 1e3],
      ['triệu', 1e6],
      ['tỷ', 1e9],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom(...multipliers), (n, [word, factor]) => {
        const text = `Tổng kinh phí khoảng ${formatVietnamese(n, '', true)} ${word} đồng.`;
        const found = findNumbers(text);
        expect(found).toHaveLength(1);
        expect(found[0].value).toBe(n * factor);
        expect(text.slice(found[0].start, found[0].end)).toBe(`${formatVietnamese(n, '', true)} ${word}`);
      }),
    );
  });
});

describe('findNumbers', () => {
  it('finds each figure once with its multiplier', () => {
    const found = findNumbers('Tiếp nhận 28.817 hồ sơ, giải quyết 59,72 ngàn HS và 1,5 tỷ đồng.');
    expect(found.map((n) => n.value)).toEqual([28817, 59720, 1_500_000_000]);
  });

  it('does not read inside dotted dates, times, standards or codes', () => {
    expect(findNumbers('ngày 25.5.2022').map((n) => n.figure)).toEqual([]);
    expect(findNumbers('lúc 05:40 sáng').map((n) => n.figure)).toEqual([]);
    expect(findNumbers('ISO 9001:2015').map((n) => n.figure)).toEqual([]);
    expect(findNumbers('dịch Covid-19 bùng phát').map((n) => n.figure)).toEqual([]);
    expect(findNumbers('mã PAR2023 mới').map((n) => n.figure)).toEqual([]);
  });

  it('keeps both ends of a range', () => {
    expect(findNumbers('từ 80-90%').map((n) => n.value)).toEqual([80, 90]);
  });

  it('reads the denominator of a share only from its numerator', () => {
    expect(findNumbers('593/1.790 TTHC').map((n) => n.value)).toEqual([593]);
  });

  it('stays fast on pathological input', () => {
    const inputs = ['9'.repeat(50_000), ','.repeat(100_000), '1,'.repeat(50_000), '1.'.repeat(50_000), '1.000'.repeat(20_000)];
    for (const input of inputs) {
      const t = performance.now();
      findNumbers(input);
      expect(performance.now() - t).toBeLessThan(1500);
    }
  });
});

describe('readNumber', () => {
  it('reads at an exact offset', () => {
    const text = 'trên 1 triệu hồ sơ';
    expect(readNumber(text, 5)).toEqual({ value: 1_000_000, end: 12, figure: '1' });
    expect(readNumber(text, 0)).toBeNull();
  });
});

describe('qualifiers', () => {
  const before = (text: string) => qualifierBefore(text, text.indexOf('#'));
  it.each([
    ['đạt trên #', 'over'],
    ['có hơn #', 'over'],
    ['Trên #', 'over'],
    ['dưới #', 'under'],
    ['chưa đến #', 'under'],
    ['khoảng #', 'about'],
    ['xấp xỉ #', 'about'],
    ['trên dưới #', 'about'],
    ['gần #', 'nearly'],
    ['tối thiểu #', 'at_least'],
    ['ít nhất #', 'at_least'],
    ['tối đa #', 'at_most'],
    ['không quá #', 'at_most'],
    ['đạt #', 'reached'],
    ['đạt tỷ lệ #', 'reached'],
    ['đạt khoảng #', 'about'],
  ])('%s → %s', (text, qualifier) => {
    expect(before(text)).toBe(qualifier);
  });

  it('reads a comparison as no qualifier', () => {
    expect(before('cao hơn #')).toBeUndefined();
    expect(before('thấp hơn #')).toBeUndefined();
    expect(before('nhiều hơn #')).toBeUndefined();
  });

  it('needs the qualifier to be a whole word right before the figure', () => {
    expect(before('thượng #')).toBeUndefined(); // not "trên" inside a word
    expect(before('trên địa bàn có #')).toBeUndefined();
    expect(before('gần, #')).toBeUndefined();
  });

  it('reads a trailing "trở lên" / "trở xuống"', () => {
    const text = 'từ 90% trở lên và 5% trở xuống';
    expect(qualifierAfter(text, text.indexOf('%') + 1)).toBe('at_least');
    expect(qualifierAfter(text, text.lastIndexOf('%') + 1)).toBe('at_most');
    expect(qualifierOf(text, 3, 6)).toBe('at_least');
  });
});

describe('wordsBefore and atLineStart', () => {
  it('gives the last word and the last pair, lower-cased', () => {
    const text = 'dịch vụ công Mức độ 4';
    expect(wordsBefore(text, text.indexOf('4'))).toEqual({ last: 'độ', pair: 'mức độ' });
  });

  it('stops at punctuation', () => {
    expect(wordsBefore('Lượt xem: 1.599', 10)).toBeNull();
  });

  it('knows a line opening', () => {
    const text = 'Mở đầu\n  - 1. Công tác';
    expect(atLineStart(text, text.indexOf('1'))).toBe(true);
    expect(atLineStart(text, text.indexOf('đầu'))).toBe(false);
  });
});

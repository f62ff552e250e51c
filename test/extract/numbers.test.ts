import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterRun,
  atLineStart,
  endsQualifier,
  execAtWordStart,
  figureMayStart,
  findNumbers,
  isWholeFigure,
  lastWords,
  letterBefore,
  lowerCode,
  lowerSlice,
  figureRuns,
  nextRunEnd,
  parseAmount,
  parseFigure,
  qualifierAfter,
  qualifierAtEnd,
  qualifierBefore,
  qualifierOf,
  readNumber,
  runStart,
  wordAt,
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

  it('reads no figure from pathological runs of digits, points and commas', () => {
    const inputs = ['9'.repeat(50_000), ','.repeat(100_000), '1,'.repeat(50_000), '1.'.repeat(50_000), '1.000'.repeat(20_000)];
    for (const input of inputs) expect(findNumbers(input)).toEqual([]);
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

  it('reads "hơn" after a verb of change as "over"', () => {
    expect(before('tăng hơn #')).toBe('over');
    expect(before('giảm hơn #')).toBe('over');
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

describe('runs of digits', () => {
  it('finds where each run ends and starts', () => {
    const text = 'có 1.234,5 hồ sơ và 17 người';
    const runs = figureRuns(text);
    const first = nextRunEnd(runs, 0);
    expect(text.slice(runStart(text, first), first)).toBe('1.234,5');
    const second = nextRunEnd(runs, first);
    expect(text.slice(runStart(text, second), second)).toBe('17');
    expect(nextRunEnd(runs, second)).toBe(-1);
  });

  it('starts a run at its first digit, not at a leading point', () => {
    const text = 'mục .5 người';
    const end = nextRunEnd(figureRuns(text), 0);
    expect(text.slice(runStart(text, end), end)).toBe('5');
  });

  it('skips the spaces after a run, unless the run ends in a point or comma', () => {
    expect(afterRun('5   người', 1)).toBe(4);
    expect(afterRun('năm 2020. Sau', 9)).toBe(-1);
    expect(afterRun('5, 6 người', 2)).toBe(-1);
  });

  it('reads a run of 50,000 digits as one run', () => {
    const text = '9'.repeat(50_000) + ' người';
    const runs = figureRuns(text);
    expect(runs.ends.length).toBe(1);
    expect(runStart(text, nextRunEnd(runs, 0))).toBe(0);
  });

  it('scans a body once and keeps its runs on the document\'s context for every extractor', () => {
    const text = 'Giảm 315 người, còn 1.200 người';
    const context = { reference: null };
    const runs = figureRuns(text, context);
    expect(figureRuns(text, context)).toBe(runs);
    expect(figureRuns([...text].join(''), context)).toBe(runs);
    expect(Array.from(runs.ends)).toEqual([text.indexOf(' người'), text.lastIndexOf(' người')]);
    expect(Array.from(figureRuns('có 17 hộ').ends)).toEqual([5]);
  });

  it('scans another body on another context, and a body with no context each time', () => {
    const a = { reference: null };
    const b = { reference: null };
    const runs = figureRuns('Cắt giảm 12 thủ tục', a);
    expect(figureRuns('Đạt 98%', b)).not.toBe(runs);
    expect(figureRuns('Cắt giảm 12 thủ tục', a)).toBe(runs);
    expect(figureRuns('Cắt giảm 12 thủ tục')).not.toBe(runs);
    expect(Array.from(figureRuns('Cắt giảm 12 thủ tục').ends)).toEqual(Array.from(runs.ends));
  });
});

describe('words', () => {
  it('reads the word at an offset, lower-cased', () => {
    expect(wordAt('có 5 Hồ sơ', 5)).toBe('hồ');
    expect(wordAt('ĐƠN VỊ', 0)).toBe('đơn');
    expect(wordAt('Ước tính', 0)).toBe('ước');
    expect(wordAt('5 người', 0)).toBe('');
  });

  it('lists the words before an offset with their starts', () => {
    const starts: number[] = [];
    const text = 'Tỉnh  XẾP thứ 5';
    expect(lastWords(text, text.indexOf('5'), 3, starts)).toEqual(['tỉnh', 'xếp', 'thứ']);
    expect(starts).toEqual([0, 6, 10]);
  });

  it('lower-cases Vietnamese capitals and leaves small letters as they are', () => {
    expect(lastWords('ƯỚC KHOẢNG 5', 11, 2)).toEqual(['ước', 'khoảng']);
    expect(lastWords('Đạt được 5', 9, 2)).toEqual(['đạt', 'được']);
    expect(lastWords('ĂN Ở 5', 5, 2)).toEqual(['ăn', 'ở']);
  });

  it('knows what stands before an offset', () => {
    expect(letterBefore('ab', 1)).toBe(true);
    expect(letterBefore(' b', 1)).toBe(false);
    expect(letterBefore('b', 0)).toBe(false);
  });

  it('matches a pattern only at the start of a word', () => {
    const pattern = /(?:số|đạt)(?![\p{L}])/gu;
    expect(execAtWordStart(pattern, 'thiểusố đạt 5')?.index).toBe(8);
    expect(execAtWordStart(pattern, 'số hồ sơ')?.index).toBe(0);
    expect(execAtWordStart(pattern, 'thiểusố')).toBeNull();
  });

  it('finds no qualifier where the last word ends none', () => {
    expect(qualifierAtEnd(['tiếp', 'nhận'])).toBeUndefined();
    expect(qualifierAtEnd(['không', 'vượt', 'quá'])).toEqual({ qualifier: 'at_most', length: 3 });
    expect(qualifierAtEnd([])).toBeUndefined();
  });
});

describe('figures without a regex', () => {
  const whole = (figure: string) => isWholeFigure(figure, 0, figure.length);

  it('accepts a figure as written', () => {
    for (const figure of ['5', '04', '1.876', '1.000.000', '1.234,5', '13,13', '2.54', '9999999999999999']) expect(whole(figure)).toBe(true);
  });

  it('refuses what is not one figure', () => {
    for (const figure of ['1.2.3', '25.5.2022', '1.000.000.000.000.000.000.000', '12345678901234567', '1,2,3', '1.2345678'])
      expect(whole(figure)).toBe(false);
  });

  it('agrees with the figure pattern on many runs', () => {
    const pattern = /^(?:\d{1,3}(?:\.\d{3}){1,6}(?:,\d{1,6})?|\d{1,16}(?:[.,]\d{1,6})?)$/;
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9][0-9.,]{0,20}$/), (run) => {
        expect(whole(run)).toBe(pattern.test(run));
      }),
    );
  });

  it('knows where a figure may start', () => {
    expect(figureMayStart('có 5', 3)).toBe(true);
    expect(figureMayStart('5', 0)).toBe(true);
    expect(figureMayStart('B52', 1)).toBe(false);
    expect(figureMayStart('Covid-19', 6)).toBe(false);
    expect(figureMayStart('05:40', 3)).toBe(false);
    expect(figureMayStart('12.5', 3)).toBe(false);
    expect(figureMayStart('mục .5', 5)).toBe(true);
    expect(figureMayStart('số/5', 3)).toBe(false);
    expect(figureMayStart('từ 3 - 5', 7)).toBe(true);
    expect(figureMayStart('Đội-5', 4)).toBe(false);
  });
});

describe('lower case without toLowerCase', () => {
  it('lower-cases Vietnamese capitals one code unit at a time', () => {
    const capitals = 'ĐĂÂÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ';
    for (const c of capitals) expect(String.fromCharCode(lowerCode(c.charCodeAt(0)))).toBe(c.toLowerCase());
    expect(lowerCode('a'.charCodeAt(0))).toBe('a'.charCodeAt(0));
    expect(lowerCode('5'.charCodeAt(0))).toBe('5'.charCodeAt(0));
  });

  it('slices lower-case text without change', () => {
    expect(lowerSlice('Tỷ lệ HỒ SƠ', 0, 5)).toBe('tỷ lệ');
    expect(lowerSlice('Tỷ lệ HỒ SƠ', 6, 11)).toBe('hồ sơ');
    expect(lowerSlice('đạt', 0, 3)).toBe('đạt');
  });

  it('knows the last words of qualifiers', () => {
    expect(endsQualifier('trên')).toBe(true);
    expect(endsQualifier('tính')).toBe(true);
    expect(endsQualifier('người')).toBe(false);
  });
});

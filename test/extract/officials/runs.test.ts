import { describe, expect, it } from 'vitest';
import { isSyllable, mayHoldName, nameRuns, runEndingAt, runStartingAt } from '../../../src/extract/officials/runs.js';

/** The runs nameRuns finds, each part as its text. */
function runs(text: string): string[][] {
  return nameRuns(text).map((parts) =>
    parts.map((part) => {
      const span = text.slice(part[0].start, part[part.length - 1].end);
      expect(span).toBe(part.map((s) => s.text).join(' '));
      return span;
    }),
  );
}

describe('nameRuns', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh dự.', [['Cao Bằng Hoàng Xuân Ánh']]],
    ['Ông Nguyễn Văn An và bà Trần Thị Bình cùng dự.', [['Nguyễn Văn An'], ['Trần Thị Bình']]],
    ['Nguyễn Văn An, Giám đốc Sở, phát biểu.', [['Nguyễn Văn An']]],
    ['bà H’Hen Niê dự.', [['H’Hen Niê']]],
    ['Chủ tịch HĐND tỉnh Y Thanh Hà Niê Kđăm dự lễ.', [['Y Thanh Hà Niê Kđăm']]],
    ['Ông Âu Văn Hoàng cho biết.', [['Âu Văn Hoàng']]],
    ['Ông Lê Văn Bình Tuy nhiên, việc còn chậm.', [['Lê Văn Bình']]],
    ['Ông Hồ Văn Thắng Ông Thắng cho biết.', [['Hồ Văn Thắng']]],
    ['GS.TS Lê Văn Vinh Phó Chủ tịch Tổng hội cho rằng', [['Lê Văn Vinh', 'Phó Chủ']]],
    ['UBND Tỉnh Lạng Sơn họp.', []],
    ['Tỉnh ủy, HĐND, UBND tỉnh họp.', []],
  ])('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it('reads a name at the start of a line', () => {
    expect(runs('Tin tức\nNguyễn Văn An phát biểu')).toEqual([['Nguyễn Văn An']]);
  });

  it('skips a headline in title case', () => {
    expect(runs('Nguyễn Văn An Gặp Mặt Các Doanh Nghiệp Nhân Dịp Đầu Xuân Mới Tại Tỉnh Lạng Sơn Năm Nay')).toEqual([]);
  });

  it('reads long runs of capitals as no name, and a long list as its names', () => {
    expect(nameRuns('Nguyễn '.repeat(30_000))).toHaveLength(0);
    expect(nameRuns('Nguyễn Văn A, '.repeat(10_000))).toHaveLength(10_000);
  });
});

describe('run edges', () => {
  const text = 'Bí thư Tỉnh ủy Quảng Ninh Hoàng Văn Dương cho biết';
  it('reads a run from its start or back from its end', () => {
    const start = text.indexOf('Quảng');
    const end = text.indexOf(' cho');
    expect(runStartingAt(text, start)).toEqual([start, end]);
    expect(runEndingAt(text, end, 0)).toEqual([start, end]);
    expect(runEndingAt(text, end, text.indexOf('Hoàng'))).toEqual([text.indexOf('Hoàng'), end]);
    expect(runStartingAt(text, text.indexOf('thư'))).toBeNull();
  });

  it('tells a title-case syllable and a run that may hold a name', () => {
    expect(isSyllable('Nguyễn', 0, 6)).toBe(true);
    expect(isSyllable('UBND', 0, 4)).toBe(false);
    expect(isSyllable('H’Hen', 0, 5)).toBe(true);
    expect(mayHoldName(text, text.indexOf('Quảng'), text.indexOf(' cho'))).toBe(true);
    expect(mayHoldName('Quảng Ninh', 0, 10)).toBe(false);
  });
});

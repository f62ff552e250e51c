import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates.js';
import { refine } from '../../src/refine/index.js';
import { rangeYears } from '../../src/refine/range-years.js';
import type { Items } from '../../src/schema.js';

const items = (text: string): Items => ({ dates: extractDates(text), periods: [], officials: [], percentages: [], counts: [], documents: [], rankings: [] });
/** Each date as its text and value, after the refiner. */
const dated = (text: string): [string, string][] => rangeYears(items(text), text).dates.map((d) => [d.text, d.value]);

describe('rangeYears: the year a range states at its end', () => {
  it.each([
    ['Kiểm tra từ ngày 06/5 đến ngày 31/5/2024.', [['06/5', '2024-05-06'], ['31/5/2024', '2024-05-31']]],
    ['Lễ hội diễn ra từ 3/3 - 8/3/2017.', [['3/3', '2017-03-03'], ['8/3/2017', '2017-03-08']]],
    ['Tính từ 1-1 đến hết 30-4-2017, có 148 vụ.', [['1-1', '2017-01-01'], ['30-4-2017', '2017-04-30']]],
    ['Mở cửa từ 20/5 đến hết ngày 20/6/2017.', [['20/5', '2017-05-20'], ['20/6/2017', '2017-06-20']]],
  ])('gives "%s" the end\'s year', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });

  it('gives the year before to a start that falls after the end', () => {
    expect(dated('Quý IV từ 1/12 đến 15/1/2024.')).toEqual([['1/12', '2023-12-01'], ['15/1/2024', '2024-01-15']]);
  });

  it('marks the year as implied', () => {
    expect(rangeYears(items('từ 6/5 đến 31/5/2024'), 'từ 6/5 đến 31/5/2024').dates[0].yearImplied).toBe(true);
  });

  it('leaves dates that open no range, and those without the text', () => {
    expect(dated('Ngày 5/6, tỉnh họp; ngày 7/8/2021 tỉnh tổng kết.')).toEqual([['5/6', '--06-05'], ['7/8/2021', '2021-08-07']]);
    const text = 'từ 6/5 đến 31/5/2024';
    expect(rangeYears(items(text), undefined).dates[0].value).toBe('--05-06');
  });

  it('wins over the year the publication date would imply', () => {
    const text = 'Kiểm tra từ ngày 06/5 đến ngày 31/5/2024.';
    const refined = refine(items(text), { reference: '2024-03-22' }, text);
    expect(refined.dates.map((d) => d.value)).toEqual(['2024-05-06', '2024-05-31']);
  });
});

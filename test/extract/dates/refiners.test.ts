import { Chrono } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { NumericDateParser } from '../../../src/extract/dates/numeric.js';
import { OverlapRefiner, TimeRefiner, WeekdayRefiner } from '../../../src/extract/dates/refiners.js';

const chrono = new Chrono({ parsers: [new NumericDateParser()], refiners: [new OverlapRefiner(), new WeekdayRefiner(), new TimeRefiner()] });
const parse = (text: string) =>
  chrono.parse(text, new Date(0)).map((r) => {
    expect(text.slice(r.index, r.index + r.text.length)).toBe(r.text);
    return { text: r.text, weekday: r.start.isCertain('weekday') ? r.start.get('weekday') : undefined, hour: r.start.isCertain('hour') ? r.start.get('hour') : undefined };
  });

describe('WeekdayRefiner and TimeRefiner', () => {
  it('widen a date over its weekday and time', () => {
    expect(parse('Cập nhật, 15:42, Thứ Sáu, 12/07/2019 (GMT+7)')).toEqual([{ text: '15:42, Thứ Sáu, 12/07/2019', weekday: 5, hour: 15 }]);
    expect(parse('Thứ ba, 16/04/2024 06:15')).toEqual([{ text: 'Thứ ba, 16/04/2024 06:15', weekday: 2, hour: 6 }]);
  });

  it('give a time to one date only', () => {
    expect(parse('ngày 14/06/2022 09:20, 15/06/2022')).toEqual([
      { text: '14/06/2022 09:20', weekday: undefined, hour: 9 },
      { text: '15/06/2022', weekday: undefined, hour: undefined },
    ]);
  });

  it('keep dates apart across lines', () => {
    expect(parse('Thứ bảy,\n18/09/2021\n10:05')).toEqual([{ text: '18/09/2021', weekday: undefined, hour: undefined }]);
  });
});

describe('OverlapRefiner', () => {
  it('keeps the longer of overlapping results', () => {
    const refiner = new OverlapRefiner();
    const context = { text: 'x' } as never;
    const a = { index: 0, text: '12/5' } as never;
    const b = { index: 0, text: '12/5/2020' } as never;
    const c = { index: 20, text: '1/1/2021' } as never;
    expect(refiner.refine(context, [a, b, c])).toEqual([b, c]);
  });
});

import { describe, expect, it } from 'vitest';
import { weekdayBefore } from '../../../src/extract/dates/weekday.js';

const before = (text: string, date: string) => weekdayBefore(text, text.indexOf(date));

describe('weekdayBefore', () => {
  it.each([
    ['Thứ bảy,  18/09/2021', 6],
    ['Thứ Sáu, 12/07/2019', 5],
    ['Thứ 6, Ngày 02/06/2023', 5],
    ['THỨ HAI, 02/10/2023', 1],
    ['Chủ nhật, 05/11/2023', 0],
    ['chủ nhật 05/11/2023', 0],
    ['Thứ sáu - 03/05/2024', 5],
    ['Thứ ba 07/11/2023', 2],
    ['Thứ 7, 18/09/2021', 6],
  ])('%s → %i', (text, weekday) => {
    const date = text.match(/\d{2}\/\d{2}\/\d{4}/)![0];
    expect(before(text, date)).toEqual({ index: 0, weekday });
  });

  it('is not a weekday inside a longer word or number', () => {
    expect(before('thuộc tỉnh 18/09/2021', '18/09/2021')).toBeNull();
    expect(before('lần thứ 20, 18/09/2021', '18/09/2021')).toBeNull();
    expect(before('Thứ tám, 18/09/2021', '18/09/2021')).toBeNull();
    expect(before('xthứ hai, 18/09/2021', '18/09/2021')).toBeNull();
    expect(before('Thứ bảy, họp ngày 18/09/2021', '18/09/2021')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { timeAfter, timeBefore } from '../../../src/extract/dates/time.js';

const after = (text: string, date: string) => timeAfter(text, text.indexOf(date) + date.length);
const before = (text: string, date: string) => timeBefore(text, text.indexOf(date));

describe('timeAfter', () => {
  it.each([
    ['28/10/2020 4:47:35 CH)', '28/10/2020', { hour: 16, minute: 47, second: 35 }],
    ['15/02/2024 9:14 SA)', '15/02/2024', { hour: 9, minute: 14 }],
    ['12/01/2024 12:05 SA', '12/01/2024', { hour: 0, minute: 5 }],
    ['12/01/2024 12:05 CH', '12/01/2024', { hour: 12, minute: 5 }],
    ['31/07/2020 - 13:11', '31/07/2020', { hour: 13, minute: 11 }],
    ['19/04/2021 07:45', '19/04/2021', { hour: 7, minute: 45 }],
    ['ngày 2/5/2023 lúc 14h30 tại', '2/5/2023', { hour: 14, minute: 30 }],
    ['ngày 2/5/2023 lúc 9h tại', '2/5/2023', { hour: 9, minute: 0 }],
    ['16/04/2024 06:15 (GMT+7)', '16/04/2024', { hour: 6, minute: 15 }],
  ])('%s', (text, date, clock) => {
    const found = after(text, date);
    expect(found).toMatchObject(clock);
    expect(found!.start).toBe(text.indexOf(date) + date.length);
    if (!('second' in clock)) expect(found!.second).toBeUndefined();
  });

  it.each([
    ['ngày 2/5/2023 có 12 hồ sơ', '2/5/2023'],
    ['ngày 2/5/2023 25:10', '2/5/2023'],
    ['ngày 2/5/2023 13:75', '2/5/2023'],
    ['ngày 2/5/2023 13:40:2', '2/5/2023'],
    ['ngày 2/5/2023 13 CH', '2/5/2023'],
    ['ngày 2/5/2023 14:30 CHỦ ĐỀ', '2/5/2023'],
    ['ngày 2/5/2023 15:30 CH', '2/5/2023'],
    ['ngày 2/5/2023 tiếp 10 lượt', '2/5/2023'],
    ['ngày 2/5/2023 ISO 9001:2015', '2/5/2023'],
  ])('none in "%s"', (text, date) => {
    expect(after(text, date)).toBeNull();
  });
});

describe('timeBefore', () => {
  it('reads a time before the date, with the run that joins them', () => {
    expect(before('09:20, 14/06/2022', '14/06/2022')).toMatchObject({ hour: 9, minute: 20, start: 0 });
    expect(before('Cập nhật, 15:42, Thứ Sáu, 12/07/2019', 'Thứ Sáu')).toMatchObject({ hour: 15, minute: 42, start: 10 });
    expect(before('lúc 8h30 ngày 12/5/2023', '12/5/2023')).toMatchObject({ hour: 8, minute: 30, start: 4 });
    expect(before('15:30 | 15/08/2023', '15/08/2023')).toMatchObject({ hour: 15, minute: 30, start: 0 });
  });

  it('needs the time to stand alone', () => {
    expect(before('năm 2020 09:20, 14/06/2022', '14/06/2022')).toMatchObject({ hour: 9 });
    expect(before('mã 109:20, 14/06/2022', '14/06/2022')).toBeNull();
    expect(before('mã 1:09:20:07, 14/06/2022', '14/06/2022')).toBeNull();
    expect(before('Hội nghị 14/06/2022', '14/06/2022')).toBeNull();
    expect(before('14/06/2022', '14/06/2022')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { hour24, parseDateLine, toVietnamTime } from '../../src/html/dateline.js';

describe('parseDateLine', () => {
  const cases: [string, string][] = [
    ['Thứ Ba, 25/12/2012 - 10:03', '2012-12-25T10:03+07:00'],
    ['Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)', '2012-12-24T03:04+07:00'],
    ['Thứ sáu, 28/12/2012, 14:46 GMT+7', '2012-12-28T14:46+07:00'],
    ['15:20 PM | 21/12/2012', '2012-12-21T15:20+07:00'],
    ['19/12/2012 17:41', '2012-12-19T17:41+07:00'],
    ['21/12/2012 - 08:04', '2012-12-21T08:04+07:00'],
    ['10:05, 25/05/2022', '2022-05-25T10:05+07:00'],
    ['Cập nhật thứ hai, ngày 24/12/12 11:05 tối', '2012-12-24T23:05+07:00'],
    ['Cập nhật thứ sáu, ngày 30/11/12 04:00 chiều', '2012-11-30T16:00+07:00'],
    ['Ngày đăng: 12/01/2023 15:20', '2023-01-12T15:20+07:00'],
    ['Đăng lúc 8h30 ngày 03/04/2023', '2023-04-03T08:30+07:00'],
    ['Ngày 14/06/2018', '2018-06-14'],
    ['Thứ Năm, 26/05/2022', '2022-05-26'],
    ['Đăng ngày 30-05-2022', '2022-05-30'],
    ['ngày 22 tháng 05 năm 2018', '2018-05-22'],
    ['12.03.2021', '2021-03-12'],
    ['2012-12-23T14:02+07:00', '2012-12-23T14:02+07:00'],
    ['2025-10-22T19:25:52+07:00', '2025-10-22T19:25+07:00'],
    ['2020-07-31', '2020-07-31'],
  ];
  for (const [text, value] of cases) {
    it(`reads "${text}"`, () => {
      expect(parseDateLine(text)?.value).toBe(value);
    });
  }

  it('converts other offsets to Vietnam time', () => {
    expect(parseDateLine('2022-05-25T03:05:00Z')?.value).toBe('2022-05-25T10:05+07:00');
    expect(parseDateLine('2022-05-24T20:05:00-07:00')?.value).toBe('2022-05-25T10:05+07:00');
  });

  it('tells a pure date line from a sentence holding a date', () => {
    expect(parseDateLine('Thứ Tư, 26/12/2012 17:14')?.pure).toBe(true);
    expect(parseDateLine('(Cập nhật: 20/03/2023)')?.pure).toBe(true);
    expect(parseDateLine('Theo Ngoisao | 25/12/2012 10:25')?.pure).toBe(false);
    expect(parseDateLine('Sáng 29/10/2020, UBND tỉnh tổ chức hội nghị')?.pure).toBe(false);
  });

  it('rejects impossible and placeholder dates', () => {
    expect(parseDateLine('31/02/2020')).toBeNull();
    expect(parseDateLine('29/02/2021')).toBeNull();
    expect(parseDateLine('1/1/0001')).toBeNull();
    expect(parseDateLine('45/13/2020')).toBeNull();
    expect(parseDateLine('29/02/2020')?.value).toBe('2020-02-29');
  });

  it('does not read a document symbol or a month alone as a date', () => {
    expect(parseDateLine('Quyết định số 107/2020/NĐ-CP')).toBeNull();
    expect(parseDateLine('tháng 6/2020')).toBeNull();
    expect(parseDateLine('không có ngày')).toBeNull();
  });

  it('ignores an hour that is not a time', () => {
    expect(parseDateLine('12/03/2021 có 12 hộ dân')?.value).toBe('2021-03-12');
    expect(parseDateLine('12/03/2021 99:99')?.value).toBe('2021-03-12');
  });

  it('reads no date line from long hostile strings', () => {
    expect(parseDateLine('12/'.repeat(50_000))).toBeNull();
    expect(parseDateLine('1:2'.repeat(50_000))).toBeNull();
    expect(parseDateLine('Thứ '.repeat(50_000))).toBeNull();
  });
});

describe('hour24', () => {
  it('reads 12-hour markers and Vietnamese parts of the day', () => {
    expect(hour24(3, 'AM')).toBe(3);
    expect(hour24(12, 'AM')).toBe(0);
    expect(hour24(3, 'PM')).toBe(15);
    expect(hour24(15, 'PM')).toBe(15);
    expect(hour24(12, 'PM')).toBe(12);
    expect(hour24(9, 'sáng')).toBe(9);
    expect(hour24(1, 'trưa')).toBe(13);
    expect(hour24(11, 'trưa')).toBe(11);
    expect(hour24(4, 'chiều')).toBe(16);
    expect(hour24(11, 'tối')).toBe(23);
    expect(hour24(11, 'đêm')).toBe(23);
    expect(hour24(2, 'đêm')).toBe(2);
    expect(hour24(8, 'CH')).toBe(20);
    expect(hour24(8, undefined)).toBe(8);
  });
});

describe('toVietnamTime', () => {
  it('keeps +07:00 and assumes it when no offset is given', () => {
    expect(toVietnamTime('2021-01-01', '23:30', '+07:00')).toBe('2021-01-01T23:30+07:00');
    expect(toVietnamTime('2021-01-01', '23:30', undefined)).toBe('2021-01-01T23:30+07:00');
  });

  it('moves the date when the offset crosses midnight', () => {
    expect(toVietnamTime('2021-01-01', '20:00', 'Z')).toBe('2021-01-02T03:00+07:00');
    expect(toVietnamTime('2021-01-01', '20:00', '+0000')).toBe('2021-01-02T03:00+07:00');
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates.js';

const dates = (text: string): [string, string][] => extractDates(text).map((d) => [d.text, d.value]);

describe('withRepeatedDays: a bare day and month the text dates in full elsewhere', () => {
  it('reads the day again where no cue stands before it', () => {
    expect(dates('Trận đấu diễn ra vào ngày 26/8/2017 tại Las Vegas. Ngày thi đấu giữa hai võ sĩ, 26/8, đã được tính toán; ông đề nghị chọn 26/8 để đón đầu.')).toEqual([
      ['26/8/2017', '2017-08-26'],
      ['26/8', '--08-26'],
      ['26/8', '--08-26'],
    ]);
  });

  it('reads it before the full date and written with a point or a leading zero', () => {
    expect(dates('Hạn chót là 30.06. Theo Quyết định, từ 30.06.2024 hồ sơ nộp trực tuyến.')).toEqual([
      ['30.06', '--06-30'],
      ['30.06.2024', '2024-06-30'],
    ]);
  });

  it('reads no other day, no share, no number and no lunar day', () => {
    expect(dates('Ngày 1/5/2017 có 1/5 số hộ đã nộp.')).toEqual([['1/5/2017', '2017-05-01']]);
    expect(dates('Ngày 26/8/2017 ban hành văn bản số 26/8 về việc này.')).toEqual([['26/8/2017', '2017-08-26']]);
    expect(dates('Ngày 23/5/2017, đúng dịp giỗ 23/5 âm lịch, chọn 24/5 để khởi công.')).toEqual([['23/5/2017', '2017-05-23']]);
    expect(dates('Ngày 26/8/2017 và mã 126/8, 26/8/QĐ-UBND.')).toEqual([['26/8/2017', '2017-08-26']]);
    expect(dates('Tối 10/3/2023, tại Quảng trường 10/3, tỉnh tổ chức lễ bế mạc.')).toEqual([['10/3/2023', '2023-03-10']]);
  });

  it('reads a day the text dates without a year again too', () => {
    expect(dates('Triển lãm diễn ra vào ngày mai,11/02. Triển lãm bắt đầu từ ngày 11/02 và kéo dài đến hết ngày 20/02.')).toEqual([
      ['11/02', '--02-11'],
      ['11/02', '--02-11'],
      ['20/02', '--02-20'],
    ]);
  });
});

// Each parser alone inside a Chrono, as the date extractor's configuration uses it.
import { Chrono, type Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { IsoDateParser } from '../../../src/extract/dates/iso.js';
import { NumericDateParser } from '../../../src/extract/dates/numeric.js';
import { WordDateParser } from '../../../src/extract/dates/words.js';

function parse(parser: Parser, text: string): [string, number | null, number, number][] {
  return new Chrono({ parsers: [parser], refiners: [] }).parse(text, new Date(0)).map((r) => {
    expect(text.slice(r.index, r.index + r.text.length)).toBe(r.text);
    return [r.text, r.start.isCertain('year') ? r.start.get('year') : null, r.start.get('month')!, r.start.get('day')!];
  });
}

describe('NumericDateParser', () => {
  const numeric = new NumericDateParser();
  it('reads day, month and year, little-endian', () => {
    expect(parse(numeric, 'ngày 5/12/2020')).toEqual([['5/12/2020', 2020, 12, 5]]);
    expect(parse(numeric, 'ngày 05-12-2020')).toEqual([['05-12-2020', 2020, 12, 5]]);
    expect(parse(numeric, 'ngày 05.12.2020')).toEqual([['05.12.2020', 2020, 12, 5]]);
    expect(parse(numeric, 'ngày 5 / 12 / 2020')).toEqual([['5 / 12 / 2020', 2020, 12, 5]]);
    expect(parse(numeric, 'ngày 5–12–2020')).toEqual([['5–12–2020', 2020, 12, 5]]);
  });

  it('never swaps day and month', () => {
    expect(parse(numeric, 'ngày 12/25/2020')).toEqual([]);
  });

  it('wants the same separator twice', () => {
    expect(parse(numeric, 'ngày 5/12-2020')).toEqual([]);
  });

  it('reads year-less forms only with a cue, and never spaced', () => {
    expect(parse(numeric, 'Sáng 5/12')).toEqual([['5/12', null, 12, 5]]);
    expect(parse(numeric, 'Sáng 5-12')).toEqual([['5-12', null, 12, 5]]);
    expect(parse(numeric, 'Sáng 5.12')).toEqual([['5.12', null, 12, 5]]);
    expect(parse(numeric, 'đạt 5/12')).toEqual([]);
    expect(parse(numeric, 'đạt 5.12')).toEqual([]);
    expect(parse(numeric, 'Sáng 5 - 12')).toEqual([]);
  });

  it('reads the last day of a range of days', () => {
    expect(parse(numeric, 'ngày 3-4/11, nhằm')).toEqual([['4/11', null, 11, 4]]);
    expect(parse(numeric, 'từ ngày 9 - 11/10/2019')).toEqual([['11/10/2019', 2019, 10, 11]]);
    expect(parse(numeric, 'tăng 3-8/3 số')).toEqual([]);
  });

  it('reads both ends of a range of dates, and the end of a range of days with a year', () => {
    expect(parse(numeric, 'kỷ niệm (24/6/1967-24/6/2017) và')).toEqual([
      ['24/6/1967', 1967, 6, 24],
      ['24/6/2017', 2017, 6, 24],
    ]);
    expect(parse(numeric, 'diễn ra từ ngày 4/6-30/8/2017 với')).toEqual([
      ['4/6', null, 6, 4],
      ['30/8/2017', 2017, 8, 30],
    ]);
    expect(parse(numeric, 'xét xử sơ thẩm (25-26/2/2016), bị cáo')).toEqual([['26/2/2016', 2016, 2, 26]]);
    expect(parse(numeric, 'nghỉ từ 29/4 – 2/5 nhân dịp')).toEqual([
      ['29/4', null, 4, 29],
      ['2/5', null, 5, 2],
    ]);
    expect(parse(numeric, 'lần lượt 1-2-3. 6. 1968 Suzuki')).toEqual([]);
    expect(parse(numeric, 'tỷ lệ 1/2-3/4 chỉ tiêu')).toEqual([]);
  });

  it('does not restart inside a rejected figure', () => {
    expect(parse(numeric, 'ngày 31/2/2020')).toEqual([]);
    expect(parse(numeric, 'ngày 45/12/2020')).toEqual([]);
  });
});

describe('WordDateParser', () => {
  const words = new WordDateParser();
  it('reads "ngày D tháng M năm Y" and its shorter forms', () => {
    expect(parse(words, 'Ngày 11 tháng 07 năm 2019')).toEqual([['11 tháng 07 năm 2019', 2019, 7, 11]]);
    expect(parse(words, 'NGÀY 11 THÁNG 7 NĂM 2019')).toEqual([['11 THÁNG 7 NĂM 2019', 2019, 7, 11]]);
    expect(parse(words, 'hôm 11 tháng 7, năm 2019')).toEqual([['11 tháng 7, năm 2019', 2019, 7, 11]]);
    expect(parse(words, 'ngày 5 tháng 3')).toEqual([['5 tháng 3', null, 3, 5]]);
    expect(parse(words, '25 Tháng 5, 2022')).toEqual([['25 Tháng 5, 2022', 2022, 5, 25]]);
    // a page header's year after a space, where "Tháng" is capitalised
    expect(parse(words, 'Thứ năm, 20 Tháng 3 2025 10:12')).toEqual([['20 Tháng 3 2025', 2025, 3, 20]]);
    expect(parse(words, 'Ngày 20 Tháng Mười Hai 2024')).toEqual([['20 Tháng Mười Hai 2024', 2024, 12, 20]]);
    expect(parse(words, 'ngày 20 tháng 3 2025')).toEqual([['20 tháng 3', null, 3, 20]]);
  });

  it('reads a day and month in words after a time of day', () => {
    expect(parse(words, 'Chiều nay 30 tháng 5, buổi lễ diễn ra')).toEqual([['30 tháng 5', null, 5, 30]]);
    expect(parse(words, 'Sáng 29 tháng 5, đoàn kiểm tra')).toEqual([['29 tháng 5', null, 5, 29]]);
    expect(parse(words, 'tối 2 tháng 9 lễ diễn ra')).toEqual([['2 tháng 9', null, 9, 2]]);
  });

  it('reads the month in words, capitalised ("tháng Bảy", "tháng Mười Hai"), never the lunar "tháng Giêng"', () => {
    expect(parse(words, 'Từ ngày 1 tháng Bảy, tỉnh áp dụng')).toEqual([['1 tháng Bảy', null, 7, 1]]);
    expect(parse(words, 'Ngày 15 tháng Mười Hai năm 2023')).toEqual([['15 tháng Mười Hai năm 2023', 2023, 12, 15]]);
    expect(parse(words, 'mùng 10 tháng Giêng')).toEqual([]);
    expect(parse(words, 'sau 3 tháng Năm ngày')).toEqual([]);
  });

  it('reads the day in words after "ngày" or "mồng", never without', () => {
    expect(parse(words, 'Hôm nay, ngày mười một tháng Sáu năm 2022.')).toEqual([['mười một tháng Sáu năm 2022', 2022, 6, 11]]);
    expect(parse(words, 'trước ngày mười lăm tháng Mười.')).toEqual([['mười lăm tháng Mười', null, 10, 15]]);
    expect(parse(words, 'sinh ngày mồng chín tháng Tư vừa qua')).toEqual([['chín tháng Tư', null, 4, 9]]);
    expect(parse(words, 'Ngày Hai mươi mốt tháng 3 năm 2024')).toEqual([['Hai mươi mốt tháng 3 năm 2024', 2024, 3, 21]]);
    expect(parse(words, 'Sáng mười bốn tháng Mười Một, đoàn kiểm tra đến')).toEqual([['mười bốn tháng Mười Một', null, 11, 14]]);
    expect(parse(words, 'sau hai mươi tháng Mười dự án xong')).toEqual([]);
    expect(parse(words, 'ngày ba mươi tháng Hai năm 2024')).toEqual([]);
  });

  it('is no date without "ngày" or a year, or when impossible', () => {
    expect(parse(words, 'sau 3 tháng 10 ngày')).toEqual([]);
    expect(parse(words, 'làm từ sáng 3 tháng 10 ngày liền')).toEqual([]);
    expect(parse(words, 'có 30 tháng 5 ngày làm việc')).toEqual([]);
    expect(parse(words, 'ngày 31 tháng 2 năm 2021')).toEqual([]);
    expect(parse(words, 'ngày 5 tháng 13')).toEqual([]);
  });
});

describe('IsoDateParser', () => {
  const iso = new IsoDateParser();
  it('reads ISO dates, with or without a time', () => {
    expect(parse(iso, 'date 2024-11-05 Sáng')).toEqual([['2024-11-05', 2024, 11, 5]]);
    expect(parse(iso, '2025-10-21T08:30:00+07:00')).toEqual([['2025-10-21T08:30:00+07:00', 2025, 10, 21]]);
    expect(parse(iso, '2025-10-21 08:30 giờ')).toEqual([['2025-10-21 08:30', 2025, 10, 21]]);
  });

  it('is no date for a month stamp, an impossible day or a longer figure', () => {
    expect(parse(iso, 'date 2021-04 Từ')).toEqual([]);
    expect(parse(iso, '2023-02-30')).toEqual([]);
    expect(parse(iso, '12025-10-25')).toEqual([]);
    expect(parse(iso, '2025-10-255')).toEqual([]);
  });
});

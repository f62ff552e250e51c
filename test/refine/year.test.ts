import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates.js';
import { refine } from '../../src/refine/index.js';
import { implyYear, implyYears, yearFor } from '../../src/refine/year.js';
import type { DateItem, Items } from '../../src/schema.js';

const date = (value: string, text = '21/7'): DateItem => ({ text, span: [0, text.length], value, yearImplied: false });
const items = (dates: DateItem[]): Items => ({ dates, periods: [], officials: [], percentages: [], counts: [], documents: [], rankings: [] });

describe('yearFor', () => {
  it.each([
    // [month, day, reference, year]
    [7, 21, '2020-07-31', 2020],
    [7, 31, '2020-07-31', 2020],
    [8, 31, '2020-07-31', 2020], // exactly a month after: still this year
    [9, 1, '2020-07-31', 2019], // more than a month after: last year
    [12, 20, '2024-01-05', 2023],
    [1, 3, '2024-01-05', 2024],
    [2, 4, '2024-01-05', 2024],
    [2, 6, '2024-01-05', 2023],
    [1, 15, '2023-12-20', 2023],
    [4, 18, '2024-04-18', 2024],
  ])('%i/%i seen from %s is in %i', (month, day, reference, year) => {
    expect(yearFor(month, day, reference)).toBe(year);
  });

  it('accepts a full ISO date-time as reference', () => {
    expect(yearFor(5, 25, '2022-05-25T10:05+07:00')).toBe(2022);
  });

  it('gives no year to 29 February outside a leap year, and none for a bad reference', () => {
    expect(yearFor(2, 29, '2023-03-01')).toBeNull();
    expect(yearFor(2, 29, '2024-03-01')).toBe(2024);
    expect(yearFor(7, 21, 'not a date')).toBeNull();
  });
});

describe('implyYear', () => {
  it('fills the year and says it was implied', () => {
    expect(implyYear(date('--07-21'), '2020-07-31')).toMatchObject({ value: '2020-07-21', yearImplied: true, text: '21/7', span: [0, 4] });
  });

  it('leaves stated years and year-less dates without reference alone', () => {
    const stated = date('2019-07-21', '21/7/2019');
    expect(implyYear(stated, '2020-07-31')).toBe(stated);
    const yearless = date('--07-21');
    expect(implyYear(yearless, null)).toBe(yearless);
    expect(implyYear(date('--02-29'), '2023-03-01')).toMatchObject({ value: '--02-29', yearImplied: false });
  });
});

describe('implyYears', () => {
  it('works over every date of the record', () => {
    const out = implyYears(items([date('--07-21'), date('2019-01-02', '2/1/2019'), date('--12-30', '30/12')]), { reference: '2021-01-10' });
    expect(out.dates.map((d) => [d.value, d.yearImplied])).toEqual([
      ['2020-07-21', true],
      ['2019-01-02', false],
      ['2020-12-30', true],
    ]);
  });

  it('is wired into refine(), after the overlaps', () => {
    const text = 'Sáng 21/7, Tỉnh ủy họp; chiều 25/8 tiếp tục; ngày 3/1/2020 khai mạc.';
    const out = refine(items(extractDates(text, { reference: null })), { reference: '2020-07-31' });
    expect(out.dates.map((d) => d.value)).toEqual(['2020-07-21', '2020-08-25', '2020-01-03']);
    const none = refine(items(extractDates(text, { reference: null })), { reference: null });
    expect(none.dates.map((d) => d.value)).toEqual(['--07-21', '--08-25', '2020-01-03']);
  });
});

describe('deadlines look ahead', () => {
  const years = (text: string, reference: string): string[] =>
    refine(items(extractDates(text, { reference: null })), { reference }, text).dates.map((d) => d.value);

  it.each([
    ['Các xã hoàn thành làm sạch dữ liệu hộ tịch trước ngày 30/9.', '2023-07-14', '2023-09-30'],
    ['Phấn đấu đến ngày 30/4, 100% hộ có tài khoản.', '2023-03-05', '2023-04-30'],
    ['Các sở công khai kết quả tự đánh giá trước 30/5.', '2020-04-10', '2020-05-30'],
    ['Từ nay đến ngày 31/12, huyện rà soát từng hồ sơ.', '2023-09-01', '2023-12-31'],
    ['Bộ phận một cửa làm việc cả thứ Bảy đến hết ngày 30/6.', '2023-05-05', '2023-06-30'],
    ['Báo cáo gửi Sở Nội vụ chậm nhất là ngày 15/12.', '2022-08-20', '2022-12-15'],
    ['Hồ sơ nộp với hạn chót là ngày 15/10.', '2024-06-01', '2024-10-15'],
    ['Người dân không nên để đến sát ngày 31-12 mới đi đổi giấy phép.', '2020-11-23', '2020-12-31'],
  ])('%s (published %s) → %s', (text, reference, value) => {
    expect(years(text, reference)).toEqual([value]);
  });

  it('keeps the month rule for dates a report looks back on', () => {
    expect(years('Khảo sát được thực hiện từ ngày 15/10.', '2025-02-14')).toEqual(['2024-10-15']);
    expect(years('Sáng 30/9, Tỉnh ủy họp.', '2023-07-14')).toEqual(['2022-09-30']);
  });

  it('looks ahead ten months at most', () => {
    expect(years('Đơn vị báo cáo định kỳ trước ngày 15/12.', '2021-01-08')).toEqual(['2020-12-15']);
    expect(years('Sở Nội vụ báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.', '2021-03-10')).toEqual(['2021-12-15']);
    expect(years('Đơn vị báo cáo trước ngày 5/11.', '2021-01-08')).toEqual(['2021-11-05']);
    expect(years('Đơn vị báo cáo trước ngày 15/11.', '2021-01-08')).toEqual(['2020-11-15']);
  });

  it('gives the dates listed after a deadline its ten months', () => {
    expect(years('Báo cáo về UBND tỉnh trước ngày 15/6 và 15/12 để tổng hợp.', '2024-03-07')).toEqual(['2024-06-15', '2024-12-15']);
    expect(years('Báo cáo định kỳ (trước ngày 15/6, ngày 15/11).', '2022-03-11')).toEqual(['2022-06-15', '2022-11-15']);
    expect(years('Hội nghị ngày 20/4 và 25/5 đã diễn ra.', '2024-03-07')).toEqual(['2023-04-20', '2023-05-25']);
  });

  it('looks ahead for a day the text says is coming, both days of a range so called', () => {
    expect(years('Mùa du lịch hè và dịp lễ 30.4 - 1.5 sắp tới, đoàn sẽ kiểm tra.', '2024-03-15')).toEqual(['2024-04-30', '2024-05-01']);
    expect(years('Kỳ họp ngày 15/9 tới sẽ bàn việc này.', '2024-06-01')).toEqual(['2024-09-15']);
    // "tới" before a date links a range
    expect(years('Từ ngày 1/7 tới ngày 30/7 thì nghỉ.', '2024-03-15')).toEqual(['2023-07-01', '2023-07-30']);
  });

  it('looks ahead for a day planned earlier in its clause ("dự kiến", "dự định")', () => {
    expect(years('Chiến dịch dự kiến bế mạc vào ngày 25.8.', '2024-07-14')).toEqual(['2024-08-25']);
    expect(years('Đoàn dự định làm việc với tỉnh ngày 20/9.', '2024-06-01')).toEqual(['2024-09-20']);
    expect(years('Chiến dịch bế mạc ngày 25.8. Dự kiến năm sau sẽ mở rộng.', '2024-07-14')).toEqual(['2023-08-25']);
  });

  it('reads "đến" between two dates as a range, not a deadline', () => {
    expect(years('Đợt kiểm tra từ ngày 15/8 đến ngày 30/9.', '2023-07-14')).toEqual(['2022-08-15', '2022-09-30']);
  });

  it('gives the end of a range the year of its start, the next where its day comes earlier', () => {
    expect(years('Từ ngày 16/7 đến 31/8, 120 đội hình sẽ có mặt ở các xã.', '2023-07-17')).toEqual(['2023-07-16', '2023-08-31']);
    expect(years('Đợt cao điểm từ 20/12 - 15/1 đã kết thúc.', '2024-01-20')).toEqual(['2023-12-20', '2024-01-15']);
    expect(years('Hội nghị ngày 16/7 và 31/8 đã diễn ra.', '2023-07-17')).toEqual(['2023-07-16', '2022-08-31']);
  });

  it('takes the year a word after the date names', () => {
    expect(years('Giải ngân hết kế hoạch vốn trước ngày 31/1 năm sau.', '2024-12-05')).toEqual(['2025-01-31']);
    expect(years('Hội nghị ngày 16/10 năm ngoái đã thống nhất.', '2024-03-01')).toEqual(['2023-10-16']);
    expect(years('Nộp lệ phí chậm nhất ngày 30/01 năm sau năm thành lập.', '2024-03-04')).toEqual(['2024-01-30']);
  });

  it('does not take a word ending in a cue for the cue', () => {
    expect(years('Hội nghị lần thứ nhất ngày 30/9.', '2023-07-14')).toEqual(['2022-09-30']);
  });
});

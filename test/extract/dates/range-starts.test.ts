import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates.js';

/** Each date as its text and value. */
function dates(text: string): [string, string][] {
  return extractDates(text, { reference: null }).map((d) => {
    expect(text.slice(d.span[0], d.span[1])).toBe(d.text);
    return [d.text, d.value];
  });
}

describe('withRangeStarts: the first days of a range of days', () => {
  it.each([
    ['Hội chợ diễn ra từ ngày 6-8/6 tại Hà Nội.', [['6', '--06-06'], ['8/6', '--06-08']]],
    ['Kỳ họp diễn ra từ ngày 13 - 15/6/2017.', [['13', '2017-06-13'], ['15/6/2017', '2017-06-15']]],
    ['Diễn ra trong 2 ngày (25-26/2/2016).', [['25', '2016-02-25'], ['26/2/2016', '2016-02-26']]],
    ['Từ ngày 16 đến 19/11/2000, đoàn thăm Việt Nam.', [['16', '2000-11-16'], ['19/11/2000', '2000-11-19']]],
    ['Chuyến thăm từ ngày 29 đến ngày 31/5/2017.', [['29', '2017-05-29'], ['31/5/2017', '2017-05-31']]],
    ['Giải khởi tranh từ ngày 15 tới 23/7.', [['15', '--07-15'], ['23/7', '--07-23']]],
    ['Hội nghị họp ngày 26 và 27 tháng 11 năm 2015.', [['26', '2015-11-26'], ['27 tháng 11 năm 2015', '2015-11-27']]],
    ['Các vòng đàm phán họp ngày 23-24/1, 15-16/2 và 3-4/5.', [['23', '--01-23'], ['24/1', '--01-24'], ['15', '--02-15'], ['16/2', '--02-16'], ['3', '--05-03'], ['4/5', '--05-04']]],
    ['Phố đi bộ mở trong các ngày 22 - 23/4 và 29 - 30/4, tại bến Bạch Đằng.', [['22', '--04-22'], ['23/4', '--04-23'], ['29', '--04-29'], ['30/4', '--04-30']]],
    ['Họp ngày 2-3/4 và 5-6/7 hộ được hỗ trợ.', [['2', '--04-02'], ['3/4', '--04-03']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('withRangeStarts: the first days of a list of days', () => {
  it('reads every day before "và"', () => {
    expect(dates('Thi môn chuyên vào hai ngày 10 và 11/6.')).toEqual([['10', '--06-10'], ['11/6', '--06-11']]);
    expect(dates('Sáng thứ Bảy ngày 15 và ngày 22 tháng 3 năm 2025 bố trí trực.')).toEqual([['15', '2025-03-15'], ['22 tháng 3 năm 2025', '2025-03-22']]);
    expect(dates('Phiên họp dự kiến ngày 10 hoặc 11/7/2025.')).toEqual([['10', '2025-07-10'], ['11/7/2025', '2025-07-11']]);
    expect(dates('Các ngày 15, 16 và 17/6/2017 có mưa.')).toEqual([
      ['15', '2017-06-15'],
      ['16', '2017-06-16'],
      ['17/6/2017', '2017-06-17'],
    ]);
  });

  it('reads them where a part of the last day stands before it', () => {
    expect(dates('Ngày 22, 23 và sáng 24/6, thí sinh dự thi.')).toEqual([
      ['22', '--06-22'],
      ['23', '--06-23'],
      ['24/6', '--06-24'],
    ]);
  });
});

describe('withRangeStarts: days listed with commas', () => {
  it('reads each day, glued or spaced', () => {
    expect(dates('Khóa thi ngày 2,3/6/2017 diễn ra an toàn.')).toEqual([['2', '2017-06-02'], ['3/6/2017', '2017-06-03']]);
    expect(dates('Kỳ thi diễn ra các ngày 2, 3/6/2017.')).toEqual([['2', '2017-06-02'], ['3/6/2017', '2017-06-03']]);
    expect(dates('Thi vào ngày 7,8/6 tới.')).toEqual([['7', '--06-07'], ['8/6', '--06-08']]);
  });

  it('reads no date in a share after a decimal', () => {
    expect(dates('Đạt 2,3/6 chỉ tiêu.')).toEqual([]);
  });
});

describe('withRangeStarts: not the first day of a range', () => {
  it.each([
    ['Từ ngày 26/1-1/2 nghỉ Tết.', [['26/1', '--01-26'], ['1/2', '--02-01']]],
    ['(24/6/1967-24/6/2017)', [['24/6/1967', '1967-06-24'], ['24/6/2017', '2017-06-24']]],
    ['Đoàn công tác ngày 30-2/1 về tỉnh.', [['2/1', '--01-02']]],
    ['Mỗi ngày tiếp 10 - 15 công dân, ngày 16/6 tăng lên.', [['16/6', '--06-16']]],
    ['Giảm từ 3-5 ngày, đến ngày 8/6 xong.', [['8/6', '--06-08']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('withRangeStarts: days joined by "&"', () => {
  it('reads both', () => {
    expect(dates('Chương trình vào các ngày 08 & 09/6 tại Hội An.')).toEqual([['08', '--06-08'], ['09/6', '--06-09']]);
  });
});

describe('withRangeStarts: a range of days after a bare "từ"', () => {
  it('reads both', () => {
    expect(dates('Lễ hội diễn ra từ 7-8/7 tại Hà Nội.')).toEqual([['7', '--07-07'], ['8/7', '--07-08']]);
  });
});

describe('withRangeStarts: a range of days in brackets after words', () => {
  it('reads both', () => {
    expect(dates('Trong 4 ngày (1-4/6), Bắc Bộ có mưa.')).toEqual([['1', '--06-01'], ['4/6', '--06-04']]);
    expect(dates('Chuyến thăm hai ngày (22 - 23/5) của ông Trump.')).toEqual([['22', '--05-22'], ['23/5', '--05-23']]);
  });

  it('reads no fraction, no range going down, nothing after "%"', () => {
    expect(dates('Tỷ lệ (1-2/3) số hộ; nhóm (5-3/6); thắng 63%(10-12/8).')).toEqual([]);
  });
});

describe('withRangeStarts: a list of days in brackets after words', () => {
  it('reads each day of the list', () => {
    expect(dates('Các bộ trưởng họp trong 2 ngày (20 và 21/5) tại Hà Nội.')).toEqual([['20', '--05-20'], ['21/5', '--05-21']]);
    expect(dates('Kỳ nghỉ lễ ba ngày (1, 2 và 3/9) kéo dài.')).toEqual([['1', '--09-01'], ['2', '--09-02'], ['3/9', '--09-03']]);
    expect(dates('Trường tạm dừng hoạt động hai ngày (6 và 7-2-2017).')).toEqual([['6', '2017-02-06'], ['7-2-2017', '2017-02-07']]);
  });

  it('reads no month and year, no list going down, nothing after a figure', () => {
    expect(dates('Sản lượng quý (3 và 4/2020) tăng; nhóm (25 và 3/6) họp; đạt 63%(1 và 2/5).')).toEqual([]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidates, extractDates, extractDatesUnwindowed, extractDatesWindowed, mayHoldDatedDate } from '../../src/extract/dates.js';
import { DateItem } from '../../src/schema.js';

const CONTEXT = { reference: null };

function run(text: string) {
  const items = extractDates(text, CONTEXT);
  for (const item of items) {
    expect(text.slice(item.span[0], item.span[1])).toBe(item.text);
    expect(DateItem.safeParse(item).success).toBe(true);
  }
  return items;
}

const values = (text: string): string[] => run(text).map((d) => d.value);

describe('extractDates: formats', () => {
  it.each([
    ['Sáng 29/10/2020, Sở Nội vụ tổ chức hội nghị.', '2020-10-29'],
    ['Ngày 11 tháng 07 năm 2019, Ban Chỉ đạo họp phiên thứ hai.', '2019-07-11'],
    ['ngày 5 tháng 3 năm 2021 UBND huyện ban hành kế hoạch', '2021-03-05'],
    ['Ngày 31-7-2020, tỉnh tổng kết công tác cải cách.', '2020-07-31'],
    ['Đăng ngày 14 - 11 - 2022', '2022-11-14'],
    ['Từ ngày 02/6/2017 trung tâm đi vào hoạt động.', '2017-06-02'],
    ['Hạn chót là 01.12.2023 đối với các sở.', '2023-12-01'],
    ['Hồ sơ nộp trước 15–4–2024.', '2024-04-15'],
    ['Cập nhật 2025-10-21 lúc trưa', '2025-10-21'],
    ['dữ liệu 2025-10-21T08:30:00+07:00 từ cổng', '2025-10-21'],
    ['Ngày 29/2/2024 là ngày nhuận.', '2024-02-29'],
    ['Mốc lịch sử 2/9/1945 được nhắc lại.', '1945-09-02'],
  ])('%s → %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('keeps the year-less dates year-less, for the year refiner', () => {
    expect(values('Sáng 21/7, Tỉnh ủy họp trực tuyến.')).toEqual(['--07-21']);
    expect(values('Chiều 23/6 tại hội trường, hội nghị bế mạc.')).toEqual(['--06-23']);
    expect(values('Sáng 26-5, Hội đồng họp.')).toEqual(['--05-26']);
    expect(values('Ngày 5 tháng 7 vừa qua, huyện tổ chức tập huấn.')).toEqual(['--07-05']);
    expect(values('Chiều 4.10, Sở Y tế kiểm tra trạm xá.')).toEqual(['--10-04']);
    expect(values('Hội thi kéo dài 2 ngày 5-6/9 tại nhà văn hóa.')).toEqual(['--09-05', '--09-06']);
    expect(run('Sáng 21/7, Tỉnh ủy họp.')[0].yearImplied).toBe(false);
  });

  it('reads a date with its part of day, without losing it to the time of day (chrono vi misfire)', () => {
    const [item] = run('Sáng 29/10/2020, UBND tỉnh họp.');
    expect(item).toMatchObject({ text: '29/10/2020', value: '2020-10-29' });
    expect(item.time).toBeUndefined();
    expect(values('Tối 3/1/2022 đoàn công tác về tới tỉnh.')).toEqual(['2022-01-03']);
    expect(values('Trưa 12/12/2022, hệ thống khôi phục.')).toEqual(['2022-12-12']);
  });

  it('keeps SA/CH: CH is afternoon (chrono drops the PM)', () => {
    const [item] = run('(Ngày đăng :28/10/2020 4:47:35 CH)');
    expect(item).toMatchObject({ text: '28/10/2020 4:47:35 CH', value: '2020-10-28', time: '16:47:35' });
    expect(run('Cập nhật 15/02/2024 9:14 SA')[0].time).toBe('09:14');
    expect(run('Lúc 12/01/2024 12:05 SA')[0].time).toBe('00:05');
    expect(run('Lúc 12/01/2024 12:05 CH')[0].time).toBe('12:05');
  });

  it('takes a clock time on either side of the date', () => {
    expect(run('31/07/2020 - 13:11')[0]).toMatchObject({ text: '31/07/2020 - 13:11', time: '13:11' });
    expect(run('19/04/2021 07:45')[0]).toMatchObject({ value: '2021-04-19', time: '07:45' });
    expect(run('09:20, 14/06/2022')[0]).toMatchObject({ text: '09:20, 14/06/2022', value: '2022-06-14', time: '09:20' });
    expect(run('Họp lúc 8h30 ngày 12/5/2023 tại hội trường')[0]).toMatchObject({ value: '2023-05-12', time: '08:30' });
    expect(run('ngày 12/5/2023 lúc 14h tại hội trường')[0]).toMatchObject({ value: '2023-05-12', time: '14:00' });
  });

  it('dates a day and month without a year by the time before it', () => {
    expect(run('Chung kết: 01h45 - 25/5: Ajax 0-2 Man Utd')).toMatchObject([{ text: '01h45 - 25/5', value: '--05-25', time: '01:45' }]);
    expect(run('gặp Arsenal (23h30, 27/5) trước khi nghỉ')).toMatchObject([{ value: '--05-27', time: '23:30' }]);
    expect(run('Trong 24h, 5/7 huyện có mưa to')).toEqual([]);
  });

  it('ignores impossible clock times', () => {
    const [item] = run('ngày 12/5/2023 25:61 xyz');
    expect(item.value).toBe('2023-05-12');
    expect(item.time).toBeUndefined();
  });

  it('reads weekday prefixes', () => {
    expect(run('Thứ bảy,  18/09/2021')[0]).toMatchObject({ text: 'Thứ bảy,  18/09/2021', value: '2021-09-18' });
    expect(run('Thứ Sáu, 12/07/2019')[0].value).toBe('2019-07-12');
    expect(run('Thứ 6, Ngày 02/06/2023 -')[0]).toMatchObject({ text: 'Thứ 6, Ngày 02/06/2023', value: '2023-06-02' });
    expect(run('Chủ nhật, 5/11/2023')[0].value).toBe('2023-11-05');
    expect(run('Cập nhật, 15:42, Thứ Sáu, 12/07/2019 (GMT+7)')[0]).toMatchObject({ text: '15:42, Thứ Sáu, 12/07/2019', time: '15:42' });
    expect(run('Xuất bản:Thứ ba, 16/04/2024 06:15 (GMT+7)')[0]).toMatchObject({ value: '2024-04-16', time: '06:15' });
  });

  it('takes a date after a document number, without the number', () => {
    const text = 'Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ và Kế hoạch số 1275/KH-UBND ngày 05/7/2019';
    expect(run(text).map((d) => [d.text, d.value])).toEqual([
      ['14/9/2020', '2020-09-14'],
      ['05/7/2019', '2019-07-05'],
    ]);
  });

  it('reads a news dateline', () => {
    expect(values('Đà Nẵng (TTXVN 12/3) Các sở đã rà soát thủ tục.')).toEqual(['--03-12']);
    expect(values('Đà Nẵng, 3/9 – Sở Nội vụ công bố kết quả.')).toEqual(['--09-03']);
  });

  it('lists every mention, in text order', () => {
    expect(values('Từ 2/8 đến 29/9/2021, rồi ngày 15/10/2021 họp lại; ngày 15/10/2021 công bố.')).toEqual([
      '--08-02',
      '2021-09-29',
      '2021-10-15',
      '2021-10-15',
    ]);
  });
});

describe('extractDates: not dates', () => {
  it.each([
    ['shares', 'đạt 33% (593/1.790 TTHC) và 35/35 ngành hoàn thành'],
    ['share before a noun', 'Năm nay, 6/6 huyện đều tăng điểm'],
    ['rank', 'xếp thứ 2/7 huyện trong tỉnh, thứ 11/63 cả nước'],
    ['document symbols', 'theo Nghị định số 107/2020/NĐ-CP và Quyết định 12/2021/QĐ-UBND'],
    ['month and year', 'tính đến tháng 6/2020 và tháng 12/2023'],
    ['batch of a year', 'trong đợt 1/2019 đã giảm biên chế'],
    ['placeholder', 'ngày 1/1/0001'],
    ['impossible day', 'ngày 31/2/2020 và ngày 31/4/2021 và ngày 29/2/2023'],
    ['quarter', 'trong quý III-2020 và quý II-2020'],
    ['years alone', 'năm 2019, năm 2020 và giai đoạn 2011 – 2020'],
    ['ranges', 'tiếp nhận từ 10-12 hồ sơ mỗi ngày, 500-600 lượt người'],
    ['around the clock', 'Tổng đài phục vụ 24/7.'],
    ['streets and squares named after a day', 'Trung tâm (số 474 Đường 3/2, phường 12); lễ tại Quảng trường 2/4, Công viên 23-9.'],
    ['decimals', 'tăng 2.5 điểm, giảm 1.3'],
    ['shares after "tới", "đến", "sau", "hết"', 'chiếm tới 3/4 diện tích, bằng 1/4 đến 1/5 mức cũ, sau 3/4 quãng đường, chiếm hết 3/4, nên'],
    ['scores and formations', 'thắng 3-2, hòa 0-0, sơ đồ 3-5-2, tỷ số 5-1'],
    ['month/day without cue', 'tỷ lệ 3/4 số xã, 2/3 số huyện'],
    ['standard', 'theo tiêu chuẩn ISO 9001:2015'],
    ['phone', 'Số điện thoại: 02133 876 650'],
    ['crawler month stamp', ' date 2021-04 Từ năm 2016-2020, huyện đã thực hiện'],
    ['a time alone', 'phiên họp bắt đầu lúc 14:30'],
    ['a weekday alone', 'họp vào thứ năm hằng tuần'],
    ['Thursday inside "thuộc" (English parser misfire)', 'các đơn vị thuộc tỉnh thu hồi hồ sơ'],
    ['hyphenated day/month without a strong cue', 'khoảng 5-7 ngày làm việc'],
    ['spaced year-less figures', 'từ 10 - 12 hồ sơ'],
    ['over a 12th month', 'ngày 12/13/2020'],
    ['a share after "đến nay"', 'Đến nay 8/8 huyện, thị xã đã kết nối; từ đầu năm tới nay 3/9 xã hoàn thành'],
  ])('%s', (_name, text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('extractDates: a range of hyphenated days in one month', () => {
  it('reads both days of "(03-5 đến 07-5)", each the other\'s cue', () => {
    expect(values('Trong tuần đầu thí điểm (03-5 đến 07-5), phường tiếp nhận 236 hồ sơ.')).toEqual(['--05-03', '--05-07']);
  });

  it('reads none in ranges of figures', () => {
    expect(values('mỗi ngày tiếp nhận từ 10-12 đến 15-12 hồ sơ; từ 3-5 đến 7-5 ngày làm việc')).toEqual([]);
  });
});

describe('extractDates: "nay" before a day and month', () => {
  it('names the day after "hôm nay", and after "đến nay" where no noun follows', () => {
    expect(values('Hôm nay 8/8 trời mưa.')).toEqual(['--08-08']);
    expect(values('Đến nay 14/7, bệnh tình chưa có tín hiệu mới.')).toEqual(['--07-14']);
  });
});

describe('extractDates: hostile input', () => {
  it('reads no date from long runs of digits, separators and commas', () => {
    const inputs = ['1'.repeat(50_000), ','.repeat(100_000), '1/'.repeat(30_000), '12/5 '.repeat(10_000), '1.1.2020'.repeat(5_000), 'Thứ bảy, '.repeat(5_000), ' tháng '.repeat(10_000)];
    for (const text of inputs) expect(run(text)).toEqual([]);
  });

  it('handles empty text and text without figures', () => {
    expect(run('')).toEqual([]);
    expect(run('Không có ngày tháng nào ở đây.')).toEqual([]);
  });
});

describe('extractDates: windows give what a whole-text parse gives', () => {
  const fixtures = join(import.meta.dirname, '../../fixtures');
  const seeds = readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(fixtures, name), 'utf8'));

  it('on the seed reports', () => {
    for (const text of seeds) expect(extractDatesWindowed(text)).toEqual(extractDatesUnwindowed(text));
  });

  it('on seed reports run together', () => {
    const text = seeds.join('\n').repeat(3);
    expect(extractDatesWindowed(text)).toEqual(extractDatesUnwindowed(text));
  });

  const pieces = [
    ' ', ' ', '  ', ', ', '. ', '\n', '-', ' - ', '/', ':', '(', ')', 'ngày ', 'Ngày ', 'Sáng ', 'từ ', 'đến ', 'tháng ', ' năm ',
    'Thứ bảy, ', 'thứ 2 ', 'TTXVN ', 'Hà Nội, ', 'xếp thứ ', ' vùng', ' CH', ' SA', 'lúc ', '24/7', '2020', '2019-05-04',
    '29/10/2020', '21/7', '25-5', '14 - 11 - 2022', '09:20', '4:47:35', '8h30', '11 tháng 07 năm 2019', '593/1.790', '35/35', '1.876',
    '107/2020/NĐ-CP', '12.10.2021', 'văn bản số 2410/UBND-KSTT', '0', '7', '13', '31', '12', 'a', 'Ấp ',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));

  it('on generated texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(extractDatesWindowed(t)).toEqual(extractDatesUnwindowed(t));
      }),
      { numRuns: 3_000 },
    );
  });

  it('a text with a dated date holds four figures in a row', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (extractDatesUnwindowed(t).some((d) => !d.value.startsWith('-'))) expect(mayHoldDatedDate(t)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
    expect(mayHoldDatedDate('Họp Ban Chỉ đạo 12/3')).toBe(false);
  });

  it('every result overlaps a candidate', () => {
    fc.assert(
      fc.property(text, (t) => {
        const spans = candidates(t);
        for (const item of extractDatesUnwindowed(t)) expect(spans.some(([s, e]) => s < item.span[1] && item.span[0] < e)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('extractDates: "mùng"/"mồng" before a day and month', () => {
  it.each([
    ['Lễ hội diễn ra vào mùng 2/2 hằng năm.', '--02-02'],
    ['Từ mồng 9/2 đến hết tháng, chợ mở cửa.', '--02-09'],
  ])('%s', (text, value) => {
    expect(run(text).map((d) => d.value)).toContain(value);
  });
});

describe('extractDates: "mùng" in words, lists of days, deadlines, backward ranges, lunar dates', () => {
  it('reads "ngày mùng 2 tháng 9" and "mồng 1 tháng 4"', () => {
    expect(values('Hệ thống tạm dừng ngày mùng 2 tháng 9 để bảo trì.')).toEqual(['--09-02']);
    expect(values('Từ mồng 1 tháng 4, không nhận hồ sơ giấy.')).toEqual(['--04-01']);
  });

  it('reads every day of "các ngày 7, 8 và 9/11"', () => {
    expect(values('Đợt kiểm tra tiếp theo vào các ngày 7, 8 và 9/11.')).toEqual(['--11-07', '--11-08', '--11-09']);
    expect(values('Tỉnh có 7, 8 và 9/11 điểm.')).toEqual([]);
  });

  it('reads a hyphenated day and month after "hạn cuối", "hạn chót"', () => {
    expect(values('- Hạn cuối 30-6: hoàn thành bàn giao hồ sơ.')).toEqual(['--06-30']);
    expect(values('Hạn chót 15-7 đối với việc nộp báo cáo.')).toEqual(['--07-15']);
    expect(values('cuối 3-5 năm nữa')).toEqual([]);
  });

  it('reads no dates in a range that goes back in the year ("từ 1/3 đến 1/2" are fractions)', () => {
    expect(values('Thời gian giải quyết rút ngắn từ 1/3 đến 1/2 so với trước.')).toEqual([]);
    expect(values('Nghỉ từ 25/12 đến 5/1 năm sau.')).toEqual(['--12-25', '--01-05']);
  });

  it('reads both ends of "Từ ngày 23.6 đến 27.6" and "Từ 15.9 - 15.10.2021"', () => {
    expect(values('- Từ ngày 23.6 đến 27.6: chạy thử hệ thống.')).toEqual(['--06-23', '--06-27']);
    expect(values('- Từ 15.9 - 15.10.2021: Hội thi trực tuyến.')).toEqual(['--09-15', '2021-10-15']); // the range's year is given in refine
    expect(values('Trong 9 ngày nghỉ Tết (từ 25.1 đến hết 2.2), hệ thống vẫn tiếp nhận hồ sơ.')).toEqual(['--01-25', '--02-02']);
    expect(values('Giá dao động từ 2.5 đến hết 3.5 triệu đồng.')).toEqual([]);
  });

  it('reads no date of the lunar calendar', () => {
    expect(values('Giỗ tổ là thứ 5 ngày 6/4 (tức mùng 10 tháng 3 Âm lịch).')).toEqual(['--04-06']);
    expect(values('Lễ hội ngày 15/7 (ÂL) hằng năm.')).toEqual([]);
    expect(values('Lễ hội diễn ra ngày 14/6 - âm lịch hằng năm, từ 14/6 - 20/6 dương lịch.')).toEqual(['--06-14', '--06-20']);
    expect(values('Lễ hội từ ngày 8/4 đến ngày 18/4/2024 (tức từ ngày 30/2 đến ngày 10/3 năm Giáp Thìn).')).toEqual(['--04-08', '2024-04-18']);
  });
});

describe('extractDates: a range opened by a part of the day', () => {
  it.each([
    ['Từ chiều 27 đến 30-5, hàng trăm người dân tụ tập.', ['--05-27', '--05-30']],
    ['Từ sáng 27 đến chiều 30/5 có mưa.', ['--05-27', '--05-30']],
    ['Từ đêm 12-15/6, Bắc Bộ có mưa.', ['--06-12', '--06-15']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a range of figures alone ("từ 10 đến 12-5 hồ sơ")', () => {
    expect(values('Mỗi ngày tiếp nhận từ 10 đến 12-5 hồ sơ.')).toEqual([]);
  });
});

describe('extractDates: a range of days and months written with points', () => {
  it.each([
    ['Chuyến thăm Việt Nam (từ 30.5 đến 1.6) thành công.', ['--05-30', '--06-01']],
    ['Tết kéo dài từ 26.1 đến 1.2, trên toàn địa bàn.', ['--01-26', '--02-01']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each(['Giá tăng từ 2.5 đến 3.5 triệu đồng.', 'Tỷ lệ tăng từ 1.5 đến 2.5% so với.'])('leaves amounts alone: %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('extractDates: a hyphenated day and month after a weak cue', () => {
  it.each([
    ['Thông tư có hiệu lực từ 30-6, thay thế thông tư cũ.', ['--06-30']],
    ['Cuộc thanh tra kéo dài đến 15-8.', ['--08-15']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each(['Mỗi ngày tiếp nhận từ 10-12, có ngày hơn.', 'Đội khách bị dẫn trước 5-2, rồi gỡ hòa.', 'U19 thắng Australia đến 5-1.'])(
    'leaves ranges of figures and scores alone: %s',
    (text) => {
      expect(values(text)).toEqual([]);
    },
  );
});

describe('extractDates: a trading session or a week named by its day', () => {
  it.each([
    ['Trong phiên đầu tuần 8/5, giá vàng giảm.', ['--05-08']],
    ['Dự báo phiên 31/5, VN-Index sẽ hồi phục.', ['--05-31']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('extractDates: "mỗi ngày" is a rate, "dịp 30-4 và" a list', () => {
  it.each(['Bà con bán mỗi ngày 2-3 tiếng.', 'Ăn hằng ngày 1-2 hũ sữa chua.'])('names no day: %s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('keeps a date after "vòng một ngày"', () => {
    expect(values('Cuộc bỏ phiếu vòng một ngày 11/6 đã kết thúc.')).toEqual(['--06-11']);
  });

  it('reads "dịp 30-4 và …"', () => {
    expect(values('Lượng khách tăng dịp 30-4 và 1-5 vừa rồi.')).toContain('--04-30');
  });
});

describe('extractDates: "Từ 1-7," opening a sentence', () => {
  it('reads a date there', () => {
    expect(values('Từ 1-7, phí bảo hiểm y tế hộ gia đình tăng.')).toEqual(['--07-01']);
  });

  it.each(['Mỗi ngày từ 1-7, có ngày hơn.', 'Từ 1-7 người tham gia.'])('leaves a range of figures alone: %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('extractDates: a holiday before its day and month', () => {
  it.each([
    ['Nhân dịp Tết thiếu nhi 1/6, Quỹ tặng quà.', ['--06-01']],
    ['Ngày Quốc tế Thiếu nhi (1/6) năm nay.', ['--06-01']],
    ['Kỷ niệm Quốc khánh 2/9 và ngày lễ tình nhân 14/2.', ['--09-02', '--02-14']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a score after "chiến thắng" alone', () => {
    expect(values('Trận đấu kết thúc bằng chiến thắng 6/4.')).toEqual([]);
  });
});

describe('extractDates: "từ" and a day and month before a conjunction', () => {
  it.each([
    ['Cổ phiếu vào diện cảnh báo từ 12/5 với nguyên nhân là lợi nhuận âm.', ['--05-12']],
    ['Phim đã ra rạp từ 30/6 nhưng khán giả chưa xem.', ['--06-30']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a share after "từ" alone before another word', () => {
    expect(values('Giảm từ 2/3 số hộ nghèo.')).toEqual([]);
  });
});

describe('extractDates: a list of days and months after a date', () => {
  it.each([
    ['Ngày 20/5 và 21/5 trời mưa.', ['--05-20', '--05-21']],
    ['Mở thưởng các ngày 12/5, 13/5 và 14/5.', ['--05-12', '--05-13', '--05-14']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a share after a date and a comma alone', () => {
    expect(values('Ngày 1/7, 2/3 số hộ đã nhận tiền.')).toEqual(['--07-01']);
  });
});

describe('extractDates: the year written out after a day and month, "muộn"/"sớm" after a part of the day', () => {
  it.each([
    ['Công trình hoàn thành dịp 30/4 năm 2018 và sẽ kiểm soát ngập.', ['2018-04-30']],
    ['Tối muộn 5/6, trao đổi với phóng viên.', ['--06-05']],
    ['Sáng sớm 18/5, một số bao cám bị vỡ.', ['--05-18']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a common fraction before a year alone', () => {
    expect(values('Sản lượng giảm 2/3 năm 2017 so với trước.')).toEqual([]);
  });
});

describe('extractDates: a schedule\'s entries', () => {
  it('reads a day and month that opens a line before a colon', () => {
    expect(values('Lịch thi:\n14/7: Thí sinh nhận giấy báo.\n- 1/8: Công bố điểm.')).toEqual(['--07-14', '--08-01']);
  });

  it('leaves a share before a colon inside a line alone', () => {
    expect(values('Kết quả tỷ lệ 2/3: đạt yêu cầu.')).toEqual([]);
  });
});

describe('extractDates: "phải" after a day and month with a weak cue', () => {
  it('reads a deadline', () => {
    expect(values('Trước 30/6 phải hoàn thành việc sắp xếp.')).toEqual(['--06-30']);
  });
});

describe('extractDates: more followers of a date after a weak cue', () => {
  it.each([
    ['Kỳ thi diễn ra từ ngày 21/6 đến 24/6 trên cả nước.', ['--06-21', '--06-24']],
    ['Thời gian thu hoạch từ 20/5 kéo dài đến tháng 7.', ['--05-20']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('extractDates: a spaced slash after a strong cue', () => {
  it('reads "Sáng 11/ 5", and no share "1 / 5"', () => {
    expect(values('Sáng 11/ 5, Ban Kinh tế Trung ương tổ chức hội nghị; đạt 1 / 5 tiêu chí.')).toEqual(['--05-11']);
  });
});

describe('extractDates: "khoảng" between a cue and its date', () => {
  it('reads the date after "đến khoảng", "từ khoảng"', () => {
    expect(values('Thu hoạch từ 20/5 kéo dài đến khoảng 15/7; đợt hai từ khoảng 1/8.')).toEqual(['--05-20', '--07-15', '--08-01']);
  });
});

describe('extractDates: the day of an event named before it', () => {
  it('reads "ngày bầu cử 22/5", "ngày khai giảng 5/9"', () => {
    expect(values('Trong ngày bầu cử 22/5, cử tri đi bầu; trước ngày khai giảng 5/9 mọi việc xong.')).toEqual(['--05-22', '--09-05']);
  });
});

describe('extractDates: "ngày" glued to the day', () => {
  it('reads the date where the space was lost', () => {
    expect(values('Chiều ngày13/7, UBND tỉnh họp; từ ngày1/1 đến ngày 30/4/2021; Ngày12/3/2020 khai mạc.')).toEqual(['--07-13', '--01-01', '2021-04-30', '2020-03-12']);
  });
});

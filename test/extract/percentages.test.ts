import { describe, expect, it } from 'vitest';
import { extractPercentages } from '../../src/extract/percentages.js';
import type { PercentageItem } from '../../src/schema.js';

const context = { reference: null };

function run(text: string): PercentageItem[] {
  const items = extractPercentages(text, context);
  for (const item of items) expect(text.slice(item.span[0], item.span[1])).toBe(item.text);
  return items;
}
const values = (text: string) => run(text).map((p) => p.value);

describe('extractPercentages', () => {
  it.each([
    ['Tỷ lệ hài lòng đạt 98%.', [98]],
    ['tỷ lệ tinh giản đạt 13,13% trong năm', [13.13]],
    ['Kết quả đạt 99,7 % số hồ sơ', [99.7]],
    ['đạt 91,80%, cao hơn 0,66% so với năm trước', [91.8, 0.66]],
    ['tăng 5 phần trăm so với cùng kỳ', [5]],
    ['tăng 2,5 điểm phần trăm: a difference in points, a count', []],
    ['(đạt tỷ lệ (97,4%).', [97.4]],
    ['Tính đến nay đạt 100%', [100]],
    ['tỷ lệ 12.5% theo cách viết tiếng Anh', [12.5]],
    ['100%\n', [100]],
    ['lần lượt là 85%,90% và 95%', [85, 90, 95]],
    ['Tỷ lệ đúng hạn:96,5%', [96.5]],
    ['lúc 05:40 đạt 30%', [30]],
    ['GIẢM 5 PHẦN TRĂM', [5]],
    ['tăng 3\u00a0phần\u00a0trăm', [3]],
    ['Văn bản không có con số phần trăm nào', []],
    ['năm 2020, hai trăm người', []],
    ['tỷ lệ 1.5 % và 2,5 %', [1.5, 2.5]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('gives both ends of a range', () => {
    expect(values('nhóm có kết quả từ 80-90%')).toEqual([80, 90]);
    expect(values('cao hơn từ 5%-10% so với nữ giới')).toEqual([5, 10]);
    expect(values('từ 80% đến dưới 90%')).toEqual([80, 90]);
    expect(values('từ 80% - dưới 90%')).toEqual([80, 90]);
    expect(values('dao động từ 60 đến 75% tùy đơn vị')).toEqual([60, 75]);
    expect(values('khoảng 40 – 50 %')).toEqual([40, 50]);
  });

  it('does not read a year as the low end of a range', () => {
    expect(values('từ năm 2020 đến 30% dân số')).toEqual([30]);
    expect(values('Đến năm 2025 - 100% hồ sơ được số hóa')).toEqual([100]);
  });

  it('reads no range in a row of cells joined by dashes', () => {
    expect(values('Hành chính – 74 – 21 – 28,38%\nLao động – 105 – 27 – 25,71%')).toEqual([28.38, 25.71]);
    expect(values('Theo địa phương: huyện Châu Thành A 96 – 96,8%; thị xã Long Mỹ 78 – 96,2%.')).toEqual([96.8, 96.2]);
    expect(values('Malaysia 4,6%, Hàn Quốc 2-3%.')).toEqual([4.6, 2, 3]);
    expect(values('Châu Thành 8.740 hồ sơ/97,9%, Mỹ Tú 7.356 hồ sơ/94,2%; tỷ lệ 1/2%.')).toEqual([97.9, 94.2]);
    expect(values('Dân sự - 1.915 - 1.006 - 52,53%')).toEqual([52.53]);
  });

  it('does not read a level as the low end of a range', () => {
    expect(values('dịch vụ công mức độ 3, 4 tới 100% đơn vị giao dịch')).toEqual([100]);
    expect(values('cung cấp dịch vụ mức độ 4 đến 90% hồ sơ')).toEqual([90]);
    expect(values('tăng từ 2 - 3% so với năm trước')).toEqual([2, 3]);
  });

  it('reads every figure of a list whose last carries the sign', () => {
    expect(values('khu vực nông thôn, thành phố tương ứng là 26,3 và 20,8%')).toEqual([26.3, 20.8]);
    expect(values('tỷ lệ giải ngân ba quý lần lượt đạt 45, 52 và 60%')).toEqual([45, 52, 60]);
    expect(values('có 15 hoặc 20% số hộ chưa đăng ký')).toEqual([15, 20]);
    expect(values('hai năm lần lượt giảm 1,2 và 0,8 %')).toEqual([1.2, 0.8]);
    expect(values('Các xã Sa Nghĩa, Hà Mòn, Ya Xiêr: lần lượt 35,5; 30,2 và 27 %')).toEqual([35.5, 30.2, 27]);
  });

  it('reads the start of a move whose end carries the sign', () => {
    expect(values('chi phí không chính thức giảm từ 66 xuống 59%, còn lại')).toEqual([66, 59]);
    expect(values('tỷ lệ trễ hạn giảm từ 2,8 xuống còn 1,9 %')).toEqual([2.8, 1.9]);
    expect(values('tỷ lệ trực tuyến tăng từ 45 lên mức 60%')).toEqual([45, 60]);
    expect(values('giảm 5 xuống 3% so với năm trước')).toEqual([3]);
    expect(values('từ năm 2015 lên 30% hồ sơ')).toEqual([30]);
  });

  it('gives the figures of a list what is named before the first', () => {
    const items = run('Tỷ lệ hồ sơ trực tuyến lần lượt là 45, 52 và 60%.');
    expect(items.map((p) => p.subject)).toEqual(Array(3).fill(items[0].subject));
    expect(items[0].subject).toMatch(/^Tỷ lệ hồ sơ trực tuyến/);
  });

  it('does not read a year, a level or the number of a name as a figure of a list', () => {
    expect(values('đạt 62% năm 2016 và 146% năm 2015')).toEqual([62, 146]);
    expect(values('dịch vụ công mức độ 3 và 100% hồ sơ')).toEqual([100]);
    expect(values('muốn mua loạt iPhone 7 và 12% muốn mua dòng khác')).toEqual([12]);
    expect(values('Đạt 45 và 60% kế hoạch.')).toEqual([45, 60]);
    expect(values('tăng 3 bậc và 5% so với năm trước')).toEqual([5]);
  });

  it('keeps every mention, in text order', () => {
    expect(values('Mức 1, 2 268763 257141 48,6% 102770 40% 19852 7,7%')).toEqual([48.6, 40, 7.7]);
    expect(values('100% TTHC; 100% hồ sơ')).toEqual([100, 100]);
  });

  it('ignores signs without a figure and figures without a sign', () => {
    expect(values('TTHC % TTHC % Tổng')).toEqual([]);
    expect(values('tăng 3 bậc, đạt 85,43 điểm')).toEqual([]);
    expect(values('Covid-19%')).toEqual([]);
  });

  it('keeps the qualifier without changing the value', () => {
    const [over, nearly, about, reached, atLeast, atMost, under, plain] = run(
      'trên 98%; gần 50%; xấp xỉ 50%; đạt 95%; từ 90% trở lên; không quá 5%; dưới 10%; cao hơn 1,71%',
    );
    expect(over).toMatchObject({ value: 98, qualifier: 'over' });
    expect(nearly).toMatchObject({ value: 50, qualifier: 'nearly' });
    expect(about).toMatchObject({ value: 50, qualifier: 'about' });
    expect(reached).toMatchObject({ value: 95, qualifier: 'reached' });
    expect(atLeast).toMatchObject({ value: 90, qualifier: 'at_least' });
    expect(atMost).toMatchObject({ value: 5, qualifier: 'at_most' });
    expect(under).toMatchObject({ value: 10, qualifier: 'under' });
    expect(plain.qualifier).toBeUndefined();
  });

  it('spans the figure and its sign', () => {
    const text = 'Tỷ lệ đạt 99,7 %.';
    const [item] = run(text);
    expect(item.text).toBe('99,7 %');
    expect(item.span).toEqual([10, 16]);
  });

  it('carries the subject where the sentence names it', () => {
    const [a] = run('Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan đạt 95%.');
    expect(a.subject).toBe('Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan');
    const [b] = run('Toàn huyện đã giải quyết 99,7% số hồ sơ đã tiếp nhận.');
    expect(b.subject).toBe('số hồ sơ đã tiếp nhận');
  });

  it('reads no percentage from long inputs without one', () => {
    expect(run('1'.repeat(50_000) + '%')).toEqual([]);
    expect(run('%'.repeat(100_000))).toEqual([]);
    expect(run(','.repeat(100_000))).toEqual([]);
    expect(run('từ 1 đến '.repeat(20_000))).toEqual([]);
  });

  it('reads every item of a long run of them', () => {
    expect(run('5%-'.repeat(5_000))).toHaveLength(5_000);
  });
});

describe('extractPercentages: a space left out after a word', () => {
  it('reads a figure glued to a small letter', () => {
    expect(values('Tỷ lệ hồ sơ đúng hạn đạt98,7% trong năm.')).toEqual([98.7]);
    expect(values('ở cấp xã (tương đương10,4% cán bộ nữ)')).toEqual([10.4]);
    expect(values('men gan tăng khoảng10 - 20%')).toEqual([10, 20]);
  });

  it('reads none glued to a capital or a figure: a code', () => {
    expect(values('virus H5N1% và Covid-19% không phải tỷ lệ')).toEqual([]);
  });
});

describe('extractPercentages: a change written with its sign in brackets or a table\'s cell', () => {
  it('reads "(-1,4%)" as -1.4, its text with the sign', () => {
    const [item] = extractPercentages('Giá đồng giảm 23,6 cents (-1,4%) về mức thấp.', { reference: null });
    expect([item.value, item.text]).toEqual([-1.4, '-1,4%']);
  });

  it('reads a signed change in a table\'s cell ("| -10,33%") as negative', () => {
    const text = 'Chỉ tiêu | 2023 | 2024 | Tỷ lệ\nSố vụ TNGT | 213 | 191 | -10,33%\nSố người chết | 124 | 109 | -12,1%';
    expect(extractPercentages(text, { reference: null }).map((p) => [p.value, p.text])).toEqual([[-10.33, '-10,33%'], [-12.1, '-12,1%']]);
  });

  it('keeps a spaced dash a range ("từ 12,5 -30%")', () => {
    expect(extractPercentages('Thuế từ 12,5 -30%.', { reference: null }).map((p) => p.value)).toEqual([12.5, 30]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/extract/periods.js';
import { PeriodItem } from '../../src/schema.js';

function run(text: string) {
  const items = extractPeriods(text, { reference: null });
  for (const item of items) {
    expect(text.slice(item.span[0], item.span[1])).toBe(item.text);
    expect(PeriodItem.safeParse(item).success).toBe(true);
  }
  return items;
}

const values = (text: string): string[] => run(text).map((p) => `${p.from}/${p.to}`);

describe('extractPeriods', () => {
  it.each([
    ['Chương trình tổng thể giai đoạn 2011 – 2020 đã hoàn thành.', ['2011/2020']],
    ['Kế hoạch 2016-2020 của tỉnh', ['2016/2020']],
    ['Đại hội nhiệm kỳ 2020 – 2025 thành công tốt đẹp.', ['2020/2025']],
    ['tổng kết giai đoạn 2011 - 2020, hướng đến 2021 - 2030', ['2011/2020', '2021/2030']],
    ['Đề án của huyện (2006 – 2015) đã kết thúc', ['2006/2015']],
    ['Từ năm 2019 đến năm 2023, thành phố sáp nhập nhiều xã.', ['2019/2023']],
    ['Từ năm 2016-2020, huyện đã thực hiện', ['2016/2020']],
    ['số liệu qua các năm từ 2015 đến 2022', ['2015/2022']],
    ['từ năm 2021 đến hết năm 2025 phải hoàn thành', ['2021/2025']],
    ['năm học 2022—2023 của ngành giáo dục', ['2022/2023']],
    ['giai đoạn 2021–2025, tầm nhìn đến năm 2030', ['2021/2025']],
    ['kỷ niệm 80 năm (1945 - 2025)', ['1945/2025']],
    ['Lễ kỷ niệm 185 năm thành lập tỉnh (1832-2017) và đón nhận', ['1832/2017']],
    ['Kỷ niệm 1000 năm Thăng Long - Hà Nội (1010 - 2010)', ['1010/2010']],
    ['đoàn có (1500-2000 người) tham gia', []],
    ['mỗi ngày 1500 - 2000 lượt khách', []],
    ['trong giai đoạn 2021 đến năm 2025', ['2021/2025']],
    ['Nhiệm kỳ 2016 tới 2021 đã khép lại', ['2016/2021']],
    ['các cơ sở vi phạm năm 2014 đến 2016 tại các tỉnh', ['2014/2016']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('lists every mention', () => {
    expect(values('giai đoạn 2011 – 2020 và giai đoạn 2011 – 2020 rồi 2021-2025')).toEqual(['2011/2020', '2011/2020', '2021/2025']);
  });

  it.each([
    ['a change between two years', 'tỷ lệ hài lòng từ 70% năm 2021 lên 85% năm 2022'],
    ['a year alone', 'năm 2019 và năm 2020'],
    ['the end before the start', 'giai đoạn 2020 - 2011'],
    ['the same year twice', 'năm 2020-2020'],
    ['implausible years', 'mã 1234-5678 và 2500-2600'],
    ['a span of a century and more', '1800-2020'],
    ['inside a document symbol', 'Quyết định 2016-2020/QĐ-UBND'],
    ['a longer run of figures', 'số hiệu 12011-2020 và 2011-20201'],
    ['a date', 'ngày 2020-10-21'],
    ['percent ranges', 'từ 80-90% hồ sơ'],
    ['"từ … đến nay"', 'từ năm 2020 đến nay'],
    ['a chain of three years', '2011-2015-2020'],
  ])('not %s', (_name, text) => {
    expect(values(text)).toEqual([]);
  });

  it('reads no period from chains of years and digits', () => {
    for (const text of ['2011-'.repeat(20_000), '1'.repeat(50_000), 'từ năm 2011 đến '.repeat(5_000), '2020 – '.repeat(20_000)]) {
      expect(run(text)).toEqual([]);
    }
  });
});

describe('extractPeriods: the end year after "đầu", "cuối", "giữa"', () => {
  it('reads the span', () => {
    const texts = ['từ năm 2010 đến đầu năm 2013', 'từ năm 2012 đến cuối 2014', 'Từ năm 1999 đến giữa năm 2006'];
    expect(texts.map((t) => extractPeriods(t, { reference: null }).map((p) => p.text))).toEqual([texts[0], texts[1], texts[2]].map((t) => [t]));
  });
});

describe('extractPeriods: school, crop and sports years', () => {
  it.each([
    ['Năm học 2017/2018 có 20 trường đạt chuẩn.', ['2017', '2018']],
    ['Niên vụ 2016/2017 xuất khẩu tăng.', ['2016', '2017']],
    ['Chelsea vô địch mùa giải 2016/17.', ['2016', '2017']],
    ['Anh ghi 30 bàn ở mùa 2008–09.', ['2008', '2009']],
    ['Mùa 1999/00 đội bóng xuống hạng.', ['1999', '2000']],
  ])('%s', (text, [from, to]) => {
    expect(run(text).map((p) => [p.from, p.to])).toEqual([[from, to]]);
  });

  it('reads no span where the two figures are not the next year, or a slash joins more', () => {
    expect(run('Khóa 2016/18 tuyển sinh; Quyết định số 12/2018/2019; Nghị định số 107/2020/NĐ-CP.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { countedAcronyms } from '../../src/extract/acronyms.js';
import { extractCounts } from '../../src/extract/counts.js';

const defined = (text: string): string[] => [...countedAcronyms(text)];
const counts = (text: string): [string, number, string][] => extractCounts(text, { reference: null }).map((c) => [c.text, c.value, c.unit]);

describe('countedAcronyms: an abbreviation in brackets after the counted noun it spells', () => {
  it.each([
    ['cấp giấy phép lao động (GPLĐ) cho người nước ngoài', ['GPLĐ']],
    ['tập huấn cho cán bộ, giáo viên (GV) toàn huyện', ['GV']],
    ['các khu kinh tế (KKT) ven biển', ['KKT']],
    ['công đoàn cơ sở (CĐCS) khối giáo dục', ['CĐCS']],
    ['thưởng Tết cho người lao động (NLĐ) trong công ty', ['NLĐ']],
    ['cấp giấy chứng nhận quyền sử dụng đất (GCNQSDĐ) lần đầu', ['GCNQSDĐ']],
  ])('%s', (text, acronyms) => {
    expect(defined(text)).toEqual(acronyms);
  });

  it.each([
    ['đẩy mạnh cải cách hành chính (CCHC) năm nay', 'no counted noun'],
    ['tại Thành phố Hồ Chí Minh (TP.HCM) hôm qua', 'not capitals alone'],
    ['giấy phép lao động (GPLX) mới', 'capitals that spell other words'],
    ['tiếp nhận hồ sơ (HSO) trực tuyến', 'more capitals than words'],
    ['Tổ chức Y tế Thế giới (WHO) khuyến cáo', 'initials of a foreign name'],
  ])('%s: none (%s)', (text) => {
    expect(defined(text)).toEqual([]);
  });
});

describe('extractCounts: a figure before an abbreviation the text defined', () => {
  it('counts the abbreviation as the noun it stands for', () => {
    expect(counts('Sở tiếp nhận hồ sơ cấp giấy phép lao động (GPLĐ). Đã cấp mới 1.245 GPLĐ, gia hạn 312 GPLĐ.')).toEqual([
      ['1.245 GPLĐ', 1245, 'GPLĐ'],
      ['312 GPLĐ', 312, 'GPLĐ'],
    ]);
  });

  it('counts nothing before capitals the text never defined', () => {
    expect(counts('Đã cấp mới 1.245 GPLĐ, gia hạn 312 GPLĐ.')).toEqual([]);
  });

  it('reads the abbreviation whole, not a longer word of capitals', () => {
    expect(counts('cán bộ, giáo viên (GV) tham gia. Có 100 GVCN và 40 GV dự.')).toEqual([['40 GV', 40, 'GV']]);
  });
});

import { describe, expect, it } from 'vitest';
import { isPlaceName, nameInRun, opensNameAt, runParts, syllablesOf } from '../../../src/extract/officials/names.js';

/** The name nameInRun finds in the capitalised run at the end of `text`. */
function nameAtEnd(text: string, run: string, rest = ''): string | null {
  const full = text + run + rest;
  const span = nameInRun(syllablesOf(run, text.length), full);
  return span ? full.slice(span.start, span.end) : null;
}

describe('nameInRun', () => {
  it.each([
    ['Chủ tịch UBND tỉnh ', 'Cao Văn Trọng', 'Cao Văn Trọng'],
    ['Bí thư Thành ủy ', 'Hà Nội Bùi Thị Minh Hoài', 'Bùi Thị Minh Hoài'],
    ['Chủ tịch UBND tỉnh ', 'Tiền Giang Lê Văn Hưởng', 'Lê Văn Hưởng'],
    ['Bộ trưởng Bộ ', 'Công Thương Nguyễn Hồng Diên', 'Nguyễn Hồng Diên'],
    ['Chủ tịch UBND huyện ', 'Lâm Hà Nguyễn Văn Tùng', 'Nguyễn Văn Tùng'],
    ['Chủ tịch UBND xã ', 'Tả Phìn Giàng A Chu', 'Giàng A Chu'],
    ['Chủ tịch UBND thành phố ', 'Trần Sỹ Thanh', 'Trần Sỹ Thanh'],
    ['Bí thư ', 'Tỉnh Đoàn Nguyễn Văn An', 'Nguyễn Văn An'],
    ['ông ', 'Nguyễn Hoàng Anh', 'Nguyễn Hoàng Anh'],
    ['bà ', 'H’Hen Niê', 'H’Hen Niê'],
    ['Tổng Bí thư ', 'Tô Lâm', 'Tô Lâm'],
  ])('%s|%s', (before, run, name) => {
    expect(nameAtEnd(before, run)).toBe(name);
  });

  it.each([
    ['Chủ tịch UBND phường ', 'Hoàng Văn Thụ'],
    ['số 1 đường ', 'Trần Phú'],
    ['Chủ tịch UBND thành phố ', 'Cao Lãnh'],
    ['Chủ tịch UBND xã ', 'Lê Lợi'],
    ['Bí thư ', 'Đoàn Thanh', ' niên tỉnh'],
    ['Tại ', 'Tả Phìn'],
    ['Theo ', 'Nguyễn'],
    ['', 'Chủ Tịch Gặp Mặt Các Doanh Nghiệp'],
  ])('finds no name in %s|%s', (before, run, rest = '') => {
    expect(nameAtEnd(before, run, rest)).toBeNull();
  });

  it('tells place names from people', () => {
    expect(isPlaceName('Hồ Chí Minh')).toBe(true);
    expect(isPlaceName('Cao Bằng')).toBe(true);
    expect(isPlaceName('Cao Văn Trọng')).toBe(false);
  });
});

describe('runParts', () => {
  const parts = (before: string, run: string, after: string): string[] => {
    const full = before + run + after;
    return runParts(syllablesOf(run, before.length), full).map((p) => p.map((s) => s.text).join(' '));
  };

  it.each([
    ['Bà ', 'Nguyễn Thị Mai Thanh Chúng', ' tôi tin', ['Nguyễn Thị Mai Thanh']],
    ['Ông ', 'Huỳnh Văn Thòn Tuy', ' nhiên, …', ['Huỳnh Văn Thòn']],
    ['', 'Hà Nội Theo Nguyễn Văn A', ' cho biết', ['Hà Nội', 'Nguyễn Văn A']],
    ['', 'Đỗ Văn Thắng Ông Thắng', ' cho biết', ['Đỗ Văn Thắng']],
    ['GS ', 'Lê Gia Vinh Phó Chủ', ' tịch Tổng hội', ['Lê Gia Vinh', 'Phó Chủ']],
    ['', 'Nguyễn Văn Năm Năm', ' nay tỉnh', ['Nguyễn Văn Năm']],
    ['', 'Nguyễn Văn Năm', ' cho biết', ['Nguyễn Văn Năm']],
  ])('%s|%s|%s', (before, run, after, expected) => {
    expect(parts(before, run, after)).toEqual(expected);
  });
});

describe('nameInRun: places and institutions', () => {
  it.each([
    ['Tư lệnh Hạm đội ', 'Thái Bình Dương Mỹ'],
    ['Bộ trưởng Quốc phòng ', 'Hàn Quốc Han Min'],
    ['nguyên Chủ tịch Hội ', 'Đông Y Việt Nam'],
    ['Trường THPT chuyên ', 'Phan Bội Châu'],
    ['Giám đốc BV ', 'Bạch Mai'],
    ['Chủ tịch ', 'Hà Sơn Bình'],
    ['Chủ tịch UBND thành phố ', 'Hạ Long'],
  ])('finds no name in %s|%s', (before, run) => {
    expect(nameAtEnd(before, run)).toBeNull();
  });

  it('opens a name at a surname or at "H’"', () => {
    expect(opensNameAt('Nguyễn', 0, 6)).toBe(true);
    expect(opensNameAt('H’Hen', 0, 5)).toBe(true);
    expect(opensNameAt('Văn', 0, 3)).toBe(false);
    expect(opensNameAt('Uông', 0, 4)).toBe(true);
  });
});

describe('nameInRun: a city named after a person', () => {
  it('reads the person right after the post he held', () => {
    expect(nameAtEnd('Ngày 11/6/1948, Chủ tịch ', 'Hồ Chí Minh', ' đã ra Lời kêu gọi')).toBe('Hồ Chí Minh');
  });

  it.each(['Ủy ban nhân dân thành phố ', 'phong cách ', 'Chủ tịch UBND TP '])('reads the city after "%s"', (before) => {
    expect(nameAtEnd(before, 'Hồ Chí Minh', ' phát biểu')).toBeNull();
  });
});

describe('nameInRun: memorials that bear a post and a name', () => {
  it.each(['viếng Lăng Chủ tịch ', 'xây dựng Công viên Chủ tịch ', 'thăm Khu di tích Chủ tịch '])('reads a place after "%s"', (before) => {
    expect(nameAtEnd(before, 'Hồ Chí Minh', ' tại Hà Nội')).toBeNull();
  });
});

describe('nameInRun: after "ở", "tại"', () => {
  it.each([['câu chuyện ở ', 'Đồng Tâm'], ['hội nghị tại ', 'Đồng Tâm']])('reads a place after "%s"', (before, run) => {
    expect(nameAtEnd(before, run, ', đại biểu')).toBeNull();
  });

  it('still finds a full name after a place abroad', () => {
    expect(nameAtEnd('Đại sứ Việt Nam tại ', 'Belarus Nguyễn Văn Kiên', ' trình thư')).toBe('Nguyễn Văn Kiên');
  });

  it.each([
    ['Đại sứ Việt Nam tại ', 'Lào Lê Ánh'],
    ['Tổng Lãnh sự Việt Nam tại ', 'Houston Trần Minh'],
    ['Tham tán Công sứ Đại sứ quán Việt Nam tại ', 'Belarus Lê Ánh'],
  ])('finds a name of two syllables after a post abroad, "tại" and the place: %s%s', (before, run) => {
    expect(nameAtEnd(before, run, ' trình thư')).toBe(run.split(' ').slice(-2).join(' '));
  });

  it('reads no name of two syllables after "tại" with no post abroad', () => {
    expect(nameAtEnd('hội nghị tổ chức tại ', 'Lào Lê Ánh', ' hôm qua')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { capitalNames, capitalNamesBeforePosts } from '../../../src/extract/officials/capitals.js';
import { afterHonorifics } from '../../../src/extract/officials/foreign.js';

const names = (text: string): [string, string][] =>
  capitalNames(text, afterHonorifics(text)).map((n) => [text.slice(n.start, n.end), n.spelt]);

describe('capitalNames', () => {
  it.each([
    ['Ông TRẦN ANH TUẤN, Phó Giám đốc Trung tâm cho biết.', 'TRẦN ANH TUẤN', 'Trần Anh Tuấn'],
    ['Bà PHAN THỊ LỢI, Phó Chủ tịch UBMTTQ phường Bến Nghé: Chúng tôi đã làm.', 'PHAN THỊ LỢI', 'Phan Thị Lợi'],
    ['Ông ĐINH VĂN QUẾ,nguyên Chánh Tòa Hình sự.', 'ĐINH VĂN QUẾ', 'Đinh Văn Quế'],
  ])('reads a name in capitals after an honorific: %s', (text, written, spelt) => {
    expect(names(text)).toEqual([[written, spelt]]);
  });

  it.each(['Sáng nay, ông TP HCM đã…', 'Bà CON NHÂN DÂN', 'ông ABC XYZ', 'ông Trần Anh Tuấn'])('reads no name in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('capitalNamesBeforePosts', () => {
  const before = (text: string): [string, string][] => capitalNamesBeforePosts(text).map((n) => [text.slice(n.start, n.end), n.spelt]);

  it.each([
    ['“Không nên.” LS NGUYỄN TOÀN THIỆN, Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận', 'NGUYỄN TOÀN THIỆN', 'Nguyễn Toàn Thiện'],
    ['TẠ QUANG NGỌC, nguyên Bộ trưởng Bộ Thủy sản', 'TẠ QUANG NGỌC', 'Tạ Quang Ngọc'],
    ['Ảnh: LÊ VĂN AN, Chủ tịch UBND xã, trao quà.', 'LÊ VĂN AN', 'Lê Văn An'],
  ])('reads a name in capitals before a comma and a post: %s', (text, written, spelt) => {
    expect(before(text)).toEqual([[written, spelt]]);
  });

  it.each(['HÀ GIANG, Phó Chủ tịch UBND tỉnh cho biết', 'HÀ NỘI, ngày 5/6', 'TIN VẮN, Chủ tịch UBND tỉnh', 'NGUYỄN VĂN A, anh tôi'])('reads no name in "%s"', (text) => {
    expect(before(text)).toEqual([]);
  });
});

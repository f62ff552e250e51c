import { describe, expect, it } from 'vitest';
import { clauseStart, rolesAfter, rolesBefore } from '../../../src/extract/officials/roles.js';

function after(text: string, name: string): string[] {
  return rolesAfter(text, text, text.indexOf(name) + name.length).roles.map((r) => {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    return r.text;
  });
}

function before(text: string, name: string): string[] {
  return rolesBefore(text, text, text.indexOf(name), 0).map((r) => {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    return r.text;
  });
}

describe('rolesAfter', () => {
  it.each([
    ['Ông Lý Văn Minh, Giám đốc Sở Tư pháp cho biết.', ['Giám đốc Sở Tư pháp']],
    ['Ông Lý Văn Minh – Phó Giám đốc Sở Tư pháp, Chánh Văn phòng; các đại biểu', ['Phó Giám đốc Sở Tư pháp', 'Chánh Văn phòng']],
    ['Ông Lý Văn Minh (Trưởng phòng Tư pháp huyện) dự.', ['Trưởng phòng Tư pháp huyện']],
    ['Ông Lý Văn Minh, Chủ tịch UBND TP. Cần Thơ đã phát biểu.', ['Chủ tịch UBND TP. Cần Thơ']],
    ['Ông Lý Văn Minh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho hay.', ['Giám đốc Sở Văn hóa, Thể thao và Du lịch']],
    ['Ông Lý Văn Minh, Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban Thi đua - Khen thưởng tỉnh trao thưởng.', ['Phó Giám đốc Sở Nội vụ', 'Trưởng Ban Thi đua - Khen thưởng tỉnh']],
    ['Ông Lý Văn Minh, 60 tuổi, ở xã Tân Lập.', []],
    ['Ông Lý Văn Minh cho biết.', []],
  ])('%s', (text, roles) => {
    expect(after(text, 'Lý Văn Minh')).toEqual(roles);
  });

  it('keeps a trailing "Ban chỉ đạo" in the role: the verb list is lower case and "ban" guards "chỉ đạo"', () => {
    expect(after('Ông Lý Văn Minh, Trưởng ban chỉ đạo CCHC huyện chỉ đạo các xã.', 'Lý Văn Minh')).toEqual(['Trưởng ban chỉ đạo CCHC huyện']);
  });
});

describe('rolesBefore', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Lý Văn Minh phát biểu.', ['Chủ tịch UBND tỉnh']],
    ['Sáng 3/5, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lý Văn Minh dự.', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']],
    ['Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh Lý Văn Minh trao quà.', ['Phó Chủ tịch UBND tỉnh']],
    ['Bằng khen của Chủ tịch UBND tỉnh cho Lý Văn Minh.', []],
    ['Các đại biểu, Lý Văn Minh và những người khác.', []],
  ])('%s', (text, roles) => {
    expect(before(text, 'Lý Văn Minh')).toEqual(roles);
  });
});

describe('clauseStart', () => {
  it('starts after a line, a colon or a full stop, not after an abbreviation', () => {
    const text = 'Dòng một.\nDự có: Chủ tịch UBND TP. Cần Thơ ';
    expect(text.slice(clauseStart(text, text.length, 0))).toBe(' Chủ tịch UBND TP. Cần Thơ ');
  });
});

import { describe, expect, it } from 'vitest';
import { innerPeriod, parentheticalEnd, parentheticalStart, splitAtKiem, trimmed, type Role } from '../../../src/extract/officials/roles.js';

describe('role text', () => {
  it('trims spaces and separators from a role’s edges, and refuses an empty or overlong one', () => {
    const text = ' , Giám đốc Sở Nội vụ, ';
    expect(trimmed(text, 0, text.length)?.text).toBe(', Giám đốc Sở Nội vụ');
    expect(trimmed(text, 3, text.length)).toEqual({ text: 'Giám đốc Sở Nội vụ', start: 3, end: 21 });
    expect(trimmed('  ,  ', 0, 5)).toBeNull();
    expect(trimmed('Giám đốc ' + 'x'.repeat(200), 0, 209)).toBeNull();
  });

  it('leaves a flattened table\'s tally after the post out, not the number of a place\'s name', () => {
    const table = 'Chủ tịch HĐND tỉnh 52 (89,66%) 6 0';
    expect(trimmed(table, 0, 21)?.text).toBe('Chủ tịch HĐND tỉnh');
    const cells = 'Giám đốc Sở Nội vụ 31 22 5';
    expect(trimmed(cells, 0, 21)?.text).toBe('Giám đốc Sở Nội vụ');
    const ward = 'Chủ tịch UBND Phường 10 (quận 3)';
    expect(trimmed(ward, 0, 23)?.text).toBe('Chủ tịch UBND Phường 10');
  });

  it('leaves out when the post was held, at its end', () => {
    const text = 'Trưởng phòng Giáo dục huyện thời kỳ 2019 - 2021';
    expect(trimmed(text, 0, text.length)?.text).toBe('Trưởng phòng Giáo dục huyện');
    const short = 'Giám đốc giai đoạn 2020-2023';
    expect(trimmed(short, 0, short.length)?.text).toBe('Giám đốc');
  });

  it('splits at "kiêm"', () => {
    const text = 'Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Nội vụ kiêm Trưởng ban';
    const roles: Role[] = [];
    splitAtKiem(text, 0, text.length, roles);
    expect(roles.map((r) => r.text)).toEqual(['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Nội vụ', 'Trưởng ban']);
    for (const r of roles) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('tells a period inside an abbreviation from a sentence end', () => {
    const text = 'UBND TP. Cần Thơ; Ban T.Ư Đảng. Hết';
    expect(innerPeriod(text, text.indexOf('.'))).toBe(true);
    expect(innerPeriod(text, text.indexOf('.Ư'))).toBe(true);
    expect(innerPeriod(text, text.lastIndexOf('.'))).toBe(false);
  });

  it('finds a short parenthetical from either end', () => {
    const text = 'Cục Thi hành án dân sự (THADS) Hà Nội; (một ghi chú rất dài hơn ba mươi ký tự ở đây)';
    const open = text.indexOf('(');
    const close = text.indexOf(')');
    expect(parentheticalStart(text, close, 0)).toBe(open);
    expect(parentheticalEnd(text, open)).toBe(close + 1);
    expect(parentheticalEnd(text, text.lastIndexOf('('))).toBe(-1);
    expect(parentheticalStart(text, text.lastIndexOf(')'), 0)).toBe(-1);
  });
});

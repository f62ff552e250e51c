import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, BARE_NUMBER_TYPES } from '../../src/lexicon/document-types.js';
import { HONORIFICS } from '../../src/lexicon/honorifics.js';
import { ROLE_STOP_WORDS } from '../../src/lexicon/role-stops.js';
import { AMBIGUOUS_SURNAMES, NAME_STARTS, SURNAMES } from '../../src/lexicon/surnames.js';
import { TITLES } from '../../src/lexicon/titles.js';

describe('people and document lexicons', () => {
  it('holds the common surnames, Kinh and ethnic-minority', () => {
    for (const s of ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Hà', 'Cao', 'Trương', 'Vừ', 'Lò', 'Giàng', 'Ksor']) {
      expect(NAME_STARTS.has(s.toLowerCase())).toBe(true);
    }
    for (const s of AMBIGUOUS_SURNAMES) expect(SURNAMES).toContain(s);
  });

  it('keeps posts, honorifics and stop words apart', () => {
    const titles = new Set(TITLES.map((t) => t.toLowerCase()));
    for (const t of ['Bí thư', 'Phó Bí thư', 'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Trưởng ban', 'Ủy viên', 'Bộ trưởng', 'Thứ trưởng', 'Thủ tướng', 'Chánh Văn phòng', 'Tổng Bí thư', 'Đại biểu Quốc hội']) {
      expect(titles.has(t.toLowerCase())).toBe(true);
    }
    for (const word of [...HONORIFICS, ...ROLE_STOP_WORDS]) expect(titles.has(word.toLowerCase())).toBe(false);
    for (const word of ROLE_STOP_WORDS) expect(word).toBe(word.toLowerCase());
  });

  it('lets only legal instruments be cited by a bare number', () => {
    for (const t of BARE_NUMBER_TYPES) expect(DOCUMENT_TYPES).toContain(t);
    expect(BARE_NUMBER_TYPES).not.toContain('Chương trình');
    expect(BARE_NUMBER_TYPES).not.toContain('Kế hoạch');
  });
});

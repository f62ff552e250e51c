import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, BARE_NUMBER_TYPES } from '../../src/lexicon/document-types.js';
import { HONORIFICS } from '../../src/lexicon/honorifics.js';
import { ROLE_STOP_WORDS, STOPS_AFTER_PROPER_NAME_ONLY, STOPS_ENDING_COMPOUNDS } from '../../src/lexicon/role-stops.js';
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

describe('posts, ranks and credits', () => {
  it('lists ranks among the posts and the posts that name bodies', async () => {
    const { RANKS, TITLES_AS_BODIES, TITLE_PREFIXES } = await import('../../src/lexicon/titles.js');
    for (const rank of RANKS) expect(TITLES).toContain(rank);
    expect(RANKS).toEqual(expect.arrayContaining(['Thiếu tá', 'Đại úy', 'Thượng tướng']));
    for (const body of TITLES_AS_BODIES) expect(TITLES.some((t) => body.endsWith(t))).toBe(true);
    for (const prefix of TITLE_PREFIXES) expect(prefix).toBe(prefix.toLowerCase());
    expect(TITLES).toEqual(expect.arrayContaining(['Đại biểu', 'GĐ', 'Đội trưởng Đội', 'Đại sứ', 'Thống đốc', 'Phó Ban', 'Phó phòng', 'Kế toán trưởng', 'Đồn trưởng']));
  });

  it('lists credit labels apart from honorifics', async () => {
    const { BYLINE_LABELS } = await import('../../src/lexicon/honorifics.js');
    expect(BYLINE_LABELS).toEqual(expect.arrayContaining(['Ảnh', 'Tin, ảnh']));
    for (const label of BYLINE_LABELS) expect(HONORIFICS).not.toContain(label.toLowerCase());
  });

  it('ends roles at function words the brief names, and not at words of body names', () => {
    for (const word of ['do', 'xung quanh', 'về', 'cho', 'với', 'tại', 'về việc', 'gồm']) expect(ROLE_STOP_WORDS).toContain(word);
    for (const word of ['phải', 'chưa', 'kỳ vọng', 'nhớ lại']) expect(ROLE_STOP_WORDS).toContain(word);
    // "Tổng cục Hậu cần", "Cục Hàng không": lower-case words of body names
    for (const word of ['ở', 'sáng', 'tối', 'cần', 'không']) expect(ROLE_STOP_WORDS).not.toContain(word);
    // "làm" ends a post ("… huyện làm tổ trưởng") but not the body's "việc làm" (tokens.ts endsCompound)
    expect(ROLE_STOP_WORDS).toContain('làm');
    expect(STOPS_ENDING_COMPOUNDS.get('làm')).toContain('việc');
    // "Trung tâm thông tin": a stop only after a proper name (tokens.ts stopAt)
    for (const word of STOPS_AFTER_PROPER_NAME_ONLY) expect(ROLE_STOP_WORDS).toContain(word);
  });

  it('holds the rarer surnames too', () => {
    for (const s of ['Uông', 'Ung', 'Tào', 'Lư']) expect(NAME_STARTS.has(s.toLowerCase())).toBe(true);
  });
});

describe('plain addresses', () => {
  it('lists kinship words in lower case, none an honorific', async () => {
    const { PLAIN_ADDRESSES } = await import('../../src/lexicon/honorifics.js');
    for (const word of PLAIN_ADDRESSES) {
      expect(word).toBe(word.toLowerCase());
      expect(HONORIFICS).not.toContain(word);
    }
    expect(PLAIN_ADDRESSES).toEqual(expect.arrayContaining(['anh', 'chị']));
  });
});

describe('particles of foreign names', () => {
  it('holds them in small letters, the glued and the second ones among them or after them', async () => {
    const { GLUED_NAME_PARTICLES, NAME_PARTICLES, SECOND_NAME_PARTICLES } = await import('../../src/lexicon/name-particles.js');
    for (const p of [...NAME_PARTICLES, ...SECOND_NAME_PARTICLES]) expect(p).toBe(p.toLowerCase());
    for (const p of GLUED_NAME_PARTICLES) expect(NAME_PARTICLES).toContain(p);
    expect(NAME_PARTICLES).toEqual(expect.arrayContaining(['al', 'bin', 'von', 'da']));
    expect(SECOND_NAME_PARTICLES).toEqual(expect.arrayContaining(['der', 'la']));
  });
});

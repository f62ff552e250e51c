import { describe, expect, it } from 'vitest';
import { BODY_NAMES, BODY_NAMES_LIKE_NAMES, FIRM_WORDS, RANKED_UNIT_WORDS, SECTORS, TOPIC_BODIES } from '../../src/lexicon/bodies.js';
import { ROLE_STOP_WORDS } from '../../src/lexicon/role-stops.js';

describe('bodies lexicon', () => {
  it('names every ministry and department after "Bộ" and "Sở"', () => {
    for (const sector of SECTORS) {
      expect(BODY_NAMES).toContain(`Bộ ${sector}`);
      expect(BODY_NAMES).toContain(`Sở ${sector}`);
    }
    expect(SECTORS).toEqual(expect.arrayContaining(['Nội vụ', 'Ngoại giao', 'Văn hóa, Thể thao và Du lịch']));
  });

  it('lists only names that hold a comma or a word that would end a role', () => {
    const stops = new Set(ROLE_STOP_WORDS.flatMap((w) => w.split(' ')));
    for (const name of BODY_NAMES.filter((n) => !SECTORS.some((s) => n.endsWith(` ${s}`)))) {
      const words = name.split(/[ ,]+/).slice(1);
      const holds = name.includes(',') || name.includes(' - ') || words.some((w) => stops.has(w) || w === 'và');
      expect(holds, name).toBe(true);
    }
  });

  it('keeps the other lists short and capitalised', () => {
    for (const list of [BODY_NAMES_LIKE_NAMES, TOPIC_BODIES, FIRM_WORDS]) {
      expect(new Set(list).size).toBe(list.length);
      for (const name of list) expect(name[0]).toBe(name[0].toUpperCase());
    }
    for (const name of BODY_NAMES_LIKE_NAMES) expect(name.split(' ').length).toBeGreaterThan(1);
    expect(BODY_NAMES_LIKE_NAMES).toEqual(expect.arrayContaining(['Tỉnh Đoàn', 'Đoàn Thanh niên']));
  });

  it('names the ranked kinds of bodies and places in small letters, once each', () => {
    expect(new Set(RANKED_UNIT_WORDS).size).toBe(RANKED_UNIT_WORDS.length);
    for (const word of RANKED_UNIT_WORDS) expect(word).toBe(word.toLowerCase());
    expect(RANKED_UNIT_WORDS).toEqual(expect.arrayContaining(['sở', 'ngành', 'tỉnh', 'thành phố', 'huyện', 'thị xã']));
  });
});

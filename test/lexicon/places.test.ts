import { describe, expect, it } from 'vitest';
import { COUNTRIES_AND_REGIONS } from '../../src/lexicon/countries.js';
import { HISTORICAL_NAMES } from '../../src/lexicon/historical-names.js';
import { LOCALITY_WORDS, TOWN_WORDS } from '../../src/lexicon/place-words.js';
import { FORMER_PROVINCES, PROVINCES, TOWNS_NAMED_LIKE_PEOPLE } from '../../src/lexicon/provinces.js';
import { NAME_STARTS } from '../../src/lexicon/surnames.js';

const opensWithSurname = (name: string): boolean => NAME_STARTS.has(name.split(' ')[0].toLowerCase());

describe('places that look like names', () => {
  it('lists each once, in title case, and none is a current province', () => {
    const provinces = new Set(PROVINCES.map((p) => p.name));
    for (const list of [COUNTRIES_AND_REGIONS, HISTORICAL_NAMES, FORMER_PROVINCES, TOWNS_NAMED_LIKE_PEOPLE]) {
      expect(new Set(list).size).toBe(list.length);
      for (const name of list) {
        expect(name.split(' ').length).toBeGreaterThan(1);
        expect(provinces.has(name)).toBe(false);
      }
    }
  });

  it('holds the places whose first syllable is a surname, which a reader knows are not people', () => {
    for (const name of ['Hàn Quốc', 'Thái Lan', 'Châu Âu', 'Lầu Năm Góc']) expect(COUNTRIES_AND_REGIONS).toContain(name);
    for (const name of ['Hạ Long', 'Phan Thiết', 'Hoàng Sa']) expect(TOWNS_NAMED_LIKE_PEOPLE).toContain(name);
    for (const name of ['Phan Bội Châu', 'Lê Quý Đôn', 'Trần Phú']) expect(HISTORICAL_NAMES).toContain(name);
    expect(TOWNS_NAMED_LIKE_PEOPLE.filter(opensWithSurname).length).toBeGreaterThan(10);
  });

  it('gives place words in lower case', () => {
    for (const word of [...TOWN_WORDS, ...LOCALITY_WORDS]) expect(word).toBe(word.toLowerCase());
    expect(LOCALITY_WORDS).toEqual(expect.arrayContaining(['phường', 'đường', 'bệnh viện', 'thpt', 'chuyên']));
    expect(TOWN_WORDS).toEqual(expect.arrayContaining(['huyện', 'thành phố']));
  });
});

describe('words that end like a place word', () => {
  it('names common nouns, not places', async () => {
    const { NOT_PLACE_WORDS } = await import('../../src/lexicon/place-words.js');
    const ends = new Set([...TOWN_WORDS, ...LOCALITY_WORDS]);
    for (const word of NOT_PLACE_WORDS) expect(ends.has(word.split(' ').pop()!)).toBe(true);
    expect(NOT_PLACE_WORDS).toEqual(expect.arrayContaining(['nông thôn', 'thị trường', 'văn bản']));
  });
});

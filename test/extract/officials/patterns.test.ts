import { describe, expect, it } from 'vitest';
import {
  BODY_INNER,
  COUNTRY_FORMS_BY_LAST_WORD,
  NAME_HINT,
  NAME_STARTS_BEYOND_HINT,
  OPENS_POST,
  OPENS_PREFIX,
  OPENS_STOP,
  PLACE_FORMS_BY_FIRST_WORD,
  PLACE_NAMES,
  TITLE_INDEX,
  WORD_FLAGS,
} from '../../../src/extract/officials/patterns.js';

function hints(text: string): string[] {
  const out: string[] = [];
  NAME_HINT.lastIndex = 0;
  for (let m = NAME_HINT.exec(text); m; m = NAME_HINT.exec(text)) out.push(m[0]);
  return out;
}

describe('officials patterns', () => {
  it('hints at a surname followed by another capital, after a space', () => {
    expect(hints('Chủ tịch UBND tỉnh Cao Văn Trọng phát biểu')).toEqual([' Cao V']);
    expect(hints('bà H’Hen Niê và ông Đỗ Đức Duy')).toEqual([' H’Hen N', ' Đỗ Đ']);
    expect(hints('Theo báo cáo, tỉnh Hà Giang và Bộ Nội vụ')).toEqual([' Hà G']);
    expect(hints('không có ai, nguyễn văn a viết thường')).toEqual([]);
  });

  it('leaves the surnames that open with another capital to indexOf', () => {
    expect(NAME_STARTS_BEYOND_HINT).toEqual(expect.arrayContaining(['Âu', 'Ứng']));
    for (const surname of NAME_STARTS_BEYOND_HINT) expect(/^[A-ZĐ]/.test(surname)).toBe(false);
  });

  it('says in one lookup what a word may open', () => {
    expect(WORD_FLAGS.get('chủ')! & OPENS_POST).toBeTruthy();
    expect(WORD_FLAGS.get('đã')! & OPENS_STOP).toBeTruthy();
    expect(WORD_FLAGS.get('nguyên')! & OPENS_PREFIX).toBeTruthy();
    expect(WORD_FLAGS.get('xã')).toBeUndefined();
  });

  it('matches posts in any case and with old tone placement', () => {
    const text = 'ông A, phó chủ tịch UBND xã; Uỷ viên BTV';
    expect(TITLE_INDEX.matchAt(text, text.indexOf('phó'))).toBe(text.indexOf(' UBND'));
    expect(TITLE_INDEX.matchAt(text, text.indexOf('Uỷ'))).toBe(text.indexOf(' BTV'));
  });

  it('knows where a body name or post holds a word that would end a role', () => {
    expect(BODY_INNER.get('nói')).toEqual(expect.arrayContaining([{ before: 'tiếng', offset: 2 }]));
    expect(BODY_INNER.get('ký')).toEqual(expect.arrayContaining([{ before: 'thư', offset: 2 }]));
    expect(BODY_INNER.get(',')?.length).toBeGreaterThan(0);
  });

  it('lists places as a run of capitals writes them', () => {
    expect(PLACE_FORMS_BY_FIRST_WORD.get('Hà')).toEqual(expect.arrayContaining([['Hà', 'Nội'], ['Hà', 'Giang']]));
    expect(PLACE_FORMS_BY_FIRST_WORD.get('Thanh')).toEqual(expect.arrayContaining([['Thanh', 'Hóa'], ['Thanh', 'Hoá']]));
    expect(COUNTRY_FORMS_BY_LAST_WORD.get('Nam')).toEqual(expect.arrayContaining([['Việt', 'Nam']]));
    expect(PLACE_NAMES.has('hà sơn bình')).toBe(true);
    expect(PLACE_NAMES.has('phan bội châu')).toBe(true);
    expect(PLACE_NAMES.has('nguyễn văn a')).toBe(false);
  });
});

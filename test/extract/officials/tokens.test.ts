import { describe, expect, it } from 'vitest';
import {
  bodyAround,
  bylineBefore,
  commaPairAt,
  contextStart,
  honorificAt,
  honorificBefore,
  plainAddressBefore,
  postInBody,
  rankAt,
  stopAt,
  titleAt,
} from '../../../src/extract/officials/tokens.js';
import { keyAt, tokenEnd } from '../../../src/extract/words.js';

const key = (text: string, at: number): string => keyAt(text, at, tokenEnd(text, at));

describe('officials tokens', () => {
  it('reads a post at a word, with its prefix', () => {
    const text = 'ông A, nguyên Phó Chủ tịch UBND tỉnh';
    expect(text.slice(text.indexOf('nguyên'), titleAt(text, text.indexOf('nguyên')))).toBe('nguyên Phó Chủ tịch');
    expect(titleAt(text, text.indexOf('UBND'))).toBe(-1);
    expect(titleAt('Chủ trì hội nghị', 0)).toBe(-1);
  });

  it('tells a post that names a body', () => {
    const text = 'Ủy viên Ban Bí thư; Đoàn Chủ tịch; Đại hội Đại biểu; Bí thư Tỉnh ủy';
    expect(postInBody(text, text.indexOf('Bí thư;'))).toBe(true);
    expect(postInBody(text, text.indexOf('Chủ tịch'))).toBe(true);
    expect(postInBody(text, text.indexOf('Đại biểu'))).toBe(true);
    expect(postInBody(text, text.lastIndexOf('Bí thư'))).toBe(false);
  });

  it('finds the body or post that holds a stop word or a comma', () => {
    const text = 'Tổng Giám đốc Đài Tiếng nói Việt Nam; Sở Văn hóa, Thể thao và Du lịch; Tổng Thư ký Hội';
    expect(bodyAround(text, text.indexOf('nói'), 'nói')).toBe(text.indexOf('Đài'));
    expect(bodyAround(text, text.indexOf(','), ',')).toBe(text.indexOf('Sở'));
    expect(bodyAround(text, text.indexOf('ký'), 'ký')).toBe(text.indexOf('Tổng Thư'));
    expect(bodyAround('ông A nói', 6, 'nói')).toBe(-1);
  });

  it('stops at lower-case verbs only, and lets "về" go on a body that deals with something', () => {
    const text = 'Chủ tịch chủ trì; Chủ trì; Trưởng Ban Chỉ đạo tỉnh về cải cách; Chánh Thanh tra về dự';
    expect(stopAt(text, text.indexOf('chủ trì'), key(text, text.indexOf('chủ trì')), 0)).toBe(text.indexOf('; Chủ'));
    expect(stopAt(text, text.indexOf('Chủ trì'), key(text, text.indexOf('Chủ trì')), 0)).toBe(-1);
    const topic = text.indexOf('về');
    expect(stopAt(text, topic, 'về', 0)).toBe(-1);
    const plain = text.lastIndexOf('về');
    expect(stopAt(text, plain, key(text, plain), text.indexOf('Chánh'))).toBeGreaterThan(plain);
  });

  it('reads honorifics, credits, prefixes and ranks before a name', () => {
    expect(honorificBefore('có đồng chí Nguyễn', 12)).toBe(3);
    expect(honorificBefore('các đồng chí: Nguyễn', 14)).toBe(4);
    expect(honorificBefore('Đ/c Nguyễn', 4)).toBe(0);
    expect(honorificBefore('bà con Nguyễn', 7)).toBe(-1);
    expect(honorificBefore('không Nguyễn', 6)).toBe(-1);
    expect(bylineBefore('Ảnh: Nguyễn', 5)).toBe(true);
    expect(bylineBefore('Tin, ảnh: Nguyễn', 10)).toBe(true);
    expect(bylineBefore('Hội nghị: Nguyễn', 10)).toBe(false);
    expect(contextStart('theo PGS.TS.BS Nguyễn', 15)).toBe(5);
    expect(contextStart('theo TS. Nguyễn', 9)).toBe(5);
    expect(contextStart('theo PGS-TS-BS Nguyễn', 15)).toBe(5);
    expect(contextStart('theo ông Nguyễn', 9)).toBe(9);
    expect(plainAddressBefore('gặp anh Nguyễn', 8)).toBe(true);
    expect(plainAddressBefore('huyện Đông Anh Nguyễn', 15)).toBe(false);
    expect(rankAt('Thiếu tá Lê', 0, 'thiếu')).toBe(true);
    expect(rankAt('Thiếu niên', 0, 'thiếu')).toBe(false);
  });
});

describe('honorificAt', () => {
  it('finds an honorific of the lexicon at a word', () => {
    const text = 'Đứng đầu là ông Nguyễn Văn An và đồng chí Lê Văn Bình, không phải ông bầu.';
    expect(honorificAt(text, text.indexOf('ông'))).toBe(true);
    expect(honorificAt(text, text.indexOf('đồng chí'))).toBe(true);
    expect(honorificAt(text, text.indexOf('Nguyễn'))).toBe(false);
  });
});

describe('commaPairAt', () => {
  it('finds the pairs a body’s name joins with a comma, and no other comma', () => {
    const text = 'Ban Chỉ đạo phòng, chống tham nhũng; Cục nông, lâm, thủy sản; Sở Nội vụ, Sở Tư pháp';
    const commas = [...text].flatMap((c, i) => (c === ',' ? [i] : []));
    expect(commas.map((at) => commaPairAt(text, at))).toEqual([true, true, true, false]);
  });
});

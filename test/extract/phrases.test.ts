import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../src/extract/phrases.js';

const units = new PhraseSet(['hồ sơ', 'hồ sơ TTHC', 'người', 'người dân', 'TTHC', 'm2', 'ki-ốt', 'đơn vị']);
const end = (text: string, at = 0) => units.matchAt(text, at);

describe('PhraseSet', () => {
  it('finds the longest phrase written at an offset', () => {
    expect(end('người dân đến')).toBe('người dân'.length);
    expect(end('người đến')).toBe('người'.length);
    expect(end('hồ sơ TTHC trực tuyến')).toBe('hồ sơ TTHC'.length);
  });

  it('ignores case, as a reader does', () => {
    expect(end('NGƯỜI DÂN')).toBe(9);
    expect(end('Đơn Vị sự nghiệp')).toBe(6);
    expect(end('tthc')).toBe(4);
  });

  it('lets a space in a phrase match a run of spaces', () => {
    expect(end('hồ  sơ mới')).toBe(6);
    expect(end('hồ\u00a0sơ')).toBe(5);
  });

  it('needs the phrase to end a word', () => {
    expect(end('người_dùng')).toBe(5); // as the pattern's (?![\p{L}\p{N}]): "_" ends a word
    expect(end('ngườii')).toBe(-1);
    expect(end('m2x')).toBe(-1);
    expect(end('m2 đất')).toBe(2);
    expect(end('ki-ốt bán hàng')).toBe(5);
  });

  it('matches only at the offset given', () => {
    const text = 'có 5 người';
    expect(units.matchAt(text, text.indexOf('người'))).toBe(text.length);
    expect(units.matchAt(text, 0)).toBe(-1);
  });

  it('knows which words open a phrase', () => {
    expect(units.hasHeadAt('Hồ sơ', 0)).toBe(true);
    expect(units.hasHeadAt('năm 2020', 0)).toBe(false);
  });
});

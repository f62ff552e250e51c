import { describe, expect, it } from 'vitest';
import { c1ToWindows1252, decodeWindows1252 } from '../../src/input/cp1252.js';

describe('windows-1252', () => {
  it('reads 0x80–0x9F as quotes, dashes and the euro sign, not as C1 controls', () => {
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x85, 0x80))).toBe('“A” – …€');
  });

  it('reads 0xA0–0xFF as Latin-1', () => {
    expect(decodeWindows1252(Uint8Array.of(0xe9, 0xd6, 0xb5, 0xff))).toBe('éÖµÿ');
  });

  it('keeps the five undefined bytes as themselves', () => {
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('repairs C1 controls in text already read as Latin-1', () => {
    expect(c1ToWindows1252('\u0093Xin chào\u0094')).toBe('“Xin chào”');
  });
});

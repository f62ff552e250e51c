// Test helpers: Unicode text to the legacy byte encodings the decoder must read back.
import { decodeWindows1252 } from '../../src/input/cp1252.js';
import { TCVN3, VNI_MODIFIERS } from '../../src/lexicon/legacy-fonts.js';

function reverseTable(decode: (bytes: Uint8Array) => string): Map<string, number> {
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const c = decode(Uint8Array.of(b));
    if (c !== '\ufffd' && !table.has(c)) table.set(c, b);
  }
  return table;
}

const CP1252 = reverseTable(decodeWindows1252);
const CP1258_DECODER = new TextDecoder('windows-1258');
const CP1258 = reverseTable((b) => CP1258_DECODER.decode(b));
const TONES = '\u0300\u0301\u0303\u0309\u0323';

/** windows-1258: precomposed where the code page has the letter, else base + combining tone. */
export function toWindows1258(text: string): Buffer {
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const direct = CP1258.get(c);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // The code page has â, ê, ô, ơ, ư, ă and a few toned letters; other tones are combining.
    const d = c.normalize('NFD');
    const tone = [...d].find((m) => TONES.includes(m));
    const base = tone ? CP1258.get(d.replace(tone, '').normalize('NFC')) : undefined;
    const done = base !== undefined && tone !== undefined;
    if (done) out.push(base, CP1258.get(tone)!);
    if (!done) out.push(0x3f);
  }
  return Buffer.from(out);
}

function cp1252Byte(c: string): number {
  return CP1252.get(c) ?? 0x3f;
}

const TCVN3_REVERSE = new Map(Object.entries(TCVN3).map(([latin, letter]) => [letter, latin.charCodeAt(0)]));

/** TCVN3 (ABC). Toned capitals have no code: like the ".VnTimeH" font, they take the small letter's. */
export function toTcvn3(text: string): Buffer {
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else out.push(TCVN3_REVERSE.get(c) ?? TCVN3_REVERSE.get(c.toLowerCase()) ?? cp1252Byte(c));
  }
  return Buffer.from(out);
}

const I_TONES: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };
const MODIFIER_BY_MARKS = new Map<string, string>();
for (const [latin, marks] of Object.entries(VNI_MODIFIERS)) {
  const upper = latin === latin.toUpperCase();
  MODIFIER_BY_MARKS.set(`${upper ? 'U' : 'l'}${marks}`, latin);
}

/** VNI-Windows: base letter + one modifier byte. */
export function toVni(text: string): Buffer {
  let latin = '';
  for (const c of text.normalize('NFC')) {
    if (c.charCodeAt(0) < 0x80) {
      latin += c;
      continue;
    }
    if (c === 'đ' || c === 'Đ') {
      latin += c === 'đ' ? 'ñ' : 'Ñ';
      continue;
    }
    const d = c.normalize('NFD');
    let base = d[0];
    const marks = d.slice(1);
    const upper = base !== base.toLowerCase();
    const tone = [...marks].find((m) => TONES.includes(m)) ?? '';
    const hat = marks.includes('\u0302') ? '\u0302' : marks.includes('\u0306') ? '\u0306' : '';
    if (!/[aeiouy]/i.test(base)) {
      latin += String.fromCharCode(cp1252Byte(c));
      continue;
    }
    if (marks.includes('\u031b')) base = { o: 'ô', O: 'Ô', u: 'ö', U: 'Ö' }[base] ?? base;
    if ((base === 'i' || base === 'I') && tone) {
      const single = I_TONES[tone];
      latin += upper ? single.toUpperCase() : single;
      continue;
    }
    if ((base === 'y' || base === 'Y') && tone === '\u0323') {
      latin += upper ? 'Î' : 'î';
      continue;
    }
    const key = hat + tone;
    latin += key ? base + MODIFIER_BY_MARKS.get(`${upper ? 'U' : 'l'}${key}`) : base;
  }
  return Buffer.from([...latin].map((c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : cp1252Byte(c))));
}

/** Decomposed (NFD) UTF-8. */
export function toNfd(text: string): Buffer {
  return Buffer.from(text.normalize('NFD'), 'utf8');
}

export function toUtf16(text: string, endian: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), le]) : le;
}

// The charset of a saved page: its byte order mark, then what the page declares
// (<meta charset>, http-equiv Content-Type, an XML declaration), then detection for pages saved
// without a declaration. Decoding is input/decode.ts's job; the pipeline hands it the declared
// charset only, since decodeBytes weighs undeclared bytes against the Vietnamese code pages itself.
import { analyseCharset } from '../input/chardet.js';

export type CharsetSource = 'bom' | 'declared' | 'detected' | 'default';

export interface Charset {
  /** A WHATWG encoding name, as TextDecoder reports it ("utf-8", "windows-1258", ...). */
  charset: string;
  source: CharsetSource;
}

/** The HTML spec scans 1024 bytes; saved pages often put long comments or scripts first. */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]{0,500}?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([\w.:-]{1,40})["']/i;
const DETECT_SAMPLE = 64 * 1024;

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The encoding TextDecoder uses for a label ("UTF8" → "utf-8", "latin1" → "windows-1252"); null if unknown. */
export function knownCharset(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset label the page states in its first bytes, as written. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  return (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1];
}

/** The bytes hold multi-byte UTF-8 sequences and nothing that is not UTF-8. */
export function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  let nonAscii = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const extra = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    if (extra < 0) return false;
    nonAscii = true;
    // A sequence cut by the end of a sample is no evidence against UTF-8.
    if (i + extra >= bytes.length) return true;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    i += extra;
  }
  return nonAscii;
}

/** chardet's likeliest encoding that TextDecoder can decode. */
export function detectCharset(bytes: Uint8Array): string | null {
  const sample = bytes.length > DETECT_SAMPLE ? bytes.subarray(0, DETECT_SAMPLE) : bytes;
  if (isUtf8WithNonAscii(sample)) return 'utf-8';
  for (const match of analyseCharset(sample)) {
    const known = knownCharset(match.name);
    if (known) return known;
  }
  return null;
}

/** BOM, then declaration, then detection; UTF-8 for pure ASCII or when nothing decides. */
export function pageCharset(bytes: Uint8Array): Charset {
  const bom = bomCharset(bytes);
  if (bom) return { charset: bom, source: 'bom' };
  const declared = declaredCharset(bytes);
  const known = declared ? knownCharset(declared) : null;
  if (known) return { charset: known, source: 'declared' };
  if (!bytes.some((b) => b >= 0x80)) return { charset: 'utf-8', source: 'default' };
  const detected = detectCharset(bytes);
  return detected ? { charset: detected, source: 'detected' } : { charset: 'utf-8', source: 'default' };
}

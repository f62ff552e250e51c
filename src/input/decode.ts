// Bytes to text: byte order marks, binary files, UTF-8, and the unlabelled legacy encodings
// crawlers save (windows-1258, the TCVN3 and VNI font encodings, other code pages).
import { isUtf8, transcode } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { InputError } from '../errors.js';
import { BINARY_SIGNATURES } from '../lexicon/file-signatures.js';
import { analyseCharset } from './chardet.js';
import { decodeWindows1252 } from './cp1252.js';
import { LEGACY_DECODERS, LEGACY_NAMES, legacyConverted, repairLegacyText, type LegacyFont } from './legacy-vn.js';
import { isPlainText } from './normalize.js';
import { asciiLooksVietnamese, fitScore, readsAsVietnamese, vietnameseFit, type Fit } from './vietnamese-fit.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
  /** Set when the text is known to be plain (isPlainText): normalizeText would change nothing but its no-break spaces (withPlainSpaces). */
  plain?: boolean;
}

const SNIFF_BYTES = 8192;
const CANDIDATE_SAMPLE = 65_536;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

/** The kind of binary file these bytes start like, if any. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const signature of BINARY_SIGNATURES) if (startsWith(bytes, signature.bytes, signature.offset)) return signature.name;
  return null;
}

/** A byte that controlBytes counts; a regex over the bytes as Latin-1 finds the first far faster than a loop. */
const CONTROL_BYTE = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

function controlBytes(bytes: Uint8Array, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control;
}

// The count is a function of its own: with the division after the loop in the same function,
// V8 optimised the loop on stack and then deoptimised that code at the division on nearly every call.
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (!n || !CONTROL_BYTE.test(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1'))) return 0;
  return controlBytes(bytes, n) / n;
}

interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
  skip: number;
}

function byteOrderMark(bytes: Uint8Array): Bom | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return { encoding: 'utf-32le', skip: 4 };
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return { encoding: 'utf-32be', skip: 4 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** TextDecoder has no UTF-32; code points outside Unicode become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

function decodeWithBom(bytes: Uint8Array, bom: Bom): string {
  const body = bytes.subarray(bom.skip);
  if (bom.encoding === 'utf-32le' || bom.encoding === 'utf-32be') return decodeUtf32(body, bom.encoding === 'utf-32le');
  return new TextDecoder(bom.encoding).decode(body);
}

/**
 * UTF-16 saved without a BOM: every other byte of its ASCII letters is NUL, all on one side.
 * Returns the encoding when the NULs fall that way, else null (the bytes are binary).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > 0.3 * pairs && even < 0.02 * pairs) return 'utf-16le';
  if (even > 0.3 * pairs && odd < 0.02 * pairs) return 'utf-16be';
  return null;
}

// Control characters other than tab, newlines, form feed and escape.
const DECODED_CONTROLS = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

function mostlyText(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  return (sample.match(DECODED_CONTROLS)?.length ?? 0) <= sample.length * 0.01;
}

function isUtf8Label(label: string): boolean {
  return /^(?:utf-?8|unicode-1-1-utf-8)$/i.test(label.trim());
}

type Decoder = (bytes: Uint8Array) => string;

/** A decoder for a charset label, with the label's canonical name; null when unknown. */
function decoderFor(label: string): { encoding: string; decode: Decoder } | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  if (decoder.encoding === 'windows-1252') return { encoding: 'windows-1252', decode: decodeWindows1252 };
  return { encoding: decoder.encoding, decode: (b) => decoder.decode(b) };
}

interface Candidate {
  encoding: string;
  decode: Decoder;
  legacy?: LegacyFont;
}

const WINDOWS_1258 = new TextDecoder('windows-1258');
const UTF8_LOSSY = new TextDecoder('utf-8');

/**
 * Valid UTF-8 (no BOM) as a string, else null. isUtf8 validates with SIMD; ICU's transcoder to
 * UTF-16 and a plain copy into a string then cost about a quarter of TextDecoder's UTF-8
 * decoding on Vietnamese text, and give the same string for valid input.
 */
function decodeValidUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

/** The readings an unlabelled, non-UTF-8 Vietnamese page may need; the first wins a tie. */
const VIETNAMESE_CANDIDATES: readonly Candidate[] = [
  { encoding: 'utf-8', decode: (b) => UTF8_LOSSY.decode(b) },
  { encoding: 'windows-1258', decode: (b) => WINDOWS_1258.decode(b) },
  ...(Object.keys(LEGACY_DECODERS) as LegacyFont[]).map((font) => ({
    encoding: font,
    legacy: font,
    decode: (b: Uint8Array) => LEGACY_DECODERS[font](decodeWindows1252(b)),
  })),
];

function declaredCandidate(declared: string | undefined): Candidate | null {
  if (!declared || isUtf8Label(declared)) return null;
  return decoderFor(declared);
}

function bestCandidate(sample: Uint8Array, candidates: Candidate[]): { candidate: Candidate; fit: Fit } {
  let best: { candidate: Candidate; fit: Fit } | null = null;
  for (const candidate of candidates) {
    const fit = vietnameseFit(candidate.decode(sample));
    if (!best || fitScore(fit) > fitScore(best.fit)) best = { candidate, fit };
  }
  return best!;
}

/** What chardet guesses for non-Vietnamese bytes, restricted to what TextDecoder can read. */
function guessedDecoder(sample: Uint8Array): { encoding: string; decode: Decoder } | null {
  for (const guess of analyseCharset(sample)) {
    if (isUtf8Label(guess.name) || guess.name === 'ASCII') continue;
    const decoder = decoderFor(guess.name);
    if (decoder) return decoder;
  }
  return null;
}

function decodeNotUtf8(bytes: Uint8Array, declared: string | undefined): Decoded {
  const sample = bytes.subarray(0, CANDIDATE_SAMPLE);
  const fromDeclaration = declaredCandidate(declared);
  const candidates = fromDeclaration ? [fromDeclaration, ...VIETNAMESE_CANDIDATES] : [...VIETNAMESE_CANDIDATES];
  const { candidate, fit } = bestCandidate(sample, candidates);
  if (readsAsVietnamese(fit)) {
    if (candidate.legacy) {
      const repaired = legacyConverted(decodeWindows1252(bytes), candidate.legacy);
      return { text: repaired.text, encoding: candidate.encoding, warnings: repaired.warnings };
    }
    let warnings: string[] = [];
    if (candidate.encoding === 'utf-8') warnings = ['invalid UTF-8 byte sequences replaced with U+FFFD'];
    else if (candidate !== fromDeclaration) warnings = [notDeclaredWarning(candidate.encoding, declared)];
    return { text: candidate.decode(bytes), encoding: candidate.encoding, warnings };
  }
  if (fromDeclaration) return { text: fromDeclaration.decode(bytes), encoding: fromDeclaration.encoding, warnings: [] };
  const guess = guessedDecoder(sample) ?? { encoding: 'windows-1252', decode: decodeWindows1252 };
  const text = guess.decode(bytes);
  const guessedFit = vietnameseFit(text);
  // Vietnamese by its unmarked words, yet no known reading gives its marked ones: a legacy
  // encoding we have no table for (VISCII, VPS, TCVN3 with capitals in the C0/C1 range).
  if (asciiLooksVietnamese(guessedFit) && !readsAsVietnamese(guessedFit)) {
    const named = declared ? `the declared charset "${declared}", which is not supported` : 'an unrecognised legacy encoding';
    throw new InputError(
      'unsupported_encoding',
      `Vietnamese text in ${named} (not UTF-8, UTF-16, windows-1258, ${Object.values(LEGACY_NAMES).join(' or ')}; perhaps VISCII or VPS)`,
    );
  }
  const why = declared ? `unknown declared charset "${declared}"` : 'no charset declared';
  return { text, encoding: guess.encoding, warnings: [`${why} and not UTF-8: decoded as ${guess.encoding} (guessed)`] };
}

function notDeclaredWarning(encoding: string, declared: string | undefined): string {
  return declared ? `declared charset "${declared}" does not fit the bytes: decoded as ${encoding}` : `no charset declared and not UTF-8: decoded as ${encoding}`;
}

function withLegacyRepair(decoded: Decoded): Decoded {
  const repaired = repairLegacyText(decoded.text);
  if (!repaired.encoding) return decoded;
  return { text: repaired.text, encoding: repaired.encoding, warnings: [...decoded.warnings, ...repaired.warnings] };
}

/**
 * Bytes to a string. `declared` is a charset the container states (an HTML meta tag); it is
 * trusted unless the bytes are valid UTF-8 or another reading is clearly Vietnamese where
 * the declared one is not. Binary content and unconvertible encodings throw InputError.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return withLegacyRepair({ text: decodeWithBom(bytes, bom), encoding: bom.encoding, warnings: [] });
  const signature = binarySignature(bytes);
  if (signature) throw new InputError('binary', `binary content (${signature}), not text`);
  if (bytes.indexOf(0) !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    const text = utf16 ? new TextDecoder(utf16).decode(bytes) : null;
    if (!utf16 || !text || !mostlyText(text)) throw new InputError('binary', 'binary content (NUL bytes), not text');
    return withLegacyRepair({ text, encoding: utf16, warnings: [`${utf16.toUpperCase()} without a byte order mark`] });
  }
  const text = decodeValidUtf8(bytes);
  // Valid UTF-8 that is plain text holds no control character: the test for binary bytes is settled,
  // and the one scan also spares normalizeText its own.
  const plain = text !== null && isPlainText(text);
  if (!plain && controlRatio(bytes) > 0.1) throw new InputError('binary', 'binary content (control bytes), not text');
  if (text === null) return decodeNotUtf8(bytes, declared);
  const warnings = declared && !isUtf8Label(declared) && /[^\x00-\x7f]/.test(text.slice(0, CANDIDATE_SAMPLE)) ? [`declared charset "${declared}" ignored: the bytes are valid UTF-8`] : [];
  return withLegacyRepair({ text, encoding: 'utf-8', warnings, plain });
}

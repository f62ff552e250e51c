// Text written in a legacy Vietnamese font encoding (TCVN3/ABC, VNI) or in VIQR, whether it
// arrives as raw bytes or already as Latin-1 gibberish inside Unicode ("ViÖt Nam",
// "Vieät Nam"): detected by which reading gives well-formed Vietnamese syllables.
import { InputError } from '../errors.js';
import { TCVN3, VNI_BASES, VNI_BREVE_BASES, VNI_HAT_BASES, VNI_LETTERS, VNI_MODIFIERS } from '../lexicon/legacy-fonts.js';
import { c1ToWindows1252 } from './cp1252.js';
import { FIT_SAMPLE, fitScore, readsAsVietnamese, vietnameseFit, type Fit } from './vietnamese-fit.js';

export type LegacyFont = 'TCVN3' | 'VNI';

export const LEGACY_NAMES: Readonly<Record<LegacyFont, string>> = {
  TCVN3: 'TCVN3 (ABC)',
  VNI: 'VNI',
};

// TCVN3 maps one code to one precomposed letter: a table of char codes (0 = unchanged) lets
// the conversion run over a typed array, far faster than building strings per letter.
const TCVN3_CODES = new Uint16Array(256);
for (const [latin, letter] of Object.entries(TCVN3)) TCVN3_CODES[latin.charCodeAt(0)] = letter.charCodeAt(0);
const UTF16 = new TextDecoder('utf-16le');

/** TCVN3 text read as Latin-1 → Unicode (NFC: the table holds precomposed letters). */
export function fromTcvn3(latin: string): string {
  const codes = new Uint16Array(latin.length);
  for (let i = 0; i < latin.length; i++) {
    const code = latin.charCodeAt(i);
    codes[i] = (code < 256 && TCVN3_CODES[code]) || code;
  }
  return UTF16.decode(codes);
}

function takesModifier(base: string, marks: string): boolean {
  if (!VNI_BASES.includes(base)) return false;
  if (marks.startsWith('\u0302')) return VNI_HAT_BASES.includes(base);
  if (marks.startsWith('\u0306')) return VNI_BREVE_BASES.includes(base);
  return true;
}

const VNI_LETTER_KEYS = Object.keys(VNI_LETTERS).join('');
// A vowel with its modifier byte, or a one-byte VNI letter alone.
const VNI_SEQUENCE = new RegExp(`[aeiouyAEIOUY${VNI_LETTER_KEYS}][${Object.keys(VNI_MODIFIERS).join('')}]|[${VNI_LETTER_KEYS}]`, 'g');
const composed = new Map<string, string>();

function vniLetter(sequence: string): string {
  let out = composed.get(sequence);
  if (out === undefined) {
    const letter = VNI_LETTERS[sequence[0]] ?? sequence[0];
    const modifier = sequence[1];
    const marks = modifier === undefined ? undefined : VNI_MODIFIERS[modifier];
    out = marks !== undefined && takesModifier(letter, marks) ? (letter + marks).normalize('NFC') : letter + (modifier ?? '');
    composed.set(sequence, out);
  }
  return out;
}

/** VNI text read as Latin-1 → Unicode (NFC): base letter + modifier byte become one letter. */
export function fromVni(latin: string): string {
  return latin.replace(VNI_SEQUENCE, vniLetter);
}

export const LEGACY_DECODERS: Readonly<Record<LegacyFont, (latin: string) => string>> = {
  TCVN3: fromTcvn3,
  VNI: fromVni,
};

// Latin-1 letters and symbols (U+00A1–U+00FF: the legacy fonts' bytes) against the letters of
// real Unicode Vietnamese beyond Latin-1 (ă, đ, ĩ, ũ, ơ, ư and the Latin Extended Additional block).
function isVietnameseBeyondLatin1(c: number): boolean {
  return (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0;
}

const LATIN1_HIGH = 1;
const MODERN = 2;
/** Each UTF-16 unit's kind for the counts below: a table look-up instead of a chain of comparisons. */
const LETTER_KIND = new Uint8Array(0x10000);
LETTER_KIND.fill(LATIN1_HIGH, 0xa1, 0x100);
for (let c = 0x102; c < 0x1f00; c++) if (isVietnameseBeyondLatin1(c)) LETTER_KIND[c] = MODERN;

interface LetterCounts {
  latin1High: number;
  modern: number;
}

/** One pass over char codes: no match arrays, as this runs on every document. */
function countLetters(sample: string): LetterCounts {
  let latin1High = 0;
  let modern = 0;
  for (let i = 0; i < sample.length; i++) {
    const kind = LETTER_KIND[sample.charCodeAt(i)];
    if (kind === LATIN1_HIGH) latin1High++;
    else if (kind === MODERN) modern++;
  }
  return { latin1High, modern };
}

const HEAD_SAMPLE = 1024;

/**
 * Whether the text's first HEAD_SAMPLE characters are plainly Unicode Vietnamese: enough
 * modern letters and no sign of legacy gibberish. The count stops as soon as the characters
 * left could no longer make the text look legacy, about halfway on ordinary Vietnamese.
 */
function headIsPlainlyUnicodeVietnamese(text: string): boolean {
  const n = Math.min(text.length, HEAD_SAMPLE);
  let latin1High = 0;
  let modern = 0;
  for (let i = 0; i < n; i++) {
    const kind = LETTER_KIND[text.charCodeAt(i)];
    if (kind === LATIN1_HIGH) latin1High++;
    else if (kind === MODERN && ++modern >= MODERN_LETTERS_RULE_OUT_VIQR) {
      // Even if every character left were a Latin-1 letter, mayBeLegacy could not hold.
      const mostLatin1High = latin1High + (n - i - 1);
      if (mostLatin1High < MIN_LATIN1_HIGH || modern * 10 >= mostLatin1High) return true;
    }
  }
  return modern >= MODERN_LETTERS_RULE_OUT_VIQR && !mayBeLegacy({ latin1High, modern });
}

/** Latin-1 letters and symbols below this many are no sign of legacy-font gibberish. */
const MIN_LATIN1_HIGH = 8;

/** Cheap test: could this Unicode text be legacy-font gibberish at all? */
function mayBeLegacy(counts: LetterCounts): boolean {
  return counts.latin1High >= MIN_LATIN1_HIGH && counts.modern * 10 < counts.latin1High;
}

export interface LegacyReading {
  font: LegacyFont;
  fit: Fit;
}

/** The legacy font under which `latin` (Latin-1 characters) reads best, if one reads better than `baseline`. */
function bestLegacyReading(latin: string, baseline: Fit): LegacyReading | null {
  const sample = latin.length > FIT_SAMPLE ? latin.slice(0, FIT_SAMPLE) : latin;
  let best: LegacyReading | null = null;
  for (const font of Object.keys(LEGACY_DECODERS) as LegacyFont[]) {
    const fit = vietnameseFit(LEGACY_DECODERS[font](sample));
    if (fitScore(fit) > fitScore(best?.fit ?? baseline)) best = { font, fit };
  }
  return best;
}

// VIQR writes marks as ASCII after the vowel: "Vie^.t Nam", "ha`nh chi'nh", "ddu+o+.c".
const VIQR_MARK = /[aeiouyAEIOUY](?:\^|\(|\+)?[`'?~.](?=[a-zA-Z])|[aeouAEOU](?:\^|\(|\+)(?=[a-zA-Z`'?~.])|\b[dD][dD](?=[aeiouyAEIOUY])/g;
const ASCII_WORD = /[A-Za-z]{1,24}/g;
/** Text with this many real Vietnamese letters is Unicode Vietnamese, not VIQR. */
const MODERN_LETTERS_RULE_OUT_VIQR = 20;

export function looksLikeViqr(sample: string): boolean {
  if (countLetters(sample).modern >= MODERN_LETTERS_RULE_OUT_VIQR) return false;
  const marks = sample.match(VIQR_MARK)?.length ?? 0;
  if (marks < 10) return false;
  const words = sample.match(ASCII_WORD)?.length ?? 0;
  return marks * 5 >= words;
}

export interface Repaired {
  text: string;
  /** The legacy encoding the text was converted from, if any. */
  encoding?: string;
  warnings: string[];
}

export function legacyConverted(latin: string, font: LegacyFont): Repaired {
  return { text: LEGACY_DECODERS[font](c1ToWindows1252(latin)), encoding: font, warnings: [`converted from the legacy Vietnamese font encoding ${LEGACY_NAMES[font]}`] };
}

/**
 * Converts Unicode text that is really a legacy Vietnamese font read as Latin-1 back to
 * Vietnamese; rejects VIQR with `unsupported_encoding`. Other text comes back unchanged.
 */
export function repairLegacyText(text: string): Repaired {
  // Most documents are plainly Unicode Vietnamese, which their first lines already show.
  if (headIsPlainlyUnicodeVietnamese(text)) return { text, warnings: [] };
  const sample = text.length > FIT_SAMPLE ? text.slice(0, FIT_SAMPLE) : text;
  const counts = countLetters(sample);
  if (mayBeLegacy(counts)) {
    const reading = bestLegacyReading(sample, vietnameseFit(sample));
    // A reading that is better but still not Vietnamese (French, German) is left alone.
    if (reading && readsAsVietnamese(reading.fit)) return legacyConverted(text, reading.font);
  }
  if (counts.modern < MODERN_LETTERS_RULE_OUT_VIQR && looksLikeViqr(sample)) {
    throw new InputError('unsupported_encoding', 'text is written in VIQR (ASCII marks after vowels, "Vie^.t Nam"), which is not converted');
  }
  return { text, warnings: [] };
}

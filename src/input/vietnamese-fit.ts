// How well a text reads as Vietnamese, measured on its words that carry diacritics: a
// correct decoding gives well-formed syllables ("Việt", "được"), a wrong one gives letters in
// impossible places ("Vieọt", "ViƯt") and stray symbols ("µ", "¹", "§", "�").
import { CODAS, NUCLEI, ONSETS, TONE_MARKS } from '../lexicon/syllables.js';

export interface Fit {
  /** Words with diacritics that are well-formed syllables. */
  valid: number;
  /** Words with diacritics that are not, plus stray symbols. */
  invalid: number;
  /** Plain-ASCII words (acronyms aside) that are well-formed syllables, and all of them. */
  asciiValid: number;
  ascii: number;
}

/** Only this much of a text is measured: enough to decide, cheap on 10 MB inputs. */
export const FIT_SAMPLE = 65_536;

const alternation = (list: readonly string[]) => list.join('|');
const SYLLABLE = new RegExp(`^(?:${alternation(ONSETS)})?(?:${alternation(NUCLEI)})(?:${alternation(CODAS)})?$`, 'u');
// Words are cut at 12 letters: no syllable is longer, and the bound keeps the scan linear.
const WORD = /[\p{L}\p{M}]{1,12}/gu;
const TONES = new RegExp(`[${TONE_MARKS}]`, 'gu');
const PLAIN = /^[A-Za-z]{1,12}$/;
const TOKEN = /\S{1,40}/g;
// Only ASCII punctuation: a typographic quote or a Latin-1 symbol at a word's edge may be a
// byte of an unknown encoding, and the letters beside it then are not a whole word.
const EDGE_PUNCTUATION = /^[("'[-]{1,5}|[)"'\].,;:!?-]{1,5}$/g;
const ACRONYM = /^[A-Z]{2,}$/;
// Latin-1 symbols that ordinary Vietnamese text rarely holds but legacy-font text is full of
// (TCVN3 "µ" = à, "¹" = ạ, "§" = Đ); also the replacement character and C1 controls.
const STRAY = /[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00af\u00b1-\u00ba\u00bc-\u00bf\u00d7\u00f7\ufffd]/g;

export function isSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC').toLowerCase());
}

export function vietnameseFit(text: string): Fit {
  const sample = text.length > FIT_SAMPLE ? text.slice(0, FIT_SAMPLE) : text;
  const fit: Fit = { valid: 0, invalid: sample.match(STRAY)?.length ?? 0, asciiValid: 0, ascii: 0 };
  for (const [word] of sample.matchAll(WORD)) {
    if (PLAIN.test(word)) continue;
    if (isSyllable(word)) fit.valid++;
    else fit.invalid++;
  }
  // Plain words are counted whole between spaces: "T" and "ng" cut out of "T\x9cng" by an
  // unknown byte are not words.
  for (const [token] of sample.matchAll(TOKEN)) {
    const word = token.replace(EDGE_PUNCTUATION, '');
    if (!PLAIN.test(word) || ACRONYM.test(word)) continue; // UBND, CCHC: not syllables, not evidence
    fit.ascii++;
    if (isSyllable(word)) fit.asciiValid++;
  }
  return fit;
}

/** One number to rank decodings of the same bytes by. */
export function fitScore(fit: Fit): number {
  return fit.valid - 2 * fit.invalid;
}

/** The text reads as Vietnamese with diacritics. */
export function readsAsVietnamese(fit: Fit): boolean {
  return fit.valid >= 3 && fit.valid >= 3 * fit.invalid;
}

/** Plain-ASCII words look like Vietnamese syllables stripped of their marks ("cua", "tinh", "nam"). */
export function asciiLooksVietnamese(fit: Fit): boolean {
  return fit.ascii >= 10 && fit.asciiValid >= 0.75 * fit.ascii;
}

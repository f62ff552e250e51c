// The shared Vietnamese number parser. A point groups thousands ("1.876", "1.000.000"), a
// comma marks decimals ("13,13", "99,7"), leading zeros are dropped ("04"), multiplier words
// follow the figure ("1,5 tỷ", "59,72 ngàn", "2,5 vạn"), qualifiers precede it ("trên",
// "gần", "khoảng" …). Pattern sources are exported so that each extractor compiles one regex.
import type { Qualifier } from '../schema.js';
import { COMPARATIVES, MULTIPLIERS, QUALIFIERS, TRAILING_QUALIFIERS } from '../lexicon/numbers.js';

/** A space inside a phrase (normalised text has plain spaces; library callers may pass NBSP). */
export const SP = '[ \\u00a0]';

/**
 * A figure as written, with its boundaries (FIGURE_BODY is the figure without the left one,
 * for the second figure of a share "593/1.790"): not glued to a letter or digit, not inside a
 * dotted date or a time ("25.5.2022", "05:40"), not a code suffix ("Covid-19"), not the
 * denominator of a share (callers read "593/1.790" as one unit). Bounded repetitions only:
 * a run of 50,000 digits costs a few steps per position.
 */
export const FIGURE_BODY = String.raw`(?:\d{1,3}(?:\.\d{3}){1,6}(?:,\d{1,6})?|\d{1,16}(?:[.,]\d{1,6})?)(?![.,:]?\d)`;
export const FIGURE = String.raw`(?<![\p{L}\p{N}_/]|\d[.,:]|\p{L}[\-–])` + FIGURE_BODY;

/** A regex alternation of phrases, longest first, spaces matching any run of spaces. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, `${SP}+`))
    .join('|');
}

/** Multiplier words after a figure: up to two ("2 nghìn tỷ"). */
export const MULTIPLIER_TAIL = `(?:${SP}{1,3}(?:${alternation(MULTIPLIERS.keys())})(?![\\p{L}\\p{N}])){0,2}`;

const THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const MULTIPLIER_WORD = new RegExp(`(?:${alternation(MULTIPLIERS.keys())})`, 'giu');

/** The value of a figure as written: "1.876" → 1876, "13,13" → 13.13, "04" → 4, "2.54" → 2.54. */
export function parseFigure(figure: string): number {
  return Number(decimalString(figure));
}

function decimalString(figure: string): string {
  if (THOUSANDS.test(figure)) return figure.replace(/\./g, '').replace(',', '.');
  // A single point that does not group thousands is an English decimal point ("2.54").
  return figure.replace(',', '.');
}

/**
 * The value of a figure followed by its multiplier words, computed in decimal so that
 * "59,72 ngàn" is exactly 59720 and "1,5 tỷ" exactly 1500000000.
 */
export function parseAmount(figure: string, multipliers = ''): number {
  let exponent = 0;
  if (multipliers) for (const m of multipliers.toLowerCase().matchAll(MULTIPLIER_WORD)) exponent += MULTIPLIERS.get(m[0]) ?? 0;
  return Number(`${decimalString(figure)}e${exponent}`);
}

const NUMBER_AT = new RegExp(`(${FIGURE})(${MULTIPLIER_TAIL})`, 'uy');

export interface NumberMatch {
  value: number;
  /** Offset just after the figure and its multipliers. */
  end: number;
  /** The figure as written, without multipliers. */
  figure: string;
}

/** Reads a figure (and its multipliers) starting exactly at `index`, or null. */
export function readNumber(text: string, index: number): NumberMatch | null {
  NUMBER_AT.lastIndex = index;
  const m = NUMBER_AT.exec(text);
  if (!m) return null;
  return { value: parseAmount(m[1], m[2]), end: index + m[0].length, figure: m[1] };
}

/** Finds every number in figures: the general entry point of the parser. */
export function findNumbers(text: string): (NumberMatch & { start: number })[] {
  const out: (NumberMatch & { start: number })[] = [];
  for (const m of text.matchAll(ALL_NUMBERS)) {
    out.push({ start: m.index, end: m.index + m[0].length, figure: m[1], value: parseAmount(m[1], m[2]) });
  }
  return out;
}
const ALL_NUMBERS = new RegExp(`(${FIGURE})(${MULTIPLIER_TAIL})`, 'gu');

const QUALIFIER_AFTER = new RegExp(`${SP}*(${alternation(TRAILING_QUALIFIERS.keys())})(?![\\p{L}])`, 'iuy');
const RUNS_OF_SPACES = /[ \u00a0]+/g;
const LONGEST_QUALIFIER = Math.max(...[...QUALIFIERS.keys()].map((q) => q.split(' ').length));

function isLetter(code: number): boolean {
  if (code < 0xc0) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f);
}

/**
 * Up to `max` words directly before `index`, lower-cased, nearest last, separated from each
 * other and from the index by spaces only (punctuation ends the run). A backwards scan: no
 * regex, no slice of the text beyond the words themselves.
 */
export function lastWords(text: string, index: number, max: number): string[] {
  const words: string[] = [];
  let i = index;
  while (words.length < max) {
    let j = i;
    while (j > 0 && (text.charCodeAt(j - 1) === 0x20 || text.charCodeAt(j - 1) === 0xa0)) j--;
    let k = j;
    while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
    if (k === j) break;
    words.unshift(text.slice(k, j).toLowerCase());
    i = k;
  }
  return words;
}

/**
 * The qualifier phrase ending in `words` (nearest last): the longest listed phrase wins
 * ("trên dưới" over "dưới"); returns it with the number of words it takes.
 */
export function qualifierAtEnd(words: readonly string[]): { qualifier: Qualifier; length: number } | undefined {
  for (let n = Math.min(LONGEST_QUALIFIER, words.length); n >= 1; n--) {
    const phrase = words.slice(words.length - n).join(' ');
    const qualifier = QUALIFIERS.get(phrase);
    if (!qualifier) continue;
    // "cao hơn 1,71%" compares; it does not qualify.
    if (phrase === 'hơn' && COMPARATIVES.has(words[words.length - 2] ?? '')) return undefined;
    return { qualifier, length: n };
  }
  return undefined;
}

/** The qualifier written directly before `index` ("trên 98%" → over), if any. */
export function qualifierBefore(text: string, index: number): Qualifier | undefined {
  return qualifierAtEnd(lastWords(text, index, LONGEST_QUALIFIER + 1))?.qualifier;
}

/** The qualifier written directly after `index` ("90% trở lên" → at_least), if any. */
export function qualifierAfter(text: string, index: number): Qualifier | undefined {
  QUALIFIER_AFTER.lastIndex = index;
  const m = QUALIFIER_AFTER.exec(text);
  return m ? TRAILING_QUALIFIERS.get(m[1].toLowerCase().replace(RUNS_OF_SPACES, ' ')) : undefined;
}

/** The qualifier of a figure: the word before it, else a trailing "trở lên"/"trở xuống". */
export function qualifierOf(text: string, start: number, end: number): Qualifier | undefined {
  return qualifierBefore(text, start) ?? qualifierAfter(text, end);
}

/**
 * The one or two words directly before `index`, lower-cased, with no punctuation between
 * them and the index: `{ last: "độ", pair: "mức độ" }` before "mức độ 4".
 */
export function wordsBefore(text: string, index: number): { last: string; pair: string } | null {
  const words = lastWords(text, index, 2);
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  return { last, pair: words.join(' ') };
}

/** True where `index` opens a line, after optional spaces and a bullet. */
export function atLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\u00a0' && c !== '\t' && c !== '-' && c !== '•' && c !== '+' && c !== '*') return false;
  }
  return true;
}

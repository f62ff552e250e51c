// The shared Vietnamese number parser. A point groups thousands ("1.876", "1.000.000"), a
// comma marks decimals ("13,13", "99,7"), leading zeros are dropped ("04"), multiplier words
// follow the figure ("1,5 tỷ", "59,72 ngàn", "2,5 vạn"), qualifiers precede it ("trên",
// "gần", "khoảng" …). Pattern sources are exported so that each extractor compiles one regex.
import type { ExtractContext } from './context.js';
import type { Qualifier } from '../schema.js';
import { COMPARATIVES, MULTIPLIERS, QUALIFIERS, TRAILING_QUALIFIERS } from '../lexicon/numbers.js';
import { alternation, isDigitCode, isLetterCode } from './regex.js';

/** A space inside a phrase (normalised text has plain spaces; library callers may pass NBSP). */
export const SP = '[ \\u00a0]';

/** `index` past the spaces (plain or no-break) there. */
export function skipSpaces(text: string, index: number): number {
  let i = index;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
  return i;
}

/**
 * A figure as written, with its boundaries (FIGURE_BODY is the figure without the left one,
 * for the second figure of a share "593/1.790"): not glued to a letter or digit, not inside a
 * dotted date or a time ("25.5.2022", "05:40"), not a code suffix ("Covid-19"), not the
 * denominator of a share (callers read "593/1.790" as one unit). Bounded repetitions only:
 * a run of 50,000 digits costs a few steps per position.
 */
export const FIGURE_BODY = String.raw`(?:\d{1,3}(?:\.\d{3}){1,6}(?:,\d{1,6})?|\d{1,16}(?:[.,]\d{1,6})?)(?![.,:]?\d)`;
export const FIGURE = String.raw`(?<![\p{L}\p{N}_/]|\d[.,:]|\p{L}[\-–])` + FIGURE_BODY;

/** A space in a lexicon phrase of a pattern: any run of spaces. */
const PHRASE_SPACES = { spaces: `${SP}+` };

/** Multiplier words after a figure: up to two ("2 nghìn tỷ"), the first maybe glued to it ("2,5tỷ đồng"). */
export const MULTIPLIER_TAIL = `(?:${SP}{0,3}(?:${alternation(MULTIPLIERS.keys(), PHRASE_SPACES)})(?![\\p{L}\\p{N}])){0,2}`;

const THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/** The value of a figure as written: "1.876" → 1876, "13,13" → 13.13, "04" → 4, "2.54" → 2.54. */
export function parseFigure(figure: string): number {
  return Number(decimalString(figure));
}

function decimalString(figure: string): string {
  const point = figure.indexOf('.');
  if (point < 0) return figure.indexOf(',') < 0 ? figure : figure.replace(',', '.');
  if (THOUSANDS.test(figure)) return figure.replaceAll('.', '').replace(',', '.');
  // A single point that does not group thousands is an English decimal point ("2.54").
  return figure.replace(',', '.');
}

/**
 * The value of a figure followed by its multiplier words, computed in decimal so that
 * "59,72 ngàn" is exactly 59720 and "1,5 tỷ" exactly 1500000000.
 */
export function parseAmount(figure: string, multipliers = ''): number {
  if (!multipliers) return parseFigure(figure);
  let exponent = 0;
  for (let i = 0; i < multipliers.length; ) {
    const word = wordAt(multipliers, i);
    if (word.length === 0) {
      i++;
      continue;
    }
    exponent += MULTIPLIERS.get(word) ?? 0;
    i += word.length;
  }
  return Number(`${decimalString(figure)}e${exponent}`);
}

/**
 * A run of digits with their points and commas. A figure starts only at a run's first digit
 * (FIGURE's boundary refuses the later ones): extractors visit runs and read a figure there
 * with a sticky pattern, instead of trying a pattern with a lookbehind at every offset.
 */
const FIGURE_RUN = /[0-9][0-9.,]*/g;

/** The ends of the runs of digits, points and commas of one text, in order. */
export interface FigureRuns {
  readonly text: string;
  readonly ends: Int32Array;
}

// Percentages, counts and documents visit the runs of the same body in turn: the first scan
// is kept on the document's context for the others. (A cache of recent bodies kept across
// documents held them long enough to be promoted, and a worker's old space then grew by
// 80 MB of dead bodies between its major collections.)
let scratch = new Int32Array(256);

/** The runs of `text`: scanned once per document when the extractors share its `context`. */
export function figureRuns(text: string, context?: ExtractContext): FigureRuns {
  const kept = context?.figureRuns;
  if (kept && kept.text === text) return kept;
  let count = 0;
  FIGURE_RUN.lastIndex = 0;
  while (FIGURE_RUN.test(text)) {
    if (count === scratch.length) {
      const grown = new Int32Array(count * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[count++] = FIGURE_RUN.lastIndex;
  }
  const runs = { text, ends: scratch.slice(0, count) };
  if (context) context.figureRuns = runs;
  return runs;
}

/** Whether a digit stands in [from, runEnd) of a run: not only its trailing points and commas. */
function digitFrom(text: string, from: number, runEnd: number): boolean {
  let i = runEnd - 1;
  while (i >= from && !isDigitCode(text.charCodeAt(i))) i--;
  return i >= from;
}

/** The end of the next run at or after `from` (the rest of a run from a digit inside it), or -1. */
export function nextRunEnd({ text, ends }: FigureRuns, from: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  if (lo < ends.length && !digitFrom(text, from, ends[lo])) lo++;
  return lo < ends.length ? ends[lo] : -1;
}

/** The first digit of the run that ends at `runEnd`. */
export function runStart(text: string, runEnd: number): number {
  let i = runEnd;
  for (let c = text.charCodeAt(i - 1); i > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c); c = text.charCodeAt(--i - 1));
  for (let c = text.charCodeAt(i); !(c >= 0x30 && c <= 0x39); c = text.charCodeAt(++i));
  return i;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether the character (code point) ending at `index` is a letter, and with `numbers` also a digit of any script. */
function letterOrNumberBefore(text: string, index: number, numbers: boolean): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (numbers && isDigitCode(c));
  const low = c >= 0xdc00 && c <= 0xdfff && index >= 2;
  const char = low ? text.slice(index - 2, index) : text[index - 1];
  return (numbers ? LETTER_OR_NUMBER : LETTER).test(char);
}

/**
 * FIGURE's left boundary at `start`, without a regex: not glued to a letter or digit, "_" or
 * "/", not after a digit and ".", "," or ":", not after a letter and a dash ("Covid-19").
 */
export function figureMayStart(text: string, start: number): boolean {
  if (start === 0) return true;
  const p = text.charCodeAt(start - 1);
  if (p === 0x5f || p === 0x2f || letterOrNumberBefore(text, start, true)) return false;
  if (p === 0x2e || p === 0x2c || p === 0x3a) return !(start >= 2 && isDigitCode(text.charCodeAt(start - 2)));
  if (p === 0x2d || p === 0x2013) return !letterOrNumberBefore(text, start - 1, false);
  return true;
}

/** Digits in a row from `index`, up to `end`. */
function digitsAt(text: string, index: number, end: number): number {
  let i = index;
  while (i < end && isDigitCode(text.charCodeAt(i))) i++;
  return i - index;
}

/** Whether [start, end) is exactly one FIGURE_BODY: "1.876", "1.000.000,5", "13,13", "2.54", "04". */
export function isWholeFigure(text: string, start: number, end: number): boolean {
  const lead = digitsAt(text, start, end);
  if (lead >= 1 && lead <= 3) {
    let i = start + lead;
    let groups = 0;
    while (groups < 6 && i < end && text.charCodeAt(i) === 0x2e && digitsAt(text, i + 1, end) === 3) {
      i += 4;
      groups++;
    }
    if (groups > 0) {
      if (i === end) return true;
      if (text.charCodeAt(i) === 0x2c) {
        const decimals = digitsAt(text, i + 1, end);
        if (decimals >= 1 && decimals <= 6 && i + 1 + decimals === end) return true;
      }
    }
  }
  if (lead < 1 || lead > 16) return false;
  const i = start + lead;
  if (i === end) return true;
  const separator = text.charCodeAt(i);
  if (separator !== 0x2e && separator !== 0x2c) return false;
  const decimals = digitsAt(text, i + 1, end);
  return decimals >= 1 && decimals <= 6 && i + 1 + decimals === end;
}

/**
 * The offset after the spaces that follow a run, or -1 where the run ends in a point or a
 * comma: there the figure ends before it ("… năm 2020.", "5, 6") and nothing can follow it.
 */
export function afterRun(text: string, runEnd: number): number {
  const last = text.charCodeAt(runEnd - 1);
  if (last === 0x2e || last === 0x2c) return -1;
  return skipSpaces(text, runEnd);
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

const QUALIFIER_AFTER = new RegExp(`${SP}*(${alternation(TRAILING_QUALIFIERS.keys(), PHRASE_SPACES)})(?![\\p{L}])`, 'iuy');
const RUNS_OF_SPACES = /[ \u00a0]+/g;
/** The first words of the trailing qualifiers ("trở" of "trở lên"). */
const TRAILING_HEADS: ReadonlySet<string> = new Set([...TRAILING_QUALIFIERS.keys()].map((q) => q.split(' ')[0]));
const LONGEST_QUALIFIER = Math.max(...[...QUALIFIERS.keys()].map((q) => q.split(' ').length));
/** The words qualifier phrases end in: most words before a figure are none of them. */
const QUALIFIER_ENDS: ReadonlySet<string> = new Set([...QUALIFIERS.keys()].map((q) => q.slice(q.lastIndexOf(' ') + 1)));

/** Whether `word` may end a qualifier phrase ("tính" of "ước tính"): only then do more words before it matter. */
export function endsQualifier(word: string): boolean {
  return QUALIFIER_ENDS.has(word);
}

const LETTER = /\p{L}/u;

/** True where the character (code point) ending at `index` is a letter. */
export function letterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  const low = c >= 0xdc00 && c <= 0xdfff && index >= 2;
  return LETTER.test(low ? text.slice(index - 2, index) : text[index - 1]);
}

/**
 * The next match of the global `pattern` from `from` that does not start inside a word: what
 * a leading `(?<![\p{L}])` would give, but a pattern that opens with its words lets V8 skip
 * ahead to them instead of trying the lookbehind at every offset (seven times faster here).
 */
export function execAtWordStart(pattern: RegExp, text: string, from = 0): RegExpExecArray | null {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!letterBefore(text, m.index)) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * Up to `max` words directly before `index`, lower-cased, nearest last, separated from each
 * other and from the index by spaces only (punctuation ends the run). A backwards scan: no
 * regex, no slice of the text beyond the words themselves. `starts`, when given, receives
 * each word's offset in the same order.
 */
export function lastWords(text: string, index: number, max: number, starts?: number[]): string[] {
  const words: string[] = [];
  let i = index;
  while (words.length < max) {
    let j = i;
    while (j > 0 && (text.charCodeAt(j - 1) === 0x20 || text.charCodeAt(j - 1) === 0xa0)) j--;
    let k = j;
    let upper = false;
    for (let c = text.charCodeAt(k - 1); k > 0 && isLetterCode(c); c = text.charCodeAt(--k - 1)) upper ||= mayBeUpper(c);
    if (k === j) break;
    const word = text.slice(k, j);
    words.push(upper ? word.toLowerCase() : word);
    starts?.push(k);
    i = k;
  }
  starts?.reverse();
  return words.reverse();
}

/** The run of letters starting at `index`, lower-cased ("" where no letter starts there). */
export function wordAt(text: string, index: number): string {
  let i = index;
  let upper = false;
  for (let c = text.charCodeAt(i); i < text.length && isLetterCode(c); c = text.charCodeAt(++i)) upper ||= mayBeUpper(c);
  const word = text.slice(index, i);
  return upper ? word.toLowerCase() : word;
}

/** Whether [start, end) spells `word` (lower-case) in any case ("Thứ", "THỨ" spell "thứ"), without a slice. */
export function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    if (code !== word.charCodeAt(i) && lowerCode(code) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether the whole word `word` (lower-case, in any case) follows the spaces at `index`, one space at least. */
export function wordFollows(text: string, index: number, word: string): boolean {
  const i = skipSpaces(text, index);
  const end = i + word.length;
  return i > index && spells(text, i, Math.min(text.length, end), word) && !isLetterCode(text.charCodeAt(end));
}

/** `text.slice(start, end)` lower-cased, without calling toLowerCase where no capital can be in it. */
export function lowerSlice(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  for (let i = start; i < end; i++) if (mayBeUpper(text.charCodeAt(i))) return slice.toLowerCase();
  return slice;
}

/** The lower-case form of one UTF-16 code unit, for the letters that are one unit in both cases. */
export function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (!mayBeUpper(code)) return code;
  if (code >= 0xc0 && code <= 0xde) return code + 32;
  if (code < 0x138 || (code >= 0x14a && code < 0x178) || (code >= 0x1e00 && code <= 0x1e95) || (code >= 0x1ea0 && code <= 0x1eff)) return code + 1;
  if (code === 0x1a0) return 0x1a1; // Ơ
  if (code === 0x1af) return 0x1b0; // Ư
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * False only for letters that are surely lower-case, so that most words skip toLowerCase:
 * ASCII, Latin-1, and the stretches of Latin Extended-A and Latin Extended Additional that
 * pair an even capital with an odd small letter (ă, đ, ĩ, ũ, ạ … ỹ); ơ and ư are listed.
 * Anything else may be a capital.
 */
function mayBeUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  if (c < 0x138 || (c >= 0x14a && c < 0x178) || (c >= 0x1e00 && c <= 0x1e95) || (c >= 0x1ea0 && c <= 0x1eff)) return (c & 1) === 0;
  return c !== 0x1a1 && c !== 0x1b0;
}

/**
 * The qualifier phrase ending in `words` (nearest last): the longest listed phrase wins
 * ("trên dưới" over "dưới"); returns it with the number of words it takes.
 */
export function qualifierAtEnd(words: readonly string[]): { qualifier: Qualifier; length: number } | undefined {
  const last = words.length - 1;
  if (last < 0 || !QUALIFIER_ENDS.has(words[last])) return undefined;
  // The phrases ending at the last word, shortest first, built by prepending words.
  const phrases: string[] = [words[last]];
  for (let n = 2; n <= Math.min(LONGEST_QUALIFIER, words.length); n++) phrases.push(`${words[last - n + 1]} ${phrases[n - 2]}`);
  for (let n = phrases.length; n >= 1; n--) {
    const qualifier = QUALIFIERS.get(phrases[n - 1]);
    if (!qualifier) continue;
    // "cao hơn 1,71%" compares; it does not qualify.
    if (n === 1 && words[last] === 'hơn' && COMPARATIVES.has(words[last - 1] ?? '')) return undefined;
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
  if (!TRAILING_HEADS.has(wordAt(text, skipSpaces(text, index)))) return undefined;
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

// Words and lexicon phrases read at a position of the text, without a regular expression: the
// extractors find a few candidate positions cheaply and then read the words around them. A
// token is a word (letters, digits, marks, an apostrophe inside) or one punctuation mark;
// tokens are separated by up to two spaces. Lexicon phrases compare by their tokens' keys
// (lower case, tones folded: "Uỷ viên" reads as "ủy viên"), so they match in any case.
import { foldKey, mayEndInOldTone, MODERN_PAIRS } from '../lexicon/spelling.js';
import { isUpperCode, isWordCode } from './regex.js';

const SPACE = 32;
const APOSTROPHES = new Set([0x27, 0x2019]);

/** End of the word that starts at `at` ("H’Hen" is one word). */
export function wordEnd(text: string, at: number): number {
  let i = at;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) i++;
    else if (APOSTROPHES.has(c) && i > at && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

/** Start of the word that ends at `end`. */
export function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isWordCode(c)) i--;
    else if (APOSTROPHES.has(c) && i - 1 > 0 && i < end && isWordCode(text.charCodeAt(i - 2))) i--;
    else break;
  }
  return i;
}

/** Where the next token starts: `at` past up to two spaces; -1 at the end of the text or of a line. */
export function nextToken(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === SPACE) i++;
  if (text.charCodeAt(i) === SPACE) i++;
  return i < text.length && text.charCodeAt(i) !== SPACE ? i : -1;
}

/** End of the token that starts at `at`: a word, or one character. */
export function tokenEnd(text: string, at: number): number {
  return isWordCode(text.charCodeAt(at)) ? wordEnd(text, at) : at + 1;
}

const DASHES = new Set([...'-–—‐‑'].map((c) => c.charCodeAt(0)));

/**
 * The key the token in [start, end) compares by: a folded lower-case word, or the mark itself
 * (every dash as "-"). Most words are lower case already and are only sliced.
 */
function computeKey(text: string, start: number, end: number): string {
  const first = text.charCodeAt(start);
  if (!isWordCode(first)) return DASHES.has(first) ? '-' : text.slice(start, end);
  for (let i = start; i < end; i++) if (isUpperCode(text.charCodeAt(i))) return foldKey(text.slice(start, end));
  return mayEndInOldTone(text.charCodeAt(end - 1)) ? foldKey(text.slice(start, end)) : text.slice(start, end);
}

// Most words of a text are in no lexicon. Every lexicon word's key is registered (phraseKeys,
// registerWords) by a hash of its code units; a word of the text whose folded lower-case form
// hashes to none of them is in no lexicon, and keyAt gives it the empty key without building
// a string. A hash that matches builds the key as usual, so a collision costs time, not truth.
const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < LOWER.length; c++) {
  const lower = c < 0x2000 ? String.fromCharCode(c).toLowerCase() : '';
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}
const Q = 'q'.charCodeAt(0);
const VOCABULARY = new Set<number>();

function hashOfKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

/** The hash of the word [start, end) as its key would spell it (lower case, tones folded). */
function hashOfWord(text: string, start: number, end: number): number {
  let h = 0;
  let stop = end;
  let a = 0;
  let b = 0;
  if (end - start >= 2) {
    a = LOWER[text.charCodeAt(end - 2)];
    b = LOWER[text.charCodeAt(end - 1)];
    const modern = MODERN_PAIRS.get((a << 16) | b);
    if (modern !== undefined && !(end - start > 2 && LOWER[text.charCodeAt(end - 3)] === Q)) {
      a = modern >>> 16;
      b = modern & 0xffff;
    }
    stop = end - 2;
  }
  for (let i = start; i < stop; i++) h = (Math.imul(h, 31) + LOWER[text.charCodeAt(i)]) | 0;
  if (stop < end) h = (Math.imul((Math.imul(h, 31) + a) | 0, 31) + b) | 0;
  return h;
}

/** Registers words a parser compares keys with outside any lexicon phrase ("kiêm", "số"). */
export function registerWords(...words: string[]): void {
  for (const word of words) VOCABULARY.add(hashOfKey(computeKey(word, 0, word.length)));
}

// The parsers ask for the same few keys around a name several times (the word before it is an
// honorific? a place word? a post?): the last keys of the current text are kept, by position.
const MEMO_SIZE = 256;
const memoStart = new Int32Array(MEMO_SIZE).fill(-1);
const memoEnd = new Int32Array(MEMO_SIZE);
const memoKey: string[] = new Array<string>(MEMO_SIZE).fill('');
let memoText = '';

/** The key of the token in [start, end) (see computeKey); '' for a word in no lexicon. */
export function keyAt(text: string, start: number, end: number): string {
  const first = text.charCodeAt(start);
  if (!isWordCode(first)) return DASHES.has(first) ? '-' : text.slice(start, end);
  if (!VOCABULARY.has(hashOfWord(text, start, end))) return '';
  if (text !== memoText) {
    memoText = text;
    memoStart.fill(-1);
  }
  const slot = start & (MEMO_SIZE - 1);
  if (memoStart[slot] === start && memoEnd[slot] === end) return memoKey[slot];
  const key = computeKey(text, start, end);
  memoStart[slot] = start;
  memoEnd[slot] = end;
  memoKey[slot] = key;
  return key;
}

/** The keys of a lexicon phrase's tokens, registered as lexicon words. */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  for (let at = nextToken(phrase, 0); at >= 0; ) {
    const end = tokenEnd(phrase, at);
    const key = computeKey(phrase, at, end);
    if (isWordCode(phrase.charCodeAt(at))) VOCABULARY.add(hashOfKey(key));
    keys.push(key);
    at = nextToken(phrase, end);
  }
  return keys;
}

/** The keys of a text's tokens, as a lexicon phrase's would be (not registered). */
export function textKeys(text: string): string[] {
  const keys: string[] = [];
  for (let at = nextToken(text, 0); at >= 0; ) {
    const end = tokenEnd(text, at);
    keys.push(computeKey(text, at, end));
    at = nextToken(text, end);
  }
  return keys;
}

/** A set of lexicon phrases indexed by their first token, to read the longest one at a position. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly longest: number;

  constructor(phrases: readonly string[]) {
    let longest = 0;
    for (const phrase of new Set(phrases)) {
      const keys = phraseKeys(phrase);
      if (!keys.length) continue;
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push(keys);
      this.byFirst.set(keys[0], list);
      longest = Math.max(longest, keys.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.longest = longest;
  }

  /** Whether some phrase opens with this key. */
  opens(key: string): boolean {
    return this.byFirst.has(key);
  }

  /**
   * End of the longest phrase whose tokens start at `at` (a token start), or -1. `firstKey` is
   * the key of the token at `at` when the caller has it already.
   */
  matchAt(text: string, at: number, firstKey?: string): number {
    const first = firstKey ?? keyAt(text, at, tokenEnd(text, at));
    const candidates = this.byFirst.get(first);
    if (!candidates) return -1;
    const keys = [first];
    const ends = [tokenEnd(text, at)];
    for (const phrase of candidates) {
      while (keys.length < phrase.length) {
        const next = nextToken(text, ends[ends.length - 1]);
        if (next < 0 || keys.length >= this.longest) break;
        const end = tokenEnd(text, next);
        keys.push(keyAt(text, next, end));
        ends.push(end);
      }
      if (phrase.length > keys.length) continue;
      let i = 1;
      while (i < phrase.length && phrase[i] === keys[i]) i++;
      if (i === phrase.length) return ends[phrase.length - 1];
    }
    return -1;
  }
}

/** Start of the token that ends at `end` (after up to two spaces before `end`), or -1. */
export function prevToken(text: string, end: number): number {
  let i = end;
  if (text.charCodeAt(i - 1) === SPACE) i--;
  if (text.charCodeAt(i - 1) === SPACE) i--;
  if (i <= 0 || text.charCodeAt(i - 1) === SPACE) return -1;
  return isWordCode(text.charCodeAt(i - 1)) ? wordStart(text, i) : i - 1;
}

/** A set of lexicon phrases indexed by their last token, to read one backwards from a position. */
export class SuffixIndex {
  private readonly byLast = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of new Set(phrases)) {
      const keys = phraseKeys(phrase);
      if (!keys.length) continue;
      const last = keys[keys.length - 1];
      this.byLast.set(last, [...(this.byLast.get(last) ?? []), keys]);
    }
  }

  /** Start of the longest phrase that ends at `end` (up to two spaces before `end` allowed), or -1. */
  startBefore(text: string, end: number): number {
    const last = prevToken(text, end);
    if (last < 0) return -1;
    const candidates = this.byLast.get(keyAt(text, last, tokenEnd(text, last)));
    if (!candidates) return -1;
    let best = -1;
    for (const keys of candidates) {
      let start = last;
      let k = keys.length - 2;
      for (; k >= 0; k--) {
        const s = prevToken(text, start);
        if (s < 0 || keyAt(text, s, tokenEnd(text, s)) !== keys[k]) break;
        start = s;
      }
      if (k < 0 && (best < 0 || start < best)) best = start;
    }
    return best;
  }
}

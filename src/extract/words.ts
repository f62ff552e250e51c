// Words and lexicon phrases read at a position of the text, without a regular expression: the
// extractors find a few candidate positions cheaply and then read the words around them. A
// token is a word (letters, digits, marks, an apostrophe inside) or one punctuation mark;
// tokens are separated by up to two spaces. Lexicon phrases compare by their tokens' keys
// (lower case, tones folded: "Uỷ viên" reads as "ủy viên"), so they match in any case.
import { foldKey, mayEndInOldTone, MODERN_PAIRS } from '../lexicon/spelling.js';
import { isApostropheCode, isUpperCode, isWordCode } from './regex.js';

const SPACE = 32;

/** End of the word that starts at `at` ("H’Hen" is one word). */
export function wordEnd(text: string, at: number): number {
  let i = at;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) i++;
    else if (isApostropheCode(c) && i > at && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i++;
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
    else if (isApostropheCode(c) && i - 1 > 0 && i < end && isWordCode(text.charCodeAt(i - 2))) i--;
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
// registerWords) under a hash of its code units; a word of the text whose folded lower-case
// form hashes to none of them is in no lexicon, and keyAt gives it the empty key without
// building a string. A word whose hash matches is compared with the registered keys code unit
// by code unit, and gets the registered string itself: no string is built, and the lexicon
// maps find it by its cached hash. A collision builds the key as usual: it costs time, not truth.
const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < LOWER.length; c++) {
  const lower = c < 0x2000 ? String.fromCharCode(c).toLowerCase() : '';
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}
const Q = 'q'.charCodeAt(0);
/** Lower-case letters an old-style tone pair ends with ("á" of "oá"): only a word ending in one may need folding. */
const OLD_PAIR_END = new Uint8Array(0x10000);
for (const pair of MODERN_PAIRS.keys()) OLD_PAIR_END[pair & 0xffff] = 1;
/**
 * Registered keys by their hash, in an open-addressed table read without a call into a Map:
 * slot i holds a hash (`vocabularyHashes`) and the keys with that hash (`vocabularyKeys`).
 */
let vocabularyHashes = new Int32Array(1 << 12);
let vocabularyKeys: (string[] | undefined)[] = new Array(1 << 12).fill(undefined);
let vocabularySize = 0;

/** The keys registered with hash `h`, or undefined. */
function vocabularyAt(h: number): string[] | undefined {
  const mask = vocabularyHashes.length - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const keys = vocabularyKeys[i];
    if (keys === undefined || vocabularyHashes[i] === h) return keys;
  }
}

function addToVocabulary(h: number, keys: string[]): void {
  const mask = vocabularyHashes.length - 1;
  let i = h & mask;
  while (vocabularyKeys[i] !== undefined) i = (i + 1) & mask;
  vocabularyHashes[i] = h;
  vocabularyKeys[i] = keys;
}

/** Room for one more hash: the table is kept at most half full. */
function growVocabulary(): void {
  if (2 * (vocabularySize + 1) <= vocabularyHashes.length) return;
  const hashes = vocabularyHashes;
  const keys = vocabularyKeys;
  vocabularyHashes = new Int32Array(2 * hashes.length);
  vocabularyKeys = new Array(2 * hashes.length).fill(undefined);
  for (let i = 0; i < hashes.length; i++) if (keys[i] !== undefined) addToVocabulary(hashes[i], keys[i]!);
}
/**
 * One bit per value of a hash's low bits, set for every registered key: most words of a text
 * find their bit clear and are known to be in no lexicon without a map lookup.
 */
const VOCABULARY_BITS = 1 << 16;
const vocabularyFilter = new Uint32Array(VOCABULARY_BITS >>> 5);
const filterHas = (h: number): boolean => (vocabularyFilter[(h >>> 5) & ((VOCABULARY_BITS >>> 5) - 1)] & (1 << (h & 31))) !== 0;

function hashOfKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

function register(key: string): void {
  const h = hashOfKey(key);
  vocabularyFilter[(h >>> 5) & ((VOCABULARY_BITS >>> 5) - 1)] |= 1 << (h & 31);
  const keys = vocabularyAt(h);
  if (keys) {
    if (!keys.includes(key)) keys.push(key);
    return;
  }
  growVocabulary();
  addToVocabulary(h, [key]);
  vocabularySize++;
}

/**
 * The word [start, end)'s last two code units as its key spells them (lower case, an old-style
 * tone pair moved to the modern vowel), packed `first << 16 | second`. Words of one letter: 0.
 */
function keyEnding(text: string, start: number, end: number): number {
  if (end - start < 2) return 0;
  const pair = (LOWER[text.charCodeAt(end - 2)] << 16) | LOWER[text.charCodeAt(end - 1)];
  if (!OLD_PAIR_END[pair & 0xffff]) return pair;
  const modern = MODERN_PAIRS.get(pair);
  return modern !== undefined && !(end - start > 2 && LOWER[text.charCodeAt(end - 3)] === Q) ? modern : pair;
}

/** The hash of the word [start, end) as its key would spell it (lower case, tones folded). */
function hashOfWord(text: string, start: number, end: number, ending: number): number {
  let h = 0;
  const stop = end - start >= 2 ? end - 2 : end;
  for (let i = start; i < stop; i++) h = (Math.imul(h, 31) + LOWER[text.charCodeAt(i)]) | 0;
  if (stop < end) h = (Math.imul((Math.imul(h, 31) + (ending >>> 16)) | 0, 31) + (ending & 0xffff)) | 0;
  return h;
}

/** Whether the word [start, end) spells `key` (lower case, tones folded). */
function spellsKey(text: string, start: number, end: number, ending: number, key: string): boolean {
  if (key.length !== end - start) return false;
  const stop = end - start >= 2 ? end - 2 : end;
  for (let i = start; i < stop; i++) if (LOWER[text.charCodeAt(i)] !== key.charCodeAt(i - start)) return false;
  return stop === end || (key.charCodeAt(stop - start) === ending >>> 16 && key.charCodeAt(stop - start + 1) === (ending & 0xffff));
}

/** Registers words a parser compares keys with outside any lexicon phrase ("kiêm", "số"). */
export function registerWords(...words: string[]): void {
  for (const word of words) register(computeKey(word, 0, word.length));
}

/** The key of the word in [start, end): a registered key, '' for a word in no lexicon. */
function wordKey(text: string, start: number, end: number): string {
  const ending = keyEnding(text, start, end);
  const hash = hashOfWord(text, start, end, ending);
  if (!filterHas(hash)) return '';
  const keys = vocabularyAt(hash);
  if (keys === undefined) return '';
  for (let i = 0; i < keys.length; i++) if (spellsKey(text, start, end, ending, keys[i])) return keys[i];
  return computeKey(text, start, end);
}

/** The key of the token in [start, end) (see computeKey); '' for a word in no lexicon. */
export function keyAt(text: string, start: number, end: number): string {
  const first = text.charCodeAt(start);
  if (!isWordCode(first)) return DASHES.has(first) ? '-' : text.slice(start, end);
  return wordKey(text, start, end);
}

/** The keys of a lexicon phrase's tokens, registered as lexicon words. */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  for (let at = nextToken(phrase, 0); at >= 0; ) {
    const end = tokenEnd(phrase, at);
    const key = computeKey(phrase, at, end);
    if (isWordCode(phrase.charCodeAt(at))) register(key);
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

/**
 * Lexicon phrases as a trie of token keys: each node holds the keys that go on from it, and
 * whether a phrase ends there. Reading a phrase at a position follows the text's tokens down
 * the trie one key at a time, with no list of candidates and no array per call.
 */
class TrieNode {
  next: Map<string, TrieNode> | null = null;
  /** The keys of the phrase that ends here, joined by spaces; null where none ends. */
  phrase: string | null = null;

  child(key: string): TrieNode {
    this.next ??= new Map();
    let node = this.next.get(key);
    if (!node) this.next.set(key, (node = new TrieNode()));
    return node;
  }
}

function trieOf(phrases: readonly string[], reversed: boolean): TrieNode {
  const root = new TrieNode();
  for (const phrase of new Set(phrases)) {
    const keys = phraseKeys(phrase);
    if (!keys.length) continue;
    if (reversed) keys.reverse();
    let node = root;
    for (const key of keys) node = node.child(key);
    node.phrase = (reversed ? [...keys].reverse() : keys).join(' ');
  }
  return root;
}

// Which indexes a key opens, one bit per index, in one map for all of them: a token is tried
// against several indexes in turn (a post, a body, a stop word), and a lookup in one small
// map, the same for each, is cheaper than one in each index's own map, above all when the
// maps are out of the processor's caches. Indexes past the 31st ask their own map.
const OPENING_BITS = new Map<string, number>();
let indexesWithBits = 0;

/** The bit for a new index, or 0 when none is left; the index's first keys are marked with it. */
function openingBit(root: TrieNode): number {
  if (indexesWithBits >= 31) return 0;
  const bit = 1 << indexesWithBits++;
  for (const key of root.next?.keys() ?? []) OPENING_BITS.set(key, (OPENING_BITS.get(key) ?? 0) | bit);
  return bit;
}

/** Whether `root` has a child for `key`, its index having the opening bit `bit` (0: none). */
function opensAt(root: TrieNode, bit: number, key: string): boolean {
  if (key === '') return false; // a word in no lexicon
  return bit ? ((OPENING_BITS.get(key) ?? 0) & bit) !== 0 : (root.next?.has(key) ?? false);
}

/** A phrase read in a text: where it ends, and its tokens' keys joined by spaces ("thanh hóa"). */
export interface PhraseMatch {
  end: number;
  keys: string;
}

/** Where the phrase PhraseIndex.longestAt last found ends. */
let longestEnd = -1;

/** A set of lexicon phrases indexed by their first token, to read the longest one at a position. */
export class PhraseIndex {
  private readonly root: TrieNode;
  private readonly bit: number;

  constructor(phrases: readonly string[]) {
    this.root = trieOf(phrases, false);
    this.bit = openingBit(this.root);
  }

  /** Whether some phrase opens with this key ('', a word in no lexicon, opens none). */
  opens(key: string): boolean {
    return opensAt(this.root, this.bit, key);
  }

  /**
   * End of the longest phrase whose tokens start at `at` (a token start), or -1. `firstKey` is
   * the key of the token at `at` when the caller has it already.
   */
  matchAt(text: string, at: number, firstKey?: string): number {
    return this.longestAt(text, at, firstKey) ? longestEnd : -1;
  }

  /** The longest phrase whose tokens start at `at`, or null. */
  phraseAt(text: string, at: number): PhraseMatch | null {
    const node = this.longestAt(text, at);
    return node ? { end: longestEnd, keys: node.phrase! } : null;
  }

  /** The trie node where the longest phrase at `at` ends, or null; its end is left in `longestEnd`. */
  private longestAt(text: string, at: number, firstKey?: string): TrieNode | null {
    const key = firstKey ?? keyAt(text, at, tokenEnd(text, at));
    if (!opensAt(this.root, this.bit, key)) return null;
    let node = this.root.next?.get(key);
    if (!node) return null;
    let end = tokenEnd(text, at);
    let best: TrieNode | null = null;
    if (node.phrase !== null) {
      best = node;
      longestEnd = end;
    }
    while (node.next) {
      const next = nextToken(text, end);
      if (next < 0) break;
      const nextEnd = tokenEnd(text, next);
      const key = keyAt(text, next, nextEnd);
      if (key === '') break;
      node = node.next.get(key);
      if (!node) break;
      end = nextEnd;
      if (node.phrase !== null) {
        best = node;
        longestEnd = end;
      }
    }
    return best;
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

/**
 * The key of the token before `end` whose start prevToken found at `start` (see keyAt): a walk
 * backwards gets each word's key without reading the word forwards again to find its end. The
 * token ends where prevToken stopped, after the spaces before `end`, unless the text goes on
 * there with letters that wordEnd would read as the same word: its end is then read as
 * tokenEnd reads it.
 */
export function keyBefore(text: string, start: number, end: number): string {
  let stop = end;
  if (text.charCodeAt(stop - 1) === SPACE) stop--;
  if (text.charCodeAt(stop - 1) === SPACE) stop--;
  if (stop === end && isWordCode(text.charCodeAt(start))) {
    const c = text.charCodeAt(stop);
    if (isWordCode(c) || (isApostropheCode(c) && isWordCode(text.charCodeAt(stop + 1)))) stop = wordEnd(text, start);
  }
  return keyAt(text, start, stop);
}

/** A set of lexicon phrases indexed by their last token, to read one backwards from a position. */
export class SuffixIndex {
  private readonly root: TrieNode;
  private readonly bit: number;

  constructor(phrases: readonly string[]) {
    this.root = trieOf(phrases, true);
    this.bit = openingBit(this.root);
  }

  /** Start of the longest phrase that ends at `end` (up to two spaces before `end` allowed), or -1. */
  startBefore(text: string, end: number): number {
    let start = prevToken(text, end);
    if (start < 0) return -1;
    const key = keyBefore(text, start, end);
    if (!opensAt(this.root, this.bit, key)) return -1;
    let node = this.root.next?.get(key);
    if (!node) return -1;
    let best = node.phrase === null ? -1 : start;
    while (node.next) {
      const before = prevToken(text, start);
      if (before < 0) break;
      const key = keyBefore(text, before, start);
      if (key === '') break;
      node = node.next.get(key);
      if (!node) break;
      start = before;
      if (node.phrase !== null) best = start;
    }
    return best;
  }
}

/** Marks a sentence ends with: the word after one has its capital for the sentence. */
const SENTENCE_END: ReadonlySet<number> = new Set([...'.!?:…'].map((c) => c.charCodeAt(0)));

/**
 * Whether the figure at `start` follows a name ("iPhone 7 và 12%", "Ligue 1 và 50 bàn"): a word
 * with a capital right before it, that opens no sentence. Such a figure is part of the name, not
 * the first of a list or pair.
 */
export function figureAfterName(text: string, start: number): boolean {
  const word = prevToken(text, start);
  if (word < 0 || !isWordCode(text.charCodeAt(word))) return false;
  let capital = false;
  for (let i = word; i < start && !capital; i++) capital = isUpperCode(text.charCodeAt(i));
  if (!capital) return false;
  const before = prevToken(text, word);
  return before >= 0 && !SENTENCE_END.has(text.charCodeAt(before));
}

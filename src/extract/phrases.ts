// A lexicon of phrases matched at a given offset, without a regex: the phrases are grouped by
// their first word, so that a lookup reads one word of the text and compares a handful of
// candidates. It matches what a sticky, case-insensitive alternation of the phrases (longest
// first, a space matching any run of spaces, not followed by a letter or digit) would match,
// at a fraction of the cost for lexicons of hundreds of entries.
// words.ts's PhraseIndex is the other phrase matcher: it folds old and new tone placement
// ("hoá" = "hóa") for names of posts, bodies and places; units and subject heads are compared
// letter for letter, as their regexes did, so they keep this one.
import { lowerCode, wordAt } from './numbers.js';

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

export class PhraseSet {
  /** Lower-cased phrases by first word, longest first. */
  private readonly byHead = new Map<string, string[]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const lower = phrase.toLowerCase();
      const head = wordAt(lower, 0);
      const list = this.byHead.get(head);
      if (list) list.push(lower);
      else this.byHead.set(head, [lower]);
    }
    for (const list of this.byHead.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Whether some phrase starts with the word at `index`: a cheap test before `matchAt`. */
  hasHeadAt(text: string, index: number): boolean {
    return this.byHead.has(wordAt(text, index));
  }

  /** End of the longest phrase written at `index`, or -1. `head` is the word there, lower-cased, where known. */
  matchAt(text: string, index: number, head = wordAt(text, index)): number {
    const candidates = this.byHead.get(head);
    if (!candidates) return -1;
    for (const phrase of candidates) {
      const end = matchPhrase(text, index, phrase);
      if (end >= 0 && !wordCharAt(text, end)) return end;
    }
    return -1;
  }
}

/** Whether a letter or digit (a whole code point) stands at `index`. */
function wordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const c = text.charCodeAt(index);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return LETTER_OR_NUMBER.test(c >= 0xd800 && c <= 0xdbff ? text.slice(index, index + 2) : text[index]);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}

/** End of `phrase` (lower-case) written at `index`, spaces matching runs of spaces; -1 where it is not there. */
function matchPhrase(text: string, index: number, phrase: string): number {
  let i = index;
  for (let p = 0; p < phrase.length; p++) {
    const want = phrase.charCodeAt(p);
    if (want === 0x20) {
      if (i >= text.length || !isSpace(text.charCodeAt(i))) return -1;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (i >= text.length) return -1;
    const got = text.charCodeAt(i);
    if (got !== want && lowerCode(got) !== want) return -1;
    i++;
  }
  return i;
}

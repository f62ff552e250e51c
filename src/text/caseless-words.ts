// A list of words compared at a known position of a text as the case-insensitive (`iu`)
// alternation of them, longest first, would compare them, without running that pattern:
// tried at every line start, a 48-word `iu` alternation costs far more than a look-up of the
// character there. Which characters match which is learnt from `iu` patterns themselves, one
// character at a time, so the comparison follows V8's own case folding.
import { escapeRegExp } from '../extract/regex.js';

const UNKNOWN = 255;
/** Class 0: a character that matches no character of the words. */
const NONE = 0;

export class CaselessWords {
  /** One `^x$` `iu` pattern per class of characters that match one another; class k is tests[k - 1]. */
  private readonly tests: RegExp[] = [];
  /** Each UTF-16 unit's class, filled in on first sight. */
  private readonly classes = new Uint8Array(0x10000).fill(UNKNOWN);
  /**
   * The words as class sequences, longest first (the order an alternation tries them): those
   * of two characters or more by their first two classes, then the one-character words.
   */
  private readonly byFirstTwo: Uint8Array[][][] = [];
  private readonly single: Uint8Array[] = [];

  constructor(words: readonly string[]) {
    const sorted = [...words].sort((a, b) => b.length - a.length);
    for (const word of sorted.map((w) => Uint8Array.from(w, (ch) => this.classOfWordChar(ch)))) {
      if (word.length === 1) this.single[word[0]] = word;
      else ((this.byFirstTwo[word[0]] ??= [])[word[1]] ??= []).push(word);
    }
    this.classes.fill(UNKNOWN); // learnt while the classes were still being made
  }

  private classOfWordChar(ch: string): number {
    if (ch.length !== 1 || (ch >= '\ud800' && ch <= '\udfff')) throw new Error(`not a BMP character: ${ch}`);
    const known = this.learn(ch.charCodeAt(0));
    if (known !== NONE) return known;
    if (this.tests.length >= UNKNOWN - 1) throw new Error('too many distinct characters');
    this.tests.push(new RegExp(`^${escapeRegExp(ch)}$`, 'iu'));
    return this.tests.length;
  }

  private learn(code: number): number {
    const ch = String.fromCharCode(code);
    let found = NONE;
    for (let k = 0; k < this.tests.length && found === NONE; k++) if (this.tests[k].test(ch)) found = k + 1;
    this.classes[code] = found;
    return found;
  }

  private classAt(text: string, i: number): number {
    const code = text.charCodeAt(i);
    const known = this.classes[code];
    return known === UNKNOWN ? this.learn(code) : known;
  }

  /**
   * The end of the first word, in alternation order, found at `at` (and accepted by `accept`,
   * as a pattern would go on to the next word when what follows one fails); -1 if none.
   */
  endAt(text: string, at: number, accept?: (text: string, end: number) => boolean): number {
    if (at >= text.length) return -1;
    const first = this.classAt(text, at);
    if (first === NONE) return -1;
    const words = at + 1 < text.length ? this.byFirstTwo[first]?.[this.classAt(text, at + 1)] : undefined;
    if (words !== undefined) {
      for (let w = 0; w < words.length; w++) {
        const word = words[w];
        const end = at + word.length;
        if (end > text.length) continue;
        let j = 2;
        while (j < word.length && this.classAt(text, at + j) === word[j]) j++;
        if (j === word.length && (accept === undefined || accept(text, end))) return end;
      }
    }
    const single = this.single[first];
    return single !== undefined && (accept === undefined || accept(text, at + 1)) ? at + 1 : -1;
  }
}

// Abbreviations a text defines for a counted noun, in brackets after it: "giấy phép lao động
// (GPLĐ)" … "cấp mới 1.245 GPLĐ". The capitals are the initials of the words just before the
// bracket, and the first of those words opens a counted noun; the abbreviation then counts as it.
import { countedNounEnd } from './subject.js';

const DEFINED = /\((\p{Lu}{2,8})\)/gu;
const MARKS = /\p{M}/gu;
const LETTER = /\p{L}/u;
const LOOK_BACK = 80;

/** The first letter of a word without its tone or vowel marks ("ủy" → "u"); "đ" stays itself. */
function initialOf(word: string): string {
  const first = word[0].toLowerCase();
  return first === 'đ' ? first : first.normalize('NFD').replace(MARKS, '');
}

/** The last `n` words before a bracket, each with the spaces after it: one pattern per count of letters. */
const LAST_WORDS: RegExp[] = [];
function lastWordsPattern(n: number): RegExp {
  return (LAST_WORDS[n] ??= new RegExp(`(?:[^\\s]+[ \\u00a0]+){${n}}$`, 'u'));
}

/** Where the words whose initials spell `letters` open, right before `at` (a bracket), or -1. */
function spelledBefore(text: string, at: number, letters: string): number {
  const from = Math.max(0, at - LOOK_BACK);
  const words = lastWordsPattern(letters.length).exec(text.slice(from, at));
  if (!words) return -1;
  const spelled = words[0].trim().split(/[ \u00a0]+/);
  if (!spelled.every((word) => LETTER.test(word[0])) || spelled.map(initialOf).join('') !== letters) return -1;
  return from + words.index;
}

/** The abbreviations `text` defines for counted nouns, read once per text. */
export function countedAcronyms(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  if (text.indexOf('(') < 0) return found;
  DEFINED.lastIndex = 0;
  for (let m = DEFINED.exec(text); m; m = DEFINED.exec(text)) {
    const acronym = m[1];
    const letters = [...acronym].map(initialOf).join('');
    const start = spelledBefore(text, m.index, letters);
    if (start >= 0 && countedNounEnd(text, start) >= 0) found.add(acronym);
  }
  return found;
}

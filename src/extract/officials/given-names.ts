// People the text calls by "ông", "bà" or "đồng chí" and the given name alone ("ông Lâm nói"),
// whose full name it never writes: an excerpt that starts after the full name, a resident
// quoted by the given name. The guide counts everyone called so, by the name as written.
import { isSyllable } from '../../input/vietnamese-fit.js';
import { NOT_CALLED_NAMES } from '../../lexicon/honorifics.js';
import { LOCALITY_WORDS, TOWN_WORDS } from '../../lexicon/place-words.js';
import { SURNAMES_NOT_GIVEN } from '../../lexicon/surnames.js';
import { isUpperCode } from '../regex.js';
import type { NameSpan } from './names.js';
import { titleAt } from './tokens.js';

/** A given name alone after "ông"/"bà", then no further capital: "Ông Lực cho rằng". */
export const GIVEN_NAME = /\p{Lu}\p{Ll}{1,6}(?![\p{L}\p{N}]| \p{Lu})/uy;
const HYPHEN = 45;
/**
 * Words before "ông" or "bà" that make it no honorific: "đàn ông" (men), "ông bà" (grandparents),
 * "Phật bà", and a kind of place named after a god or a lady ("mũi ông Cọp", "miếu bà Chúa Xứ").
 */
const NOT_AN_HONORIFIC: ReadonlySet<string> = new Set(['đàn', 'ông', 'bà', 'phật', 'mũi', 'miếu', 'đình', 'hòn', 'rạch', 'kênh', 'cồn', ...LOCALITY_WORDS, ...TOWN_WORDS]);
/** What ends a sentence before a capitalised "Ông" or "Bà" that opens the next: elsewhere "Bà" opens a place's name ("chùa Bà Tấm"). */
const SENTENCE_BEFORE = /(?:^|[.!?:;"“”'‘’(\n–-]\s*)$/u;
/** "(bà con quen gọi là ông Năm)": what a person named already is called. */
const NICKNAME_BEFORE = /gọi(?: là)? $/u;
const NOT_NAMES: ReadonlySet<string> = new Set([...NOT_CALLED_NAMES, ...SURNAMES_NOT_GIVEN]);

/** The word that ends `before` (a space after it), in lower case. */
function lastWord(before: string): string {
  const end = before.length - 1;
  return before.slice(before.lastIndexOf(' ', end - 1) + 1, end).toLowerCase();
}

/** Runs of two capitalised words or more; "Ông" and "Bà" open none, being the honorifics. */
const RUN = /(?<![\p{L}\p{N}])(?!(?:Ông|Bà|Ngài) )\p{Lu}\p{Ll}*(?: (?!Ông |Bà )\p{Lu}\p{Ll}*)+/gu;
const SPACE = 32;

/** Where the letters and spaces around `at` begin: no run reaches back past it. */
function stretchStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c !== SPACE && !LETTER.test(text[i - 1])) break;
    i--;
  }
  return i;
}
const LETTER = /\p{L}/u;

/**
 * Whether a run of capitals ("Nguyễn Văn Lâm", "Moon Jae") holds `word` as one of its words: the
 * given name is written in full somewhere. Runs are read only around the word's occurrences.
 */
function inSomeRun(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    RUN.lastIndex = stretchStart(text, at);
    for (let run = RUN.exec(text); run && run.index <= at; run = RUN.exec(text)) {
      const runEnd = run.index + run[0].length;
      if (runEnd < end) continue;
      if ((at === run.index || text.charCodeAt(at - 1) === SPACE) && (end === runEnd || text.charCodeAt(end) === SPACE)) return true;
      break;
    }
  }
  return false;
}

/** Given names alone after the honorifics ending at `starts` (afterHonorifics), once each, whose full name the text does not hold. */
export function loneGivenNames(text: string, starts: readonly number[]): NameSpan[] {
  const found: NameSpan[] = [];
  const seen = new Set<string>();
  for (const at of starts) {
    GIVEN_NAME.lastIndex = at;
    const match = GIVEN_NAME.exec(text);
    if (!match) continue;
    const word = match[0];
    // "ông Lâm-…": a hyphenated name, which other readers take whole.
    if (text.charCodeAt(at + word.length) === HYPHEN) continue;
    if (seen.has(word) || NOT_NAMES.has(word) || !isSyllable(word)) continue;
    const honorific = text.lastIndexOf(' ', at - 2) + 1;
    const before = text.slice(Math.max(0, honorific - 12), honorific);
    if (isUpperCode(text.charCodeAt(honorific)) ? !SENTENCE_BEFORE.test(before) : NOT_AN_HONORIFIC.has(lastWord(before)) || NICKNAME_BEFORE.test(before)) continue;
    // "ông Bộ trưởng", "bà Giám đốc": a post, not a name.
    if (titleAt(text, at) >= 0) continue;
    seen.add(word);
    if (inSomeRun(text, word)) continue;
    found.push({ start: at, end: at + word.length });
  }
  return found;
}

// People the text calls by "ông", "bà" or "đồng chí" and the given name alone ("ông Lâm nói"),
// whose full name it never writes: an excerpt that starts after the full name, a resident
// quoted by the given name. The guide counts everyone called so, by the name as written.
import { isSyllable } from '../../input/vietnamese-fit.js';
import { CALLED_BY_THEIR_FORCE, NOT_CALLED_NAMES } from '../../lexicon/honorifics.js';
import { LOCALITY_WORDS, TOWN_WORDS } from '../../lexicon/place-words.js';
import { SURNAMES_NOT_GIVEN } from '../../lexicon/surnames.js';
import { isLetterOrDigitCode, isUpperCode } from '../regex.js';
import { firstStartingAt, type NameSpan } from './names.js';
import { titleAt } from './tokens.js';

/**
 * A given name alone after "ông"/"bà", then no further capital: "Ông Lực cho rằng"; in the south it may follow
 * the child's place in the family ("Ông Ba Hùng", "bà Tư Lan", "ông Út Mười").
 */
export const GIVEN_NAME = /(?:(?:Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Út) )?(?<given>\p{Lu}\p{Ll}{1,6})(?![\p{L}\p{N}]| \p{Lu})/uy;
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
/** A force's branch at the word after the honorific ("đồng chí Cảnh sát"), read in any case. */
const FORCE_AT = new RegExp(`^(?:${CALLED_BY_THEIR_FORCE.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const FORCE_REACH = 12;
const NOT_NAMES: ReadonlySet<string> = new Set([...NOT_CALLED_NAMES, ...SURNAMES_NOT_GIVEN]);

/** The word that ends `before` (a space after it), in lower case. */
function lastWord(before: string): string {
  const end = before.length - 1;
  return before.slice(before.lastIndexOf(' ', end - 1) + 1, end).toLowerCase();
}

/** Runs of two capitalised words or more; "Ông" and "Bà" open none, being the honorifics. */
const RUN = /(?<![\p{L}\p{N}])(?!(?:Ông|Bà|Ngài) )\p{Lu}\p{Ll}*(?: (?!Ông |Bà )\p{Lu}\p{Ll}*)+/gu;
const SPACE = 32;
/** How far around a word its letters, figures and spaces are read; a longer stretch is read with the whole text's runs. */
const REACH = 256;

/** The runs of capitals of [from, to), in the text's order. */
function runsOf(text: string, from = 0, to = text.length): NameSpan[] {
  const runs: NameSpan[] = [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  RUN.lastIndex = 0;
  for (let match = RUN.exec(part); match; match = RUN.exec(part)) runs.push({ start: from + match.index, end: from + match.index + match[0].length });
  return runs;
}

/**
 * Where the letters, figures and spaces around `at` end in direction `step` (-1 back, 1 on), or -1
 * past REACH. No run crosses what stops them, so the runs there are those of the whole text.
 */
function stretchEdge(text: string, at: number, step: -1 | 1): number {
  let i = at;
  for (let n = 0; n < REACH; n++) {
    const c = step < 0 ? i - 1 : i;
    if (c < 0 || c >= text.length) return i;
    const code = text.charCodeAt(c);
    if (code !== SPACE && !isLetterOrDigitCode(code)) return i;
    i += step;
  }
  return -1;
}

/** Whether the last of `runs` that starts at or before `at` holds the name [at, end) as some of its words, and more ("Ba Hùng" is no run of its own). */
function heldByRun(text: string, at: number, end: number, runs: readonly NameSpan[]): boolean {
  const last = firstStartingAt(runs, at + 1) - 1;
  if (last < 0) return false;
  const run = runs[last];
  if (at === run.start && end === run.end) return false;
  return end <= run.end && (at === run.start || text.charCodeAt(at - 1) === SPACE) && (end === run.end || text.charCodeAt(end) === SPACE);
}

/**
 * Whether a run of capitals ("Nguyễn Văn Lâm", "Moon Jae") holds `word` as one of its words: the
 * given name is written in full somewhere. Runs are read around the word's occurrences, most
 * texts never needing the whole text's (`whole`).
 */
function inSomeRun(text: string, word: string, whole: () => NameSpan[]): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const from = stretchEdge(text, at, -1);
    const to = from < 0 ? -1 : stretchEdge(text, end, 1);
    if (heldByRun(text, at, end, to < 0 ? whole() : runsOf(text, from, to))) return true;
  }
  return false;
}

/** Given names alone after the honorifics ending at `starts` (afterHonorifics), once each, whose full name the text does not hold. */
export function loneGivenNames(text: string, starts: readonly number[]): NameSpan[] {
  const found: NameSpan[] = [];
  const seen = new Set<string>();
  let runs: NameSpan[] | null = null;
  const whole = (): NameSpan[] => (runs ??= runsOf(text));
  for (const at of starts) {
    GIVEN_NAME.lastIndex = at;
    const match = GIVEN_NAME.exec(text);
    if (!match) continue;
    const word = match[0];
    const given = match.groups!.given;
    // "ông Lâm-…": a hyphenated name, which other readers take whole.
    if (text.charCodeAt(at + word.length) === HYPHEN) continue;
    if (seen.has(word) || NOT_NAMES.has(given) || !isSyllable(given)) continue;
    const honorific = text.lastIndexOf(' ', at - 2) + 1;
    const before = text.slice(Math.max(0, honorific - 12), honorific);
    if (isUpperCode(text.charCodeAt(honorific)) ? !SENTENCE_BEFORE.test(before) : NOT_AN_HONORIFIC.has(lastWord(before)) || NICKNAME_BEFORE.test(before)) continue;
    // "ông Bộ trưởng", "bà Giám đốc", "đồng chí Cảnh sát": a post or a force, not a name.
    if (titleAt(text, at) >= 0 || FORCE_AT.test(text.slice(at, at + FORCE_REACH))) continue;
    seen.add(word);
    if (inSomeRun(text, word, whole)) continue;
    found.push({ start: at, end: at + word.length });
  }
  return found;
}

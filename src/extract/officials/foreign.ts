// Names no Vietnamese surname opens ("Bà Caitlin Wiesen, Trưởng đại diện UNDP tại Việt Nam",
// "ông Ousmane Dione, Giám đốc Quốc gia Ngân hàng Thế giới", "ông Michael Spavor"). Without a
// surname to tell a name from any capitalised words, such a name counts only after an honorific
// and in plain Latin letters (a Vietnamese run has marks, and "Bà Rịa" is a place), with a post
// after it or with a word that is no Vietnamese syllable.
import { isSyllable } from '../../input/vietnamese-fit.js';
import { COUNTRIES_AND_REGIONS, COUNTRIES_BEFORE_FOREIGN_NAMES, PLAIN_PLACES } from '../../lexicon/countries.js';
import { GLUED_NAME_PARTICLES, NAME_PARTICLES, SECOND_NAME_PARTICLES } from '../../lexicon/name-particles.js';
import { OPENER_WORDS } from '../../lexicon/sentence-openers.js';
import { isLetterOrDigitCode } from '../regex.js';
import type { NameSpan } from './names.js';

/** The honorifics with their space ("ngài" for foreign dignitaries): found by indexOf, most hits are followed by a Vietnamese name and fail at once. */
const NEEDLES: readonly { needle: string; leads: readonly string[] }[] = [
  { needle: 'ông ', leads: [''] },
  { needle: 'Ông ', leads: [''] },
  { needle: 'bà ', leads: [''] },
  { needle: 'Bà ', leads: [''] },
  { needle: 'Ngài ', leads: [''] },
  // "ngài ", "đồng chí ", "Đồng chí " are found by their tails: indexOf is far faster on a literal
  // that does not open with a common letter, and one scan serves both cases of "đồng chí"
  { needle: 'gài ', leads: ['n'] },
  { needle: 'ồng chí ', leads: ['đ', 'Đ'] },
];
/** A capitalised word in plain Latin letters, an inner capital ("McCormack"), an elided prefix ("O'Connell") or an inner apostrophe ("Ra'ad") allowed. */
const WORD = String.raw`(?:[A-Z]['’])?[A-Z][a-z]+(?:['’][a-z]{2,})?(?:[A-Z][a-z]+)?`;
const PARTICLES = NAME_PARTICLES.join('|');
const SECOND_PARTICLES = SECOND_NAME_PARTICLES.join('|');
const GLUED_PARTICLES = GLUED_NAME_PARTICLES.join('|');
/** A particle in small letters between two words of a name ("Ahmad Faizal bin Hassan", "Bashar al-Jaafari", "Ursula von der Leyen"). */
const PARTICLE_JOIN = String.raw`[ ](?:(?:${PARTICLES})(?:[ ](?:${SECOND_PARTICLES}))?[ ]|(?:${GLUED_PARTICLES})-)`;
/** Between two words of a name: a space or a hyphen, or a particle. */
const JOIN = String.raw`(?:[ -]|${PARTICLE_JOIN})`;
/** Two to four such words, then a comma or a dash before a capital (a post may follow), or a word's end. */
const NAME = new RegExp(String.raw`[ ]?(?<name>${WORD}(?:${JOIN}${WORD}){1,3})(?:(?<post>,[ ]|[ ]{1,2}[-–][ ]{1,2}\p{Lu})|(?![\p{L}\p{N}]))`, 'dyu');
/** One such word alone, a surname the text calls by its honorific ("ông Duterte", "bà Merkel"), ending the run of capitals. */
const SURNAME = new RegExp(String.raw`[ ]?(?<name>${WORD})(?![\p{L}\p{N}\-]|[ ]\p{Lu})`, 'dyu');
/** "của ông", "đàn ông" right before the name: someone else's honorific, or men. */
const NOT_OWN_HONORIFIC = /(?:^|[^\p{L}])(?:của|đàn)[ ](?:ông|bà|ngài)[ ]$/iu;
/** A lower-case particle after a first word carries the name on ("Bashar al-Jaafari", "Alexandre de Juniac"). */
export const PARTICLE = new RegExp(` (?:${PARTICLES})[- ]`, 'y');
/** The particle and the word it carries the name on to, ending the name ("… al-Baghdadi", "… von der Leyen"). */
export const PARTICLE_TAIL = new RegExp(String.raw`${PARTICLE_JOIN}${WORD}(?![\p{L}\p{N}])`, 'uy');
/** Every such word of a text, for the index of surnames. */
const WORDS = new RegExp(WORD, 'g');
const A = 65;
const Z = 90;
const SPACE = 32;

/** Capitalised words that open a sentence or a body's name ("Trong", "Trung tâm"): never a foreign name's last word. */
export const NOT_NAME_ENDS: ReadonlySet<string> = new Set([...OPENER_WORDS, 'Trung']);
/** Places and countries in plain letters: never a surname alone ("ông Obama", not "bà Paris"). */
const NOT_SURNAMES: ReadonlySet<string> = new Set([...PLAIN_PLACES, ...COUNTRIES_AND_REGIONS, ...COUNTRIES_BEFORE_FOREIGN_NAMES]);

/** Whether a word of a name in plain letters is no Vietnamese syllable: "Michael Spavor", not "Thanh Long". */
export function hasForeignWord(words: readonly string[]): boolean {
  return words.some((word) => !isSyllable(word));
}

/**
 * Every word the readers of foreign names after posts ask hasForeignWord about, in the widest
 * of their shapes (an elided prefix, an inner capital, a hyphenated part: "O'Brien", "McCabe",
 * "Jean-Yves"). Those words follow no letter or figure and are followed by none ("Ch" of "Chủ"
 * is no such word); the classes around them hold letters and figures only (no "×"), so that no
 * such word is missed.
 */
const MAY_BE_FOREIGN =
  /(?<![0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff])[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff'\u2019]+(?:[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff]+)?(?:-[A-Za-z][a-z\u00df-\u00f6\u00f8-\u00ff]+)?(?![0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff])/g;
/** isSyllable's verdicts on the words found so: a few hundred Vietnamese syllables in plain letters come back in every text. */
const SYLLABLE_VERDICTS = new Map<string, boolean>();
const MAX_VERDICTS = 10_000;
const DOT = 46;

const isAsciiUpper = (code: number): boolean => code >= A && code <= Z;

/** An initial inside a run of capitals, " W. B" or " H.R. M" ("George W. Bush"): no syllable either. Found by its point, which is rare. */
function hasInitial(text: string): boolean {
  for (let d = text.indexOf('.'); d >= 0; d = text.indexOf('.', d + 1)) {
    if (text.charCodeAt(d - 2) !== SPACE || !isAsciiUpper(text.charCodeAt(d - 1))) continue;
    if (text.charCodeAt(d + 1) === SPACE && isAsciiUpper(text.charCodeAt(d + 2))) return true;
    if (isAsciiUpper(text.charCodeAt(d + 1)) && text.charCodeAt(d + 2) === DOT && text.charCodeAt(d + 3) === SPACE && isAsciiUpper(text.charCodeAt(d + 4))) return true;
  }
  return false;
}

/**
 * False when the text holds no capitalised word in Latin letters that is no Vietnamese
 * syllable, nor an initial: no foreign name can be read after a post there, and CCHC reports
 * seldom hold one.
 */
export function mayHoldForeignWord(text: string): boolean {
  MAY_BE_FOREIGN.lastIndex = 0;
  for (let match = MAY_BE_FOREIGN.exec(text); match; match = MAY_BE_FOREIGN.exec(text)) {
    const word = match[0];
    let syllable = SYLLABLE_VERDICTS.get(word);
    if (syllable === undefined) {
      if (SYLLABLE_VERDICTS.size >= MAX_VERDICTS) SYLLABLE_VERDICTS.clear();
      SYLLABLE_VERDICTS.set(word, (syllable = isSyllable(word)));
    }
    if (!syllable) return true;
  }
  return hasInitial(text);
}

/** Where the name in [start, end) ends without a sentence opener at its end; -1 when fewer than two words are left. */
function openerAtEnd(text: string, start: number, end: number): number {
  const lastSpace = text.lastIndexOf(' ', end - 1);
  if (lastSpace <= start || !NOT_NAME_ENDS.has(text.slice(lastSpace + 1, end))) return end;
  return text.lastIndexOf(' ', lastSpace - 1) > start || text.slice(start, lastSpace).includes('-') ? lastSpace : -1;
}

/** Where what follows a whole-word "ông", "bà", "ngài" or "đồng chí" starts, in text order: one scan for every reader of names called so. */
export function afterHonorifics(text: string): number[] {
  const starts: number[] = [];
  for (const { needle, leads } of NEEDLES) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const lead = leads.find((l) => text.startsWith(l, at - l.length));
      if (lead === undefined) continue;
      const start = at - lead.length;
      if (start === 0 || !isLetterOrDigitCode(text.charCodeAt(start - 1))) starts.push(at + needle.length);
    }
  }
  return starts.sort((a, b) => a - b);
}

/** A name found after an honorific; a surname alone is `spelt` as the whole name the text gives elsewhere. */
export interface ForeignName extends NameSpan {
  spelt?: string;
}

/** The names in plain Latin letters at `starts` (afterHonorifics), with a post or a foreign word, in text order. */
export function foreignNames(text: string, starts: readonly number[]): ForeignName[] {
  const names: ForeignName[] = [];
  let surnames: SurnameIndex | null = null;
  const index = () => (surnames ??= surnameIndex(text));
  for (const at of starts) {
    const i = text.charCodeAt(at) === SPACE ? at + 1 : at;
    const first = text.charCodeAt(i);
    if (first < A || first > Z) continue;
    NAME.lastIndex = i;
    const match = NAME.exec(text);
    if (!match) {
      const surname = surnameAt(text, i, index);
      if (surname) names.push(surname);
      continue;
    }
    const [start, found] = match.indices!.groups!.name;
    // A name runs into the next sentence where its full stop was lost ("ông Jean-Claude Juncker Trong một …").
    const end = openerAtEnd(text, start, found);
    if (end < 0) continue;
    // Without a post after it, only a name no Vietnamese reader would take for Vietnamese
    // syllables: "ông Michael Spavor", not "ông Thanh Long".
    const posted = match.groups!.post !== undefined && end === found;
    if (!posted && !hasForeignWord(text.slice(start, end).split(/[ -]/))) continue;
    names.push({ start, end });
  }
  return names;
}

/**
 * What the text says of each capitalised word in plain letters: whether it opens a run of two
 * ("Melania Trump"), and the one whole name that ends in it ("Roger Logan"; null where two
 * differ: "Donald Trump", "Ivanka Trump"). One scan of the text serves every surname alone.
 */
interface SurnameIndex {
  opens: Set<string>;
  full: Map<string, string | null>;
}

function surnameIndex(text: string): SurnameIndex {
  const opens = new Set<string>();
  const full = new Map<string, string | null>();
  let prev: { word: string; start: number; end: number } | null = null;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if ((start > 0 && isLetterOrDigitCode(text.charCodeAt(start - 1))) || isLetterOrDigitCode(text.charCodeAt(end))) {
      prev = null;
      continue;
    }
    const word = m[0];
    const next = text.charCodeAt(end + 1);
    if (text.charCodeAt(end) === SPACE && next >= A && next <= Z) opens.add(word);
    // "Roger Logan": the word before, alone between spaces, names the first name.
    if (prev && prev.end + 1 === start && text.charCodeAt(prev.end) === SPACE && (prev.start === 0 || text.charCodeAt(prev.start - 1) === SPACE)) {
      if (!NOT_NAME_ENDS.has(prev.word) && !NOT_SURNAMES.has(prev.word)) {
        const name = `${prev.word} ${word}`;
        const seen = full.get(word);
        full.set(word, seen === undefined || seen === name ? name : null);
      }
    }
    prev = { word, start, end };
  }
  return { opens, full };
}

/**
 * A surname alone at `at` in plain letters, no Vietnamese syllable, no opener nor place ("ông
 * Duterte", not "ông Trong"); else null. Not where the honorific is someone's ("trợ lý của ông
 * Trump" is part of a role) or men's ("người đàn ông Afghanistan"), where a particle carries the
 * name on ("ông Bashar al-Jaafari"), nor a first name that opens a longer name elsewhere ("bà
 * Melania"). It is spelt as the one whole name the text gives it elsewhere ("Roger Logan … ông
 * Logan"): a first name right before it, no opener nor place; only one word, for a third
 * before it is as often a place ("New York Rudy Giuliani") as a middle name.
 */
function surnameAt(text: string, at: number, index: () => SurnameIndex): ForeignName | null {
  SURNAME.lastIndex = at;
  const match = SURNAME.exec(text);
  if (!match) return null;
  const [start, end] = match.indices!.groups!.name;
  const word = text.slice(start, end);
  if (word.length < 3 || NOT_NAME_ENDS.has(word) || NOT_SURNAMES.has(word) || !hasForeignWord([word])) return null;
  if (NOT_OWN_HONORIFIC.test(text.slice(Math.max(0, at - 12), at))) return null;
  PARTICLE.lastIndex = end;
  if (PARTICLE.test(text) || index().opens.has(word)) return null;
  const full = index().full.get(word);
  return full ? { start, end, spelt: full } : { start, end };
}

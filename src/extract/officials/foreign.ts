// Names no Vietnamese surname opens ("Bà Caitlin Wiesen, Trưởng đại diện UNDP tại Việt Nam",
// "ông Ousmane Dione, Giám đốc Quốc gia Ngân hàng Thế giới", "ông Michael Spavor"). Without a
// surname to tell a name from any capitalised words, such a name counts only after an honorific
// and in plain Latin letters (a Vietnamese run has marks, and "Bà Rịa" is a place), with a post
// after it or with a word that is no Vietnamese syllable.
import { isSyllable } from '../../input/vietnamese-fit.js';
import { OPENER_WORDS } from '../../lexicon/sentence-openers.js';
import { isLetterOrDigitCode } from '../regex.js';
import type { NameSpan } from './names.js';

/** The honorifics with their space ("ngài" for foreign dignitaries): found by indexOf, most hits are followed by a Vietnamese name and fail at once. */
const NEEDLES: readonly { needle: string; lead: string }[] = [
  { needle: 'ông ', lead: '' },
  { needle: 'Ông ', lead: '' },
  { needle: 'bà ', lead: '' },
  { needle: 'Bà ', lead: '' },
  { needle: 'Ngài ', lead: '' },
  // "ngài " is found by its tail: indexOf is far faster on a literal that does not open with a common letter
  { needle: 'gài ', lead: 'n' },
];
/** A capitalised word in plain Latin letters, an inner capital ("McCormack") or an elided prefix ("O'Connell") allowed. */
const WORD = String.raw`(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?`;
/** Two to four such words, then a comma or a dash before a capital (a post may follow), or a word's end. */
const NAME = new RegExp(String.raw`[ ]?(?<name>${WORD}(?:[ -]${WORD}){1,3})(?:(?<post>,[ ]|[ ]{1,2}[-–][ ]{1,2}\p{Lu})|(?![\p{L}\p{N}]))`, 'dyu');
const A = 65;
const Z = 90;
const SPACE = 32;

/** Capitalised words that open a sentence or a body's name ("Trong", "Trung tâm"): never a foreign name's last word. */
export const NOT_NAME_ENDS: ReadonlySet<string> = new Set([...OPENER_WORDS, 'Trung']);

/** Whether a word of a name in plain letters is no Vietnamese syllable: "Michael Spavor", not "Thanh Long". */
export function hasForeignWord(words: readonly string[]): boolean {
  return words.some((word) => !isSyllable(word));
}

/** Where the name in [start, end) ends without a sentence opener at its end; -1 when fewer than two words are left. */
function openerAtEnd(text: string, start: number, end: number): number {
  const lastSpace = text.lastIndexOf(' ', end - 1);
  if (lastSpace <= start || !NOT_NAME_ENDS.has(text.slice(lastSpace + 1, end))) return end;
  return text.lastIndexOf(' ', lastSpace - 1) > start || text.slice(start, lastSpace).includes('-') ? lastSpace : -1;
}

/** Where what follows a whole-word "ông"/"bà" starts, in text order: one scan for every reader of names called so. */
export function afterHonorifics(text: string): number[] {
  const starts: number[] = [];
  for (const { needle, lead } of NEEDLES) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const start = at - lead.length;
      if (start < 0 || (lead && !text.startsWith(lead, start))) continue;
      if (start === 0 || !isLetterOrDigitCode(text.charCodeAt(start - 1))) starts.push(at + needle.length);
    }
  }
  return starts.sort((a, b) => a - b);
}

/** The names in plain Latin letters at `starts` (afterHonorifics), with a post or a foreign word, in text order. */
export function foreignNames(text: string, starts: readonly number[]): NameSpan[] {
  const names: NameSpan[] = [];
  for (const at of starts) {
    const i = text.charCodeAt(at) === SPACE ? at + 1 : at;
    const first = text.charCodeAt(i);
    if (first < A || first > Z) continue;
    NAME.lastIndex = i;
    const match = NAME.exec(text);
    if (!match) continue;
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

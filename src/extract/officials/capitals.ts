// Names set in capitals after an honorific, as interviews and captions print them ("Ông TRẦN
// ANH TUẤN, Phó Giám đốc Trung tâm …", "Bà PHAN THỊ LỢI, Phó Chủ tịch UBMTTQ phường"), or
// before a comma and a post ("LS NGUYỄN TOÀN THIỆN, Chủ nhiệm Đoàn Luật sư tỉnh …"). The
// guide wants the name in its usual capitalisation, so the name is given title-cased; its span
// stays on the capitals as written.
import { isSyllable } from '../../input/vietnamese-fit.js';
import { NAME_STARTS } from '../../lexicon/surnames.js';
import type { NameSpan } from './names.js';
import { PLACE_NAMES } from './patterns.js';
import { SPACE } from './roles.js';
import { titleAt } from './tokens.js';
import { CELL_GAP, isLetterOrDigitCode, isUpperCode } from '../regex.js';

/** Two to five words in capitals, the first of two letters or more, ending where no letter follows. */
const CAPITALS = /(?<name>\p{Lu}{2,}(?: \p{Lu}+){1,4})(?![\p{L}\p{N}])/uy;

export interface SpeltName extends NameSpan {
  /** The name title-cased: "Trần Anh Tuấn". */
  spelt: string;
}

/** Words in capitals title-cased, a capital kept after an apostrophe ("SIU H'LAN" → "Siu H'Lan"). */
export function titleCased(words: readonly string[]): string {
  return words.map((word) => word.toLowerCase().replace(WORD_OPENINGS, (letter) => letter.toUpperCase())).join(' ');
}
const WORD_OPENINGS = /^\p{L}|(?<=['’])\p{L}/gu;

/** Whether every letter of `name` is a capital ("TRẦN VĂN KHIÊM"). */
export function inCapitals(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

/** The names in capitals at `starts` (where what follows "ông"/"bà" starts): a surname, then Vietnamese syllables only. */
export function capitalNames(text: string, starts: readonly number[]): SpeltName[] {
  const names: SpeltName[] = [];
  for (const at of starts) {
    CAPITALS.lastIndex = at;
    const match = CAPITALS.exec(text);
    if (!match) continue;
    const words = match.groups!.name.split(' ');
    if (!NAME_STARTS.has(words[0].toLowerCase()) || !words.every((word) => isSyllable(word))) continue;
    names.push({ start: at, end: at + match[0].length, spelt: titleCased(words) });
  }
  return names;
}

/** At most this many words in capitals before the comma: a prefix and a name of four. */
const MAX_WORDS = 5;

/**
 * Where the run of words in capitals that ends at `end` starts ("LS NGUYỄN TOÀN THIỆN"), read
 * backwards word by word; -1 where fewer than two words are or a letter or figure is glued before.
 */
function capitalsEndingAt(text: string, end: number): number {
  let start = -1;
  let i = end;
  for (let words = 0; words < MAX_WORDS; words++) {
    let j = i;
    while (j > 0 && isUpperCode(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    start = j;
    if (text.charCodeAt(j - 1) !== SPACE || !isUpperCode(text.charCodeAt(j - 2))) break;
    i = j - 1;
  }
  if (start < 0 || (start > 0 && isLetterOrDigitCode(text.charCodeAt(start - 1)))) return -1;
  const space = text.indexOf(' ', start);
  return space >= 0 && space < end ? start : -1;
}

/**
 * Names in capitals with no honorific before them, a post after their comma or their table cell
 * ("LS NGUYỄN TOÀN THIỆN, Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận", a quote's attribution): a
 * surname, then Vietnamese syllables, no place. Found by the separator and the two capitals
 * before it, which most separators lack.
 */
export function capitalNamesBeforePosts(text: string): SpeltName[] {
  const names: SpeltName[] = [];
  for (const separator of SEPARATORS) {
    for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 2)) capitalNameBefore(text, at, names);
  }
  return names.sort((a, b) => a.start - b.start);
}

/**
 * What parts a name in capitals from its post: a comma, or the two spaces a tab becomes between a
 * table's cells ("3  DƯƠNG QUANG VINH  Chủ tịch UBND huyện Lục Ngạn").
 */
const SEPARATORS = [', ', CELL_GAP];

/** The name in capitals that ends at the separator at `at`, its post after it, added to `names`. */
function capitalNameBefore(text: string, at: number, names: SpeltName[]): void {
  if (!isUpperCode(text.charCodeAt(at - 1)) || !isUpperCode(text.charCodeAt(at - 2)) || titleAt(text, at + 2) < 0) return;
  let start = capitalsEndingAt(text, at);
  if (start < 0) return;
  let words = text.slice(start, at).split(' ');
  // A prefix in capitals may stand before the surname ("LS", "TS", "PGS"): the name starts at the surname.
  const surname = words.findIndex((word) => NAME_STARTS.has(word.toLowerCase()));
  if (surname < 0 || words.length - surname < 2) return;
  for (const word of words.slice(0, surname)) start += word.length + 1;
  words = words.slice(surname);
  if (!words.every((word) => isSyllable(word))) return;
  const spelt = titleCased(words);
  if (PLACE_NAMES.has(spelt.toLowerCase())) return;
  names.push({ start, end: at, spelt });
}

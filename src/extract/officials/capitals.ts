// Names set in capitals after an honorific, as interviews and captions print them ("Ông TRẦN
// ANH TUẤN, Phó Giám đốc Trung tâm …", "Bà PHAN THỊ LỢI, Phó Chủ tịch UBMTTQ phường"), or
// before a comma and a post ("LS NGUYỄN TOÀN THIỆN, Chủ nhiệm Đoàn Luật sư tỉnh …"). The
// guide wants the name in its usual capitalisation, so the name is given title-cased; its span
// stays on the capitals as written.
import { isSyllable } from '../../input/vietnamese-fit.js';
import { NAME_STARTS } from '../../lexicon/surnames.js';
import type { NameSpan } from './names.js';
import { PLACE_NAMES } from './patterns.js';
import { titleAt } from './tokens.js';
import { isLetterOrDigitCode, isUpperCode } from '../regex.js';

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

/**
 * A run of capitals, then a comma: where a name in capitals may stand before its post ("LS
 * NGUYỄN TOÀN THIỆN, Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận", a quote's attribution). Found by
 * its comma, which most such runs lack.
 */
const CAPITALS_BEFORE_COMMA = /(?<name>\p{Lu}{2,}(?: \p{Lu}+){1,4}), $/u;
const REACH = 48;

/** Names in capitals with no honorific before them, a post after their comma: a surname, Vietnamese syllables, no place. */
export function capitalNamesBeforePosts(text: string): SpeltName[] {
  const names: SpeltName[] = [];
  for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
    // Cheap first: a capital right before the comma, and a post right after it.
    if (!isUpperCode(text.charCodeAt(comma - 1)) || titleAt(text, comma + 2) < 0) continue;
    const from = Math.max(0, comma + 2 - REACH);
    const match = CAPITALS_BEFORE_COMMA.exec(text.slice(from, comma + 2));
    if (!match) continue;
    let start = from + match.index;
    if (start > 0 && isLetterOrDigitCode(text.charCodeAt(start - 1))) continue;
    let words = match.groups!.name.split(' ');
    // A prefix in capitals may stand before the surname ("LS", "TS", "PGS"): the name starts at the surname.
    const surname = words.findIndex((word) => NAME_STARTS.has(word.toLowerCase()));
    if (surname < 0 || words.length - surname < 2) continue;
    for (const word of words.slice(0, surname)) start += word.length + 1;
    words = words.slice(surname);
    if (!words.every((word) => isSyllable(word))) continue;
    const spelt = titleCased(words);
    if (PLACE_NAMES.has(spelt.toLowerCase())) continue;
    names.push({ start, end: comma, spelt });
  }
  return names;
}

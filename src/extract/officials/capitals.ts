// Names set in capitals after an honorific, as interviews and captions print them ("Ông TRẦN
// ANH TUẤN, Phó Giám đốc Trung tâm …", "Bà PHAN THỊ LỢI, Phó Chủ tịch UBMTTQ phường"). The
// guide wants the name in its usual capitalisation, so the name is given title-cased; its span
// stays on the capitals as written.
import { isSyllable } from '../../input/vietnamese-fit.js';
import { NAME_STARTS } from '../../lexicon/surnames.js';
import type { NameSpan } from './names.js';

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

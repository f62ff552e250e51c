// Names no Vietnamese surname opens ("Bà Caitlin Wiesen, Trưởng đại diện UNDP tại Việt Nam",
// "ông Ousmane Dione, Giám đốc Quốc gia Ngân hàng Thế giới"). Without a surname to tell a name
// from any capitalised words, such a name counts only with both an honorific before it and a
// post after it, and only in plain Latin letters (a Vietnamese run has marks, and "Bà Rịa" is a
// place).
import type { NameSpan } from './names.js';

const FOREIGN_NAME = /(?<![\p{L}\p{N}])(?:[Ôô]ng|[Bb]à)[ ]{1,2}(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})(?=,[ ]|[ ]{1,2}[-–][ ]{1,2}\p{Lu})/dgu;
const NEEDLES = ['ông ', 'Ông ', 'bà ', 'Bà '];

/** The names after "ông"/"bà" in plain Latin letters with a comma or a dash after them, in text order. */
export function foreignNames(text: string): NameSpan[] {
  if (!NEEDLES.some((needle) => text.includes(needle))) return [];
  const names: NameSpan[] = [];
  for (const match of text.matchAll(FOREIGN_NAME)) {
    const [start, end] = match.indices!.groups!.name;
    names.push({ start, end });
  }
  return names;
}

// Names no Vietnamese surname opens ("Bà Caitlin Wiesen, Trưởng đại diện UNDP tại Việt Nam",
// "ông Ousmane Dione, Giám đốc Quốc gia Ngân hàng Thế giới"). Without a surname to tell a name
// from any capitalised words, such a name counts only with both an honorific before it and a
// post after it, and only in plain Latin letters (a Vietnamese run has marks, and "Bà Rịa" is a
// place).
import { isLetterOrDigitCode } from '../regex.js';
import type { NameSpan } from './names.js';

/** The honorifics with their space: found by indexOf, most hits are followed by a Vietnamese name and fail at once. */
const NEEDLES = ['ông ', 'Ông ', 'bà ', 'Bà '];
/** Two to four capitalised words in plain Latin letters, then a comma or a dash before a capital. */
const NAME = /[ ]?(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})(?=,[ ]|[ ]{1,2}[-–][ ]{1,2}\p{Lu})/dyu;
const A = 65;
const Z = 90;
const SPACE = 32;

/** The names after "ông"/"bà" in plain Latin letters with a comma or a dash after them, in text order. */
export function foreignNames(text: string): NameSpan[] {
  const names: NameSpan[] = [];
  for (const needle of NEEDLES) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      let i = at + needle.length;
      if (text.charCodeAt(i) === SPACE) i++;
      const first = text.charCodeAt(i);
      if (first < A || first > Z || (at > 0 && isLetterOrDigitCode(text.charCodeAt(at - 1)))) continue;
      NAME.lastIndex = i;
      const match = NAME.exec(text);
      if (!match) continue;
      const [start, end] = match.indices!.groups!.name;
      names.push({ start, end });
    }
  }
  return names.sort((a, b) => a.start - b.start);
}

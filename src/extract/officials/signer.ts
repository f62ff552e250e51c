// The signature block under a decision or plan:
//   KT. CHỦ TỊCH
//   PHÓ CHỦ TỊCH
//   (Đã ký)
//   Nguyễn Văn A
// The signer is an official; the post on the line above the name is the role ("KT.", "TM.",
// "TL." lines say on whose behalf the signer signs, not the signer's post).
import { TITLES } from '../../lexicon/titles.js';
import { NAME_STARTS } from '../../lexicon/surnames.js';
import { alternation } from './patterns.js';

export interface Signer {
  name: { start: number; end: number };
  role: { start: number; end: number };
}

const UPPER_TITLES = alternation(TITLES.map((t) => t.toUpperCase()));
const PATTERN = new RegExp(
  '^[ \\t]{0,8}(?:(?:KT|TM|TL|TUQ|Q)\\.[ \\t]{0,2}[^\\n]{1,60}\\n[ \\t]{0,8})?' +
    `(?<role>(?:${UPPER_TITLES})(?: \\p{Lu}{1,8}){0,8})[ \\t]{0,8}\\n` +
    '(?:[ \\t]{0,8}(?:\\(?[Đđ]ã ký\\)?|\\([^\\n)]{1,30}\\))?\\n){0,4}' +
    '[ \\t]{0,8}(?<name>\\p{Lu}\\p{L}{0,8}(?: \\p{Lu}\\p{L}{0,8}){1,4})[ \\t]{0,8}$',
  'dgmu',
);

export function findSigners(folded: string): Signer[] {
  const out: Signer[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(folded); m; m = PATTERN.exec(folded)) {
    const [nameStart, nameEnd] = m.indices!.groups!.name;
    const [roleStart, roleEnd] = m.indices!.groups!.role;
    if (!NAME_STARTS.has(m.groups!.name.split(' ')[0].toLowerCase())) continue;
    out.push({ name: { start: nameStart, end: nameEnd }, role: { start: roleStart, end: roleEnd } });
  }
  return out;
}

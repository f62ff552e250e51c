// The signature block under a decision or plan:
//   KT. CHỦ TỊCH
//   PHÓ CHỦ TỊCH
//   (Đã ký)
//   Nguyễn Văn A            (a rank may stand before the name: "Thượng tá Nguyễn Văn A")
// The signer is an official; the post on the line above the name is the role ("KT.", "TM.",
// "TL." lines say on whose behalf the signer signs, not the signer's post).
import { foldTones } from '../../lexicon/spelling.js';
import { isSyllable } from '../../input/vietnamese-fit.js';
import { NAME_STARTS } from '../../lexicon/surnames.js';
import { RANKS, TITLES } from '../../lexicon/titles.js';
import { alternation, escapeRegExp, isUpperCode } from '../regex.js';
import { isNeverSurname } from './names.js';

export interface Signer {
  name: { start: number; end: number };
  /** The post above the name, and a second post the signer holds on the line between ("PHÓ TRƯỞNG BAN / GIÁM ĐỐC SỞ NỘI VỤ"). */
  roles: { start: number; end: number }[];
}

const UPPER_TITLES = alternation(TITLES.map((t) => t.toUpperCase()));
/**
 * The recipients' column beside the block where a document's two columns were flattened into
 * lines ("Nơi nhận:        KT. GIÁM ĐỐC", "- Như trên;        PHÓ GIÁM ĐỐC"): it may open a line
 * of the block, and its items may stand on the lines between the post and the name.
 */
const RECIPIENTS = '(?:Nơi nhận:?|-[^\\n]{1,60}?)[ \\t]{2,}(?=[^ \\t\\n])';
/** A recipients' line between the post and the name: the list's heading or one of its items ("Nơi nhận:", "- Lưu: VT."). */
const RECIPIENT_LINE = '(?:Nơi nhận:?[ \\t]*|-[^\\n]{0,80})';
const NAME_WORD = "\\p{Lu}\\p{L}{0,8}(?:['’]\\p{Lu}\\p{L}{0,8})?";
/** A rank before the signer's name ("Thượng tá Cầm Thị Hương"), as the folded text writes it. */
const RANK = alternation(RANKS.map(foldTones));
const PATTERN = new RegExp(
  `^(?:${RECIPIENTS})?[ \\t]{0,60}(?:(?:KT|TM|TL|TUQ|Q)\\.[ \\t]{0,2}[^\\n]{1,60}\\n(?:${RECIPIENTS})?[ \\t]{0,60})?` +
    `(?<role>(?:${UPPER_TITLES})(?: \\p{Lu}{1,8}){0,8})[ \\t]{0,8}\\n` +
    // A second post on the next line, with no recipients' column beside it: a recipient's line read both ways backtracked.
    `(?:[ \\t]{0,60}(?<second>(?:${UPPER_TITLES})(?: \\p{Lu}{1,8}){0,8})[ \\t]{0,8}\\n)?` +
    `(?:(?:[ \\t]{0,60}(?:\\(?[Đđ]ã ký\\)?|\\([^\\n)]{1,30}\\))?|${RECIPIENT_LINE})\\n){0,6}` +
    // A Jrai or Ê Đê name may join two capitals with an apostrophe ("Siu H'Lan").
    // A block quoted whole ends with the closing quote after the name.
    `[ \\t]{0,60}(?:(?<rank>${RANK})[ \\t]+)?(?<name>${NAME_WORD}(?: ${NAME_WORD}){1,4})[ \\t]{0,8}["”»]?$`,
  'dgmu',
);

/**
 * A line that opens with a post in capitals or with "KT."/"TM.": without one there is no
 * signature block and the multi-line PATTERN need not run. Only lines that open with two
 * capitals are tested.
 */
const FIRST_WORDS = [...new Set(TITLES.map((t) => t.toUpperCase().split(' ')[0]))].map(escapeRegExp).join('|');
const RECIPIENTS_LABEL = 'Nơi nhận';
const HINT_LINE = new RegExp(`[ \\t]{0,60}(?:(?:KT|TM|TL|TUQ)\\.|(?:${FIRST_WORDS})[ \\n])`, 'y');

function mayHoldSigner(text: string): boolean {
  if (text.includes(RECIPIENTS_LABEL)) return true;
  for (let at = 0; at < text.length; ) {
    let i = at;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    if (isUpperCode(text.charCodeAt(i)) && isUpperCode(text.charCodeAt(i + 1))) {
      HINT_LINE.lastIndex = at;
      if (HINT_LINE.test(text)) return true;
    }
    const next = text.indexOf('\n', i);
    if (next < 0) break;
    at = next + 1;
  }
  return false;
}

/**
 * Whether the line under a signer's post is a name: from a surname of the lists, or three or
 * four syllables in title case from a surname no list holds ("Đầu Thanh Tùng"), not a body's name.
 */
export function signsName(name: string): boolean {
  const words = name.split(' ');
  if (NAME_STARTS.has(words[0].toLowerCase())) return true;
  // "H'Yim Kđoh", "K'Mák": a Central Highlands name, two capitals joined by an apostrophe.
  if (APOSTROPHE_JOINED.test(words[0])) return true;
  return words.length >= 3 && words.length <= 4 && !isNeverSurname(words[0]) && words.every((w) => TITLE_CASE.test(w) && isSyllable(w));
}
const TITLE_CASE = /^\p{Lu}\p{Ll}*$/u;
const APOSTROPHE_JOINED = /^\p{Lu}\p{Ll}{0,2}['’]\p{Lu}/u;

export function findSigners(text: string): Signer[] {
  if (!mayHoldSigner(text)) return [];
  const folded = foldTones(text);
  const out: Signer[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(folded); m; m = PATTERN.exec(folded)) {
    const [nameStart, nameEnd] = m.indices!.groups!.name;
    const [roleStart, roleEnd] = m.indices!.groups!.role;
    if (!signsName(text.slice(nameStart, nameEnd))) continue;
    const second = m.indices!.groups!.second;
    const rank = m.indices!.groups!.rank;
    const roles = [{ start: roleStart, end: roleEnd }, ...(second ? [{ start: second[0], end: second[1] }] : []), ...(rank ? [{ start: rank[0], end: rank[1] }] : [])];
    out.push({ name: { start: nameStart, end: nameEnd }, roles });
  }
  return out;
}

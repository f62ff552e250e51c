// What the two readers of roles share: a list of posts before a name (roles-before.ts: "Ủy
// viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn A") and an appositive after it (roles-after.ts:
// "Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, …"). A role is a post from the lexicon
// and its body; roles split at commas, dashes and "kiêm"; a verb or function word ("chủ trì",
// "do", "về") ends one unless a known body name holds it; ";", a full stop or a line break ends
// the list. Both read token by token from the name, never searching the text.
import { TERMS_OF_OFFICE } from '../../lexicon/role-stops.js';
import { isDigitCode, isWordCode } from '../regex.js';
import { registerWords } from '../words.js';
import { ABBREVIATION_END } from './patterns.js';

export interface Role {
  text: string;
  start: number;
  end: number;
}

registerWords('kiêm', 'và');

export const MAX_ROLE_LENGTH = 120;
const MAX_PARENTHETICAL = 30;
/** A parent body in brackets after a post may be longer ("(Bộ Lao động – Thương binh và Xã hội cũ)"). */
export const MAX_PARENT_PARENTHETICAL = 48;

export const COMMA = 44;
export const COLON = 58;
export const PERIOD = 46;
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
const NEWLINE = 10;
export const SPACE = 32;
/** Characters that end the clause a role list is read from. */
export const CLAUSE_BREAKS = new Set([...'\n;:()[]"“”!?…|'].map((c) => c.charCodeAt(0)));
export const DASHES = new Set([...'-–—'].map((c) => c.charCodeAt(0)));

/** Whether the code unit is white space as `\s` reads it. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Separators trimmed off a role's end besides white space: ",", ".", ":" and the dashes. */
const END_SEPARATORS = new Set([...',.:–—-'].map((c) => c.charCodeAt(0)));

/** A preposition a body's name goes on with, left at a role's end when the words after it stopped the role. */
const DANGLING_END = /[ ](?:về|tại)$/;

/** A figure at a role's end, after a word. */
const TRAILING_FIGURE = /(?<=\p{L})[ \t]+\d{1,6}$/u;
/** The time a post was held, at the role's end: "thời kỳ 2019 - 2021", "giai đoạn 2020-2023". */
const TRAILING_TERM = new RegExp(`[ ](?:${TERMS_OF_OFFICE.join('|')})[ ](?:19|20)\\d\\d(?:[ ]?[-–][ ]?(?:19|20)\\d\\d)?$`);
/** What follows a tally in a flattened table: its share in brackets ("(89,66%)") or the next cell's figure. */
const CELLS_AFTER = /^(?:[ \t]*\(\d{1,3}(?:[.,]\d{1,2})?[ ]?%|[ \t]+\d)/;

/**
 * A role that ends in a figure without it where the figure is no part of the post: a flattened
 * table's tally after it ("Chủ tịch HĐND tỉnh 52 (89,66%) 6 0"), or when the post was held
 * ("Trưởng phòng Giáo dục và Đào tạo huyện thời kỳ 2019 - 2021", a period of its own).
 */
function withoutTrailingFigures(text: string, start: number, end: number): number {
  const figure = TRAILING_FIGURE.exec(text.slice(Math.max(start, end - 8), end));
  if (figure && CELLS_AFTER.test(text.slice(end, end + 12))) return end - figure[0].length;
  const term = TRAILING_TERM.exec(text.slice(Math.max(start, end - 32), end));
  return term ? end - term[0].length : end;
}

/** The role in [start, end) without the spaces and separators at its edges, or null when empty or too long. */
export function trimmed(text: string, start: number, end: number): Role | null {
  while (end > start && (isSpaceCode(text.charCodeAt(end - 1)) || END_SEPARATORS.has(text.charCodeAt(end - 1)))) end--;
  // "Phó Trưởng Ban Chỉ đạo tỉnh về" where the topic's first word stopped the role: the preposition goes with it.
  const dangling = DANGLING_END.exec(text.slice(Math.max(start, end - 5), end));
  if (dangling) end -= dangling[0].length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  if (isDigitCode(text.charCodeAt(end - 1))) end = withoutTrailingFigures(text, start, end);
  if (end <= start || end - start > MAX_ROLE_LENGTH) return null;
  return { text: text.slice(start, end), start, end };
}

/** The roles of [start, end), split at "kiêm" ("Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Nội vụ"). */
export function splitAtKiem(text: string, start: number, end: number, out: Role[]): void {
  const span = text.slice(start, end);
  let at = 0;
  for (let k = span.indexOf(' kiêm '); k >= 0; k = span.indexOf(' kiêm ', at)) {
    const role = trimmed(text, start + at, start + k);
    if (role) out.push(role);
    at = k + ' kiêm '.length;
  }
  const role = trimmed(text, start + at, end);
  if (role) out.push(role);
}

/** A period that does not end a sentence: an abbreviation ("TP.", "T.Ư") or a figure. */
export function innerPeriod(text: string, at: number): boolean {
  return isWordCode(text.charCodeAt(at + 1)) || ABBREVIATION_END.test(text.slice(Math.max(0, at - 4), at));
}

/** The "(" that opens the short parenthetical closing at `close`, or -1. */
export function parentheticalStart(text: string, close: number, floor: number): number {
  for (let i = close - 1; i >= Math.max(floor, close - MAX_PARENTHETICAL); i--) {
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN) return i;
    if (c === CLOSE_PAREN || CLAUSE_BREAKS.has(c)) return -1;
  }
  return -1;
}

/**
 * Where the short parenthetical opening at `open` ends (after its ")"), or -1. A clause's break
 * inside ends the search, unless `clauses` lets the parenthetical hold them (only a bracket or a
 * line's end does then).
 */
export function parentheticalEnd(text: string, open: number, reach = MAX_PARENTHETICAL, clauses = false): number {
  for (let i = open + 1; i < Math.min(text.length, open + reach); i++) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_PAREN) return i + 1;
    if (c === OPEN_PAREN || (clauses ? c === NEWLINE : CLAUSE_BREAKS.has(c) && c !== COLON)) return -1;
  }
  return -1;
}

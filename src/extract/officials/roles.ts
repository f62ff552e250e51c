// The posts written around a name: a list before it ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy
// Nguyễn Văn A") and an appositive after it ("Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch
// UBND tỉnh, Trưởng Ban Chỉ đạo CCHC tỉnh; …"). Roles split at commas and "kiêm"; a verb or
// particle ("chủ trì", "phát biểu", "đã") ends one; ";", a full stop or a line break ends the list.
import { ABBREVIATION_END, CLAUSE_BREAK, COMMA_BODY, matchesIn, STOP_WORD, TITLE_ANY, TITLE_AT } from './patterns.js';

export interface Role {
  text: string;
  start: number;
  end: number;
}

const MAX_ROLE_LENGTH = 120;
const LOOK_BACK = 250;
/** How an appositive hangs on a name: ", ", " – ", " (", ": ", " giữ chức ", " được bầu làm ". */
const APPOSITIVE = /(?: ?[,–—-] {1,2}| ?\( ?| ?: {1,2}| (?:được (?:bầu|bổ nhiệm|phân công|giao|điều động) )?(?:(?:giữ|đảm nhiệm|làm) chức(?: vụ)?|làm|là) )/uy;
/** Between two roles of one list. */
const ROLE_SEPARATOR = /(?:, {1,2}| kiêm | [–—-] | và )/uy;
/** What ends the segment a role is read from. */
const SEGMENT_END = /[;!?\n)\]"“”(,]|\.(?!\p{L})| kiêm | [–—-] | và /gu;
const SHORT_PARENTHETICAL = /\([^()\n;]{1,30}\)/uy;
const LOWER_START = /\p{Ll}/u;

function trimmed(text: string, start: number, end: number): Role | null {
  while (end > start && /[\s,.:–—-]/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  if (end <= start || end - start > MAX_ROLE_LENGTH) return null;
  return { text: text.slice(start, end), start, end };
}

function firstStop(folded: string, from: number, to: number): number {
  for (const m of matchesIn(STOP_WORD, folded, from, to)) return m.index;
  return -1;
}

/** Comma positions inside a body name such as "Văn hóa, Thể thao và Du lịch", in [from, to). */
function protectedCommas(folded: string, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (const m of matchesIn(COMMA_BODY, folded, from, to)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (folded[i] === ',') out.add(i);
  }
  return out;
}

/** Where the clause that ends at `end` starts (a line, ";", ":", "(", a sentence's end), not before `floor`. */
export function clauseStart(folded: string, end: number, floor: number): number {
  const from = Math.max(floor, end - LOOK_BACK);
  let start = from;
  for (const m of matchesIn(CLAUSE_BREAK, folded, from, end)) {
    if (m[0] === '.' && ABBREVIATION_END.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
    start = m.index + 1;
  }
  return start;
}

/** The earliest post in [from, to) whose stretch to `to` holds no stop word, or -1. */
function postReaching(folded: string, from: number, to: number): number {
  for (const m of matchesIn(TITLE_ANY, folded, from, to)) {
    if (firstStop(folded, m.index + m[0].length, to) < 0) return m.index;
  }
  return -1;
}

function splitAtKiem(text: string, folded: string, start: number, end: number, out: Role[]): void {
  let at = start;
  for (let k = folded.indexOf(' kiêm ', at); k >= 0 && k < end; k = folded.indexOf(' kiêm ', at)) {
    const role = trimmed(text, at, k);
    if (role) out.push(role);
    at = k + ' kiêm '.length;
  }
  const role = trimmed(text, at, end);
  if (role) out.push(role);
}

/**
 * The posts written right before a name that starts at `end` (text between them and the name:
 * whitespace only). `floor` bounds the look-back (the previous person's mention).
 */
export function rolesBefore(text: string, folded: string, end: number, floor: number): Role[] {
  if (!/\S {1,2}$/u.test(folded.slice(Math.max(0, end - 3), end)) || /[,;:(–—-] {1,2}$/u.test(folded.slice(Math.max(0, end - 3), end))) return [];
  const start = clauseStart(folded, end, floor);
  const commas = protectedCommas(folded, start, end);
  const segments: [number, number][] = [];
  let segEnd = end;
  for (let i = end - 1; i >= start; i--) {
    if (folded[i] === ',' && !commas.has(i)) {
      segments.push([i + 1, segEnd]);
      segEnd = i;
    }
  }
  segments.push([start, segEnd]);
  const spans: [number, number][] = [];
  for (const [from, to] of segments) {
    const post = postReaching(folded, from, to);
    if (post < 0) break;
    spans.unshift([post, to]);
    if (folded.slice(from, post).trim()) break; // words before the post: the list opens here
  }
  const roles: Role[] = [];
  for (const [from, to] of spans) splitAtKiem(text, folded, from, to, roles);
  return roles;
}

export interface Appositive {
  roles: Role[];
  /** Where the last role ends (the name's end when there is none). */
  end: number;
}

/** The posts written after a name that ends at `start` ("…, Phó Chủ tịch UBND tỉnh phát biểu"). */
export function rolesAfter(text: string, folded: string, start: number): Appositive {
  APPOSITIVE.lastIndex = start;
  const hook = APPOSITIVE.exec(folded);
  if (!hook) return { roles: [], end: start };
  const roles: Role[] = [];
  let at = start + hook[0].length;
  let end = start;
  for (;;) {
    TITLE_AT.lastIndex = at;
    if (!TITLE_AT.test(folded)) break;
    const segment = readSegment(folded, at);
    const role = trimmed(text, at, segment.end);
    if (!role) break;
    roles.push(role);
    end = role.end;
    if (segment.last) break;
    at = segment.next;
  }
  return { roles, end };
}

interface Segment {
  end: number;
  /** Where the next role would start, when `last` is false. */
  next: number;
  last: boolean;
}

/** One role from `at`: up to a separator followed by another post, or to what ends the list. */
function readSegment(folded: string, at: number): Segment {
  const limit = Math.min(folded.length, at + MAX_ROLE_LENGTH + 1);
  const stop = firstStop(folded, at, limit);
  const hardEnd = stop < 0 ? limit : stop;
  const commas = protectedCommas(folded, at, hardEnd);
  let skipUntil = at;
  for (const m of matchesIn(SEGMENT_END, folded, at, hardEnd)) {
    if (m.index < skipUntil) continue;
    const c = m[0];
    if (c === ',' && commas.has(m.index)) continue;
    if (c === '.' && ABBREVIATION_END.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (c === '(') {
      SHORT_PARENTHETICAL.lastIndex = m.index;
      const paren = SHORT_PARENTHETICAL.exec(folded);
      if (paren && firstStop(folded, m.index, m.index + paren[0].length) < 0) {
        skipUntil = m.index + paren[0].length;
        continue;
      }
      return { end: m.index, next: m.index, last: true };
    }
    if (c === ',' || c === ' kiêm ' || c.trim() === '–' || c.trim() === '—' || c.trim() === '-' || c === ' và ') {
      ROLE_SEPARATOR.lastIndex = m.index;
      const sep = ROLE_SEPARATOR.exec(folded);
      const next = m.index + (sep ? sep[0].length : c.length);
      TITLE_AT.lastIndex = next;
      if (TITLE_AT.test(folded)) return { end: m.index, next, last: false };
      if (c === ',' || c === ' kiêm ') return { end: m.index, next, last: true };
      // "Sở Lao động - Thương binh và Xã hội": a dash or "và" inside a body name, unless
      // what follows is lower case ("và các đại biểu").
      if (LOWER_START.test(folded[next] ?? '')) return { end: m.index, next, last: true };
      continue;
    }
    return { end: m.index, next: m.index, last: true };
  }
  return { end: hardEnd, next: hardEnd, last: true };
}

// Officials: every named person who holds a post or is called "đồng chí", "ông", "bà".
// A name is a run of capitalised syllables from a surname (officials/names.ts); it counts
// when an honorific stands before it, a post before it ("Chủ tịch UBND tỉnh Cao Văn Trọng")
// or an appositive after it ("Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, …"), or when it continues
// an honorific's list ("các đồng chí: A, …; B, …"). Bylines and photo credits have none of
// these and stay out. One item per person: the first mention that gives roles.
import { foldTones } from '../lexicon/spelling.js';
import type { OfficialItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { isPlaceName, nameInRun, syllablesOf, type NameSpan } from './officials/names.js';
import { CAPITAL_RUN, HONORIFIC_BEFORE, NAME_PREFIX_BEFORE, RUN_TAIL } from './officials/patterns.js';
import { rolesAfter, rolesBefore, type Role } from './officials/roles.js';
import { findSigners } from './officials/signer.js';

interface Mention {
  name: NameSpan;
  roles: Role[];
  start: number;
  end: number;
}

/** What joins one name of a list to the next ("A, B và C", "A, post; B, post"). */
const LIST_JOIN = /^(?:; {0,2}|, {0,2}| và )/u;

function before(folded: string, at: number, length: number): string {
  return folded.slice(Math.max(0, at - length), at);
}

/** Where the name's context starts: before an academic prefix such as "TS. ". */
function contextStart(folded: string, nameStart: number): number {
  const prefix = NAME_PREFIX_BEFORE.exec(before(folded, nameStart, 12));
  return prefix ? nameStart - prefix[0].length : nameStart;
}

function mentionsInRuns(text: string, folded: string): Mention[] {
  const mentions: Mention[] = [];
  let floor = 0;
  let listContinuesAt = -1;
  CAPITAL_RUN.lastIndex = 0;
  for (let m = CAPITAL_RUN.exec(folded); m; m = CAPITAL_RUN.exec(folded)) {
    const runEnd = m.index + m[0].length;
    RUN_TAIL.lastIndex = runEnd;
    if (RUN_TAIL.test(folded)) {
      CAPITAL_RUN.lastIndex = RUN_TAIL.lastIndex; // a headline in title case, not a name
      continue;
    }
    if (!m[0].includes(' ')) continue; // one syllable is never a full name
    const name = nameInRun(syllablesOf(m[0], m.index), folded);
    if (!name || isPlaceName(text.slice(name.start, name.end))) continue;
    const ctx = contextStart(folded, name.start);
    const called = HONORIFIC_BEFORE.test(before(folded, ctx, 12));
    const rolesFirst = called ? [] : rolesBefore(text, folded, ctx, floor);
    const calledBeforePosts = rolesFirst.length > 0 && HONORIFIC_BEFORE.test(before(folded, rolesFirst[0].start, 12));
    const inList = ctx === listContinuesAt;
    const after = rolesAfter(text, folded, name.end);
    const roles = [...rolesFirst, ...after.roles];
    if (!called && !calledBeforePosts && !inList && !roles.length) continue;
    const start = rolesFirst.length ? rolesFirst[0].start : name.start;
    const end = Math.max(name.end, after.end);
    mentions.push({ name, roles, start, end });
    floor = end;
    const join = called || calledBeforePosts || inList ? LIST_JOIN.exec(folded.slice(end, end + 5)) : null;
    listContinuesAt = join ? end + join[0].length : -1;
    CAPITAL_RUN.lastIndex = Math.max(CAPITAL_RUN.lastIndex, end);
  }
  return mentions;
}

export function extractOfficials(text: string, _context: ExtractContext): OfficialItem[] {
  const folded = foldTones(text);
  const mentions = mentionsInRuns(text, folded);
  for (const s of findSigners(folded)) {
    mentions.push({ name: s.name, roles: [{ text: text.slice(s.role.start, s.role.end), ...s.role }], start: s.role.start, end: s.name.end });
  }
  mentions.sort((a, b) => a.name.start - b.name.start);
  // One item per person: the first mention that names a post, else the first mention.
  const byName = new Map<string, Mention>();
  for (const mention of mentions) {
    const key = text.slice(mention.name.start, mention.name.end).toLowerCase();
    const seen = byName.get(key);
    if (!seen || (!seen.roles.length && mention.roles.length)) byName.set(key, mention);
  }
  const firstSeen = new Map<string, number>();
  for (const mention of mentions) {
    const key = text.slice(mention.name.start, mention.name.end).toLowerCase();
    if (!firstSeen.has(key)) firstSeen.set(key, mention.name.start);
  }
  return [...byName.entries()]
    .sort((a, b) => firstSeen.get(a[0])! - firstSeen.get(b[0])!)
    .map(([, m]) => ({
      text: text.slice(m.start, m.end),
      span: [m.start, m.end] as [number, number],
      name: text.slice(m.name.start, m.name.end),
      roles: m.roles.map((r) => r.text),
    }));
}

// Officials: every named person who holds a post or is called "đồng chí", "ông", "bà".
// A name is a run of capitalised syllables from a surname (officials/names.ts); it counts
// when an honorific stands before it, a post before it ("Chủ tịch UBND tỉnh Cao Văn Trọng")
// or an appositive after it ("Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, …"), or when it continues
// a list opened by an honorific or a post ("các đồng chí: A, …; B, …", "Phó Chủ tịch UBND
// tỉnh: A, B"). Bylines and photo credits have none of these and stay out. A foreign name
// counts after an honorific (officials/foreign.ts), a post of state (officials/foreign-posts.ts)
// or any post the posts reader knows (officials/foreign-titled.ts), and a name in capitals after
// an honorific or before a comma and a post (officials/capitals.ts), and a name from a surname no list holds between an honorific
// and a post (officials/unlisted.ts);
// a full name with no evidence counts when the text later calls the person "ông"/"bà" by the
// given name. One item per person: the first mention that gives roles.
import { COUNTRIES_BEFORE_FOREIGN_NAMES } from '../lexicon/countries.js';
import type { OfficialItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { capitalNames, capitalNamesBeforePosts, inCapitals, titleCased } from './officials/capitals.js';
import { afterHonorifics, foreignNames, mayHoldForeignWord } from './officials/foreign.js';
import { foreignNamesAfterPosts } from './officials/foreign-posts.js';
import { foreignNamesAfterTitles } from './officials/foreign-titled.js';
import { GIVEN_NAME, loneGivenNames } from './officials/given-names.js';
import { firstStartingAt, nameInRun, type NameSpan } from './officials/names.js';
import { rolesAfter, withoutPredicate } from './officials/roles-after.js';
import { rolesBefore, rolesBeforeColon, rolesBeforeComma, rolesBeforeDash, rolesBeforeLa } from './officials/roles-before.js';
import type { Role } from './officials/roles.js';
import { nameRuns } from './officials/runs.js';
import { findSigners } from './officials/signer.js';
import { findFieldSigners } from './officials/signer-field.js';
import { bulletStarts, listedComradeStarts, oneWordNamesBeforePosts, unlistedNames } from './officials/unlisted.js';
import { bylineBefore, contextStart, honorificBefore, plainAddressBefore, rankAt } from './officials/tokens.js';
import { keyAt, tokenEnd } from './words.js';
import { isSyllable } from '../input/vietnamese-fit.js';
import { isLetterOrDigitCode, isLowerCode, isUpperCode } from './regex.js';

interface Mention {
  name: NameSpan;
  roles: Role[];
  start: number;
  end: number;
  /** The name as the guide wants it where the text sets it otherwise ("TRẦN ANH TUẤN" → "Trần Anh Tuấn", "Tổng thống Trump" → "Donald Trump"). */
  spelt?: string;
}

const COMMA_CODE = 44;
const SEMICOLON_CODE = 59;

/**
 * What joins one name of a list to the next ("A, B và C", "A, post; B, post": "; ", ", ", " và "):
 * where it ends, and its mark (a comma's or a semicolon's code, 0 for "và"); null where none does.
 */
function listJoin(text: string, at: number): { end: number; mark: number } | null {
  // "Nguyễn Thanh Chấn , Huỳnh Văn Nén": a stray space before the mark.
  if (text.charCodeAt(at) === 32 && (text.charCodeAt(at + 1) === COMMA_CODE || text.charCodeAt(at + 1) === SEMICOLON_CODE)) at++;
  const c = text.charCodeAt(at);
  if (c === SEMICOLON_CODE || c === COMMA_CODE) {
    let end = at + 1;
    if (text.charCodeAt(end) === 32) end++;
    if (text.charCodeAt(end) === 32) end++;
    return { end, mark: c };
  }
  return text.startsWith(' và ', at) ? { end: at + 4, mark: 0 } : null;
}
const ROMAN_SYLLABLE = /^[A-Za-z]+$/;
/** A street's word right before an honorific: the honorific opens the street's name. */
const STREET_BEFORE = /(?:^|[^\p{L}])(?:đường|Đường|phố|Phố|ngõ|hẻm|ngách|kiệt)[ ]$/u;
/** A house number before a run ("43 Trần Duy Hưng", "số 12/3 Nguyễn Văn Cừ"): the run is a street. */
const HOUSE_NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}])\d{1,4}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?)*[ ]$/u;
const HYPHENATED_TAIL = /-[a-z]{1,6}(?![\p{L}\p{N}])/uy;

/**
 * A romanised Korean given name ends in a hyphenated syllable the run stops before ("Kim
 * Jong-un", "Moon Jae-in"): the name takes it when its last syllable is in plain letters too.
 */
function withHyphenatedTail(text: string, name: NameSpan): NameSpan {
  if (text.charCodeAt(name.end) !== 45) return name;
  const last = text.lastIndexOf(' ', name.end) + 1;
  if (!ROMAN_SYLLABLE.test(text.slice(last, name.end))) return name;
  HYPHENATED_TAIL.lastIndex = name.end;
  return HYPHENATED_TAIL.test(text) ? { start: name.start, end: HYPHENATED_TAIL.lastIndex } : name;
}

/** A country's name hyphenated to a name: "ông Donald Trump-Nga" (Trump and Russia) names Donald Trump. */
const COUNTRY_TAIL = /-(\p{Lu}\p{Ll}+)$/u;
const ONE_WORD_COUNTRIES: ReadonlySet<string> = new Set(COUNTRIES_BEFORE_FOREIGN_NAMES.filter((c) => !c.includes(' ')));

function withoutCountryTail(text: string, name: NameSpan): NameSpan {
  const tail = COUNTRY_TAIL.exec(text.slice(name.start, name.end));
  return tail && ONE_WORD_COUNTRIES.has(tail[1]) ? { start: name.start, end: name.end - tail[0].length } : name;
}

const TRAILING_DOT = /\.$/;
const POINT = 0x2e;

/** A name's last word cut to an initial or two letters ("Nguyễn Văn T.", "Phạm Thanh Ph."): no Vietnamese syllable. */
const INITIAL_AT_END = /(?:^|[ ])([A-ZĐ][a-z]?)$/;

/** The name with the point of an abbreviated last word, as written ("ông Nguyễn Văn T. (78 tuổi)"). */
function withInitialDot(text: string, name: NameSpan): NameSpan {
  if (text.charCodeAt(name.end) !== POINT) return name;
  const initial = INITIAL_AT_END.exec(text.slice(Math.max(name.start, name.end - 4), name.end));
  if (!initial || isSyllable(initial[1])) return name;
  // "bà Lý T.T", "ông Trần V.H.": the given names cut to initials, one after another.
  INITIALS_AFTER.lastIndex = name.end;
  if (INITIALS_AFTER.test(text)) return { start: name.start, end: INITIALS_AFTER.lastIndex };
  return isLetterOrDigitCode(text.charCodeAt(name.end + 1)) ? name : { start: name.start, end: name.end + 1 };
}
/** Further initials after a name's first initial and its point: ".T", ".H." (a capital glued to the point). */
const INITIALS_AFTER = /(?:\.[A-ZĐ]){1,2}\.?(?![\p{L}\p{N}])/uy;

/** "các" or "những" right before a post, "đồng chí" between or not: the post of several, named one after another. */
const PLURAL_BEFORE = /(?:^|[^\p{L}])(?:các|những)[ ](?:đồng chí[ ])?$/iu;

/** Whether a verb, in lower case, hooks the posts after the name that ends at `end` ("… được bầu làm", "… giữ chức"), not a comma or a bracket. */
function hookedByVerb(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && isLowerCode(text.charCodeAt(end + 1));
}

/** Whether the honorific at `at` is plural: "các ông", or "các"/"những" right before it. */
function pluralHonorific(text: string, at: number): boolean {
  return PLURAL_OPENER.test(text.slice(at, at + 4)) || PLURAL_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}
const PLURAL_OPENER = /^(?:các|những)[ ]/iu;

/**
 * The mentions the runs prove, and in `unproven` the full names of three syllables or more that
 * had no evidence where they stood ("chuyên gia kinh tế Cấn Văn Lực").
 */
function mentionsInRuns(text: string, unproven: NameSpan[]): Mention[] {
  const mentions: Mention[] = [];
  let floor = 0;
  let listContinuesAt = -1;
  let joinInto = 0;
  let listRoles: Role[] = [];
  /** The names of a list opened by a plural honorific ("các ông A, B và C") or called one by one ("bà A và ông B"), that a post given to the last by a verb is given to as well. */
  let pluralMembers: Mention[] = [];
  /** The mention before, where an honorific called it: the first of a list whose every name has its own. */
  let previousCalled: Mention | null = null;
  for (const parts of nameRuns(text)) {
    for (const part of parts) {
      const found = nameInRun(part, text);
      if (!found || found.start < floor) continue;
      const name = withInitialDot(text, withHyphenatedTail(text, found));
      const ctx = contextStart(text, name.start);
      if (bylineBefore(text, ctx)) continue;
      const honorific = honorificBefore(text, ctx);
      // "đường Bà Lê Chân", "phố Bà Triệu": a street named after a heroine, no one called "bà".
      if (honorific >= 0 && STREET_BEFORE.test(text.slice(Math.max(0, honorific - 8), honorific))) continue;
      const called = honorific >= 0;
      // "Phó Chủ tịch UBND huyện - bà Phạm Thị Thu Huyền": posts, a dash, then the honorific.
      const plain = !called && plainAddressBefore(text, ctx);
      let rolesFirst = called ? rolesBeforeDash(text, honorific, floor) : plain ? [] : rolesBefore(text, ctx, floor);
      // "Bí thư Huyện ủy Kỳ Lạc là đồng chí Vi Thị Thanh, Phó Chủ tịch HĐND tỉnh": the post the sentence gives, and the one after.
      if (called && !rolesFirst.length) rolesFirst = rolesBeforeLa(text, honorific, floor);
      const colonRoles = called || plain || rolesFirst.length ? [] : rolesBeforeColon(text, ctx, floor);
      const calledBeforePosts = !called && rolesFirst.length > 0 && honorificBefore(text, rolesFirst[0].start) >= 0;
      // "ông Cao Toàn Mỹ và Phương Nga": across "và" the honorific carries to a full name only.
      const inList = ctx === listContinuesAt && (!text.startsWith(' và ', ctx - 4) || syllableCount(text, name) >= 3);
      let after = rolesAfter(text, name.end);
      // "Chủ tịch UBND tỉnh Trần Văn Lực làm Trưởng ban": the post before the name is the role, the predicate is not.
      if (rolesFirst.length) after = withoutPredicate(after, name.end);
      // "- Trưởng đoàn: Bà Triệu Thị Hằng, Giám đốc Sở Nội vụ": a post labels the entry, the name's own follows it
      // (a headline "Tổng Bí thư: Ông A thời …" quotes the one and names the other).
      if (called && !rolesFirst.length && !after.predicate && after.roles.length) rolesFirst = rolesBeforeColon(text, honorific, floor);
      // "- Phó Bí thư Thường trực: đồng chí Lục Văn Đoàn (24/25 phiếu)": a list's entry labelled by the post, no headline.
      if (called && !rolesFirst.length && !after.roles.length) rolesFirst = labelOfEntry(text, rolesBeforeColon(text, honorific, floor));
      // "Giám đốc Sở Nội vụ, ông A cho biết": posts before a comma, where none follows the name.
      if (called && !rolesFirst.length && !after.roles.length) rolesFirst = rolesBeforeComma(text, honorific, floor, true);
      // "Phó chủ tịch UBND TP Hải Phòng ông Lê Thanh Sơn": posts right before the honorific, their
      // body's name ending in a capital ("… thay ông A", "… của ông A" name the post of someone else).
      if (called && !rolesFirst.length && !after.roles.length && capitalBefore(text, honorific)) rolesFirst = rolesBefore(text, honorific, floor);
      // "Tổng giám đốc DKRA, Phạm Lâm cho rằng": posts opening the clause, a comma, then the name
      // (not a rank and its holder's name: "Theo thượng tá Thiêm, Lục Gia Khánh …" are two people).
      if (!called && !plain && !rolesFirst.length && !colonRoles.length && !after.roles.length) {
        const posts = rolesBeforeComma(text, ctx, floor);
        if (!posts.some((post) => opensWithRank(text, post))) rolesFirst = posts;
      }
      if (!called && !calledBeforePosts && !inList && !colonRoles.length && !rolesFirst.length && !after.roles.length) {
        if (syllableCount(text, name) >= 3 && !HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, name.start - 12), name.start))) unproven.push(name);
        continue;
      }
      // "các Thứ trưởng Cao Thị Liên, Vũ Khắc Mạnh": a post in the plural before the first name is the next ones' too.
      const plural = rolesFirst.length > 0 && !called && PLURAL_BEFORE.test(text.slice(Math.max(0, rolesFirst[0].start - 17), rolesFirst[0].start));
      if (colonRoles.length) listRoles = colonRoles;
      else if (plural) listRoles = rolesFirst;
      else if (!inList) listRoles = [];
      const start = rolesFirst.length ? rolesFirst[0].start : name.start;
      // "các đồng chí Ủy viên Bộ Chính trị: A, Bí thư T.Ư Đảng; B, …": the posts before the colon are each one's too.
      const shared = colonRoles.length ? colonRoles : inList ? listRoles : [];
      const end = Math.max(name.end, after.end);
      const mention = { name, roles: [...shared, ...rolesFirst, ...after.roles], start, end };
      mentions.push(mention);
      floor = end;
      // "các ông Trần Văn Bảy và Võ Thanh Hùng được bầu làm Phó Chủ tịch UBND huyện": the post the verb gives the last is every listed name's.
      // "bầu bà A và ông B giữ chức Phó Chủ tịch HĐND tỉnh": names each called by an honorific, joined so, are such a list too.
      if (called && !inList) {
        const joined = honorific === listContinuesAt && previousCalled !== null;
        pluralMembers = pluralHonorific(text, honorific) ? [mention] : joined ? [...(pluralMembers.length ? pluralMembers : [previousCalled!]), mention] : [];
      } else if (inList && pluralMembers.length) pluralMembers.push(mention);
      else pluralMembers = [];
      previousCalled = called ? mention : null;
      if (after.roles.length && pluralMembers.length > 1 && hookedByVerb(text, name.end)) {
        for (const member of pluralMembers) if (!member.roles.length) member.roles = [...after.roles];
        pluralMembers = [];
      }
      const opensList = called || calledBeforePosts || inList || colonRoles.length > 0 || plural;
      // "các đồng chí Phó Chủ tịch UBND tỉnh: A, B; TS. C, Phó Vụ trưởng …": a semicolon after names joined by commas ends the post they share.
      const join = opensList ? listJoin(text, end) : null;
      if (inList && joinInto === COMMA_CODE && join?.mark === SEMICOLON_CODE) listRoles = [];
      listContinuesAt = join ? join.end : -1;
      joinInto = join ? join.mark : 0;
    }
  }
  return mentions;
}

/** The posts before a comma or else a dash right before the honorific at `honorific`. */
function postsBeforeHonorific(text: string, honorific: number): Role[] {
  const comma = rolesBeforeComma(text, honorific, 0, true);
  return comma.length ? comma : rolesBeforeDash(text, honorific, 0);
}

/** Whether a rank opens the role ("thượng tá Thiêm"): a rank and its holder's name, no post of the next name. */
function opensWithRank(text: string, role: Role): boolean {
  return rankAt(text, role.start, keyAt(text, role.start, tokenEnd(text, role.start)));
}

/** Whether the word before `at` (after one space) starts with a capital: "TP Hải Phòng ông", not "thay ông". */
function capitalBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  const start = text.lastIndexOf(' ', at - 2) + 1;
  return start < at - 1 && isUpperCode(text.charCodeAt(start));
}

/**
 * Full names the runs left unproven that the text later calls "ông"/"bà" by the given name
 * alone ("chuyên gia Cấn Văn Lực … Ông Lực cho rằng"): the guide counts everyone so called.
 * A given name two unproven names share is left alone.
 */
function calledByGivenName(text: string, unproven: NameSpan[], honorifics: readonly number[], proven: readonly Mention[]): NameSpan[] {
  if (!unproven.length) return [];
  const byGiven = new Map<string, NameSpan | null>();
  // "bà Nguyễn Anh Hoa, Giám đốc Sở … bà Hoa nói": the given name of someone already named is theirs.
  for (const { name } of proven) byGiven.set(givenName(text, name), null);
  for (const name of unproven) {
    const given = givenName(text, name);
    const seen = byGiven.get(given);
    const full = text.slice(name.start, name.end);
    if (seen === undefined) byGiven.set(given, name);
    else if (seen && text.slice(seen.start, seen.end) !== full) byGiven.set(given, null);
  }
  const found = new Set<NameSpan>();
  for (const at of honorifics) {
    GIVEN_NAME.lastIndex = at;
    const match = GIVEN_NAME.exec(text);
    const name = match && byGiven.get(match[0]);
    if (name && name.end < at) found.add(name);
  }
  return [...found];
}

/** A name's last syllable: "Hoa" of "Nguyễn Anh Hoa". */
function givenName(text: string, name: NameSpan): string {
  return text.slice(text.lastIndexOf(' ', name.end - 1) + 1, name.end);
}

/** How many syllables a name has: its spaces, plus one. */
function syllableCount(text: string, span: NameSpan): number {
  let count = 1;
  for (let i = text.indexOf(' ', span.start); i >= 0 && i < span.end; i = text.indexOf(' ', i + 1)) count++;
  return count;
}

/** The known name (of `known`, by first order) that `name` opens with and runs on past, or null. */
function knownPrefix(name: string, known: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestOrder = Infinity;
  for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
    const order = known.get(name.slice(0, space));
    if (order !== undefined && order < bestOrder) {
      best = name.slice(0, space);
      bestOrder = order;
    }
  }
  return best;
}

/**
 * A name that runs on past a name given elsewhere in the article ("Nguyễn Chí Dũng Bích Ngọc"
 * where "Nguyễn Chí Dũng" is named: a caption followed by its byline) is cut back to it.
 */
function trimToKnownNames(text: string, mentions: Mention[]): void {
  const long = mentions.filter((m) => syllableCount(text, m.name) >= 4);
  if (!long.length) return;
  // Each known name and the order it comes first in: the prefix known first wins where several are.
  const known = new Map<string, number>();
  for (const m of mentions) {
    const spelt = text.slice(m.name.start, m.name.end);
    if (!known.has(spelt) && syllableCount(text, m.name) >= 3) known.set(spelt, known.size);
  }
  for (const mention of long) {
    const name = text.slice(mention.name.start, mention.name.end);
    const prefix = knownPrefix(name, known);
    if (!prefix) continue;
    const end = mention.name.start + prefix.length;
    if (mention.end === mention.name.end) mention.end = end;
    mention.name = { start: mention.name.start, end };
  }
}

/**
 * A role that holds another mention's name is that person's ("Giám đốc Tình báo Quốc gia Dan
 * Coats, Giám đốc NSA, Đô đốc Mike Rogers"): read before the name, it and the roles before it
 * go; read after, it and the roles after it. The mention's span shrinks to what is left.
 */
function withoutOthersNames(mentions: Mention[]): void {
  // The names by start: a role's names are found by binary search, not by a walk over every mention
  // (a long list of "Name, Post," mentions made that quadratic).
  const names = mentions.map((m) => m.name).sort((a, b) => a.start - b.start);
  for (const mention of mentions) {
    if (!mention.roles.length) continue;
    const { name } = mention;
    const holdsAnotherName = (role: Role) => {
      for (let i = firstStartingAt(names, role.start); i < names.length && names[i].start < role.end; i++) {
        if (names[i].start !== name.start && names[i].end <= role.end) return true;
      }
      return false;
    };
    const crossed = mention.roles.filter(holdsAnotherName);
    if (!crossed.length) continue;
    // Roles before the name are kept from the end of the last one crossed; roles after it, up to the first one crossed.
    const keptFrom = Math.max(...crossed.filter((r) => r.end <= name.start).map((r) => r.end), -1);
    const keptUntil = Math.min(...crossed.filter((r) => r.start >= name.end).map((r) => r.start), Infinity);
    mention.roles = mention.roles.filter((r) => (r.end <= name.start ? r.start >= keptFrom : r.start < keptUntil));
    const before = mention.roles.filter((r) => r.end <= name.start);
    const after = mention.roles.filter((r) => r.start >= name.end);
    if (keptFrom >= 0) mention.start = before.length ? before[0].start : name.start;
    if (keptUntil < Infinity) mention.end = after.length ? after[after.length - 1].end : name.end;
  }
}

export function extractOfficials(text: string, _context: ExtractContext): OfficialItem[] {
  const unproven: NameSpan[] = [];
  const mentions = mentionsInRuns(text, unproven);
  const honorifics = afterHonorifics(text);
  for (const name of calledByGivenName(text, unproven, honorifics, mentions)) mentions.push({ name, roles: [], start: name.start, end: name.end });
  // Names after an honorific that the runs cannot read: in capitals, or from a surname no list holds.
  const calledOnly: (NameSpan & { spelt?: string })[] = [...capitalNames(text, honorifics), ...capitalNamesBeforePosts(text), ...unlistedNames(text, [...honorifics, ...listedComradeStarts(text), ...bulletStarts(text)].sort((a, b) => a - b)), ...oneWordNamesBeforePosts(text), ...loneGivenNames(text, honorifics)];
  for (const { spelt, ...name } of calledOnly) {
    const after = rolesAfter(text, name.end);
    mentions.push({ name, roles: after.roles, start: name.start, end: after.end, spelt });
  }
  for (const { spelt, ...found } of foreignNames(text, honorifics)) {
    const name = withHyphenatedTail(text, withoutCountryTail(text, found));
    // A surname alone is a later mention in running prose: what follows it is seldom its post ("ông Trump, tân Tổng thống Hàn Quốc").
    if (!text.slice(name.start, name.end).includes(' ')) {
      mentions.push({ name, roles: [], start: name.start, end: name.end, spelt });
      continue;
    }
    const after = rolesAfter(text, name.end);
    // "Chủ tịch Atletico Madrid, ông Enrique Cerezo", "Ngoại trưởng Mỹ – ông Rex Tillerson": posts before a comma or a dash, where none follows the name.
    const honorific = after.roles.length ? -1 : honorificBefore(text, name.start);
    const before = honorific >= 0 ? postsBeforeHonorific(text, honorific) : [];
    mentions.push({ name, roles: [...before, ...after.roles], start: before.length ? before[0].start : name.start, end: after.end, spelt });
  }
  const foreign = mayHoldForeignWord(text);
  const posted = foreign ? foreignNamesAfterPosts(text) : [];
  for (const { name, role } of posted) {
    // "Bộ trưởng … Vladimir Makei, Bộ trưởng … Alexander Shamko": a role that holds the next name is that person's.
    // "Ngoại trưởng Mỹ John Kerry làm trưởng đoàn": the post before the name is the role, the predicate is not.
    const after = withoutPredicate(rolesAfter(text, name.end), name.end).roles;
    const own = after.findIndex((r) => posted.some((p) => p.name.start >= r.start && p.name.start < r.end));
    const kept = own < 0 ? after : after.slice(0, own);
    mentions.push({ name, roles: [role, ...kept], start: role.start, end: kept.length ? kept[kept.length - 1].end : name.end });
  }
  for (const { name, roles } of foreign ? foreignNamesAfterTitles(text, mentions.map((m) => m.name)) : []) {
    const after = rolesAfter(text, name.end);
    if (!roles.length && !after.roles.length) continue;
    mentions.push({ name, roles: [...roles, ...after.roles], start: roles.length ? roles[0].start : name.start, end: Math.max(name.end, after.end) });
  }
  for (const s of findSigners(text)) {
    // A signer's name set in capitals ("TRẦN VĂN KHIÊM") is given in its usual capitalisation, as the guide wants.
    const written = text.slice(s.name.start, s.name.end);
    const spelt = inCapitals(written) ? titleCased(written.split(' ')) : undefined;
    mentions.push({ name: s.name, roles: s.roles.map((role) => ({ text: text.slice(role.start, role.end), ...role })), start: s.roles[0].start, end: s.name.end, spelt });
  }
  for (const s of findFieldSigners(text)) {
    const roles = s.roles.map((role) => ({ text: text.slice(role.start, role.end), ...role }));
    mentions.push({ name: s.name, roles, start: Math.min(s.name.start, ...s.roles.map((r) => r.start)), end: Math.max(s.name.end, ...s.roles.map((r) => r.end)) });
  }
  if (!mentions.length) return [];
  trimToKnownNames(text, mentions);
  withoutOthersNames(mentions);
  // Runs come in the text's order; only signers, read apart, may need sorting in.
  if (!inTextOrder(mentions)) mentions.sort((a, b) => a.name.start - b.name.start);
  // One item per person: the first mention that names a post, else the first mention. A Map
  // keeps its keys in the order first set, which is the order people are first named.
  const byName = new Map<string, Mention>();
  const headlineEnd = headlineEndOf(text);
  for (const mention of mentions) {
    // "Nguyễn Văn T." and a later "Nguyễn Văn T," are one person.
    const key = (mention.spelt ?? text.slice(mention.name.start, mention.name.end)).toLowerCase().replace(TRAILING_DOT, '');
    const seen = byName.get(key);
    // Two readers of the same mention (a rank before a signer's name, and the signature block): the one that reads more posts.
    const sameMention = seen !== undefined && seen.name.start === mention.name.start && mention.roles.length > seen.roles.length;
    if (!seen || (!seen.roles.length && mention.roles.length) || sameMention || (seen.end <= headlineEnd && spellsOut(mention.roles, seen.roles))) byName.set(key, mention);
  }
  withoutSurnamesOfNamed(text, byName);
  const items: OfficialItem[] = [];
  for (const m of byName.values()) {
    items.push({
      text: text.slice(m.start, m.end),
      span: [m.start, m.end],
      name: m.spelt ?? text.slice(m.name.start, m.name.end),
      roles: m.roles.map((r) => r.text),
    });
  }
  return items;
}

/** Where the text's first line, a headline, ends. */
function headlineEndOf(text: string): number {
  const end = text.indexOf('\n');
  return end < 0 ? 0 : end;
}

/**
 * Whether `roles` write out in full the posts a headline shortened: each of `short` opens one of
 * them, and one is longer ("Bộ trưởng" in the headline, "Bộ trưởng Bộ Nội vụ" in the body).
 */
function spellsOut(roles: readonly Role[], short: readonly Role[]): boolean {
  if (!short.length || roles.length < short.length) return false;
  const full = roles.map((r) => r.text);
  return short.every((r) => full.some((f) => f.startsWith(r.text))) && full.join('').length > short.map((r) => r.text).join('').length;
}

/**
 * Where a list's entry opens, its mark written ("- ", "+ ", "• "): a post there, then a colon,
 * labels the entry; at a bare line's start it may be a headline quoting one and naming another.
 */
const ENTRY_OPENS_BEFORE = /(?:^|\n)[ \t]*[-–+•*][ \t]*$/;

/** The posts that label a list's entry (they open its line after the mark), else none. */
function labelOfEntry(text: string, posts: Role[]): Role[] {
  return posts.length && ENTRY_OPENS_BEFORE.test(text.slice(Math.max(0, posts[0].start - 8), posts[0].start)) ? posts : [];
}

/**
 * "Tổng thống Trump" where "Donald Trump" is named too, "bà Mai Phương" where "Nguyễn Mai Phương"
 * is, "ông Y Krông" where "Y Krông Mlô" is (Ê Đê and Jrai names are shortened from the end):
 * one person, the full name. Where only a surname's mention names a post, it stays, with the
 * full name ("Tổng thống Trump" and a bare "ông Donald Trump": Donald Trump, Tổng thống).
 */
function withoutSurnamesOfNamed(text: string, byName: Map<string, Mention>): void {
  const keys = [...byName.keys()];
  for (const key of keys) {
    const words = key.split(' ').length;
    if (words > 2) continue;
    // "bà Mai Phương" where "bà Nguyễn Mai Phương" is named: the middle and given names of someone named in full.
    const full = keys.find(
      (other) => (other.endsWith(` ${key}`) || (words === 2 && other.startsWith(`${key} `))) && (words === 1 || other.split(' ').length >= 3) && byName.has(other),
    );
    if (full === undefined) continue;
    const short = byName.get(key)!;
    const named = byName.get(full)!;
    const shortened = words === 1 || full.startsWith(`${key} `);
    if (shortened && short.roles.length && !named.roles.length) byName.set(full, { ...short, spelt: named.spelt ?? text.slice(named.name.start, named.name.end) });
    byName.delete(key);
  }
}

function inTextOrder(mentions: Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].name.start < mentions[i - 1].name.start) return false;
  return true;
}

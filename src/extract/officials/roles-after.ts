// The posts written after a name, as an appositive: "Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ
// tịch UBND tỉnh, Trưởng Ban Chỉ đạo CCHC tỉnh; …", "ông A (Trưởng phòng Nội vụ huyện)",
// "bà B giữ chức Bộ trưởng Bộ Tư pháp". Read forwards token by token from the name (roles.ts
// says what a role is). A role that ends in, or runs into, another person's name is that
// person's post ("…, Chủ tịch UBND Thành phố Nguyễn Văn Tùng, …").
import { TERMS_OF_OFFICE } from '../../lexicon/role-stops.js';
import { OPENERS_AFTER_POSTS } from '../../lexicon/sentence-openers.js';
import { APPOINTING_VERBS, SEATED_POSTS } from '../../lexicon/titles.js';
import { cellGapBefore, isDigitCode, isLowerCode, isUpperCode, isWordCode } from '../regex.js';
import { keyAt, nextToken, prevToken, registerWords, tokenEnd, wordEnd } from '../words.js';
import { plainForeignName } from './foreign-titled.js';
import { dayPartBeforeDate, nameInRun, opensNameAt, runParts, syllablesIn, type NameSpan } from './names.js';
import { APPOSITIVE, APPOSITIVE_ONLY_INDEX, DOCUMENT_TYPE_INDEX, FIRM_INDEX, NAME_PREFIX_AHEAD, PARENT_BODY_INDEX, PLACE_KIND_INDEX, PROTECTED_INDEX, PROVINCE_INDEX } from './patterns.js';
import {
  CLAUSE_BREAKS,
  CLOSE_PAREN,
  COLON,
  COMMA,
  DASHES,
  innerPeriod,
  MAX_PARENT_PARENTHETICAL,
  MAX_ROLE_LENGTH,
  OPEN_PAREN,
  parentheticalEnd,
  PERIOD,
  type Role,
  SPACE,
  trimmed,
} from './roles.js';
import { isSyllable, mayHoldName, runEndingAt, runStartingAt } from './runs.js';
import { bodyAround, bodyAt, commaPairAt, dashPairAt, rankAt, stopAt, titleAt } from './tokens.js';

/**
 * "(UNDP) tại Việt Nam", "(C06) thuộc Bộ Công an": the country or place an office abroad is in, and
 * the body an office is under, still belong to the post.
 */
const PLACE_OR_PARENT_AFTER = /^(?:tại[ ](?!Hội[ ]|Lễ[ ]|Kỳ[ ]|Phiên[ ]|Buổi[ ])|thuộc[ ])\p{Lu}/u;

/** A committee's member, named last in an entry of its list ("… Giám đốc Công an tỉnh – Thành viên."): a role of its own. */
const MEMBER_LABEL = /^[Tt]hành viên(?=[ ]{0,2}(?:[.;,\n]|kiêm[ ]|$))/u;

function memberLabelEnd(text: string, at: number): number {
  const label = at >= 0 ? MEMBER_LABEL.exec(text.slice(at, at + 16)) : null;
  return label ? at + label[0].length : -1;
}

/** Place words after a parenthetical that still belong to the role ("Sở Nội vụ (SNV) tỉnh Lào Cai", "… (VCCI) khu vực Hà Nội", "… (Agribank) chi nhánh tỉnh"). */
const PLACE_AFTER_PARENTHETICAL = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường', 'tp', 'khu', 'chi', 'và', 'kiêm']);
/** A place's kind and its proper name at the end of the role so far ("… UBND tỉnh Quảng Ninh"; not "Hợp tác xã Thức ăn …"). */
const PLACE_NAME_AT_END = /(?:^|[ ])(?:tỉnh|huyện|(?<![Tt]ác )xã|phường|quận|thành phố|thị xã|thị trấn|TP\.?) (?:\p{Lu}\p{Ll}*[ ]?){1,3}$/u;
const PLACE_NAME_REACH = 40;
/** Small words that go on with a role after a place's name: another place, "của" ("Chi nhánh TP. HCM của Công ty …"), the joiners. */
const AFTER_PLACE_NAME = new Set([...PLACE_AFTER_PARENTHETICAL, 'của', 'đồng']);
registerWords(...AFTER_PLACE_NAME);

/** Whether the role [from, pos) ends with a place's kind and its name; the pattern runs only after a capitalised word. */
function placeNameEnds(text: string, from: number, pos: number): boolean {
  const last = prevToken(text, pos);
  return last >= from && isUpperCode(text.charCodeAt(last)) && PLACE_NAME_AT_END.test(text.slice(Math.max(from, pos - PLACE_NAME_REACH), pos));
}

/** A province's kind and up to three capitalised words at the end of the role so far: where those words start. */
const PROVINCE_AT_END = /(?:^|[ ])(?:tỉnh|thành phố|TP\.?) ((?:\p{Lu}\p{Ll}*[ ]?){1,3})$/u;

/** Whether the role so far ends with a province named whole ("… tỉnh Bình Thuận"), its name the longest known at its start. */
function provinceEndsAt(text: string, from: number, pos: number): boolean {
  const slice = text.slice(Math.max(from, pos - PLACE_NAME_REACH), pos);
  // Most roles name no province: the kinds' words first, the pattern only where one stands.
  if (!slice.includes('tỉnh') && !slice.includes('phố') && !slice.includes('TP')) return false;
  const place = PROVINCE_AT_END.exec(slice);
  return place !== null && PROVINCE_INDEX.matchAt(text, pos - place[1].length) === pos;
}

/** Whether a stop word stands in [from, to): a parenthetical that holds one is no part of a role. */
function hasStop(text: string, from: number, to: number): boolean {
  for (let at = nextToken(text, from); at >= 0 && at < to; at = nextToken(text, tokenEnd(text, at))) {
    if (isLowerCode(text.charCodeAt(at)) && stopAt(text, at, keyAt(text, at, tokenEnd(text, at)), from) >= 0) return true;
  }
  return false;
}

/** Characters an appositive's hook opens with (APPOSITIVE): a cheap test before the pattern runs. */
const HOOK_OPENERS = new Set([...',–—-(:|gđlnhĐkt'].map((c) => c.charCodeAt(0)));

function mayHook(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return HOOK_OPENERS.has(c) || (c === SPACE && HOOK_OPENERS.has(text.charCodeAt(at + 1)));
}

/** Where the first role starts after the hook at `at` (", ", " giữ chức "), or -1. */
function appositiveHook(text: string, at: number): number {
  // The commonest hook, ", ", read without the pattern: after a comma only its first branch can match.
  if (text.charCodeAt(at) === COMMA) {
    // "Trương Quang Nghĩa,Bộ trưởng Bộ GTVT": the space after the comma lost before a capital.
    if (isUpperCode(text.charCodeAt(at + 1))) return at + 1;
    if (text.charCodeAt(at + 1) !== SPACE) return -1;
    return heldAfter(text, text.charCodeAt(at + 2) === SPACE ? at + 3 : at + 2);
  }
  APPOSITIVE.lastIndex = at;
  return APPOSITIVE.test(text) ? heldAfter(text, APPOSITIVE.lastIndex) : -1;
}

/** "…, hiện giữ chức vụ Phó chủ tịch UBND xã", "… - hiện là Trưởng phòng": the post held now, after its verb. */
const HELD_AT = /(?:hiện|đang) (?:là|giữ chức(?: vụ)?|đảm nhiệm chức(?: vụ)?) /y;

function heldAfter(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x68 && text.charCodeAt(at) !== 0x111) return at; // h, đ
  HELD_AT.lastIndex = at;
  return HELD_AT.test(text) && titleAt(text, HELD_AT.lastIndex) >= 0 ? HELD_AT.lastIndex : at;
}

const SENTENCE_OPENERS_AFTER_POST: ReadonlySet<string> = new Set(OPENERS_AFTER_POSTS);
/** What may follow an opener inside a name: "Phòng Theo dõi …", "huyện Tuy Phước" (only "Tuy nhiên" opens a sentence). */
const NAME_AFTER_OPENER = /^[ ](?:dõi|[\p{Lu}])/u;
const TUY_NHIEN = /^[ ]nhiên(?![\p{L}])/u;

function opensSentenceAt(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  // "… Yên Bái Sáng 8/2, Tỉnh ủy …": a part of the day before its date; "… Thanh Khê Cụ thể, …".
  if (dayPartBeforeDate(text, start, end)) return true;
  if (word === 'Cụ') return text.startsWith(' thể', end);
  if (!SENTENCE_OPENERS_AFTER_POST.has(word)) return false;
  const rest = text.slice(end, end + 8);
  return word === 'Tuy' ? TUY_NHIEN.test(rest) : !NAME_AFTER_OPENER.test(rest);
}

/** A National Assembly deputy's delegation in brackets after the name: "(Đoàn ĐBQH tỉnh Quảng Nam)". */
const DELEGATION_IN_BRACKETS = /^[ ]?\(((?:Đoàn|đoàn)[ ](?:ĐBQH|đại biểu Quốc hội)[^()\n]{0,60})\)/u;
const DELEGATION_REACH = 90;

export interface Appositive {
  roles: Role[];
  /** Where the last role ends (the name's end when there is none). */
  end: number;
  /** The roles hang on a verb ("Trần Văn A làm Trưởng ban"): a predicate, which gives no role where a post stands before the name. */
  predicate: boolean;
}

/** The appositive, or none where it hangs on a verb: after a name with its post before it, the predicate is no role. */
export function withoutPredicate(after: Appositive, name: number): Appositive {
  return after.predicate ? { roles: [], end: name, predicate: false } : after;
}

/**
 * What a parenthetical about the person holds ("(SN 1986, …)", "(22 tuổi, …)", "(vợ bị cáo …)"),
 * where the person stands in the photo ("(ảnh dưới)", "(bìa phải)", "(thứ hai từ trái sang)"), or
 * what people call them ("(ông Sáu Hiệp)", "(bà con quen gọi là ông Năm)", "(thường gọi là Út)"):
 * it stands between a name and its post.
 */
const ABOUT_PERSON = /^\((?:SN|sinh năm|sn|\d{1,3} tuổi|quê|trú|ngụ|vợ|chồng|con|em|anh|chị|bố|mẹ|cha|ảnh|bìa|đứng giữa|giữa|trái|phải|(?:bên|ngoài|đứng|ngồi) (?:trái|phải|giữa)|thứ (?:hai|ba|tư|năm|sáu|bảy|\d) từ|ông|bà|thường gọi|hay gọi|còn gọi|tên thường gọi)[ ,.:)\-–]/;
/** An age or a year of birth and the comma (or a dash) after it, opening a parenthetical: a post may follow inside. */
const AGE_THEN_COMMA = /^\((?:SN:? ?\d{4}|sinh năm \d{4}|\d{1,3} tuổi)(?:, | ?[-–] )/;

/** The same between commas: "Trần Văn Bình, sinh ngày 2/3/1970, Chủ tịch UBND huyện", "…, SN 1976, …", "…, 45 tuổi, …", or before a semicolon. */
const ABOUT_PERSON_CLAUSE = /^, (?:sinh (?:ngày|năm)|SN|sn|\d{1,3} tuổi)[^,;.()]{0,24}(?=[,;] )/;

/** Where an appositive starts after a parenthetical or a clause about the person ("Bùi Mạnh Quốc (SN 1986, …) - Giám đốc …"), else `start`. */
function afterAboutPerson(text: string, start: number): number {
  if (text.charCodeAt(start) === COMMA) {
    const clause = ABOUT_PERSON_CLAUSE.exec(text.slice(start, start + 40));
    if (!clause) return start;
    // "- Trần Minh Luân, sinh năm 1975; nguyên Giám đốc …": after a semicolon the post follows a space;
    // a decision's fields may stand between ("…, sinh ngày 14/02/1987; quê quán: xã Ân Nghĩa, …; chức vụ: công chức …").
    const end = start + clause[0].length;
    if (text.charCodeAt(end) !== SEMICOLON) return end;
    const fields = FIELDS_BEFORE_POST.exec(text.slice(end + 1, end + 1 + FIELDS_REACH));
    return fields && titleAt(text, end + 1 + fields[0].length) >= 0 ? end + fields[0].length : end + 1;
  }
  const open = text.charCodeAt(start) === SPACE ? start + 1 : start;
  if (text.charCodeAt(open) !== OPEN_PAREN || !ABOUT_PERSON.test(text.slice(open, open + 16))) return start;
  // "Dương Minh Tâm (37 tuổi, nguyên Phó chánh TTGT …)": the post inside, after the age.
  const inside = AGE_THEN_COMMA.exec(text.slice(open, open + 24));
  // "(35 tuổi- nguyên Đội trưởng …)": a dash instead of the comma; the post is read after the space either way.
  if (inside && titleAt(text, open + inside[0].length) >= 0) return open + inside[0].length - (inside[0].endsWith(', ') ? 2 : 1);
  // "(SN 1964, trú tại phường Khương Mai, Hà Nội - Nguyên cán bộ địa chính …)": the post closes it, after a dash;
  // "(sinh năm 1966, quê quán xã Xuân Huy; nguyên Chủ tịch HĐND xã …)": or after a semicolon.
  const parenthetical = text.slice(open, open + LONG_PARENTHETICAL);
  const before = POST_AFTER_DASH.exec(parenthetical) ?? POST_AFTER_SEMICOLON.exec(parenthetical);
  if (before && titleAt(text, open + before[0].length) >= 0) return open + before[0].length - 1;
  // It may hold an address with semicolons ("(SN: 1983; trú tại: xã Tịnh Đông, huyện Sơn Tịnh)").
  const close = parentheticalEnd(text, open, LONG_PARENTHETICAL, true);
  return close < 0 ? start : close;
}
/** A decision's fields after the birth, up to the post: " quê quán: xã Ân Nghĩa, huyện Lạc Sơn; chức vụ: ". */
const FIELDS_BEFORE_POST = /^(?:[ ](?:quê quán|nơi ở|trú quán|nơi cư trú|dân tộc|trình độ[^:;\n]{0,20}):[^;\n]{1,80};)*[ ]chức vụ:[ ]/u;
const FIELDS_REACH = 200;
/** A parenthetical's words up to a dash between spaces, none of them a bracket or a clause's break. */
const POST_AFTER_DASH = /^\([^()\n;:"“”!?]{4,100}?[ ][-–][ ]/u;
/** A birth and a hometown up to a semicolon, opening a parenthetical: "(sinh năm 1981; ", "(SN 1970, quê quán xã Xuân Huy; ". */
const POST_AFTER_SEMICOLON = /^\((?:SN|sinh năm|sinh ngày|\d{1,3} tuổi)[^()\n;"“”!?]{1,100}?;[ ]/u;
const LONG_PARENTHETICAL = 120;
const SEMICOLON = 0x3b;

/**
 * Posts after one name, at most: the longest lists in the annotated texts hold five. The bound
 * keeps each name's reading short where no next name ends the list ("A, Ngoại trưởng Qatar Hamid
 * bin Jasim, Ngoại trưởng …", a name with a particle being no run of capitals).
 */
const MAX_ROLES_AFTER = 12;

/** The posts written after a name that ends at `start` ("…, Phó Chủ tịch UBND tỉnh phát biểu"). */
export function rolesAfter(text: string, name: number): Appositive {
  const delegation = DELEGATION_IN_BRACKETS.exec(text.slice(name, name + DELEGATION_REACH));
  if (delegation) {
    // "đại biểu Trương Thị Mỹ Duyên (Đoàn ĐBQH tỉnh Quảng Nam)": the deputy's delegation, and any post after it.
    const start = name + delegation[0].indexOf(delegation[1]);
    const role = { text: delegation[1], start, end: start + delegation[1].length };
    const rest = rolesAfter(text, name + delegation[0].length);
    return { roles: [role, ...rest.roles], end: Math.max(role.end, rest.end), predicate: false };
  }
  const start = afterAboutPerson(text, name);
  let at = start;
  const hook = mayHook(text, start) ? appositiveHook(text, start) : -1;
  if (hook >= 0) at = hook;
  else if (text.charCodeAt(start) === SPACE && isUpperCode(text.charCodeAt(start + 1))) at = start + 1; // "Lê Gia Vinh Phó Chủ tịch …"
  // "Đinh Công Tráng  nguyên Phó Chủ tịch UBND huyện": the post in the next cell of a table written with tabs (two spaces).
  else if (cellGapBefore(text, start + 2) && titleAt(text, start + 2) >= 0) at = start + 2;
  // "Hà Văn Tiên (SN: 1969) nguyên Trưởng phòng …": after the parenthetical a post may follow a space.
  else if (start > name && text.charCodeAt(start) === SPACE && titleAt(text, start + 1) >= 0) at = start + 1;
  else if (DASHES.has(text.charCodeAt(start)) && titleAt(text, start + 1) >= 0) at = start + 1; // "Hồ Sỹ Hùng-Cục trưởng …"
  else return { roles: [], end: name, predicate: false };
  // "làm Trưởng ban", "giữ chức Giám đốc", "là Trưởng đoàn": a verb, not a comma, a bracket or "kiêm" (a post held too), hooks the posts.
  // "… tiếp tục giữ chức Trưởng Ban …" names the post held: most annotated cases keep it (three leave it out).
  const predicate = hook >= 0 && text.charCodeAt(start) === SPACE && isLowerCode(text.charCodeAt(start + 1)) && !text.startsWith(HELD_TOO, start) && !holdsPostAt(text, start + 1);
  const read = readRoles(text, at, MAX_ROLES_AFTER);
  const roles = read.roles;
  // The role belongs to the name it ends with, and so do the roles joined to it by "và".
  if (read.handoff && read.afterAnd >= 0) roles.length = read.afterAnd;
  const seat = roles.length && roles.length < MAX_ROLES_AFTER ? seatAfterColon(text, roles[roles.length - 1].end) : [];
  roles.push(...seat);
  return { roles, end: roles.length ? roles[roles.length - 1].end : name, predicate };
}

interface ReadRoles {
  roles: Role[];
  /** The last role read ends with another person's name, whose role it is. */
  handoff: boolean;
  /** Where the roles after the last "và" start: "A, X, Y và Z, W Nguyễn Văn B" gives Z and W to B; -1 for none. */
  afterAnd: number;
}

/** The roles that follow one another from the post at `at`, at most `limit`, up to the first that ends with another name. */
function readRoles(text: string, at: number, limit: number): ReadRoles {
  const roles: Role[] = [];
  let afterAnd = -1;
  for (let titleEnd = titleAt(text, at); titleEnd >= 0 && roles.length < limit; ) {
    const segment = readSegment(text, at, titleEnd);
    if (segment.handoff) return { roles, handoff: true, afterAnd };
    const role = trimmed(text, at, segment.end);
    if (!role) break;
    roles.push(role);
    if (segment.and) afterAnd = roles.length;
    at = segment.next;
    titleEnd = segment.nextTitleEnd;
  }
  return { roles, handoff: false, afterAnd };
}

/** A colon, then a post that closes the entry before ";", "." or the line's end: a council's list ("…, Giám đốc Sở Nội vụ: Chủ tịch Hội đồng;"). */
const SEAT_AFTER = /^[ ]?:[ ]{1,2}(?=\p{Lu})/u;
const SEAT_CLOSES = /^[ ]?(?:[;.]|\n|$)/;
/** A seat and the posts it is joined to by "kiêm" ("Ủy viên kiêm Thư ký"). */
const MAX_SEATS = 3;

function seatAfterColon(text: string, end: number): Role[] {
  if (text.charCodeAt(end) !== COLON && text.charCodeAt(end + 1) !== COLON) return [];
  const hook = SEAT_AFTER.exec(text.slice(end, end + 4));
  if (!hook) return [];
  const { roles: seats, handoff } = readRoles(text, end + hook[0].length, MAX_SEATS);
  if (handoff || !seats.length) return [];
  const last = seats[seats.length - 1].end;
  return SEAT_CLOSES.test(text.slice(last, last + 3)) ? seats : [];
}

interface Segment {
  end: number;
  /** Where the next role starts and where its post ends; -1 for both when the list ends here. */
  next: number;
  nextTitleEnd: number;
  /** The role ends with another person's name ("…, Chủ tịch UBND Thành phố Nguyễn Văn Tùng"). */
  handoff: boolean;
  /** The next role is joined by "và". */
  and: boolean;
}

/**
 * The name of `least` syllables or more in the run [start, end] of a role that starts at
 * `roleStart`, or null: none in a role that names a firm ("Công ty … Hoàng Phước Minh").
 */
function personIn(text: string, roleStart: number, [start, end]: [number, number], least = 3): NameSpan | null {
  if (!mayHoldName(text, start, end)) return null;
  for (const part of runParts(syllablesIn(text, start, end), text)) {
    if (part.length < least) continue;
    const name = nameInRun(part, text);
    if (!name || text.slice(name.start, name.end).split(' ').length < least) continue;
    return namesFirm(text, roleStart, name.start) ? null : name;
  }
  return null;
}

/** Whether a firm or institution is named in [from, to) ("Công ty", "Bệnh viện"). */
function namesFirm(text: string, from: number, to: number): boolean {
  for (let at = from; at >= 0 && at < to; at = nextToken(text, tokenEnd(text, at))) {
    const key = keyAt(text, at, tokenEnd(text, at));
    if (FIRM_INDEX.opens(key) && FIRM_INDEX.matchAt(text, at, key) >= 0) return true;
  }
  return false;
}

/**
 * The name a role ends with ("…, Chủ tịch UBND Thành phố Nguyễn Văn Tùng, …"), of three
 * syllables or more: a shorter run is as often a place or a firm ("quận Nam Từ Liêm").
 */
function nameAtEnd(text: string, from: number, end: number): NameSpan | null {
  const run = runEndingAt(text, end, from + 1);
  const name = run ? personIn(text, from, run, SEATED_POST_BEFORE.test(text.slice(from, run[0])) ? 2 : 3) : null;
  return name && name.end === end ? name : foreignNameAtEnd(text, from, end);
}

/** A post abroad and "tại" right before the run: the place, then a name of two syllables too ("Đại sứ Việt Nam tại Lào Lê Ánh"). */
const SEATED_POST_BEFORE = new RegExp(`^(?:${SEATED_POSTS.join('|')})[^,;:()]* tại $`, 'u');

/** Two capitalised words in plain letters, one of them no Vietnamese syllable: "Tổng thống Mỹ Donald Trump". */
const FOREIGN_PAIR_AT_END = /(?:^|[ ])([A-Z][a-z\u00df-\u00ff'’]+(?:-[A-Za-z][a-z]+)?) ([A-Z][a-z\u00df-\u00ff'’]+(?:-[A-Za-z][a-z]+)?)$/;

/**
 * The foreign name a role ends with, which makes the role that person's ("…, Tổng thống Mỹ Donald
 * Trump"): after a capitalised word or a bracket, never a firm's or a place's name ("… xã Ea Kao",
 * "… công ty du lịch Liên Bang Travel").
 */
function foreignNameAtEnd(text: string, from: number, end: number): NameSpan | null {
  const before = text.slice(Math.max(from, end - 60), end);
  const name = initialNameAt(text, before, end) ?? pairAtEnd(before, end);
  // "Giám đốc Cty Hanoi Redtours": the name at the end of a role that names a firm is the firm's.
  if (!name || namesFirm(text, from, name.start)) return null;
  const word = prevToken(text, name.start);
  return word >= from && (isUpperCode(text.charCodeAt(word)) || text.charCodeAt(word) === CLOSE_PAREN) ? name : null;
}

/** The two words `before` (the role so far, ending at `end`) ends with, when they may be a foreign name. */
function pairAtEnd(before: string, end: number): NameSpan | null {
  const pair = FOREIGN_PAIR_AT_END.exec(before);
  if (!pair || !plainForeignName([pair[1], pair[2]])) return null;
  return { start: end - pair[1].length - pair[2].length - 1, end };
}

/** A first name and an initial at the end of the role so far, then the initial's point and a surname: "… Việt Nam Marc E. Knapper". */
const FIRST_AND_INITIAL_AT_END = /(?:^|[ ])([A-Z][a-z\u00df-\u00ff'’]+) [A-Z]$/;
const SURNAME_AFTER_INITIAL = /\. ([A-Z][a-z\u00df-\u00ff'’]+)(?![\p{L}\p{N}])/uy;

/** The foreign name whose initial's point ended the role so far (it ends past `end`), or null. */
function initialNameAt(text: string, before: string, end: number): NameSpan | null {
  const first = FIRST_AND_INITIAL_AT_END.exec(before);
  if (!first) return null;
  SURNAME_AFTER_INITIAL.lastIndex = end;
  const surname = SURNAME_AFTER_INITIAL.exec(text);
  if (!surname || !plainForeignName([first[1], surname[1]])) return null;
  return { start: end - first[1].length - 2, end: SURNAME_AFTER_INITIAL.lastIndex };
}

/** Associations, firms, cooperatives, boards and departments, whose names hold "và" and lower-case words ("Hội đập lớn và phát triển nguồn nước Việt Nam", "Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Ban Bồi thường, hỗ trợ và tái định cư huyện"). */
const ORGANISATION = /(?:^|[ ])(?:Hội|Hiệp hội|Công ty|Cty|Tổng công ty|Tập đoàn|Viện|Học viện|Trung tâm|trung tâm|Quỹ|Liên hiệp|HTX|Hợp tác xã|BQL|[Bb]an [Qq]uản lý|[Bb]an [Cc]hỉ đạo|[Bb]an [Bb]ồi thường|[Pp]hòng)[ ,]/u;

/** Words after "và" that name people, not the rest of a body's name ("… và ông Kurt Campbell", "… và lãnh đạo UBND xã", "… và hơn 80 chuyên gia"). */
const PEOPLE_AFTER_AND: ReadonlySet<string> = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'chồng', 'vợ', 'con', 'lãnh', 'cán', 'đại', 'người', 'nhiều', 'một', 'hơn', 'gần', 'khoảng', 'trên', 'các', 'những']);

/**
 * Whether a lower-case word at `next`, after "và", goes on with the name of an association or a
 * firm the role [from, to) names ("Chủ tịch Hội đập lớn và phát triển nguồn nước …").
 */
function andInOrganisation(text: string, from: number, to: number, next: number): boolean {
  const nextEnd = tokenEnd(text, next);
  if (PEOPLE_AFTER_AND.has(text.slice(next, nextEnd)) || !ORGANISATION.test(text.slice(from, to))) return false;
  return stopAt(text, next, keyAt(text, next, nextEnd), from) < 0;
}

/** Whether a title-case syllable stands right before `at` (`at` is inside a run, not at its start). */
function syllableBefore(text: string, at: number): boolean {
  const before = prevToken(text, at);
  return before >= 0 && text.charCodeAt(at - 1) === SPACE && isSyllable(text, before, tokenEnd(text, before));
}

/** Whether a name opens at `at`: a surname, a space and another capital. */
function nameAhead(text: string, at: number): boolean {
  const end = wordEnd(text, at);
  return opensNameAt(text, at, end) && text.charCodeAt(end) === SPACE && isUpperCode(text.charCodeAt(end + 1));
}

/**
 * The segment ends at `end`, and the next role starts at `next` when a post starts there (its
 * end is `nextTitleEnd`, -1 for none). When a personal name stands at `end`, the role is that
 * person's and the list ends.
 */
function finish(text: string, from: number, end: number, next = -1, nextTitleEnd = -1): Segment {
  const handoff = nameAtEnd(text, from, end) !== null;
  if (handoff || nextTitleEnd < 0) return { end, next: -1, nextTitleEnd: -1, handoff, and: false };
  return { end, next, nextTitleEnd, handoff, and: false };
}

/** Where the post that starts at `at` ends; -1 when there is none, or no token (`at` < 0). */
function titleEndAt(text: string, at: number): number {
  return at >= 0 ? titleAt(text, at) : -1;
}

/**
 * What a parenthetical after a post opens with when it is no part of it: the term ("(nhiệm kỳ
 * 2011 - 2016)", "(giai đoạn 2020 - 2023)", "(2016-2021)"), how the post was given ("(chỉ
 * định)"), why a recipient gets the document ("(b/c)", "(để biết)"), the post the person holds now ("(nay là …)"), how to reach them ("(số điện thoại
 * 0593.853.217)"), or the days they are on duty ("(Thứ Hai, Thứ Tư)", "(T3, T5)").
 * A body's parent in capitals stays ("Vụ Cải cách hành chính (Bộ Nội vụ)"), and so does the
 * higher place that locates it (PLACE_IN_BRACKETS), as most annotated sets keep it.
 */
const NOT_OF_THE_POST = new RegExp(
  `^(?:${TERMS_OF_OFFICE.join('|')}|khóa|khoá|nay là|(?:được )?chỉ định\\)|(?:để )?(?:b\\/c|t\\/h|p\\/h|báo cáo|biết|thực hiện|phối hợp)\\)|\\d|số điện thoại|điện thoại|ĐT|SĐT|email|[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ nhật|T[2-7][,) ])`,
  'u',
);

/** A former post opening a bracket after a post: "(nguyên …", "(cựu …". */
const FORMER_IN_BRACKETS = /^(?:nguyên|cựu) /;

/** A higher place in brackets after a post ("(huyện Đồng Văn)", "(TX. Tân Uyên)", "(TP.HCM)"): the last of the post. */
const PLACE_IN_BRACKETS = /^(?:huyện |tỉnh |thị xã |thành phố |quận |(?:TX|TP|Tp)\.? ?\p{Lu})/u;

/** The verbs of appointment and of moving a person to a post ("luân chuyển", "biệt phái"). */
const MOVING_VERBS = [...APPOINTING_VERBS, 'luân chuyển', 'biệt phái'];
/** Those that send a person to a post, not elect them ("được bầu làm" is left out, as most annotators do). */
const TRANSFER_VERBS = MOVING_VERBS.filter((verb) => verb !== 'bầu');

/**
 * "giữ chức", after "(được) bổ nhiệm", "(được) chỉ định", "(được) luân chuyển", "tiếp tục" or not
 * ("Ủy viên Trung ương Đảng được chỉ định giữ chức Bí thư Tỉnh ủy"); "được bổ nhiệm" right
 * before the post ("bà B được bổ nhiệm Giám đốc Trung tâm …"), and "được điều động làm" ("…, Giám
 * đốc Sở Thông tin và Truyền thông, được điều động làm Phó Giám đốc Sở Khoa học và Công nghệ").
 */
const HOLDS = `(?:(?:(?:(?:được )?(?:${MOVING_VERBS.join('|')})(?:, bổ nhiệm)?|tiếp tục) )?giữ chức|được bổ nhiệm(?: lại)?|được (?:${TRANSFER_VERBS.join('|')}) làm)`;
/**
 * "(tái) đắc cử": it ends the posts after a name, but the post won joins none of them ("Lê Công
 * Danh, Bí thư Đảng ủy Khối, tái đắc cử Bí thư": four annotated sets of five leave it out);
 * right after the name it is the person's post (the appositive hook, patterns.ts).
 */
const ELECTED = '(?:tái )?đắc cử(?: chức)?';

/**
 * Words that join one post to the next: "kiêm", "đồng thời là", "đồng thời", "nay là" after a
 * former post ("nguyên Trưởng phòng Nội vụ huyện, nay là Phó Chủ tịch UBND huyện"), and "giữ
 * chức" ("Phó Trưởng Ban Tổ chức Trung ương giữ chức Phó Thủ tướng Chính phủ").
 */
const JOINER = new RegExp(`(?:kiêm|đồng thời(?: là| giữ chức)?|đồng thời kiêm|nay là|${HOLDS}(?: vụ)?) `, 'y');
const HOLDS_POST = new RegExp(`(?:${HOLDS}|${ELECTED}) `, 'y');

/** The first letters of HOLDS_POST's words: "giữ", "được", "tiếp", "đắc", "tái", and the verbs before "giữ chức" without "được" ("luân chuyển giữ chức"). */
const HOLDS_POST_FIRSTS: ReadonlySet<number> = new Set(['giữ', 'được', 'tiếp', 'đắc', 'tái', ...MOVING_VERBS].map((word) => word.charCodeAt(0)));

function holdsPostAt(text: string, at: number): boolean {
  HOLDS_POST.lastIndex = at;
  return HOLDS_POST.test(text);
}

/** Past the words that join one post to the next, from the token at `at` (`at` itself where none stands there). */
function afterJoiner(text: string, at: number): number {
  JOINER.lastIndex = at;
  return JOINER.test(text) ? JOINER.lastIndex : at;
}

/** A term between two posts: "…, Ủy viên Ủy ban T.Ư MTTQ Việt Nam, nhiệm kỳ 2014-2019, Ủy viên Ban Thường vụ …". */
const TERM_BETWEEN = /(?:nhiệm kỳ|khóa|khoá) [^,;.()\n]{1,16}, /y;

/** Past a term written between posts, where a post follows it; else `at`. */
function afterTerm(text: string, at: number): number {
  TERM_BETWEEN.lastIndex = at;
  if (!TERM_BETWEEN.test(text)) return at;
  return titleAt(text, TERM_BETWEEN.lastIndex) >= 0 ? TERM_BETWEEN.lastIndex : at;
}

const HELD_TOO = ' kiêm ';

/** Reporting verbs after which a body closes an appositive ("…, Bộ Nội vụ cho biết"); another verb makes the body the next clause's subject ("…, Bộ Nội vụ sẽ …"). */
const REPORTING_AFTER = /^[ ]{1,2}(?:cho biết|cho hay|phát biểu|nhấn mạnh|khẳng định|chia sẻ|cho rằng|nói|chủ trì|đồng chủ trì|trả lời|giải đáp|nêu rõ|thông tin)(?![\p{L}])/u;
/** After a body that closes an appositive: a mark that ends it, a bracket ("… Văn phòng UBND tỉnh (điện thoại …)"), or the end of the text. */
const CLOSES_AFTER = /^[ ]{0,2}(?:[,.;:()\n]|$)/;

/**
 * The body a post belongs to, written after a comma as a role of its own ("Vụ trưởng Vụ Cải
 * cách hành chính, Bộ Nội vụ"; the guide splits roles at commas): a capitalised parent body
 * with its name, which ends the appositive. Where the opener ends, or -1.
 */
function parentBodyRoleAt(text: string, at: number): number {
  if (!isUpperCode(text.charCodeAt(at))) return -1;
  const openerEnd = PARENT_BODY_INDEX.matchAt(text, at);
  if (openerEnd < 0) return -1;
  let name = nextToken(text, openerEnd);
  // "BHXH tỉnh Thanh Hóa", "Công an thành phố Cần Thơ": the place's kind in small letters before its name.
  const placeEnd = name - openerEnd === 1 && isLowerCode(text.charCodeAt(name)) ? PLACE_KIND_INDEX.matchAt(text, name) : -1;
  if (placeEnd >= 0) name = nextToken(text, placeEnd);
  if (name < 0 || text.charCodeAt(name - 1) !== 32 || !isUpperCode(text.charCodeAt(name))) return -1;
  const segment = readSegment(text, at, openerEnd);
  if (segment.handoff) return -1;
  const rest = text.slice(segment.end, segment.end + 16);
  return segment.next >= 0 || CLOSES_AFTER.test(rest) || REPORTING_AFTER.test(rest) ? openerEnd : -1;
}

/** After a kind of document, its number: "số" or a figure ("Quyết định số 514", "Nghị định 107"). */
const NUMBER_AFTER = /^[ ]+(?:số|\d)/;

/** Whether a document cited by its number, its kind capitalised, opens at `at`. */
function documentCitedAt(text: string, at: number): boolean {
  if (!isUpperCode(text.charCodeAt(at))) return false;
  const kindEnd = DOCUMENT_TYPE_INDEX.matchAt(text, at);
  return kindEnd >= 0 && NUMBER_AFTER.test(text.slice(kindEnd, kindEnd + 6));
}

/**
 * A capitalised field of work after "và" in a department's name, which is also a staff title
 * ("Trưởng phòng Kê khai và Kế toán thuế"): no second post, the body's name goes on.
 */
function fieldInBodyAt(text: string, at: number): boolean {
  return isUpperCode(text.charCodeAt(at)) && APPOSITIVE_ONLY_INDEX.matchAt(text, at) >= 0;
}

/** A figure and a unit of time: "6 năm tù", "18 tháng", "30 ngày" (not "số 1 năm 2023", a cluster's year). */
const DURATION_AT = /^\d{1,3}(?:[.,]\d{1,2})?[ ](?:năm|tháng|ngày|tuần|giờ)(?![\p{L}]|[ ]?\d)/u;

/** One role from `at` (a post ending at `titleEnd`): up to a separator followed by another post, or to what ends the list. */
function readSegment(text: string, at: number, titleEnd: number): Segment {
  const limit = Math.min(text.length, at + MAX_ROLE_LENGTH + 1);
  let pos = titleEnd;
  /** Whether the role so far ends with a known body ("Bộ Công an"): a name of two syllables may follow it. */
  let afterBody = false;
  for (;;) {
    const t = nextToken(text, pos);
    if (t < 0 || t >= limit) return finish(text, at, pos);
    const c = text.charCodeAt(t);
    const spaced = t > pos;
    // A figure in the next cell of a table written with tabs ("nguyên Phó Chủ tịch UBND huyện  6 năm tù"), or a span
    // of time after the post, the predicate's ("nguyên Chủ tịch UBND xã 6 năm tù"): the post ends before it.
    if (isDigitCode(c) && spaced && (cellGapBefore(text, t) || DURATION_AT.test(text.slice(t, t + 16)))) return finish(text, at, pos);
    if (isWordCode(c)) {
      const end = wordEnd(text, t);
      const key = keyAt(text, t, end);
      const body = bodyAt(text, t, key);
      if (body >= 0) {
        pos = body;
        afterBody = true;
        continue;
      }
      // "… Ban ATGT tỉnh Thiếu tá Nguyễn Văn A": a rank opens the next person's title.
      if (isUpperCode(c) && rankAt(text, t, key)) return finish(text, at, pos);
      // "… Thành ủy Đà Nẵng Theo đó, …", "… Thành ủy Hải Phòng - Đây là …": a full stop lost before the next sentence.
      if (isUpperCode(c) && t > at && opensSentenceAt(text, t, end)) return finish(text, at, pos);
      // "… Đoàn Luật sư tỉnh Bình Thuận Không nên …": after a whole province's name, a capital that goes on with no name opens the next sentence.
      if (isUpperCode(c) && provinceEndsAt(text, at, pos)) return finish(text, at, pos);
      // "Trung úy Nguyễn Văn A và …", "Bí thư Tỉnh ủy Quảng Ninh Nguyễn Văn Đọc cho biết": the role
      // so far is the title of the name that follows.
      if (isUpperCode(c) && !syllableBefore(text, t)) {
        const run = runStartingAt(text, t);
        // "…, Bộ trưởng Bộ Công an Tô Lâm cho biết": after a whole body, two syllables are a name too.
        const person = run ? personIn(text, at, run, afterBody ? 2 : 3) : null;
        if (person) return { end: person.start, next: -1, nextTitleEnd: -1, handoff: true, and: false };
      }
      // "Chủ tịch UBND tỉnh Quảng Ninh đánh trống khai hội": small words after a place's name start the predicate.
      if (isLowerCode(c) && !AFTER_PLACE_NAME.has(key) && placeNameEnds(text, at, pos)) return finish(text, at, pos);
      // "Chủ tịch UBND tỉnh đồng thời là Bí thư Tỉnh ủy", "… giữ chức Phó Thủ tướng": the next post, joined without a comma.
      const holds = HOLDS_POST_FIRSTS.has(c) && holdsPostAt(text, t);
      if (key === 'đồng' || holds) {
        const joined = afterJoiner(text, t);
        const joinedTitleEnd = joined !== t ? titleEndAt(text, joined) : -1;
        if (joinedTitleEnd >= 0) return finish(text, at, pos, joined, joinedTitleEnd);
        if (holds) return finish(text, at, pos); // "Giám đốc Sở giữ chức vụ này từ …": the predicate
      }
      if (stopAt(text, t, key, at) >= 0) {
        // "Trưởng ban chỉ đạo …": a stop word inside a known body that starts in the role.
        const body = bodyAround(text, t, key);
        if (body < at) return finish(text, at, pos);
        pos = Math.max(end, PROTECTED_INDEX.matchAt(text, body));
        continue;
      }
      if (key === 'kiêm' || key === 'và') {
        const next = nextToken(text, end);
        // "… Phó Chủ tịch UBND huyện và Thượng tá A Hùng, …": a rank after "và" opens the next person.
        if (key === 'và' && next >= 0 && isUpperCode(text.charCodeAt(next)) && rankAt(text, next, keyAt(text, next, tokenEnd(text, next)))) return finish(text, at, pos);
        const nextTitleEnd = titleEndAt(text, next);
        if (nextTitleEnd >= 0 && !(key === 'và' && fieldInBodyAt(text, next))) {
          const segment = finish(text, at, pos, next, nextTitleEnd);
          segment.and = key === 'và';
          return segment;
        }
        // "Trưởng phòng … huyện và 6 công chức": a count of others after "và" ends the post, as
        // does a document cited by its number ("… giữ chức Phó Giám đốc Sở Nội vụ và Quyết định số 514/QĐ-UBND").
        if (key === 'kiêm' || next < 0 || isDigitCode(text.charCodeAt(next)) || documentCitedAt(text, next)) return finish(text, at, pos);
        if (isLowerCode(text.charCodeAt(next))) {
          if (!andInOrganisation(text, at, pos, next)) return finish(text, at, pos);
          pos = end;
          afterBody = false;
          continue;
        }
        // "… MHBS và Đặng Văn Hòa - …", "… và TS. Lục Văn Tuyên": another person joins the list.
        if (nameAhead(text, next) || NAME_PREFIX_AHEAD.test(text.slice(next, next + 24))) return finish(text, at, pos);
      }
      pos = end;
      afterBody = false;
      continue;
    }
    if (c === COMMA) {
      if (bodyAround(text, t, ',') >= at || commaPairAt(text, t)) {
        pos = t + 1;
        continue;
      }
      let next = nextToken(text, t + 1);
      // "…, nguyên Chủ tịch HĐTV, kiêm Tổng Giám đốc …", "…, đồng thời là Chủ tịch …": words that join the next post.
      if (next >= 0) next = afterJoiner(text, afterTerm(text, next));
      const nextTitleEnd = titleEndAt(text, next);
      if (nextTitleEnd < 0 && next >= 0) {
        const parentEnd = Math.max(parentBodyRoleAt(text, next), memberLabelEnd(text, next));
        if (parentEnd >= 0) return finish(text, at, pos, next, parentEnd);
      }
      return finish(text, at, pos, next, nextTitleEnd);
    }
    // "Tổng Thư ký Quốc hội-Chủ nhiệm Văn phòng Quốc hội": a dash glued between a word and a post parts two posts.
    if (DASHES.has(c) && !spaced && isWordCode(text.charCodeAt(t - 1))) {
      const nextTitleEnd = titleEndAt(text, t + 1);
      if (nextTitleEnd >= 0) return finish(text, at, pos, t + 1, nextTitleEnd);
    }
    if (DASHES.has(c) && spaced) {
      const next = nextToken(text, t + 1);
      // "Phòng Thanh tra kinh tế - xã hội", "Vụ Tổ chức - Cán bộ": a pair of words a body's name joins with a dash.
      if (next >= 0 && dashPairAt(text, t)) {
        pos = t + 1;
        continue;
      }
      const nextTitleEnd = Math.max(titleEndAt(text, next), memberLabelEnd(text, next));
      if (nextTitleEnd >= 0) return finish(text, at, pos, next, nextTitleEnd);
      // "Sở Lao động - Thương binh và Xã hội": a dash inside a body's name, unless lower case follows.
      if (next < 0 || isLowerCode(text.charCodeAt(next))) return finish(text, at, pos);
      pos = t + 1;
      continue;
    }
    if (c === OPEN_PAREN) {
      // "Phó Giám đốc Sở Xây dựng (nguyên Giám đốc Sở GTVT)": a former post in brackets is a role of its own.
      const former = FORMER_IN_BRACKETS.exec(text.slice(t + 1, t + 8));
      if (former) {
        const formerEnd = titleEndAt(text, t + 1 + former[0].length);
        if (formerEnd >= 0) return finish(text, at, pos, t + 1, formerEnd);
      }
      const close = parentheticalEnd(text, t, PARENT_BODY_INDEX.matchAt(text, t + 1) >= 0 ? MAX_PARENT_PARENTHETICAL : undefined);
      // "Giám đốc Sở Nội vụ (Quyết định số 231/QĐ-UBND)": the document that gave the post is not part of it.
      if (close < 0 || hasStop(text, t + 1, close) || NOT_OF_THE_POST.test(text.slice(t + 1, t + 16)) || documentCitedAt(text, t + 1)) return finish(text, at, pos);
      pos = close;
      // "Cục Hàng hải Việt Nam (HHVN) xung quanh chủ đề": lower case after the parenthetical ends the role.
      const next = nextToken(text, close);
      // "… (Bệnh viện Nam học và Hiếm muộn Hà Nội)  GS-TS Đỗ Trọng Hiếu": another person's degree opens the next mention.
      if (next >= 0 && NAME_PREFIX_AHEAD.test(text.slice(next, next + 24))) return finish(text, at, pos);
      // "Chủ tịch UBND xã Lũng Cú (huyện Đồng Văn)": the higher place that locates the body is the post's last words.
      const placed = PLACE_IN_BRACKETS.test(text.slice(t + 1, t + 16));
      if (next >= 0 && isLowerCode(text.charCodeAt(next)) && (placed || (!PLACE_AFTER_PARENTHETICAL.has(keyAt(text, next, tokenEnd(text, next))) && !PLACE_OR_PARENT_AFTER.test(text.slice(next, next + 12)))) && !holdsPostAt(text, next)) {
        return finish(text, at, pos);
      }
      continue;
    }
    // "… Phó Chủ tịch HĐND TP. Chánh án TAND TP Đoàn Minh Khoa chủ trì": a post after the point opens a sentence.
    if (c === PERIOD && innerPeriod(text, t) && !(text.charCodeAt(t + 1) === SPACE && titleAt(text, t + 2) >= 0)) {
      pos = t + 1;
      continue;
    }
    if (CLAUSE_BREAKS.has(c) || c === PERIOD || c === CLOSE_PAREN) return finish(text, at, pos);
    pos = t + 1;
  }
}

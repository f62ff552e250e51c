// The posts written right before a name: "Chủ tịch UBND tỉnh Cao Văn Trọng", "Ủy viên Trung
// ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh: Lê Xuân Đại, …". Read
// backwards token by token from the name, to the start of the list (roles.ts says what a role is).
import { BODY_WORDS_ALONE } from '../../lexicon/bodies.js';
import { POSTS_ONLY_BEFORE_NAMES } from '../../lexicon/titles.js';
import { isSyllable } from '../../input/vietnamese-fit.js';
import { isLowerCode, isWordCode } from '../regex.js';
import { keyAt, keyBefore, nextToken, prevToken, tokenEnd, wordEnd } from '../words.js';
import { APPOSITIVE_ONLY_INDEX, COMMUNE_STAFF_INDEX, OPENS_POST, OPENS_PREFIX, OPENS_STOP, PARENT_BODY_INDEX, WORD_FLAGS } from './patterns.js';
import {
  CLAUSE_BREAKS,
  CLOSE_PAREN,
  COLON,
  COMMA,
  DASHES,
  innerPeriod,
  parentheticalStart,
  PERIOD,
  type Role,
  SPACE,
  splitAtKiem,
} from './roles.js';
import { bodyAround, commaPairAt, postInBody, rankAt, stopAt, titleAt } from './tokens.js';

const LOOK_BACK = 250;
/** A post stands within this many words before the name or before "kiêm". */
const MAX_BODY_WORDS = 16;
/** Past a post, this many words are read for a longer post that holds it ("Trưởng Đoàn ĐBQH tỉnh"). */
const MAX_PROBE_WORDS = 4;
/** At most this many words after a comma before "và" make the comma part of a body's name ("Quốc tịch, hộ tịch và chứng thực"). */
const MAX_LISTED_WORDS = 5;

/**
 * The posts written right before a name that starts at `end` after one or two spaces. `floor`
 * bounds the look-back (the previous person's mention).
 */
export function rolesBefore(text: string, end: number, floor: number): Role[] {
  const last = prevToken(text, end);
  if (last < 0 || text.charCodeAt(end - 1) !== SPACE) return [];
  // "… MHBS và Đặng Văn Hòa": the posts before "và" are the previous person's.
  if (keyAt(text, last, tokenEnd(text, last)) === 'và') return [];
  return postsBefore(text, last, floor);
}

/** The posts before the token right before `end` where `isMark` takes it for their end (a dash, a comma, a colon). */
function postsBeforeMark(text: string, end: number, floor: number, isMark: (text: string, at: number) => boolean, appositive = false): Role[] {
  const mark = prevToken(text, end);
  if (mark < 0 || !isMark(text, mark)) return [];
  const last = prevToken(text, mark);
  return last < 0 ? [] : postsBefore(text, last, floor, appositive);
}

const spacedDash = (text: string, at: number): boolean => DASHES.has(text.charCodeAt(at)) && text.charCodeAt(at - 1) === SPACE;
const commaAndSpace = (text: string, at: number): boolean => text.charCodeAt(at) === COMMA && text.charCodeAt(at + 1) === SPACE;
const colon = (text: string, at: number): boolean => text.charCodeAt(at) === COLON;

/** The posts before a dash that stands right before `end` ("Phó Chủ tịch UBND huyện - bà …"). */
export function rolesBeforeDash(text: string, end: number, floor: number): Role[] {
  return postsBeforeMark(text, end, floor, spacedDash);
}

/** Words before a post and its comma that make the post someone else's ("làm việc với Chủ tịch UBND tỉnh, ông A …", "B làm Bộ trưởng, C …"). */
const OTHERS_BEFORE: ReadonlySet<string> = new Set(['với', 'của', 'cho', 'gặp', 'tiếp', 'cùng', 'và', 'thay', 'thăm', 'mời', 'lên', 'tới', 'đến', 'từ', 'làm']);

/**
 * The posts before a comma that stands right before `end` ("Giám đốc Sở Nội vụ, ông …"): they
 * must open their clause, or follow "theo"; "làm việc với Chủ tịch UBND tỉnh, ông A" names two people.
 */
export function rolesBeforeComma(text: string, end: number, floor: number, honorific = false): Role[] {
  // "Cán bộ Phòng Tài nguyên - Môi trường huyện Đông Anh, ông Dương Xuân Hải": a comma and an honorific make "cán bộ" one person's post.
  return openingClause(text, postsBeforeMark(text, end, floor, commaAndSpace, honorific));
}

/** The posts where they open their clause; none where a word before them makes them someone else's. */
function openingClause(text: string, posts: Role[]): Role[] {
  if (!posts.length) return posts;
  const before = prevToken(text, posts[0].start);
  return before >= 0 && OTHERS_BEFORE.has(text.slice(before, tokenEnd(text, before)).toLowerCase()) ? [] : posts;
}

const isWordLa = (text: string, at: number): boolean => text.startsWith('là ', at);

/**
 * The posts before "là" right before `end`, an honorific ("Bí thư Huyện ủy Kỳ Lạc là đồng chí Vi
 * Thị Thanh", "Trưởng đoàn kiểm tra là ông …"): opening their clause, as before a comma.
 */
export function rolesBeforeLa(text: string, end: number, floor: number): Role[] {
  return openingClause(text, postsBeforeMark(text, end, floor, isWordLa));
}

/** The posts of a list that ends in a colon before a name at `end` ("Phó Chủ tịch UBND tỉnh: Lê Xuân Đại, …"). */
export function rolesBeforeColon(text: string, end: number, floor: number): Role[] {
  return postsBeforeMark(text, end, floor, colon);
}

/** Whether the post at `at` is one read only after a name ("cán bộ"), not a commune's staff title ("công chức Tư pháp - Hộ tịch"). */
function appositiveOnly(text: string, at: number, key: string): boolean {
  return APPOSITIVE_ONLY_INDEX.opens(key) && APPOSITIVE_ONLY_INDEX.matchAt(text, at, key) >= 0 && COMMUNE_STAFF_INDEX.matchAt(text, at, key) < 0;
}

/** Whether the words after the comma at `comma` name a body's parent ("Bộ …", "huyện …"). */
function opensParentBody(text: string, comma: number): boolean {
  const next = nextToken(text, comma + 1);
  return next >= 0 && PARENT_BODY_INDEX.matchAt(text, next) >= 0;
}

/** Posts that are a person's only right before the name; before a comma they are the assembly ("trả lời ĐB, Bộ trưởng …"). */
const ONLY_NEXT_TO_NAME: ReadonlySet<string> = new Set(POSTS_ONLY_BEFORE_NAMES.map((p) => p.toLowerCase()));
const GIVEN_NAME_ALONE = /^\p{Lu}\p{Ll}+$/u;
const BODY_WORDS: ReadonlySet<string> = new Set(BODY_WORDS_ALONE);

/**
 * Whether the post [post, segEnd), listed before a comma and another post, is the next name's:
 * not "ĐB" (the assembly there), nor a post with a given name alone ("Bí thư Thăng, Chủ tịch
 * UBND quận 2 Nguyễn Phước Hưng": Thăng is another person).
 */
function listedPost(text: string, post: number, segEnd: number): boolean {
  if (ONLY_NEXT_TO_NAME.has(keyAt(text, post, tokenEnd(text, post)))) return false;
  const titleEnd = titleAt(text, post);
  const body = titleEnd < 0 ? -1 : nextToken(text, titleEnd);
  // Only a body of one word, the comma right after it (a space allowed), can be a given name.
  const bodyEnd = body < 0 ? -1 : tokenEnd(text, body);
  if (body < 0 || body >= segEnd || bodyEnd < segEnd - 1) return true;
  const word = text.slice(body, bodyEnd);
  return !GIVEN_NAME_ALONE.test(word) || !isSyllable(word) || BODY_WORDS.has(word);
}

/** Small words that go on with a body's name after a foreign word in it ("Giám đốc Google tại Việt Nam", "CEO của Apple"). */
const AFTER_FOREIGN_WORD_IN_BODY: ReadonlySet<string> = new Set(['tại', 'của', 'ở', 'và', 'khu', 'châu', 'vùng', 'bang', 'tỉnh', 'thành', 'quận', 'huyện', 'hạt', 'phía']);
const PLAIN_CAPITALISED = /^[A-Z][a-z]+$/;
const A = 65;
const Z = 90;

/**
 * Whether the word at `at` is a foreign name's ("Conte", "Mourinho") with a word in small
 * letters at `after` that no body's name goes on with: another person and what they did
 * ("HLV Conte vô địch Premier League"), so no post before it is the next name's.
 */
function foreignWordThenClause(text: string, at: number, after: number): boolean {
  const first = text.charCodeAt(at);
  if (first < A || first > Z || after < 0 || !isLowerCode(text.charCodeAt(after))) return false;
  const word = text.slice(at, tokenEnd(text, at));
  if (!PLAIN_CAPITALISED.test(word) || isSyllable(word)) return false;
  return !AFTER_FOREIGN_WORD_IN_BODY.has(text.slice(after, tokenEnd(text, after)));
}

/**
 * Whether the word right before the rank at `at` may end a post of the same person ("… Công an
 * tỉnh Đại tá Châu Văn Lành"): no mark between, no "và" or other stop word ("… Campuchia và Đại
 * tướng …"), and no longer rank that holds the rank ("Phó Đô đốc", "Chuẩn Đô đốc").
 */
function postBeforeRank(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== SPACE || !isWordCode(text.charCodeAt(at - 2))) return false;
  const before = prevToken(text, at);
  const key = keyAt(text, before, tokenEnd(text, before));
  return key !== 'và' && stopAt(text, before, key, 0) < 0 && titleAt(text, before, key) < 0;
}

/**
 * The posts of the clause whose last token starts at `last`, read backwards (with `appositive`,
 * posts read only after a name too, a comma and an honorific after them): body words until
 * a post opens ("… tỉnh", "UBND", "Chủ tịch"), the post's own first words ("Phó"), then a
 * separator (",", " - ", "kiêm") and another post, or the end of the list: a word that is no
 * post, a stop word, a clause break.
 */
function postsBefore(text: string, last: number, floor: number, appositive = false): Role[] {
  const end = tokenEnd(text, last);
  const limit = Math.max(floor, end - LOOK_BACK);
  const spans: [number, number][] = [];
  let segEnd = end;
  let post = -1;
  let seeking = true; // walking a body's words towards its post
  let probe = 0;
  let words = 0;
  let listed = false;
  // `after`: where the token read last starts, the end prevToken read `at` back from (-1 at first).
  for (let at = last, after = -1; at >= limit; after = at, at = prevToken(text, at)) {
    const c = text.charCodeAt(at);
    if (isWordCode(c)) {
      const key = after < 0 ? keyAt(text, at, wordEnd(text, at)) : keyBefore(text, at, after);
      const flags = key === '' ? 0 : (WORD_FLAGS.get(key) ?? 0);
      if (flags & OPENS_STOP && stopAt(text, at, key, limit) >= 0) {
        const body = bodyAround(text, at, key);
        if (body < limit || !seeking) break;
        at = body; // on before the body's first word
        if (titleAt(text, at) >= 0 && !postInBody(text, at)) {
          post = at;
          seeking = false;
        }
        continue;
      }
      if (flags & (OPENS_POST | OPENS_PREFIX) && titleAt(text, at, key) >= 0 && !postInBody(text, at) && (appositive || !appositiveOnly(text, at, key))) {
        const rank = rankAt(text, at, key);
        // A rank is the whole title ("Thiếu tá Nguyễn Văn A"): the words before it are not its body,
        // but a post right before it is the same person's ("Phó Giám đốc Công an tỉnh Đại tá Châu Văn Lành").
        if (rank && postBeforeRank(text, at)) {
          spans.unshift([at, segEnd]);
          segEnd = at - 1;
          post = -1;
          words = 0;
          continue;
        }
        post = at;
        seeking = false;
        probe = rank ? 0 : MAX_PROBE_WORDS;
        continue;
      }
      if (seeking && foreignWordThenClause(text, at, after)) break;
      if (key === 'kiêm' && post >= 0) {
        seeking = true; // "Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Nội vụ"
        continue;
      }
      // Words before a post may still be a longer post's body ("Trưởng Đoàn ĐBQH tỉnh"); a few are read,
      // never across "và" ("Tổng thống Milos Zeman và Chủ tịch nước …": another person's post).
      if (seeking ? ++words > MAX_BODY_WORDS : --probe < 0 || key === 'và') break;
      if (key === 'và') listed = true;
      continue;
    }
    if (c === COMMA) {
      if (bodyAround(text, at, ',') >= limit) continue;
      if (post < 0) {
        // "Cục Quốc tịch, hộ tịch và chứng thực", "Cục Quản lý chất lượng nông, lâm, thủy sản": a comma inside a body's name.
        if ((listed && words <= MAX_LISTED_WORDS) || commaPairAt(text, at)) continue;
        // "Vụ trưởng Vụ Tư pháp, Bộ Tư pháp …": the body's parent after a comma, still this post.
        if (opensParentBody(text, at)) continue;
        break;
      }
      if (seeking) break; // "… tỉnh, kiêm …": no post after "kiêm"
      if (segEnd !== end && !listedPost(text, post, segEnd)) {
        post = -1;
        break;
      }
      spans.unshift([post, segEnd]);
      if (nextToken(text, at + 1) !== post) {
        post = -1;
        break; // words before the post: the list opens here
      }
      segEnd = at;
      post = -1;
      seeking = true;
      words = 0;
      listed = false;
      continue;
    }
    // "Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội", "Bộ trưởng-Chủ nhiệm Văn phòng Chính phủ": two posts; a dash inside a body otherwise.
    const glued = post === at + 1 && isWordCode(text.charCodeAt(at - 1));
    if (DASHES.has(c) && (text.charCodeAt(at - 1) === SPACE || glued)) {
      if (post >= 0 && !seeking && nextToken(text, at + 1) === post) {
        spans.unshift([post, segEnd]);
        segEnd = at;
        post = -1;
        seeking = true;
        words = 0;
      }
      continue;
    }
    if (c === CLOSE_PAREN) {
      const paren = parentheticalStart(text, at, limit);
      if (paren < 0 || !seeking) break;
      at = paren;
      continue;
    }
    if (c === PERIOD && innerPeriod(text, at)) continue;
    if (CLAUSE_BREAKS.has(c) || c === PERIOD) break;
  }
  if (post >= 0 && (segEnd === end || listedPost(text, post, segEnd))) spans.unshift([post, segEnd]);
  const roles: Role[] = [];
  for (const [from, to] of spans) splitAtKiem(text, from, to, roles);
  return roles;
}

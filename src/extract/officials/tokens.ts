// What a word of the text opens or closes for the officials parsers: a post, a stop word, a
// known body name, an honorific or an academic prefix before a name. Each reads a few tokens at
// one position; nothing here searches the text.
import { COMMA_PAIRS, DASH_PAIRS, SECTORS } from '../../lexicon/bodies.js';
import { PLACE_KINDS_ENDING_BODIES, STOPS_ENDING_COMPOUNDS, STOPS_OPENING_COMPOUNDS } from '../../lexicon/role-stops.js';
import { isLetterCode, isLowerCode, isUpperCode } from '../regex.js';
import { keyAt, nextToken, type PhraseIndex, prevToken, SuffixIndex, tokenEnd } from '../words.js';
import { COMMA } from './roles.js';
import {
  BODY_INDEX,
  BODY_AS_TITLE_INDEX,
  BODY_INNER,
  BYLINE_BEFORE,
  PROTECTED_INDEX,
  RANK_INDEX,
  HONORIFIC_BEFORE,
  HONORIFIC_INDEX,
  NAME_PREFIX_BEFORE,
  STOP_INDEX,
  TITLE_AS_BODY_INDEX,
  TITLE_INDEX,
  TITLE_PREFIX_INDEX,
  PLAIN_ADDRESS_BEFORE,
  SEATED_INDEX,
  PROVINCE_INDEX,
  FOREIGN_COUNTRY_BEFORE,
  TOPIC_BODY_INDEX,
  UNTOPICAL_BODY_INDEX,
  AFTER_PROPER_NAME_ONLY,
} from './patterns.js';

/** End of the post that starts at `at` ("Phó Chủ tịch", "nguyên Bí thư"), or -1. `key` is the key of the token at `at`, when known. */
export function titleAt(text: string, at: number, key = keyAt(text, at, tokenEnd(text, at))): number {
  if (TITLE_PREFIX_INDEX.opens(key)) {
    const next = nextToken(text, tokenEnd(text, at));
    if (next >= 0) {
      const end = TITLE_INDEX.matchAt(text, next);
      if (end >= 0) return end;
    }
  }
  if (!TITLE_INDEX.opens(key)) return -1;
  const end = TITLE_INDEX.matchAt(text, at, key);
  return end >= 0 && BODY_AS_TITLE_INDEX.opens(key) && BODY_AS_TITLE_INDEX.matchAt(text, at, key) > end ? -1 : end;
}

/** Whether a rank ("Thiếu tá", "Đại tướng") starts at `at`. */
export function rankAt(text: string, at: number, key: string): boolean {
  return RANK_INDEX.opens(key) && RANK_INDEX.matchAt(text, at, key) >= 0;
}

/** Whether the post at `at` is part of a body's name ("Đoàn Chủ tịch", "Ban Bí thư", "Đại hội Đại biểu"). */
export function postInBody(text: string, at: number): boolean {
  for (let before = prevToken(text, at), i = 0; before >= 0 && i < 2; before = prevToken(text, before), i++) {
    const key = keyAt(text, before, tokenEnd(text, before));
    if (TITLE_AS_BODY_INDEX.opens(key) && TITLE_AS_BODY_INDEX.matchAt(text, before, key) > at) return true;
  }
  return false;
}

/** Start of the known body name or post that holds the token at `at` ("nói" of "Đài Tiếng nói Việt Nam", "ký" of "Tổng Thư ký"), or -1. */
export function bodyAround(text: string, at: number, key: string): number {
  const inners = key === '' ? undefined : BODY_INNER.get(key);
  if (!inners) return -1;
  const before = prevToken(text, at);
  if (before < 0) return -1;
  const beforeKey = keyAt(text, before, tokenEnd(text, before));
  for (const inner of inners) {
    if (inner.before !== beforeKey) continue;
    let start = before;
    for (let i = 1; i < inner.offset && start >= 0; i++) start = prevToken(text, start);
    if (start >= 0 && PROTECTED_INDEX.matchAt(text, start) > at) return start;
  }
  return -1;
}

/** End of the known body name that starts at `at`, or -1. */
export function bodyAt(text: string, at: number, key: string): number {
  return BODY_INDEX.opens(key) ? BODY_INDEX.matchAt(text, at, key) : -1;
}


/** How many words back from "về" a body that deals with something may start. */
const TOPIC_REACH = 8;

/** The names that let a stop word go on the role: "Ban Chỉ đạo tỉnh về …", "Đại sứ Việt Nam tại …". */
const GOES_ON_AFTER: ReadonlyMap<string, PhraseIndex> = new Map([
  ['về', TOPIC_BODY_INDEX],
  ['tại', SEATED_INDEX],
]);

/** "cấp cao" before "tại" and a city's capital after it: a high court's or procuracy's seat. */
const HIGH_BODY_BEFORE = /(?:^|[^\p{L}])cấp cao $/iu;
const CITY_AFTER = /^ \p{Lu}/u;

/**
 * End of the stop word or phrase that starts at `at` ("chủ trì", "đã", "về"), or -1. Stop words
 * are lower case; "về" goes on a body that deals with something ("Ban Chỉ đạo tỉnh về cải
 * cách hành chính") and "tại" a post abroad ("Đại sứ Việt Nam tại Belarus") when one starts a
 * few words before it, not before `floor`.
 */
export function stopAt(text: string, at: number, key: string, floor: number): number {
  if (!isLowerCode(text.charCodeAt(at)) || !STOP_INDEX.opens(key)) return -1;
  // "Trung tâm hòa giải, đối thoại": the second of a pair a body's name joins with a comma.
  if (text.charCodeAt(at - 2) === COMMA && commaPairAt(text, at - 2)) return -1;
  const end = STOP_INDEX.matchAt(text, at, key);
  if (end >= 0 && AFTER_PROPER_NAME_ONLY.opens(key) && AFTER_PROPER_NAME_ONLY.matchAt(text, at, key) === end) {
    const before = prevToken(text, at);
    // "Phó Giám đốc Sở Tư pháp thông tin": after a department named by its sector too.
    return before >= 0 && (isUpperCode(text.charCodeAt(before)) || BODY_ENDING_KINDS.has(text.slice(before, at - 1)) || SECTOR_BODY_BEFORE.startBefore(text, at - 1) >= 0) ? end : -1;
  }
  if (end >= 0 && (endsCompound(text, at, key) || opensCompound(text, at, end, key))) return -1;
  // "Phó Chánh án TAND cấp cao tại Hà Nội": the high courts and procuracies are named by the city they sit in.
  if (key === 'tại' && end >= 0 && HIGH_BODY_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && CITY_AFTER.test(text.slice(end, end + 2))) return -1;
  const names = GOES_ON_AFTER.get(key);
  if (end < 0 || !names || end !== tokenEnd(text, at)) return end;
  // "Trưởng Ban Chỉ đạo CCHC huyện về kết quả này", "… Đề án 06 tỉnh về những điểm mới": what a demonstrative
  // closes, or "những", "kết quả", "tình hình" open, is the talk's subject, no body's topic.
  if (key === 'về' && (DEMONSTRATIVE_TOPIC.test(text.slice(end, end + 40)) || TALK_SUBJECT.test(text.slice(end, end + 12)))) return end;
  // "Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam": an organisation's post in the country.
  if (key === 'tại' && IN_VIETNAM.test(text.slice(end, end + 12))) return -1;
  // "Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Đồng Nai": a foreign community's body in a province.
  if (key === 'tại' && FOREIGN_COUNTRY_BEFORE.startBefore(text, at - 1) >= 0 && PROVINCE_INDEX.matchAt(text, end + 1) >= 0) return -1;
  return nameBefore(text, at, floor, names) ? -1 : end;
}
/** A few words in small letters and a demonstrative after "về" ("về kết quả này", "về vấn đề đó"). */
const DEMONSTRATIVE_TOPIC = /^(?:[ ]\p{Ll}+){1,3}[ ](?:này|đó|ấy|trên)(?![\p{L}])/u;
/**
 * "về những …", "về kết quả …", "về tình hình …", "về nguyên nhân …": the points talked about, never a body's topic, which goes on
 * with "các" or the field itself ("Ban Chỉ đạo tỉnh về các chương trình …", "… về phòng, chống tham nhũng").
 */
const TALK_SUBJECT = /^[ ](?:những|kết[ ]quả|tình[ ]hình|thực[ ]trạng|nguyên[ ]nhân|giải[ ]pháp|nội[ ]dung)(?![\p{L}])/u;
/** After "tại": the country, which no Vietnamese body's post names, so a foreign one's does. */
const IN_VIETNAM = /^ Việt Nam(?![\p{L}\p{N}]| \p{Lu})/u;

const BODY_ENDING_KINDS: ReadonlySet<string> = new Set(PLACE_KINDS_ENDING_BODIES);
/** Ministries and departments named by their sector ("Sở Tư pháp", "Bộ Nội vụ"), read back from a word's end. */
const SECTOR_BODY_BEFORE = new SuffixIndex(SECTORS.flatMap((sector) => [`Bộ ${sector}`, `Sở ${sector}`]));

const COMPOUND_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([...STOPS_ENDING_COMPOUNDS].map(([stop, heads]) => [stop, new Set(heads)]));

/** "Vụ Trang thiết bị", "Công ty Thiết bị y tế": the stop word ends a compound with the syllable before it. */
function endsCompound(text: string, at: number, key: string): boolean {
  const heads = COMPOUND_HEADS.get(key);
  if (!heads) return false;
  const before = prevToken(text, at);
  if (before < 0 || tokenEnd(text, before) !== at - 1) return false;
  const head = text.slice(before, at - 1);
  return heads.has(head) || heads.has(head.toLowerCase());
}

const COMPOUND_TAILS: ReadonlyMap<string, ReadonlySet<string>> = new Map([...STOPS_OPENING_COMPOUNDS].map(([stop, tails]) => [stop, new Set(tails)]));

/** "Ủy ban An toàn giao thông quốc gia", "Trung tâm Giao dịch": the one-word stop at [at, end) opens a compound with the syllable after it. */
function opensCompound(text: string, at: number, end: number, key: string): boolean {
  const tails = COMPOUND_TAILS.get(key);
  if (!tails || text.charCodeAt(end) !== 32 || end !== tokenEnd(text, at)) return false;
  const after = end + 1;
  const tailEnd = tokenEnd(text, after);
  return tailEnd > after && tails.has(text.slice(after, tailEnd).toLowerCase());
}

function nameBefore(text: string, at: number, floor: number, names: PhraseIndex): boolean {
  let start = prevToken(text, at);
  for (let i = 0; i < TOPIC_REACH && start >= floor; i++, start = prevToken(text, start)) {
    const key = keyAt(text, start, tokenEnd(text, start));
    if (names.opens(key) && names.matchAt(text, start, key) >= 0) return !(names === TOPIC_BODY_INDEX && UNTOPICAL_BODY_INDEX.matchAt(text, start, key) >= 0);
  }
  return false;
}

/** Whether an honorific ("ông", "bà", "đồng chí") opens at the word `at`. */
export function honorificAt(text: string, at: number): boolean {
  return HONORIFIC_INDEX.matchAt(text, at) >= 0;
}

/** Where an honorific ("ông", "bà", "đồng chí", "Đ/c") right before `at` starts (a colon allowed after it), or -1. */
export function honorificBefore(text: string, at: number): number {
  let end = at;
  const colon = prevToken(text, end);
  if (colon >= 0 && text.charCodeAt(colon) === 58) end = colon;
  return HONORIFIC_BEFORE.startBefore(text, end);
}

/** Whether a credit label and a colon stand right before `at` ("Ảnh: Lê Minh"): a byline, not an official. */
export function bylineBefore(text: string, at: number): boolean {
  const colon = prevToken(text, at);
  return colon >= 0 && text.charCodeAt(colon) === 58 && BYLINE_BEFORE.startBefore(text, colon) >= 0;
}

/** Whether a kinship word in lower case calls the name at `at` ("anh", "chị", not "Đông Anh"): no post stands before it. */
export function plainAddressBefore(text: string, at: number): boolean {
  const word = PLAIN_ADDRESS_BEFORE.startBefore(text, at);
  return word >= 0 && isLowerCode(text.charCodeAt(word));
}

/** Where a name's context starts: before an academic prefix such as "TS. ", "PGS.TS.BS " or "PGS-TS-BS ". */
export function contextStart(text: string, nameStart: number): number {
  let at = nameStart;
  for (let i = 0; i < 4; i++) {
    let end = at;
    const dot = prevToken(text, end);
    if (dot >= 0 && (text.charCodeAt(dot) === 46 || (text.charCodeAt(dot) === 45 && dot === end - 1))) end = dot;
    const start = NAME_PREFIX_BEFORE.startBefore(text, end);
    if (start < 0) break;
    at = start;
  }
  return at;
}

type Pairs = ReadonlyMap<string, ReadonlySet<string>>;
const pairsOf = (pairs: readonly (readonly [string, string])[]): Pairs =>
  new Map(pairs.map(([before]) => [before, new Set(pairs.filter((p) => p[0] === before).map((p) => p[1]))]));
const PAIRED_AFTER_COMMA = pairsOf(COMMA_PAIRS);
const PAIRED_AFTER_DASH = pairsOf(DASH_PAIRS);

const letterAt = (s: string, i: number): boolean => i >= 0 && i < s.length && isLetterCode(s.charCodeAt(i));

/** How far before and after a separator its pair is read: the longest word of a pair ("thu hồi đất", "tái định cư"), and spaces. */
const PAIR_REACH = 16;

/** Whether the separator at `at` joins two words of `pairs`, the first ending before it, the second after it and spaces. */
function pairAt(text: string, at: number, pairs: Pairs): boolean {
  const before = text.slice(Math.max(0, at - PAIR_REACH), at).toLowerCase().trimEnd();
  for (const [first, seconds] of pairs) {
    if (!before.endsWith(first) || letterAt(before, before.length - first.length - 1)) continue;
    const after = text.slice(at + 1, at + 1 + PAIR_REACH).toLowerCase().trimStart();
    for (const second of seconds) if (after.startsWith(second) && !letterAt(after, second.length)) return true;
  }
  return false;
}

/** Whether the comma at `at` joins a pair of words inside a body's name ("phòng, chống", "khám, chữa"). */
export function commaPairAt(text: string, at: number): boolean {
  return pairAt(text, at, PAIRED_AFTER_COMMA);
}

/** Whether the dash at `at` joins a pair of words inside a body's name ("kinh tế - xã hội"). */
export function dashPairAt(text: string, at: number): boolean {
  return pairAt(text, at, PAIRED_AFTER_DASH);
}

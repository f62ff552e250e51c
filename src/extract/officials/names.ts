// Where a person's name lies inside a run of capitalised syllables. A run may hold a body or
// a place before the name ("Bộ Công Thương Nguyễn Hồng Diên", "tỉnh Tiền Giang Lê Văn Hưởng",
// "huyện Mường Nhé Lò Văn A"): the name starts at a surname and keeps the run's end. A run may
// also go on past the name where the source lost a full stop or a comma ("Nguyễn Thị Mai Thanh
// Chúng tôi …", "Lê Gia Vinh Phó Chủ tịch …"): openers, honorifics and posts split it.
import { BODY_NAMES_LIKE_NAMES } from '../../lexicon/bodies.js';
import { YEAR_BRANCHES, YEAR_STEMS } from '../../lexicon/calendar.js';
import { HISTORICAL_NAMES, NAMED_MEMORIALS, PLACES_NAMED_AFTER_PEOPLE, POSTS_OF_PLACE_NAMESAKES } from '../../lexicon/historical-names.js';
import { HIGHLAND_PLACE_OPENERS, LOCALITY_WORDS, NOT_PLACE_WORDS, TOWN_WORDS } from '../../lexicon/place-words.js';
import { DAY_PARTS_BEFORE_DATES } from '../../lexicon/sentence-openers.js';
import { MIDDLE_NAME_MARKERS, NEVER_SURNAMES, SURNAMES_WITH_A_POST } from '../../lexicon/surnames.js';
import { SEATED_POSTS, TITLE_PREFIXES, TITLES } from '../../lexicon/titles.js';
import { isApostropheCode, isDigitCode, isLowerCode, isUpperCode } from '../regex.js';
import { keyAt, nextToken, phraseKeys, prevToken, SuffixIndex, tokenEnd } from '../words.js';
import {
  BODY_LIKE_NAME_INDEX,
  CAPITALISED_NAME_STARTS,
  LOCALITY_BEFORE,
  OPENER_PAIR_INDEX,
  OPENERS,
  COUNTRY_FORMS_BY_LAST_WORD,
  PLACE_FORMS_BY_FIRST_WORD,
  PLACE_NAMES,
  TOWN_BEFORE,
} from './patterns.js';
import { honorificBefore, titleAt } from './tokens.js';

export interface Syllable {
  text: string;
  start: number;
  end: number;
  /** Whether it can open a name (a surname, "H’"). */
  opens: boolean;
  /** hashOf its text: sets of words are asked only when their filter lets it through. */
  hash: number;
}

export interface NameSpan {
  start: number;
  end: number;
}

/** The index of the first of `spans` (sorted by start) that starts at or after `at`. */
export function firstStartingAt(spans: readonly NameSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MAX_NAME_SYLLABLES = 5;
const SPACE = 32;
const COMMA = 44;

/** The syllables of the run `run`, which starts at `offset` in the text. */
export function syllablesOf(run: string, offset: number): Syllable[] {
  return syllablesIn(run, 0, run.length).map((s) => ({ ...s, start: offset + s.start, end: offset + s.end }));
}

/** The syllables of the run in [start, end) of the text: its words between single spaces. */
export function syllablesIn(text: string, start: number, end: number): Syllable[] {
  const out: Syllable[] = [];
  let at = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== SPACE) continue;
    const word = text.slice(at, i);
    const hash = hashOf(text, at, i);
    // The apostrophe of "H’" counts inside the syllable only.
    const opens =
      at + 1 < i && isApostropheCode(text.charCodeAt(at + 1))
        ? text.charCodeAt(at) === H
        : (mayHold(NAME_START_FILTER, hash) && NAME_START_SET.has(word)) || (i < end && opensByMiddleName(text, at, i)) || surnameWithAPost(text, word, at, end, at === start);
    out.push({ text: word, start: at, end: i, opens, hash });
    at = i + 1;
  }
  return out;
}

const H = 0x48;

const WITH_A_POST: ReadonlySet<string> = new Set(SURNAMES_WITH_A_POST);
const MIN_NAME_AFTER = 3;
const MAX_NAME_AFTER = 4;

/**
 * An ambiguous surname opening three or four syllables up to `end` with an honorific before it,
 * or opening the run (`opensRun`) with a post after it ("Sơn Hồng Phước, Trưởng Ban …"). The
 * set is asked first: this runs for every syllable no list opens.
 */
function surnameWithAPost(text: string, word: string, start: number, end: number, opensRun: boolean): boolean {
  if (!WITH_A_POST.has(word)) return false;
  let syllables = 1;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === SPACE) syllables++;
  if (syllables < MIN_NAME_AFTER || syllables > MAX_NAME_AFTER) return false;
  if (honorificBefore(text, start) >= 0) return true;
  return opensRun && text.charCodeAt(end) === COMMA && text.charCodeAt(end + 1) === SPACE && titleAt(text, end + 2) >= 0;
}

/** A number for a word from its code units: a cheap first test before a set of strings is asked. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * A bitmap over the hashes of a set's words: a clear bit proves a word is not in the set, with
 * no call into the set (which hashes the string and reads the set's table).
 */
const FILTER_WORDS = 1 << 7;
function hashFilter(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(FILTER_WORDS);
  for (const w of words) {
    const h = hashOf(w, 0, w.length);
    bits[(h >>> 5) & (FILTER_WORDS - 1)] |= 1 << (h & 31);
  }
  return bits;
}
function mayHold(bits: Uint32Array, h: number): boolean {
  return (bits[(h >>> 5) & (FILTER_WORDS - 1)] & (1 << (h & 31))) !== 0;
}

/** Surnames as a run writes them ("Nguyễn"), and their filter. */
const NAME_START_SET: ReadonlySet<string> = new Set(CAPITALISED_NAME_STARTS);
const NAME_START_FILTER = hashFilter(NAME_START_SET);

/**
 * Whether the capitalised syllable in [start, end) can open a name: a surname, or "H’" (Ê Đê
 * and Gia Rai women's names: "H’Hen Niê").
 */
export function opensNameAt(text: string, start: number, end: number): boolean {
  if (isApostropheCode(text.charCodeAt(start + 1))) return text.charCodeAt(start) === H;
  return isSurnameAt(text, start, end) || opensByMiddleName(text, start, end);
}

/** Whether [start, end) is a surname of the lists. */
export function isSurnameAt(text: string, start: number, end: number): boolean {
  return mayHold(NAME_START_FILTER, hashOf(text, start, end)) && NAME_START_SET.has(text.slice(start, end));
}

const MARKER_LENGTH = MIDDLE_NAME_MARKERS[0].length;
const MARKER_FIRSTS: ReadonlySet<number> = new Set(MIDDLE_NAME_MARKERS.map((m) => m.charCodeAt(1)));

/**
 * Whether the capitalised syllable [start, end) opens a name by the middle name after it and a
 * capitalised given name ("Cà Thị Hương", "Sa Văn Khiêm"): a surname no list holds. Names of
 * bodies and places, and sentence openers, are left out ("Sở Văn hóa", "Theo Văn phòng").
 */
export function opensByMiddleName(text: string, start: number, end: number): boolean {
  if (!middleNameFollows(text, end)) return false;
  const word = text.slice(start, end);
  // "Văn Văn …" or "Thị Văn …" would be two middle names, no surname.
  return isUpperCode(text.charCodeAt(start)) && word !== 'Văn' && mayBeUnlistedSurname(word) && !CAPITALISED_POST_OPENERS.has(word);
}

/** Whether a middle name and a capitalised given name follow the syllable that ends at `end` (" Thị Hương"). */
function middleNameFollows(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== SPACE || !MARKER_FIRSTS.has(text.charCodeAt(end + 1))) return false;
  return isUpperCode(text.charCodeAt(end + MARKER_LENGTH)) && MIDDLE_NAME_MARKERS.some((m) => text.startsWith(m, end));
}

/** Whether a capitalised word may be a surname no list holds: no body's, place's or sentence's first word ("Sở", "Xã", "Theo"). */
export function mayBeUnlistedSurname(word: string): boolean {
  return !isNeverSurname(word) && !OPENERS.has(word);
}

/** Whether a capitalised word opens a body's, a place's or a credit's name, never a person's (NEVER_SURNAMES). */
export function isNeverSurname(word: string): boolean {
  return NEVER_SURNAME_SET.has(word);
}

const DAY_PARTS: ReadonlySet<string> = new Set(DAY_PARTS_BEFORE_DATES);

/** Whether the word [start, end) is a part of the day with its date after it ("… Yên Bái Sáng 8/2, …"): the next sentence's opening. */
export function dayPartBeforeDate(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end) === 0x20 && isDigitCode(text.charCodeAt(end + 1)) && DAY_PARTS.has(text.slice(start, end));
}

/** First words of posts as a run writes them ("Phó", "Chủ", "Uỷ"): only a syllable among them is read on. */
const CAPITALISED_POST_OPENERS: ReadonlySet<string> = new Set(
  [...TITLES, ...TITLE_PREFIXES].flatMap((t) => {
    const word = t.split(' ')[0];
    const capitalised = word[0].toUpperCase() + word.slice(1).toLowerCase();
    return [capitalised, capitalised.replace('Ủy', 'Uỷ')];
  }),
);

const POST_OPENER_FILTER = hashFilter(CAPITALISED_POST_OPENERS);
const NEVER_SURNAME_SET: ReadonlySet<string> = new Set(NEVER_SURNAMES);
const OPENER_FILTER = hashFilter(OPENERS);

/** Whether a syllable opens a post ("Phó" of "Phó Chủ tịch"). */
function opensPost(text: string, syllable: Syllable): boolean {
  return mayHold(POST_OPENER_FILTER, syllable.hash) && CAPITALISED_POST_OPENERS.has(syllable.text) && titleAt(text, syllable.start) >= 0;
}

/**
 * The parts of a run that may hold a name: the run split where an opener or honorific stands
 * ("Theo", "Ông": dropped) or a post begins ("Phó Chủ tịch": starts the next part), and without
 * a last syllable that opens a sentence with the word after it ("Tuy nhiên", "Năm nay").
 */
export function runParts(syllables: Syllable[], text: string): Syllable[][] {
  const parts: Syllable[][] = [];
  let part: Syllable[] = [];
  for (let i = 0; i < syllables.length; i++) {
    const syllable = syllables[i];
    // "ông Vàng Mí Chúng, Chủ tịch UBND xã": a given name that also opens sentences, ending the run before a comma.
    const givenNameLast = i === syllables.length - 1 && part.length >= 2 && text.charCodeAt(syllable.end) === COMMA;
    if (mayHold(OPENER_FILTER, syllable.hash) && OPENERS.has(syllable.text) && !givenNameLast) {
      parts.push(part);
      part = [];
      continue;
    }
    if (part.length >= 2 && opensPost(text, syllable)) {
      parts.push(part);
      part = [];
    }
    part.push(syllable);
  }
  const last = part[part.length - 1];
  if (last && part.length > 1 && dayPartBeforeDate(text, last.start, last.end)) {
    // "… Tỉnh ủy Yên Bái Sáng 8/2, Tỉnh ủy …": a part of the day and its date open the next sentence.
    part.pop();
  } else if (last && part.length > 1 && OPENER_PAIR_INDEX.opens(keyAt(text, last.start, last.end))) {
    const after = nextToken(text, last.end);
    if (after === last.end + 1 && isLowerCode(text.charCodeAt(after)) && OPENER_PAIR_INDEX.matchAt(text, last.start) >= 0) part.pop();
  }
  parts.push(part);
  return parts.filter((p) => p.length >= 2);
}

/**
 * Places or countries as runs write them, as a trie of their words: forwards from the first word
 * for places, backwards from the last for countries. `order` is where the first form that ends
 * at a node stands in its list (patterns.ts), -1 where none ends: a walk touches only the forms
 * that share the run's words.
 */
interface WordNode {
  next: Map<string, WordNode> | null;
  order: number;
}

function wordTrie(lists: Iterable<readonly (readonly string[])[]>, reversed: boolean): Map<string, WordNode> {
  const root = new Map<string, WordNode>();
  for (const forms of lists) {
    forms.forEach((form, order) => {
      let level = root;
      let node: WordNode | undefined;
      for (let i = 0; i < form.length; i++) {
        const word = form[reversed ? form.length - 1 - i : i];
        node = level.get(word);
        if (!node) level.set(word, (node = { next: null, order: -1 }));
        if (i < form.length - 1) level = node.next ??= new Map();
      }
      if (node && node.order < 0) node.order = order;
    });
  }
  return root;
}

const PLACE_TRIE = wordTrie(PLACE_FORMS_BY_FIRST_WORD.values(), false);
const COUNTRY_TRIE = wordTrie(COUNTRY_FORMS_BY_LAST_WORD.values(), true);
const PLACE_FILTER = hashFilter(PLACE_TRIE.keys());
const COUNTRY_FILTER = hashFilter(COUNTRY_TRIE.keys());

/** How many syllables at `from` spell a place ("Hà Nội", "Bà Rịa Vũng Tàu"), or 0. */
function placeLength(syllables: Syllable[], from: number): number {
  let best = 0;
  let node = mayHold(PLACE_FILTER, syllables[from].hash) ? PLACE_TRIE.get(syllables[from].text) : undefined;
  for (let i = from + 1; node; i++) {
    if (node.order >= 0) best = i - from;
    if (i >= syllables.length || !node.next) break;
    node = node.next.get(syllables[i].text);
  }
  return best;
}

/**
 * The countries or regions that end at syllable `last` ("Việt Nam", "Thái Bình Dương"), read
 * backwards no further than `first`: calls `found(length, order)` for each.
 */
function countriesEndingAt(syllables: Syllable[], first: number, last: number, found: (length: number, order: number) => void): void {
  let node = mayHold(COUNTRY_FILTER, syllables[last].hash) ? COUNTRY_TRIE.get(syllables[last].text) : undefined;
  for (let i = last - 1; node; i--) {
    if (node.order >= 0) found(last - i, node.order);
    if (i < first || !node.next) break;
    node = node.next.get(syllables[i].text);
  }
}

/** Whether syllables [from, to) spell a country or region ("Việt Nam", "Thái Bình Dương"). */
function isCountry(syllables: Syllable[], from: number, to: number): boolean {
  let spelt = false;
  countriesEndingAt(syllables, from, to - 1, (length) => {
    if (length === to - from) spelt = true;
  });
  return spelt;
}

/** The run without a country or region at its end ("Hội Đông Y Việt Nam"): none is part of a name, but where a surname alone is left. */
function withoutCountryAtEnd(syllables: Syllable[]): Syllable[] {
  const n = syllables.length;
  // The form listed first wins where several end the run, as a walk down the list would find.
  let cut = 0;
  let first = Infinity;
  countriesEndingAt(syllables, 0, n - 1, (length, order) => {
    if (order < first) {
      first = order;
      cut = length;
    }
  });
  // "Dương Trung Quốc": a surname and a country of two words is a person named after the country.
  if (cut >= 2 && n - cut === 1 && syllables[0].opens && !BODY_LIKE_OPENERS.has(syllables[0].text)) return syllables; // not "Đoàn Việt Nam"
  return cut ? syllables.slice(0, n - cut) : syllables;
}

const NOT_PLACE_BEFORE = new SuffixIndex(NOT_PLACE_WORDS);

/** Last words of the place words (TOWN_WORDS, LOCALITY_WORDS): the one lookup most runs need. */
const PLACE_WORD_ENDS: ReadonlySet<string> = new Set([...TOWN_WORDS, ...LOCALITY_WORDS].map((w) => phraseKeys(w).pop()!));

function endsWithPlaceWord(text: string, at: number): boolean {
  const before = prevToken(text, at);
  if (before < 0 || !PLACE_WORD_ENDS.has(keyAt(text, before, tokenEnd(text, before)))) return false;
  return NOT_PLACE_BEFORE.startBefore(text, at) < 0; // "… Phát triển nông thôn Nguyễn Xuân Cường"
}

/** Lunar years as a run writes them ("Đinh Dậu", "Nhâm Thìn"): two syllables, a stem and a branch. */
const LUNAR_YEARS: ReadonlySet<string> = new Set(YEAR_STEMS.flatMap((stem) => YEAR_BRANCHES.map((branch) => `${stem} ${branch}`)));

/** People of history as a run writes them ("Trần Quốc Toản"): streets and schools bear their names. */
const HISTORICAL_RUNS: ReadonlySet<string> = new Set(HISTORICAL_NAMES);
/** Places as a run of capitals writes them ("Hà Nội", "Thanh Hoá"): a name that spells one is a place. */
const RUN_PLACE_NAMES: ReadonlySet<string> = new Set([...PLACE_FORMS_BY_FIRST_WORD.values()].flat().map((words) => words.join(' ')));

const PEOPLE_NAMED_PLACES: ReadonlySet<string> = new Set(PLACES_NAMED_AFTER_PEOPLE);
const NAMESAKE_POST_BEFORE = new SuffixIndex(POSTS_OF_PLACE_NAMESAKES);
const MEMORIAL_BEFORE = new SuffixIndex(NAMED_MEMORIALS);

/** "Chủ tịch Hồ Chí Minh đã ra Lời kêu gọi": the person, unless a memorial bears the words ("Lăng Chủ tịch Hồ Chí Minh"). */
function personNamedLikePlace(text: string, span: NameSpan, spelt: string): boolean {
  if (!PEOPLE_NAMED_PLACES.has(spelt)) return false;
  const post = NAMESAKE_POST_BEFORE.startBefore(text, span.start);
  return post >= 0 && MEMORIAL_BEFORE.startBefore(text, post) < 0;
}

export function isPlaceName(name: string): boolean {
  return PLACE_NAMES.has(name.toLowerCase());
}

/** Capitalised words that open a body name holding a surname ("Tỉnh" of "Tỉnh Đoàn"). */
const BODY_LIKE_OPENERS: ReadonlySet<string> = new Set(BODY_NAMES_LIKE_NAMES.map((b) => b.split(' ')[0]));
const BODY_LIKE_FILTER = hashFilter(BODY_LIKE_OPENERS);

/** The end of a body name that holds a surname and starts in the run ("Tỉnh Đoàn", "Đoàn Thanh niên"), else -1. */
function bodyLikeNameEnd(syllables: Syllable[], text: string): number {
  let end = -1;
  for (const s of syllables) {
    if (mayHold(BODY_LIKE_FILTER, s.hash) && BODY_LIKE_OPENERS.has(s.text)) end = Math.max(end, BODY_LIKE_NAME_INDEX.matchAt(text, s.start));
  }
  return end;
}

/**
 * "Y" and "H" open Ê Đê and Jrai names of three syllables or more ("Y Thanh Hà Niê Kđăm", "H Yim
 * Kđoh"), not "Y Dược" or "bà H. Nạn nhân"; "Y" two after an honorific too ("ông Y Moan"). "A"
 * opens Bahnar and Xơ Đăng names of two ("A Pớt"), or more with a middle name ("A Thị Nhung") or
 * after an honorific ("ông A Thanh Dũng").
 */
function opensHere(syllable: Syllable, left: number, text: string): boolean {
  if (syllable.text === 'H') return left >= 3;
  if (syllable.text === 'A') return left === 2 || (left >= 3 && (middleNameFollows(text, syllable.end) || honorificBefore(text, syllable.start) >= 0));
  if (syllable.text !== 'Y') return true;
  // "Phòng Nghiệp vụ Y Sở Y tế": medicine, then a body's word, no Ê Đê man's name.
  if (BODY_WORD_AFTER.test(text.slice(syllable.end, syllable.end + 12))) return false;
  return left >= 3 || honorificBefore(text, syllable.start) >= 0;
}
/** Administrative bodies' words, none of them an Ê Đê given name ("Y Khoa Niê" is one, "Khoa" a faculty too). */
const BODY_WORD_AFTER = /^ (?:Sở|Bộ|Cục|Vụ|Phòng|Viện|Trạm)(?![\p{L}])/u;

/**
 * The first start of a name, past a province that follows a body's name in the same run ("Cục
 * Thuế Hà Nội Nguyễn Hữu Khang"), where a name of two syllables or more starts after it.
 */
function placeAfterBody(syllables: Syllable[], starts: readonly number[]): number {
  const first = starts[0];
  if (first === 0) return first;
  const place = placeLength(syllables, first);
  if (!place || syllables.length - first - place < 2) return first;
  return starts.find((i) => i >= first + place) ?? first;
}

/** The middle names that only a person's name holds second. */
const MIDDLE_NAMES: ReadonlySet<string> = new Set(['Văn', 'Thị']);

/**
 * "Bệnh viện Đa khoa Vũ Quang Nguyễn Văn Toại": a run of five syllables or more whose name of
 * three or four, from a surname with "Văn" or "Thị" second, follows two syllables or more of a
 * place's name that opens with a surname too ("Trần Lê Thị Xuân Loan" is one name, from its first).
 */
function fullNameAfterPlace(syllables: Syllable[], starts: readonly number[], start: number): number {
  const n = syllables.length;
  if (n - start < 5) return start;
  const later = starts.find((i) => i >= start + 2 && n - i >= 3 && n - i <= 4 && MIDDLE_NAMES.has(syllables[i + 1].text));
  return later ?? start;
}

/**
 * "Chủ tịch UBND phường Hồ Thị Thanh Mai", "Chủ tịch UBND xã Sùng Mí Páo": a name of three
 * syllables or more, from a listed surname or with "Thị" second, after a post's place word is
 * the person with the place left unnamed ("xã Tả Văn Chư" is a commune: "Tả" is no surname);
 * the people of history that places bear are listed.
 */
function personNamedAfterPost(syllables: Syllable[], text: string): boolean {
  if (syllables.length < 3 || !syllables[0].opens) return false;
  if (syllables[1].text !== 'Thị' && !NAME_START_SET.has(syllables[0].text)) return false;
  const run = text.slice(syllables[0].start, syllables[syllables.length - 1].end);
  return !HISTORICAL_RUNS.has(run) && titleBeforePlaceWord(text, syllables[0].start) && !placeNamedElsewhere(text, run);
}

/** A place word right before a run, no post's title before it ("tại nhà văn hóa bản Chế Cu Nha"). */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:xã|phường|thị trấn|bản|thôn|làng|buôn|ấp|huyện)[ \u00a0]+$/u;

/**
 * Whether the text writes the run elsewhere right after a place word with no post before it
 * ("xã Chế Cu Nha (huyện Mù Cang Chải)"): the place's own name, where "Chủ tịch UBND xã Chế Cu
 * Nha" would otherwise read as the chairman named after the post.
 */
function placeNamedElsewhere(text: string, run: string, except = -1): boolean {
  // Once per run and text: a text that repeats the post and the run would otherwise scan itself for each.
  if (text !== placesText) {
    placesText = text;
    placesSeen.clear();
  }
  let named = placesSeen.get(run);
  if (named === undefined) {
    named = [];
    for (let at = text.indexOf(run); at >= 0 && named.length < 2; at = text.indexOf(run, at + run.length)) {
      if (PLACE_WORD_BEFORE.test(text.slice(Math.max(0, at - 48), at)) && !titleBeforePlaceWord(text, at)) named.push(at);
    }
    placesSeen.set(run, named);
  }
  return named.some((at) => at !== except);
}
let placesText: string | null = null;
/** Per run, where the text writes it after a place word with no post before (the first two). */
const placesSeen = new Map<string, number[]>();

/** Whether a post's title stands a few words before the place word that ends right before `runStart`. */
function titleBeforePlaceWord(text: string, runStart: number): boolean {
  return POST_BEFORE_PLACE.test(text.slice(Math.max(0, runStart - 48), runStart));
}
/**
 * The heads' titles that name a place's post ("Chủ tịch UBND xã", "Trưởng Công an phường", "Hội
 * trưởng Hội Khuyến học xã"), not growth ("tăng trưởng") nor coming of age ("trưởng thành").
 */
const HEAD_TITLES = 'Chủ tịch|Bí thư|Trưởng|(?<!tăng )trưởng(?! thành)|Giám đốc';
/**
 * A post's title earlier in the clause, before a place word and its name ("Chủ tịch P.Hòa Hiệp
 * Bắc"), or a post abroad before "tại" and the place ("Đại sứ Việt Nam tại Belarus Lê Ánh").
 */
const POST_BEFORE_TOWN = new RegExp(`(?:${HEAD_TITLES}|${SEATED_POSTS.join('|')})[^\\n,;:()]*$`, 'u');
const POST_BEFORE_PLACE = new RegExp(`(?:${HEAD_TITLES}|[Cc]ông chức|[Cc]án bộ)(?:[ \\u00a0]+[^\\s,;.()]+){0,4}[ \\u00a0]+(?:phường|xã|thị trấn|đặc khu|huyện|quận|thị xã)[ \\u00a0]+$`, 'u');

/** Whether a post follows a comma at `end` ("…, Cục trưởng Cục Thuế tỉnh"). */
function postAfterComma(text: string, end: number): boolean {
  return text.charCodeAt(end) === COMMA && text.charCodeAt(end + 1) === SPACE && titleAt(text, end + 2) >= 0;
}

const PLACE_OPENERS: ReadonlySet<string> = new Set(HIGHLAND_PLACE_OPENERS);

/** The syllables from `from` on that may open a name of the run, after any body's name (ending at `bodyEnd`). */
function nameStarts(syllables: Syllable[], from: number, bodyEnd: number, text: string): number[] {
  const starts: number[] = [];
  for (let i = from; i < syllables.length - 1; i++) {
    if (i > 0 && PLACE_OPENERS.has(syllables[i - 1].text)) continue;
    if (syllables[i].opens && syllables[i].start >= bodyEnd && opensHere(syllables[i], syllables.length - i, text)) starts.push(i);
  }
  return starts;
}

/** "Trưởng " or "Phó " right before a hamlet's kind: the post of its head ("Trưởng thôn", "Phó Trưởng ấp"). */
const HEAD_BEFORE_LOCALITY = /(?:^|[^\p{L}])(?:[Tt]rưởng|[Pp]hó)[ ]$/u;

/**
 * The name inside a run, or null. A place word before the run ("huyện", "xã") means the run may
 * open with the place's own name.
 */
export function nameInRun(run: Syllable[], text: string): NameSpan | null {
  const syllables = withoutCountryAtEnd(run);
  const n = syllables.length;
  let first = 0;
  while (first < n - 1 && !syllables[first].opens) first++;
  if (first >= n - 1) return null;
  // "Hà Nội Trần Sỹ Thanh" after "Bí thư Thành ủy": the place, then the name. A run that is a
  // province and one more syllable may be a name all through ("Hà Nam Trung"), not after a
  // country ("Thái Bình Dương Mỹ").
  let from = placeLength(syllables, 0);
  if (n - from < 2 && (from < 2 || !isCountry(syllables, 0, from))) from = 0;
  const bodyEnd = bodyLikeNameEnd(syllables, text);
  const starts = nameStarts(syllables, Math.max(from, first), bodyEnd, text);
  // "ông Nguyễn Huệ Chí Thái": a person of history's name that no name follows opens this one.
  if (!starts.length && from > 0 && HISTORICAL_RUNS.has(text.slice(syllables[0].start, syllables[from - 1].end))) {
    from = 0;
    starts.push(...nameStarts(syllables, first, bodyEnd, text));
  }
  if (!starts.length) return null;
  let start = placeAfterBody(syllables, starts);
  start = fullNameAfterPlace(syllables, starts, start);
  const runStart = syllables[0].start;
  const placeWord = !from && endsWithPlaceWord(text, runStart);
  const town = placeWord && TOWN_BEFORE.startBefore(text, runStart) >= 0;
  const localityStart = placeWord && !town ? LOCALITY_BEFORE.startBefore(text, runStart) : -1;
  const locality = localityStart >= 0;
  // "Trưởng thôn Nguyễn Văn An", "Trưởng bản Lò Văn Pọm": the hamlet's head, no hamlet named; a full name follows as after a town.
  const headOfLocality = locality && HEAD_BEFORE_LOCALITY.test(text.slice(Math.max(0, localityStart - 8), localityStart));
  // "xã Châu Hưng A", "ấp Vĩnh Hòa B": after a place's kind, a run that ends in a lone capital (a syllable of one letter) is the place's name.
  if (locality && syllables[n - 1].end - syllables[n - 1].start === 1) return null;
  if (locality || town) {
    // The place's name may stand first: prefer the last surname that still leaves a
    // three-syllable name. A run that is all one name is the place after a ward or street,
    // and after a town unless it is three syllables or more.
    const long = starts.filter((i) => n - i >= 3);
    if (long.length) start = long[long.length - 1];
    if (start === 0 && ((locality && !headOfLocality) || n < 3) && !personNamedAfterPost(syllables, text)) return null;
    // "Chủ tịch UBND huyện Hoàng Su Phì" where the text writes "huyện Hoàng Su Phì đã …" too: the district, no chairman named.
    if (start === 0 && town && placeNamedElsewhere(text, text.slice(runStart, syllables[n - 1].end), runStart)) return null;
    // "làm việc với huyện Si Ma Cai": a surname inside the place's name leaves two syllables, no
    // one's name unless a post stands before the place ("Phó Chủ tịch UBND huyện Mộ Đức Vũ Nhân").
    if (start > 0 && n - start < 3 && !POST_BEFORE_TOWN.test(text.slice(Math.max(0, runStart - 48), runStart))) return null;
  }
  if (n - start > MAX_NAME_SYLLABLES) return null;
  const span = { start: syllables[start].start, end: syllables[n - 1].end };
  const spelt = text.slice(span.start, span.end);
  if (LUNAR_YEARS.has(spelt)) return honorificBefore(text, span.start) >= 0 ? span : null;
  // "TAND huyện Trần Văn Thời, nguyên Thẩm phán": after a place word a person of history names the place.
  if (placeWord && start === 0 && HISTORICAL_RUNS.has(spelt)) return null;
  if (!RUN_PLACE_NAMES.has(spelt)) return span;
  if (personNamedLikePlace(text, span, spelt)) return span;
  // A namesake of a person of history called "ông", "bà" or "đồng chí" is a person ("các ông Trần Quốc Toản, …"),
  // as is one with a post after a comma ("Lê Hồng Phong, Cục trưởng Cục Thuế tỉnh"): a street has none.
  return HISTORICAL_RUNS.has(spelt) && (honorificBefore(text, span.start) >= 0 || postAfterComma(text, span.end)) ? span : null;
}

// Foreign names after any post the posts reader knows: "Chủ tịch Hạ viện Paul Ryan", "Phó
// Giám đốc FBI Andrew McCabe", "Tổng Giám đốc Tổ chức Thương mại Thế giới Roberto Azevedo",
// "Đại tá Zhao Xiaozhuo". Read name first: a run of two to four capitalised words in Latin
// letters, one of them no Vietnamese syllable, whose last two (three with an initial or a
// hyphenated first name) are the name when posts stand right before them. A run right after a
// firm's or a body's word is that body's name ("Chủ tịch Tập đoàn Sun Group"), and so may be
// one right after a bare post ("Chủ tịch Bayern Munich"): there a military rank alone reads a name.
import { BODY_WORDS_ALONE, ENGLISH_TITLE_WORDS, FIRM_WORDS, FOREIGN_BODY_ENDS, NEWS_AGENCIES } from '../../lexicon/bodies.js';
import { COUNTRIES_AND_REGIONS, COUNTRIES_BEFORE_FOREIGN_NAMES, PLAIN_PLACES } from '../../lexicon/countries.js';
import { FOREIGN_HONORIFICS } from '../../lexicon/name-particles.js';
import { HIGHLAND_PLACE_OPENERS } from '../../lexicon/place-words.js';
import { isSyllable } from '../../input/vietnamese-fit.js';
import { JUDICIAL_POSTS, POSTS_BEFORE_SURNAMES_ALONE, POSTS_NAMING_THE_NEXT_RUN, TITLE_PREFIXES } from '../../lexicon/titles.js';
import { keyAt, nextToken, tokenEnd } from '../words.js';
import { hasForeignWord, NOT_NAME_ENDS, PARTICLE as PARTICLE_AFTER, PARTICLE_TAIL } from './foreign.js';
import type { Word } from './foreign-posts.js';
import { isDigitCode, isLetterOrDigitCode, isLowerCode, isUpperCode } from '../regex.js';
import type { NameSpan } from './names.js';
import { rolesBefore, rolesBeforeComma } from './roles-before.js';
import type { Role } from './roles.js';
import { honorificBefore, rankAt, stopAt, titleAt } from './tokens.js';

/** A capitalised word in Latin letters (accents of Western names too; "McCabe"), a hyphenated part, or an initial ("W.", "H.R."). */
const WORD = `(?:[A-Z][a-z\\u00df-\\u00f6\\u00f8-\\u00ff'\\u2019]+(?:[A-Z][a-z\\u00df-\\u00f6\\u00f8-\\u00ff]+)?(?:-[A-Za-z][a-z\\u00df-\\u00f6\\u00f8-\\u00ff]+)?|[A-Z]\\.(?:[A-Z]\\.)?)`;
/**
 * Two to four such words one space apart. Not in Unicode mode and with no lookaround, which
 * made the scan twice as slow: the code checks that no letter, figure or point is glued before
 * the run and that no letter, figure or further capital follows it.
 */
const RUN = new RegExp(`${WORD}(?: ${WORD}){1,3}`, 'g');
const INITIAL = /^[A-Z]\.(?:[A-Z]\.)?$/;
const HYPHENATED = /^[A-Z][a-z]+-[A-Z][a-z]+$/;
/** Words of places, countries, firms and news agencies, honorifics, and sentence openers: never a foreign name's. */
const NOT_FOREIGN_NAMES: ReadonlySet<string> = new Set([...PLAIN_PLACES, ...COUNTRIES_AND_REGIONS, ...COUNTRIES_BEFORE_FOREIGN_NAMES, ...FOREIGN_BODY_ENDS, ...NOT_NAME_ENDS, ...HIGHLAND_PLACE_OPENERS, ...NEWS_AGENCIES, ...FOREIGN_HONORIFICS]);
/**
 * Words that, right before the run, make it a body's or a place's own name: a firm's, in any
 * case ("Tập đoàn Sun Group", "công ty Vina Cyber"), "của" ("chủ tịch của Aston Martin"), a place
 * kind ("xã Ea Uy"); and a body's word alone in its capital ("Viện Pasteur", not "Hạ viện").
 */
const NAMED_AFTER_ANY_CASE: readonly string[] = [
  ...[...FIRM_WORDS, 'Ngân hàng', 'Tổ chức', 'Đại học', 'Câu lạc bộ', 'CLB', 'Liên hoan phim', 'Văn phòng'].map((w) => w.toLowerCase()),
  'của', 'xã', 'huyện', 'tỉnh', 'thành phố', 'quận', 'phường', 'thị trấn', 'thị xã', 'thôn', 'buôn', 'bản', 'làng', 'bang', 'vùng', 'hạt',
];
const TITLE_WORDS: ReadonlySet<string> = new Set(ENGLISH_TITLE_WORDS);
const NAMED_AFTER_CAPITALISED: readonly string[] = BODY_WORDS_ALONE;
/** A firm's word and its trade in one or two small words, at the end of the text before a run. */
const FIRM_AND_TRADE = /(?:^|[^\p{L}])(?:hãng|công ty|tập đoàn)(?: \p{Ll}+){1,2}$/iu;
const NAMING_POSTS: ReadonlySet<string> = new Set(POSTS_NAMING_THE_NEXT_RUN.map((post) => post.toLowerCase()));
const JUDICIAL: ReadonlySet<string> = new Set(JUDICIAL_POSTS.map((post) => post.toLowerCase()));
/** What stands before an appositive's posts: the run at their end names a body of the person named before them. */
const APPOSITIVE_OPENERS = new Set([0x2c, 0x28, 0x2d, 0x2013]); // , ( - –

export interface TitledName {
  name: NameSpan;
  roles: Role[];
}

function wordsOf(match: string, at: number): Word[] {
  const words: Word[] = [];
  let start = at;
  for (const text of match.split(' ')) {
    words.push({ text, start, end: start + text.length });
    start += text.length + 1;
  }
  return words;
}

/** Where the name starts among the run's words: the last two, or three with an initial or a hyphenated first name before. */
function nameStart(words: Word[]): number {
  const n = words.length;
  if (n >= 3 && (INITIAL.test(words[n - 2].text) || HYPHENATED.test(words[n - 3].text))) return n - 3;
  return n - 2;
}

const LETTER = /\p{L}/u;
/** An acronym in capitals and the space after it, ending right before the run. */
const ACRONYM_BEFORE = /(?<=^|[ ])[A-ZĐ]{2,6} $/;
const SPACE = 32;
const DOT = 46;
const COMMA = 44;
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Whether the run names a body or a place, not a person: a body's or a place's word stands right
 * before it, the posts open an appositive of a name before them ("Andy Palmer, chủ tịch …"), or
 * the last post is a bare title other than a rank.
 */
function namesBody(text: string, roles: Role[], start: number, end: number, called: () => Map<string, number[]>): boolean {
  // "Tập đoàn TH True Milk": the firm's word may stand before an acronym of its name (a post
  // written in capitals, "CEO", is no such acronym).
  const acronym = ACRONYM_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (acronym && start - acronym[0].length !== roles[roles.length - 1].start) start -= acronym[0].length;
  if (bodyWordBefore(text, start)) return true;
  let open = roles[0].start - 1;
  while (open > 0 && text.charCodeAt(open) === SPACE) open--;
  // "Phát biểu tại buổi lễ, Đại tá Nerolie McDonald …", "Năm 2012, Bộ trưởng Hải quân Ray Mabus":
  // after a clause's or a date's comma the posts open this name's mention; no name ends in a figure.
  const wordBefore = text.charCodeAt(text.lastIndexOf(' ', open - 1) + 1);
  // '"… chính phủ Trung Quốc" - phát ngôn viên Lầu Năm Góc Gary Ross': a dash after a quotation names who said it.
  const afterClause = (text.charCodeAt(open) === COMMA && (isLowerCode(wordBefore) || isDigitCode(text.charCodeAt(open - 1)))) || quoteBeforeDash(text, open);
  const last = roles[roles.length - 1];
  const key = keyAt(text, last.start, tokenEnd(text, last.start));
  const bare = last.end === start - 1 && titleAt(text, last.start, key) === last.end;
  const post = text.slice(last.start, last.end).toLowerCase();
  const rank = bare && rankAt(text, last.start, key);
  // "Thẩm phán Richard R. Clifton, Thẩm phán William Canby": a rank or a judge's title alone names the run after it even there.
  if (APPOSITIVE_OPENERS.has(text.charCodeAt(open)) && !afterClause && !(roles.length === 1 && (rank || (bare && JUDICIAL.has(post))))) return true;
  return bare && !rank && !NAMING_POSTS.has(post) && !calledByHonorific(text, start, end, called);
}

const CLOSING_QUOTES = new Set([...'"”»\''].map((c) => c.charCodeAt(0)));

/** Whether the mark at `at` is a dash right after a closing quotation mark (spaces between). */
function quoteBeforeDash(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x2d && text.charCodeAt(at) !== 0x2013) return false;
  let i = at - 1;
  while (i > 0 && text.charCodeAt(i) === SPACE) i--;
  return CLOSING_QUOTES.has(text.charCodeAt(i));
}

/**
 * Whether the name [start, end), or its last word, stands elsewhere in the text right after an
 * honorific ("Chủ tịch Florentino Perez … ông Perez"): a person, not a body ("Chủ tịch Bayern Munich").
 */
function calledByHonorific(text: string, start: number, end: number, called: () => Map<string, number[]>): boolean {
  const lastStart = text.lastIndexOf(' ', end - 1) + 1;
  for (const at of [start, lastStart]) {
    const word = text.slice(at, end);
    for (const i of called().get(leadingLetters(word)) ?? []) {
      if (i !== start && i !== lastStart && text.startsWith(word, i) && !isLetterOrDigitCode(text.charCodeAt(i + word.length))) return true;
    }
  }
  return false;
}

/** A capitalised word's letters, not glued to a letter or figure before it: the key of honorificWords. */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{L}*/gu;

/** The letters a name opens with ("Perez" of "Perez", "O" of "O'Neil"), as honorificWords keys them. */
function leadingLetters(word: string): string {
  CAPITALISED.lastIndex = 0;
  return CAPITALISED.exec(word)?.[0] ?? '';
}

/** Where each capitalised word right after an honorific stands ("ông Perez"), by its letters: one scan of the text. */
function honorificWords(text: string): Map<string, number[]> {
  const called = new Map<string, number[]>();
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    if (honorificBefore(text, m.index) < 0) continue;
    const at = called.get(m[0]);
    if (at) at.push(m.index);
    else called.set(m[0], [m.index]);
  }
  return called;
}

/** Whether a body's, a firm's or a place's word stands right before `start`, which makes the run that body's own name. */
function bodyWordBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start - 1);
  const lower = before.toLowerCase();
  const endsWith = (source: string) => (word: string) => source.endsWith(word) && !LETTER.test(source.charAt(source.length - word.length - 1));
  if (NAMED_AFTER_ANY_CASE.some(endsWith(lower)) || NAMED_AFTER_CAPITALISED.some(endsWith(before))) return true;
  // "CEO của hãng độ Liberty Walk", "hãng xe Tesla": a firm's word and the trade it is in.
  return FIRM_AND_TRADE.test(before);
}

/** A post right after the run, as an appositive: "John Collier, giám đốc Trung tâm …", "Chen Tong - Giám đốc …". */
const APPOSITIVE_AFTER = /^(?:, | ?[-–] )/;
/** Heads of state and government, whom a name follows more often than a body ("Tổng thống Joko Widodo"). */
const HEADS_OF_STATE: ReadonlySet<string> = new Set(POSTS_BEFORE_SURNAMES_ALONE.map((post) => post.toLowerCase()));

/** A post without the prefix before it ("tân tổng thống" → "tổng thống"), in small letters. */
function withoutPrefix(post: string): string {
  const lower = post.toLowerCase();
  const prefix = TITLE_PREFIXES.find((p) => lower.startsWith(`${p} `));
  return prefix ? lower.slice(prefix.length + 1) : lower;
}


function postAfter(text: string, end: number): boolean {
  const hook = APPOSITIVE_AFTER.exec(text.slice(end, end + 3));
  if (hook === null) return false;
  const titleEnd = titleAt(text, end + hook[0].length);
  if (titleEnd < 0) return false;
  // "rời Saudi Arabia, tổng thống sẽ …", "Theo Foreign Policy, Tổng thống Putin …": the post opens
  // the next clause, with its verb right after it, or a head of state with the name.
  const next = nextToken(text, titleEnd);
  if (next < 0 || next - titleEnd > 1) return true;
  if (isUpperCode(text.charCodeAt(next))) return !HEADS_OF_STATE.has(withoutPrefix(text.slice(end + hook[0].length, titleEnd)));
  return stopAt(text, next, keyAt(text, next, tokenEnd(text, next)), titleEnd) < 0;
}


/** Words of a Vietnamese name or place written with the accents Latin-1 shares ("Sài Gòn", "Krông Búk") are no foreign name's. */
function vietnameseWord(word: string): boolean {
  return NOT_ASCII.test(word) && isSyllable(word);
}

/** Whether a name's words may be a foreign name's: no place, firm or opener, no Vietnamese word in Latin-1 letters, one word no Vietnamese syllable. */
export function plainForeignName(words: readonly string[]): boolean {
  return !words.some((word) => NOT_FOREIGN_NAMES.has(word) || vietnameseWord(word)) && hasForeignWord(words);
}

/**
 * A cheap first test of a run, before any other work: its last word has three letters at least
 * ("Đại úy Ted St. Pierre": an abbreviation ends no name), and it or the word before it is no
 * Vietnamese syllable (most runs are Vietnamese words in Latin-1 letters: "Thanh Hóa").
 */
function mayEndInForeignName(run: string): boolean {
  const lastSpace = run.lastIndexOf(' ');
  const last = run.slice(lastSpace + 1);
  if (last.length < 3) return false;
  return !isSyllable(last) || !isSyllable(run.slice(run.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace));
}

const HONORIFIC_AT_END = new RegExp(`(?: (?:${FOREIGN_HONORIFICS.join('|')}))+$`);

/** The roles, the honorifics that end the last one cut off ("Chủ tịch Quốc hội Campuchia Samdech" before "Heng Samrin"). */
function withoutHonorifics(text: string, roles: Role[]): Role[] {
  const last = roles[roles.length - 1];
  const honorifics = HONORIFIC_AT_END.exec(last.text);
  if (!honorifics) return roles;
  const end = last.end - honorifics[0].length;
  return [...roles.slice(0, -1), { text: text.slice(last.start, end), start: last.start, end }];
}

/** The foreign names with posts right before them, or (roles empty) an appositive post right after them, in text order; `taken` holds spans other readers found. */
export function foreignNamesAfterTitles(text: string, taken: readonly NameSpan[]): TitledName[] {
  const found: TitledName[] = [];
  let calledWords: Map<string, number[]> | null = null;
  const called = () => (calledWords ??= honorificWords(text));
  RUN.lastIndex = 0;
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    const before = match.index > 0 ? text.charCodeAt(match.index - 1) : SPACE;
    const end = match.index + match[0].length;
    if (isLetterOrDigitCode(before) || before === DOT || isLetterOrDigitCode(text.charCodeAt(end))) continue;
    // A longer run of capitals: its last words are read from the next word on.
    if (text.charCodeAt(end) === SPACE && isUpperCode(text.charCodeAt(end + 1))) {
      RUN.lastIndex = text.indexOf(' ', match.index) + 1;
      continue;
    }
    if (!mayEndInForeignName(match[0])) continue;
    const words = wordsOf(match[0], match.index);
    // "The Voice", "The Golden Stars": a show's, a firm's or a club's English title.
    if (words.some((word) => TITLE_WORDS.has(word.text))) continue;
    const first = nameStart(words);
    // "Cuba Esteban Lazo Hernández", "Cannes Thierry Frémaux": where a word other than a place
    // stands before the last two, the name's first word is not known; a part of it would be wrong.
    if (words.slice(0, first).some((word) => !NOT_FOREIGN_NAMES.has(word.text))) continue;
    const name = words.slice(first);
    if (INITIAL.test(name[0].text)) continue;
    if (!plainForeignName(name.map((word) => word.text))) continue;
    const span = { start: name[0].start, end: name[name.length - 1].end };
    if (NOT_FOREIGN_NAMES.has(text.slice(span.start, span.end))) continue;
    PARTICLE_AFTER.lastIndex = span.end;
    if (PARTICLE_AFTER.test(text)) {
      // "Thủ lĩnh IS Abu Bakr al-Baghdadi": a particle carries the name on to the word after it.
      PARTICLE_TAIL.lastIndex = span.end;
      if (!PARTICLE_TAIL.test(text)) continue;
      span.end = PARTICLE_TAIL.lastIndex;
    }
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    const roles = rolesBefore(text, span.start, 0);
    // "…", John Collier, giám đốc Trung tâm …": no post before, one after; its roles are read by the caller.
    if (!roles.length) {
      if (postAfter(text, span.end) && !bodyWordBefore(text, words[0].start)) found.push({ name: span, roles });
      // "Đội trưởng Real Madrid, Sergio Ramos vừa nâng …": posts that open the clause, a comma, then the name.
      else if (first === 0) {
        const posts = rolesBeforeComma(text, span.start, 0);
        if (posts.length) found.push({ name: span, roles: posts });
      }
      continue;
    }
    if (namesBody(text, roles, span.start, span.end, called)) continue;
    found.push({ name: span, roles: withoutHonorifics(text, roles) });
  }
  return found;
}

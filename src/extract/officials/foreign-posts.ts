// Foreign names right after a post of state: "Tổng thống Mỹ Donald Trump", "Ngoại trưởng John
// Kerry", "Thủ tướng Canada Justin Trudeau", "Tổng thống Mỹ George W. Bush". No surname tells
// such a name from other capitals, so it is read only there: two words in plain letters (three
// with an initial between) that end the run of capitals after the post, one of them no
// Vietnamese syllable ("Chủ tịch Long An" is a place). The country or city between is part of
// the role, and so is a ministry's name ("Bộ trưởng Bộ Ngoại giao Vladimir Makei").
import { isSyllable } from '../../input/vietnamese-fit.js';
import { FOREIGN_BODY_ENDS } from '../../lexicon/bodies.js';
import { COUNTRIES_AND_REGIONS, COUNTRIES_BEFORE_FOREIGN_NAMES, PLAIN_PLACES } from '../../lexicon/countries.js';
import { FOREIGN_HONORIFICS, GLUED_NAME_PARTICLES, NAME_PARTICLES, SECOND_NAME_PARTICLES } from '../../lexicon/name-particles.js';
import { POSTS_BEFORE_FOREIGN_NAMES, POSTS_BEFORE_SURNAMES_ALONE, POSTS_NAMED_WITH_THEIR_COUNTRY, POSTS_OF_BODIES_BEFORE_FOREIGN_NAMES, TITLE_PREFIXES } from '../../lexicon/titles.js';
import { isLetterOrDigitCode, isUpperCode } from '../regex.js';
import { keyAt, SuffixIndex, tokenEnd } from '../words.js';
import { hasForeignWord, NOT_NAME_ENDS } from './foreign.js';
import { isSurnameAt, type NameSpan } from './names.js';
import type { Role } from './roles.js';
import { bodyAt, stopAt } from './tokens.js';

const POST_BEFORE = new SuffixIndex([...POSTS_BEFORE_FOREIGN_NAMES, ...POSTS_OF_BODIES_BEFORE_FOREIGN_NAMES]);
const HEADS_OF_BODIES: ReadonlySet<string> = new Set(POSTS_OF_BODIES_BEFORE_FOREIGN_NAMES.map((p) => p.toLowerCase()));
/** A body's acronym in capitals, then a space: "NATO", "FBI", "IPU", "WTO". */
const ACRONYM_AT = /^[A-ZĐ]{2,6} /;
/** Posts that BODY_NAMES also names with their sector ("Bộ trưởng Ngoại giao"). */
const SECTOR_POSTS: ReadonlySet<string> = new Set(['bộ trưởng', 'thứ trưởng']);
/** A post of state ("Tổng thống"), of a body before its acronym ("Tổng Giám đốc IATA"), or of a city or a state ("Thị trưởng"). */
type PostKind = 'state' | 'body' | 'place';
/** Posts of a city, a province or a state, whose place in one word in plain letters stands before the name ("Thị trưởng Bogota Enrique Peñalosa"): no name of three words or with a particle is read after them. */
const POSTS_BEFORE_PLACES: ReadonlySet<string> = new Set(
  ['Thị trưởng', 'Thống đốc', 'Tỉnh trưởng', 'Cảnh sát trưởng', 'Thượng nghị sĩ', 'Thượng nghị sỹ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Nghị sỹ'].map((p) => p.toLowerCase()),
);
const COUNTRY_FIRST_POSTS: ReadonlySet<string> = new Set(POSTS_NAMED_WITH_THEIR_COUNTRY.map((p) => p.toLowerCase()));
const SURNAME_ALONE_POSTS: ReadonlySet<string> = new Set(POSTS_BEFORE_SURNAMES_ALONE.map((post) => post.toLowerCase()));
/** Words before a post that belong to the role: "cựu", "tân" … and "Phó" ("Phó Giám đốc FBI Andrew McCabe"). */
const PREFIXES: ReadonlySet<string> = new Set([...TITLE_PREFIXES, 'phó']);
/**
 * The tails of the posts' last words from their first marked letter, with the space after
 * ("ưởng " of "trưởng "): indexOf is fastest on a literal that opens with a rare character;
 * the post index then reads the whole post back from there.
 */
function needleOf(post: string): string {
  const last = post.split(' ').at(-1)!.toLowerCase();
  const marked = last.search(/[^\x00-\x7f]/);
  return `${marked > 0 ? last.slice(marked) : last} `;
}
const STATE_NEEDLES: ReadonlySet<string> = new Set(POSTS_BEFORE_FOREIGN_NAMES.map(needleOf));
const NEEDLES = [...new Set([...STATE_NEEDLES, ...POSTS_OF_BODIES_BEFORE_FOREIGN_NAMES.map(needleOf)])];
/** Words of a place kind between a post and the place ("Thị trưởng bang Hamburg", "cảnh sát trưởng hạt Kerr", "Thị trưởng thành phố Changwon"). */
const PLACE_KINDS = new Set(['bang', 'tỉnh', 'vùng', 'hạt', 'thành phố']);
const CITY = 'thành phố ';
const PLACE_KIND_FIRSTS = new Set([...PLACE_KINDS].map((kind) => kind.charCodeAt(0)));
const PLACES = new Set(PLAIN_PLACES);
const BODY_ENDS: ReadonlySet<string> = new Set(FOREIGN_BODY_ENDS);
const COUNTRIES: ReadonlySet<string> = new Set([...COUNTRIES_AND_REGIONS, ...COUNTRIES_BEFORE_FOREIGN_NAMES]);
/**
 * A capitalised word in plain letters, with an inner capital after a prefix ("McCain", "MacArthur",
 * "DeVos") or a hyphenated part; the small letters of Western names with accents too ("François").
 */
const PLAIN_WORD = /^(?:(?:Mc|Mac|De|La|Di)(?=[A-Z]))?[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff]+(?:-[A-Za-z][a-z\u00df-\u00f6\u00f8-\u00ff]+)?$/;
const NOT_ASCII = /[^\x00-\x7f]/;

/** A word of a foreign name: plain letters, and where it has accents, no Vietnamese syllable ("François", not "Lãnh"). */
function plainWord(word: string): boolean {
  return PLAIN_WORD.test(word) && !(NOT_ASCII.test(word) && isSyllable(word));
}
const INITIAL = /^[A-Z]\.$/;
const HYPHENATED_NAME = /^[A-Z][a-z]+-[A-Z][a-z]+$/;
/** Lower-case particles inside Arabic and European names ("al-Assad", "bin Salman", "van der Bellen", "von der Leyen"). */
const NAME_PARTICLE = new RegExp(` (?:${NAME_PARTICLES.join('|')})(?: (?:${SECOND_NAME_PARTICLES.join('|')}))?(?:-| \\p{Lu})`, 'uy');
const WORD = /[\p{L}\-]+\.?/uy;
const DOT = 46;
const MAX_WORDS = 10;
const MINISTRY = 'Bộ';
const AT = 'tại';
const SPACE = 32;

export interface PostedName {
  name: NameSpan;
  role: Role;
}

/** A word of a run of capitals and where it stands. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The capitalised words from `at`, one space apart, at most MAX_WORDS; a place kind in lower case may open them. */
function capitalisedWords(text: string, at: number): Word[] {
  const words: Word[] = [];
  let ministry = false;
  // A known ministry ("Bộ Ngoại giao") is read whole, though a word of its name may end a role elsewhere.
  const knownBodyEnd = text.startsWith(MINISTRY, at) ? bodyAt(text, at, keyAt(text, at, tokenEnd(text, at))) : -1;
  for (let i = at; words.length < MAX_WORDS; ) {
    // The one place kind of two words, read as one.
    if (i === at && text.startsWith(CITY, i)) {
      words.push({ text: CITY.trimEnd(), start: i, end: i + CITY.length - 1 });
      i += CITY.length;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (!match) break;
    let word = { text: match[0], start: i, end: i + match[0].length };
    if (!isUpperCode(text.charCodeAt(i))) {
      // "Đại sứ Hoa Kỳ tại Việt Nam Ted Osius": "tại" joins the country to the place of the post.
      const joins = word.text === AT && isUpperCode(text.charCodeAt(word.end + 1));
      const inMinistryName = ministry && (i < knownBodyEnd || stopAt(text, i, keyAt(text, i, tokenEnd(text, i)), at) < 0);
      // "Tổng thống Syria Bashar al-Assad", "Hamid bin Jasim": a particle inside a name, after its first word.
      const inName = words.length > 0 && !ministry && particleAt(text, word);
      if (words.length ? !joins && !inMinistryName && !inName : !PLACE_KINDS.has(word.text)) break;
    } else if (words.length === 0) ministry = word.text === MINISTRY;
    // "Bộ trưởng Bộ Y tế Lào Bounkong Syhavong": the ministry's name, lower-case words and all, until a foreign word.
    if (ministry && hasForeignWord([word.text])) ministry = false;
    // A point after a word ends the sentence ("Tổng thống Trump. Anh …"), after a capital alone it marks an initial.
    const sentenceEnds = text.charCodeAt(word.end - 1) === DOT && !INITIAL.test(word.text);
    if (sentenceEnds) word = { text: word.text.slice(0, -1), start: word.start, end: word.end - 1 };
    words.push(word);
    if (sentenceEnds || text.charCodeAt(word.end) !== SPACE) break;
    i = word.end + 1;
  }
  return words;
}

/**
 * A surname alone right after a head of state or government, a country between or not
 * ("Tổng thống Trump", "Thủ tướng Bulgaria Borisov", "Tổng thống Hàn Quốc Park"): one word in
 * plain letters, no Vietnamese syllable, no place, ending the run.
 */
function surnameAlone(text: string, post: string, words: Word[]): boolean {
  const n = words.length;
  if (n < 1 || n > 3) return false;
  const place = words.slice(0, n - 1).map((w) => w.text).join(' ');
  // "Bộ trưởng Quốc phòng Nga Shoigu": after any post, a country before one foreign word leaves it no other reading.
  if (!SURNAME_ALONE_POSTS.has(post.toLowerCase()) && !(n > 1 && COUNTRIES.has(place))) return false;
  if (n > 1 && !PLACES.has(place) && !COUNTRIES.has(place)) return false;
  const word = words[n - 1];
  if (!plainWord(word.text) || PLACES.has(word.text) || NOT_NAME_ENDS.has(word.text) || !hasForeignWord([word.text])) return false;
  if (isLetterOrDigitCode(text.charCodeAt(word.end)) || text.charCodeAt(word.end) === 45) return false;
  // "Tổng thống Bashar al-Assad", "Thái tử Mohammed bin Salman": a particle goes on with the name.
  NAME_PARTICLE.lastIndex = word.end;
  return !NAME_PARTICLE.test(text);
}

/** Whether the words spell a country or a place in plain letters ("Nga", "Hàn Quốc", "Belarus"), honorifics after it left aside ("Campuchia Samdech"). */
function isCountry(words: readonly Word[]): boolean {
  let n = words.length;
  while (n > 1 && HONORIFICS.has(words[n - 1].text)) n--;
  if (n === 0) return false;
  const place = words.slice(0, n).map((w) => w.text).join(' ');
  return COUNTRIES.has(place) || PLACES.has(place);
}
const HONORIFICS: ReadonlySet<string> = new Set(FOREIGN_HONORIFICS);
/** A foreign country between the post and the name: its leaders' names may be written in syllables Vietnamese has too ("Thủ tướng Campuchia Hun Sen"). */
const isForeignCountry = (words: readonly Word[]): boolean => isCountry(words) && words[0].text !== 'Việt';

const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...SECOND_NAME_PARTICLES]);
const GLUED_PARTICLE = new RegExp(`^(?:${GLUED_NAME_PARTICLES.join('|')})-\\p{Lu}\\p{Ll}+\\.?$`, 'u');
/** Capitalised words after a particle in small letters, at most ("bin Ahmed Al Khalifa"); none after one glued to its word ("al-Assad"). */
const MAX_AFTER_PARTICLE = 3;

/** Particles of Arabic names written with a capital ("Bin", "Al Thani", "Al-Sabah"). */
const CAPITAL_PARTICLE = /^(?:Bin|Ibn|Al|El|Al-\p{Lu}\p{Ll}+|El-\p{Lu}\p{Ll}+)$/u;

/** A particle in small letters with a capitalised word after it ("bin Jasim", "van der Bellen"), or glued to one ("al-Assad"). */
function particleAt(text: string, word: Word): boolean {
  if (GLUED_PARTICLE.test(word.text)) return true;
  return PARTICLES.has(word.text) && text.charCodeAt(word.end) === SPACE && (isUpperCode(text.charCodeAt(word.end + 1)) || SECOND_PARTICLE.test(text.slice(word.end + 1, word.end + 5)));
}
/** The second particle of two ("von der Leyen", "van den Berg"). */
const SECOND_PARTICLE = new RegExp(`^(?:${SECOND_NAME_PARTICLES.join('|')}) `);

const isParticle = (word: Word): boolean => PARTICLES.has(word.text) || GLUED_PARTICLE.test(word.text);

/**
 * A name with a particle ("Bashar al-Assad", "Hamid bin Jasim", "Ursula von der Leyen"): every
 * word after the post or its country, where one word at least stands before the first particle
 * and the name ends in a capitalised word; else null.
 */
function particleName(words: readonly Word[]): [number, number] | null {
  const particle = words.findIndex((word, i) => i > 0 && isParticle(word));
  if (particle < 0) return null;
  const last = words.length - 1;
  if (PARTICLES.has(words[last].text)) return null;
  // "Bashar al-Assad Ankara …": capitals after the name's end, where a full stop was lost.
  let lastParticle = last;
  while (!isParticle(words[lastParticle])) lastParticle--;
  const glued = GLUED_PARTICLE.test(words[lastParticle].text);
  if (last - lastParticle > (glued ? 0 : MAX_AFTER_PARTICLE)) return null;
  // "Tổng Giám đốc IATA Alexandre de Juniac": a body's acronym before the name.
  let first = ACRONYM_AT.test(`${words[0].text} `) ? 1 : 0;
  for (let s = particle - 1; s > first; s--) {
    if (isCountry(words.slice(0, s))) {
      first = s;
      break;
    }
  }
  const name = words.slice(first, last + 1);
  if (first === particle || name.length > 6) return null;
  if (!name.every((word) => isParticle(word) || (plainWord(word.text) && !PLACES.has(word.text) && !COUNTRIES.has(word.text)))) return null;
  return [first, last];
}

/** The foreign name ending the words, or null: "Donald Trump", "George W. Bush", never a place nor Vietnamese syllables only. */
function nameAtEnd(text: string, all: Word[], post: PostKind): [number, number] | null {
  if (all.some((word, i) => i > 0 && isParticle(word))) return post === 'place' ? null : particleName(all);
  // "… Donald Trump Trong khuôn khổ …": the name ends before the opener.
  const cut = all.findIndex((word, i) => i > 0 && NOT_NAME_ENDS.has(word.text));
  const words = cut > 0 ? all.slice(0, cut) : all;
  const n = words.length;
  const after = words[n - 1]?.end;
  // The name ends the run: no letter glued to it, no capital after it (a run longer than MAX_WORDS).
  if (n < 2 || (cut < 0 && (isLetterOrDigitCode(text.charCodeAt(after)) || (text.charCodeAt(after) === SPACE && isUpperCode(text.charCodeAt(after + 1)))))) return null;
  const last = words[n - 1].text;
  const middle = words[n - 2].text;
  const withInitial = n >= 3 && INITIAL.test(middle);
  // "Tổng thống Nga V. Putin", "Tổng thống Belarus A. Lukashenko", "Tổng thống A. Lukashenko": an initial and a surname after the country or the post.
  if (INITIAL.test(middle) && (n === 2 || isCountry(words.slice(0, n - 2)))) {
    return plainWord(last) && hasForeignWord([last]) && !PLACES.has(last) ? [n - 2, n - 1] : null;
  }
  // "Ngoại trưởng Pháp Jean-Yves Le Drian": a hyphenated first name before a two-word surname.
  const hyphenatedFirst = !withInitial && n >= 3 && HYPHENATED_NAME.test(words[n - 3].text) && !PLACES.has(words[n - 3].text);
  const first = withInitial || hyphenatedFirst ? n - 3 : n - 2;
  const firstWord = words[first].text;
  if (!plainWord(last) || !plainWord(firstWord) || PLACES.has(firstWord) || PLACES.has(last) || BODY_ENDS.has(last)) return null;
  if (!hasForeignWord([firstWord, last]) && !(first > 0 && isForeignCountry(words.slice(0, first)) && !isSurnameAt(text, words[first].start, words[first].end))) return null;
  // "Luiz Inácio Lula da Silva": a particle goes on with the name, whose first words are not known.
  NAME_PARTICLE.lastIndex = words[n - 1].end;
  if (NAME_PARTICLE.test(text)) return null;
  if (PLACES.has(text.slice(words[first].start, words[n - 1].end))) return null;
  // Right after a place kind the words are the place ("Tỉnh trưởng tỉnh Nam Jeolla").
  if (first === 1 && PLACE_KINDS.has(words[0].text)) return null;
  // "Qatar Khalid Al Attiyah", "Saudi Arabia Salman Bin Abdul Aziz": an Arabic name with its particles
  // capitalised goes on before its last two words, back to the country or the post; where it may
  // start further back ("Sheikh Tamim Bin Hamad Al Thani"), nothing is read ("Mỹ Al Gore" is whole).
  let start = first;
  while (start > 0 && !isCountry(words.slice(0, start)) && (CAPITAL_PARTICLE.test(words[start].text) || CAPITAL_PARTICLE.test(words[start - 1].text))) start--;
  if (start < first) return start === 0 || isCountry(words.slice(0, start)) ? [start, n - 1] : null;
  return [first === n - 2 && post === 'state' && opensName(words, first - 1) ? first - 1 : first, n - 1];
}

/**
 * Whether a third word in plain letters right after the post or its country opens the name
 * ("Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan", "Tổng thống Juan Manuel Santos"): no place,
 * country, body or opener, and only a country, if anything, between it and the post.
 */
function opensName(words: readonly Word[], at: number): boolean {
  if (at < 0) return false;
  const word = words[at].text;
  if (!PLAIN_WORD.test(word) || NOT_ASCII.test(word) || PLACES.has(word) || COUNTRIES.has(word) || BODY_ENDS.has(word) || NOT_NAME_ENDS.has(word) || HONORIFICS.has(word)) return false;
  return at === 0 || isCountry(words.slice(0, at));
}

/** Where "nguyên", "cựu", "quyền", "tân" or "Phó" stands right before the post at `at`; else `at` ("chính quyền Tổng thống …" is the administration). */
function prefixStart(text: string, at: number): number {
  const before = at > 0 && text.charCodeAt(at - 1) === SPACE ? text.lastIndexOf(' ', at - 2) + 1 : -1;
  if (before < 0 || !PREFIXES.has(text.slice(before, at - 1).toLowerCase())) return at;
  const prefix = text.slice(before, at - 1).toLowerCase();
  if (prefix === 'quyền' && text.slice(Math.max(0, before - 6), before).toLowerCase() === 'chính ') return at;
  // "cựu Phó Giám đốc": a prefix before "Phó" too.
  return prefix === 'phó' ? prefixStart(text, before) : before;
}

const CUP_BEFORE = /(?:^|[^\p{L}])[Cc]úp $/u;

/** The foreign names after posts of state, each with its post, in text order. */
export function foreignNamesAfterPosts(text: string): PostedName[] {
  const found: PostedName[] = [];
  for (const needle of NEEDLES) {
    // Only heads of bodies end with this tail ("ịch " of "Chủ tịch"): their acronym is tested before the post is read.
    const headsOnly = !STATE_NEEDLES.has(needle);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const after = at + needle.length;
      const next = text.charCodeAt(after);
      if (!isUpperCode(next) && !PLACE_KIND_FIRSTS.has(next)) continue;
      if (headsOnly && !ACRONYM_AT.test(text.slice(after, after + 8))) continue;
      // The post index reads the whole post back from its last word ("Ngoại trưởng" at "trưởng").
      const bare = POST_BEFORE.startBefore(text, after);
      if (bare < 0) continue;
      // "Cúp Nhà vua Tây Ban Nha": a cup named after the post, which no one there holds.
      if (CUP_BEFORE.test(text.slice(Math.max(0, bare - 5), bare))) continue;
      const post = text.slice(bare, after - 1);
      const postKey = post.toLowerCase();
      // A head of a body needs the body's acronym first ("Giám đốc FBI James Comey").
      const headOfBody = HEADS_OF_BODIES.has(postKey);
      if (headOfBody && !ACRONYM_AT.test(text.slice(after, after + 8))) continue;
      // "Bộ trưởng Ngoại giao Vladimir Makei": a post named with its sector is read whole first.
      const withSector = SECTOR_POSTS.has(postKey) ? bodyAt(text, bare, keyAt(text, bare, tokenEnd(text, bare))) : -1;
      const from = withSector > after && text.charCodeAt(withSector) === SPACE ? withSector + 1 : after;
      const words = capitalisedWords(text, from);
      // "Đại sứ Nga Sergey Kislyak tại Nhà Trắng": the name may stand before "tại" too.
      const join = words.findIndex((word) => word.text === AT);
      const final = words.length - 1;
      const initialled = final === 1 && INITIAL.test(words[0].text);
      const alone: [number, number] | null = !initialled && surnameAlone(text, post, words) ? [final, final] : null;
      const kind: PostKind = headOfBody ? 'body' : POSTS_BEFORE_PLACES.has(postKey) ? 'place' : 'state';
      const span = alone ?? nameAtEnd(text, words, kind) ?? (join > 0 ? nameAtEnd(text, words.slice(0, join), kind) : null);
      if (!span || (headOfBody && span[0] === 0)) continue;
      if (COUNTRY_FIRST_POSTS.has(postKey) && (span[0] === 0 || !isCountry(words.slice(0, span[0])))) continue;
      const [first, last] = span;
      const name = { start: words[first].start, end: words[last].end };
      // "Thủ tướng Campuchia Samdech Techo Hun Sen": the honorifics before the name are neither role nor name.
      let before = first - 1;
      while (before > 0 && HONORIFICS.has(words[before].text)) before--;
      const roleEnd = before >= 0 ? words[before].end : from - 1;
      // "cựu Tổng thống Mỹ Barack Obama": a prefix of the post is part of the role.
      const postStart = prefixStart(text, bare);
      found.push({ name, role: { text: text.slice(postStart, roleEnd), start: postStart, end: roleEnd } });
    }
  }
  return found.sort((a, b) => a.name.start - b.name.start);
}

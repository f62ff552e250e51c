// The regular expressions the officials parsers share, compiled once from the lexicons.
// All of them run over `foldTones(text)`; none nests a quantifier over overlapping classes.
import { BODY_NAMES_LIKE_NAMES, BODY_NAMES_WITH_COMMAS } from '../../lexicon/bodies.js';
import { HONORIFICS, NAME_PREFIXES } from '../../lexicon/honorifics.js';
import { PROVINCES } from '../../lexicon/provinces.js';
import { ROLE_STOP_WORDS } from '../../lexicon/role-stops.js';
import { TITLE_PREFIXES, TITLES } from '../../lexicon/titles.js';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Longest first, so an alternation prefers "Phó Chủ tịch" to "Phó", "Kế hoạch hành động" to "Kế hoạch". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, ' {1,2}'))
    .join('|');
}

const L = '[\\p{L}\\p{M}]';
const NOT_BEFORE = `(?<!${L})`;
const NOT_AFTER = `(?!${L})`;

/** One capitalised syllable of a name: "Nguyễn", "A", "H'Hen". */
export const SYLLABLE = `\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}{0,8}(?![\\p{L}\\p{M}\\p{N}])`;

/** A run of capitalised syllables (up to 12; longer runs are headlines, see RUN_TAIL). */
export const CAPITAL_RUN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’])${SYLLABLE}(?: ${SYLLABLE}){0,11}`, 'gu');
/** What is left of a run longer than CAPITAL_RUN takes, to skip it whole. */
export const RUN_TAIL = new RegExp(`(?: ${SYLLABLE})+`, 'uy');

const TITLE_BODY = `(?:(?:${alternation(TITLE_PREFIXES)}) )?(?:${alternation(TITLES)})${NOT_AFTER}`;
/** A post anywhere (global) and a post exactly here (sticky); case-insensitive. */
export const TITLE_ANY = new RegExp(`${NOT_BEFORE}${TITLE_BODY}`, 'giu');
export const TITLE_AT = new RegExp(TITLE_BODY, 'iuy');

/** A word that ends a role (lower case only; "Ban chỉ đạo" is a body, not the verb). */
export const STOP_WORD = new RegExp(`(?<![Bb]an )${NOT_BEFORE}(?:${alternation(ROLE_STOP_WORDS)})${NOT_AFTER}`, 'gu');

/** An honorific right before a name (tested on the text that ends where the name starts). */
export const HONORIFIC_BEFORE = new RegExp(`${NOT_BEFORE}(?:${alternation(HONORIFICS)}) ?:? {1,2}$`, 'iu');

/** An academic prefix right before a name ("TS. ", "PGS.TS "), skipped when reading context. */
export const NAME_PREFIX_BEFORE = new RegExp(`${NOT_BEFORE}(?:${alternation(NAME_PREFIXES)})\\.? {1,2}$`, 'u');

/**
 * Place words right before a run, which may then open with the place's own name. A town
 * ("thành phố Cao Lãnh", "quận Hoàng Mai") may be followed by its name or straight by a
 * person's ("Chủ tịch UBND thành phố Trần Sỹ Thanh"); a ward, commune or street is named
 * after people so often ("phường Hoàng Văn Thụ", "đường Trần Phú") that a run right after
 * one is read as the place unless a name follows the place.
 */
export const TOWN_BEFORE = new RegExp(`${NOT_BEFORE}(?:huyện|quận|thị xã|thành phố|tx\\.?|tp\\.?|q\\.) $`, 'iu');
export const STREET_OR_WARD_BEFORE = new RegExp(`${NOT_BEFORE}(?:xã|phường|thị trấn|thôn|bản|ấp|làng|xóm|đường|phố|khu phố|tổ dân phố|đảo|sông|núi|chợ|cầu|trường|p\\.)\\.? $`, 'iu');

/** Every written form of a province, to strip it from the front of a run or refuse it as a name. */
export const PROVINCE_FORMS: ReadonlySet<string> = new Set(PROVINCES.flatMap((p) => [p.name, ...p.forms]).map((f) => f.toLowerCase()));
/** Province forms of two or more words, lower-cased and split, keyed by their first word. */
export const PROVINCE_FORMS_BY_FIRST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const form of PROVINCE_FORMS) {
    const words = form.split(' ');
    if (words.length > 1) map.set(words[0], [...(map.get(words[0]) ?? []), words]);
  }
  return map;
})();

/** Body names that hold a comma ("Văn hóa, Thể thao và Du lịch"): a role does not split inside them. */
export const COMMA_BODY = new RegExp(`(?:${alternation(BODY_NAMES_WITH_COMMAS)})`, 'giu');

/** Body names that hold a surname ("Tỉnh Đoàn"): no name starts inside one. */
export const BODY_LIKE_NAME = new RegExp(`${NOT_BEFORE}(?:${alternation(BODY_NAMES_LIKE_NAMES)})${NOT_AFTER}`, 'gu');
/** Their words, lower-cased: a run with none of them needs no BODY_LIKE_NAME search. */
export const BODY_LIKE_NAME_WORDS: ReadonlySet<string> = new Set(BODY_NAMES_LIKE_NAMES.flatMap((b) => b.toLowerCase().split(' ')));

/** Where a clause starts: the last of these before a title-before-name role list. */
export const CLAUSE_BREAK = /[\n;:()[\]"“”!?]|\.(?= )/g;
/** A period that ends an abbreviation ("TP. Hồ Chí Minh", "TS. Nguyễn…"), not a sentence. */
export const ABBREVIATION_END = /(?:^|[^\p{L}])(?:TP|Tp|TX|KT|TM|TL|ThS|Ths|TS|GS|PGS|BS|KS|St|Q|P|H|X|Đ)$/u;

const MARGIN = 64;

/**
 * The matches of a global `re` that start in [from, to). It searches a slice with some context
 * either side (for look-arounds), never the rest of the text: a search that finds nothing must
 * not cost the length of the document each time it is asked.
 */
export function* matchesIn(re: RegExp, text: string, from: number, to: number): Generator<RegExpExecArray> {
  const lo = Math.max(0, from - MARGIN);
  const part = text.slice(lo, Math.min(text.length, to + MARGIN));
  re.lastIndex = from - lo;
  for (let m = re.exec(part); m && m.index + lo < to; m = re.exec(part)) {
    m.index += lo;
    yield m;
    if (m[0] === '') re.lastIndex++;
  }
}

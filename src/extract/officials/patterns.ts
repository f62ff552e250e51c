// The lexicon indexes and patterns the officials parsers share, compiled once per process.
// Posts, stop words and body names are read word by word at candidate positions (words.ts);
// the one pattern run over the whole text is NAME_HINT, compiled without the `u` flag and
// without a look-behind so that V8 scans for a literal space and a few capital letters.
import { BODIES_WITHOUT_TOPIC, BODY_NAMES, BODY_NAMES_LIKE_NAMES, FIRM_WORDS, PARENT_BODY_OPENERS, TOPIC_BODIES } from '../../lexicon/bodies.js';
import { COUNTRIES_AND_REGIONS, FOREIGN_COUNTRIES } from '../../lexicon/countries.js';
import { HISTORICAL_NAMES } from '../../lexicon/historical-names.js';
import { BYLINE_LABELS, HONORIFICS, NAME_PREFIXES, PLAIN_ADDRESSES } from '../../lexicon/honorifics.js';
import { LOCALITY_WORDS, PLACE_KINDS, TOWN_WORDS } from '../../lexicon/place-words.js';
import { FORMER_PROVINCES, PROVINCES, TOWNS_NAMED_LIKE_PEOPLE } from '../../lexicon/provinces.js';
import { ROLE_STOP_WORDS, STOPS_AFTER_PROPER_NAME_ONLY } from '../../lexicon/role-stops.js';
import { OPENER_PAIRS, OPENER_WORDS } from '../../lexicon/sentence-openers.js';
import { NAME_STARTS } from '../../lexicon/surnames.js';
import { APPOINTING_VERBS, APPOSITIVE_ONLY_TITLES, BODIES_OPENING_LIKE_TITLES, COMMUNE_STAFF_TITLES, RANKS, SEATED_POSTS_AND_BODIES, TITLE_PREFIXES, TITLES, TITLES_AS_BODIES } from '../../lexicon/titles.js';
import { oldToneForm } from '../../lexicon/spelling.js';
import { DOCUMENT_TYPES } from '../../lexicon/document-types.js';
import { escapeRegExp, trieAlternation } from '../regex.js';
import { PhraseIndex, phraseKeys, SuffixIndex } from '../words.js';

export const TITLE_INDEX = new PhraseIndex(TITLES);
export const APPOSITIVE_ONLY_INDEX = new PhraseIndex(APPOSITIVE_ONLY_TITLES);
export const COMMUNE_STAFF_INDEX = new PhraseIndex(COMMUNE_STAFF_TITLES);
export const RANK_INDEX = new PhraseIndex(RANKS);
export const TITLE_PREFIX_INDEX = new PhraseIndex(TITLE_PREFIXES);
export const TITLE_AS_BODY_INDEX = new PhraseIndex(TITLES_AS_BODIES);
export const BODY_AS_TITLE_INDEX = new PhraseIndex(BODIES_OPENING_LIKE_TITLES);
export const STOP_INDEX = new PhraseIndex(ROLE_STOP_WORDS);
export const AFTER_PROPER_NAME_ONLY = new PhraseIndex(STOPS_AFTER_PROPER_NAME_ONLY);
export const BODY_INDEX = new PhraseIndex(BODY_NAMES);
/** Names a role is read through whole though they hold a stop word or a comma: bodies, and posts ("Tổng Thư ký"). */
const PROTECTED_NAMES: readonly string[] = [...BODY_NAMES, ...TITLES];
export const PROTECTED_INDEX = new PhraseIndex(PROTECTED_NAMES);
export const TOPIC_BODY_INDEX = new PhraseIndex(TOPIC_BODIES);
export const UNTOPICAL_BODY_INDEX = new PhraseIndex(BODIES_WITHOUT_TOPIC);
export const SEATED_INDEX = new PhraseIndex(SEATED_POSTS_AND_BODIES);
export const FIRM_INDEX = new PhraseIndex(FIRM_WORDS);
export const BODY_LIKE_NAME_INDEX = new PhraseIndex(BODY_NAMES_LIKE_NAMES);
export const OPENER_PAIR_INDEX = new PhraseIndex(OPENER_PAIRS);
/** Every written form of a province, current or former. */
const PROVINCE_FORMS: readonly string[] = PROVINCES.flatMap((p) => [p.name, ...p.forms]);
/** Those, towns named like people, countries and regions, and the names of people of history that places bear. */
const PLACE_FORMS: readonly string[] = [...PROVINCE_FORMS, ...FORMER_PROVINCES, ...TOWNS_NAMED_LIKE_PEOPLE, ...COUNTRIES_AND_REGIONS, ...HISTORICAL_NAMES];
export const PARENT_BODY_INDEX = new PhraseIndex(PARENT_BODY_OPENERS);
/** Kinds of documents, which a document cited by its number opens with ("Quyết định số 514"). */
export const DOCUMENT_TYPE_INDEX = new PhraseIndex(DOCUMENT_TYPES);
/** Foreign countries read backwards from "tại", and Vietnam's provinces read forwards after it ("Hiệp hội Doanh nghiệp Hàn Quốc tại Đồng Nai"). */
export const FOREIGN_COUNTRY_BEFORE = new SuffixIndex(FOREIGN_COUNTRIES);
export const PROVINCE_INDEX = new PhraseIndex(PROVINCE_FORMS);

/** Capitalised words that end a name where they stand ("Theo", "Trong", "Ông"). */
export const OPENERS: ReadonlySet<string> = new Set(OPENER_WORDS);

/** Honorifics, credit labels, academic prefixes and place words, each read backwards from a name. */
export const HONORIFIC_BEFORE = new SuffixIndex(HONORIFICS);
/** The same read forwards, at a word ("đứng đầu là ông …"). */
export const HONORIFIC_INDEX = new PhraseIndex(HONORIFICS);
export const BYLINE_BEFORE = new SuffixIndex(BYLINE_LABELS);
export const PLAIN_ADDRESS_BEFORE = new SuffixIndex(PLAIN_ADDRESSES);
export const NAME_PREFIX_BEFORE = new SuffixIndex(NAME_PREFIXES);
/** An academic or professional prefix and what it chains ("TS. ", "PGS.TS ", "BS.CKII ", "GS-TS "), opening a name after it. */
export const NAME_PREFIX_AHEAD = new RegExp(
  `^(?:${[...NAME_PREFIXES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?:[.-]\\p{Lu}[\\p{L}]*)*\\.?[ \\u00a0]+\\p{Lu}`,
  'u',
);
export const TOWN_BEFORE = new SuffixIndex(TOWN_WORDS);
/** A place's kind before its name, read forwards: a province, a town or district, a commune ("BHXH tỉnh Thanh Hóa"). */
export const PLACE_KIND_INDEX = new PhraseIndex(PLACE_KINDS);
export const LOCALITY_BEFORE = new SuffixIndex(LOCALITY_WORDS);

/**
 * Tokens inside a known body name or post where a role would otherwise end or split (a stop
 * word, a comma, "và", a dash: "Văn hóa, Thể thao", "Tiếng nói", "Thư ký"): for each, the key
 * of the token before it in some name, and how many tokens into the name it stands. A walk
 * that meets one checks the token before, then looks back that far for the name's start.
 */
export interface BodyInner {
  before: string;
  offset: number;
}
export const BODY_INNER: ReadonlyMap<string, readonly BodyInner[]> = (() => {
  const breakers = new Set([',', '-', 'và', ...ROLE_STOP_WORDS.map((w) => phraseKeys(w)[0])]);
  const map = new Map<string, BodyInner[]>();
  for (const body of PROTECTED_NAMES) {
    const keys = phraseKeys(body);
    keys.forEach((key, offset) => {
      if (offset === 0 || !breakers.has(key)) return;
      const inners = map.get(key) ?? [];
      if (!inners.some((i) => i.offset === offset && i.before === keys[offset - 1])) inners.push({ before: keys[offset - 1], offset });
      map.set(key, inners);
    });
  }
  return map;
})();

/** What a word's key may open, in one lookup: most words of a clause open nothing and are passed over. */
export const OPENS_POST = 1;
export const OPENS_STOP = 2;
export const OPENS_PREFIX = 4;
export const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const mark = (key: string, flag: number): void => {
    flags.set(key, (flags.get(key) ?? 0) | flag);
  };
  for (const t of TITLES) mark(phraseKeys(t)[0], OPENS_POST);
  for (const w of ROLE_STOP_WORDS) mark(phraseKeys(w)[0], OPENS_STOP);
  for (const p of TITLE_PREFIXES) mark(phraseKeys(p)[0], OPENS_PREFIX);
  return flags;
})();

/**
 * Names that are never an official's, lower-cased: every written form of a province, current or
 * former, of a country or region, and the names of people of history that schools and streets
 * bear. A run that spells one is a place.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  PLACE_FORMS.map(
    (f) => f.toLowerCase(),
  ),
);
/** The words of a place as a run of capitals writes them, with the old tone placement too ("Thanh Hoá"). */
function runForms(places: readonly string[]): string[][] {
  const forms = places.filter((p) => /^(?:\S+)(?: \p{Lu}\S*)+$/u.test(p)).map((p) => p.split(' '));
  return [...forms, ...forms.map((words) => words.map(oldToneForm))];
}

function indexed(forms: string[][], at: (words: string[]) => string): ReadonlyMap<string, readonly string[][]> {
  const map = new Map<string, string[][]>();
  for (const words of forms) map.set(at(words), [...(map.get(at(words)) ?? []), words]);
  return map;
}

/** Places of two words or more as a run writes them, keyed by their first word: "Hà" → "Hà Nội", "Hà Nam" … */
export const PLACE_FORMS_BY_FIRST_WORD = indexed(
  runForms(PLACE_FORMS),
  (words) => words[0],
);
/** Countries and regions keyed by their last word: one at a run's edge is never part of a name ("Thái Bình Dương Mỹ", "Hội Đông Y Việt Nam"). */
export const COUNTRY_FORMS_BY_LAST_WORD = indexed(runForms(COUNTRIES_AND_REGIONS), (words) => words[words.length - 1]);

/** Surnames as a run writes them ("Nguyễn"). */
export const CAPITALISED_NAME_STARTS: readonly string[] = [...NAME_STARTS].map((s) => s[0].toUpperCase() + s.slice(1));

/**
 * Where a name may start: a space, a surname, a space and another capital ("… Nguyễn Văn …").
 * runs.ts reads the run of capitalised syllables both ways from there. Only surnames that open
 * with an ASCII capital or "Đ" are in the pattern, shaped as a trie behind a literal space, so
 * that V8 scans fast; NAME_STARTS_BEYOND_HINT ("Âu", "Ôn", "Ứng") are looked up with indexOf.
 */
export const NAME_HINT = new RegExp(
  ` (?:${trieAlternation(CAPITALISED_NAME_STARTS.filter((s) => /^[A-ZĐ]/.test(s)))}|H['’][A-ZĐÀ-Ỹ][a-zà-ỹ]{0,8}) [A-ZĐÀ-Ỹ]`,
  'g',
);
export const NAME_STARTS_BEYOND_HINT: readonly string[] = CAPITALISED_NAME_STARTS.filter((s) => !/^[A-ZĐ]/.test(s));

/** How an appositive hangs on a name: ", ", " – ", " | " (a table's next cell), " (", " (lúc đó là ", " (thời điểm đó đang là ", " (nay là ", " (đều là ", ": ", " kiêm ", " giữ chức ", " được bầu làm ", " tiếp tục được tín nhiệm bầu giữ chức ", " tái đắc cử ". */
export const APPOSITIVE = new RegExp(
  '(?: ?, {1,2}| ?[–—-] {0,2}| ?\\| {0,2}| ?\\( ?(?:(?:lúc|khi|thời điểm) (?:đó|ấy) (?:đang )?(?:là|giữ chức) |(?:(?:đều|cùng|hiện|đang|nay|hiện nay) )?là )?| ?: {1,2}| kiêm ' +
    // "được Bộ Chính trị chỉ định giữ chức …": the body that appoints may stand between "được" and the verb
    `| (?:(?:(?:tiếp tục |lại )?được (?:\\p{Lu}\\p{L}*(?: \\p{L}+){0,4}? )?(?:tín nhiệm |tái )?(?:${[...APPOINTING_VERBS, 'giao'].join('|')})|tiếp tục) )?(?:(?:giữ|đảm nhiệm|làm) chức(?: vụ)?|làm|(?:nguyên |hiện |đang )?là|(?:tái )?đắc cử(?: chức(?: vụ)?)?) ` +
    '| được bổ nhiệm(?: lại)? )',
  'uy',
);

/** A period that ends an abbreviation ("TP. Hồ Chí Minh", "TS. Nguyễn…"), not a sentence. */
export const ABBREVIATION_END = /(?:^|[^\p{L}])(?:TP|Tp|TX|KT|TM|TL|ThS|Ths|TS|GS|PGS|BS|KS|St|Q|P|H|X|Đ)$/u;

// Where a person's name lies inside a run of capitalised syllables. A run may hold a body or
// a place before the name ("Bộ Công Thương Nguyễn Hồng Diên", "tỉnh Tiền Giang Lê Văn Hưởng",
// "huyện Mường Nhé Lò Văn A"): the name starts at a surname and keeps the run's end. A run may
// also go on past the name where the source lost a full stop or a comma ("Nguyễn Thị Mai Thanh
// Chúng tôi …", "Lê Gia Vinh Phó Chủ tịch …"): openers, honorifics and posts split it.
import { BODY_NAMES_LIKE_NAMES } from '../../lexicon/bodies.js';
import { LOCALITY_WORDS, NOT_PLACE_WORDS, TOWN_WORDS } from '../../lexicon/place-words.js';
import { TITLE_PREFIXES, TITLES } from '../../lexicon/titles.js';
import { isLowerCode } from '../regex.js';
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
import { titleAt } from './tokens.js';

export interface Syllable {
  text: string;
  start: number;
  end: number;
  /** Whether it can open a name (a surname, "H’"). */
  opens: boolean;
}

export interface NameSpan {
  start: number;
  end: number;
}

const MAX_NAME_SYLLABLES = 5;

/** The syllables of the run `run`, which starts at `offset` in the text. */
export function syllablesOf(run: string, offset: number): Syllable[] {
  const out: Syllable[] = [];
  let at = 0;
  for (let end = run.indexOf(' '); at <= run.length; end = run.indexOf(' ', at)) {
    if (end < 0) end = run.length;
    out.push({ text: run.slice(at, end), start: offset + at, end: offset + end, opens: opensNameAt(run, at, end) });
    at = end + 1;
  }
  return out;
}

const APOSTROPHES = new Set([0x27, 0x2019]);
const H = 0x48;

/** A number for a word from its code units: a cheap first test before a set of strings is asked. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Surnames as a run writes them ("Nguyễn"), and their hashes. */
const NAME_START_SET: ReadonlySet<string> = new Set(CAPITALISED_NAME_STARTS);
const NAME_START_HASHES: ReadonlySet<number> = new Set(CAPITALISED_NAME_STARTS.map((s) => hashOf(s, 0, s.length)));

/**
 * Whether the capitalised syllable in [start, end) can open a name: a surname, or "H’" (Ê Đê
 * and Gia Rai women's names: "H’Hen Niê").
 */
export function opensNameAt(text: string, start: number, end: number): boolean {
  if (APOSTROPHES.has(text.charCodeAt(start + 1))) return text.charCodeAt(start) === H;
  return NAME_START_HASHES.has(hashOf(text, start, end)) && NAME_START_SET.has(text.slice(start, end));
}

/** First words of posts as a run writes them ("Phó", "Chủ", "Uỷ"): only a syllable among them is read on. */
const CAPITALISED_POST_OPENERS: ReadonlySet<string> = new Set(
  [...TITLES, ...TITLE_PREFIXES].flatMap((t) => {
    const word = t.split(' ')[0];
    const capitalised = word[0].toUpperCase() + word.slice(1).toLowerCase();
    return [capitalised, capitalised.replace('Ủy', 'Uỷ')];
  }),
);

/** Whether a syllable opens a post ("Phó" of "Phó Chủ tịch"). */
function opensPost(text: string, syllable: Syllable): boolean {
  return CAPITALISED_POST_OPENERS.has(syllable.text) && titleAt(text, syllable.start) >= 0;
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
    if (OPENERS.has(syllable.text)) {
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
  if (last && part.length > 1 && OPENER_PAIR_INDEX.opens(keyAt(text, last.start, last.end))) {
    const after = nextToken(text, last.end);
    if (after === last.end + 1 && isLowerCode(text.charCodeAt(after)) && OPENER_PAIR_INDEX.matchAt(text, last.start) >= 0) part.pop();
  }
  parts.push(part);
  return parts.filter((p) => p.length >= 2);
}

/** Whether syllables from `from` spell `words` (as a run writes them). */
function spells(syllables: Syllable[], from: number, words: readonly string[]): boolean {
  if (from < 0 || from + words.length > syllables.length) return false;
  for (let i = 0; i < words.length; i++) if (syllables[from + i].text !== words[i]) return false;
  return true;
}

/** How many syllables at `from` spell a place ("Hà Nội", "Bà Rịa Vũng Tàu"), or 0. */
function placeLength(syllables: Syllable[], from: number): number {
  let best = 0;
  for (const words of PLACE_FORMS_BY_FIRST_WORD.get(syllables[from].text) ?? []) {
    if (words.length > best && spells(syllables, from, words)) best = words.length;
  }
  return best;
}

/** Whether syllables [from, to) spell a country or region ("Việt Nam", "Thái Bình Dương"). */
function isCountry(syllables: Syllable[], from: number, to: number): boolean {
  return (COUNTRY_FORMS_BY_LAST_WORD.get(syllables[to - 1].text) ?? []).some((words) => words.length === to - from && spells(syllables, from, words));
}

/** The run without a country or region at its end ("Hội Đông Y Việt Nam"): none is part of a name. */
function withoutCountryAtEnd(syllables: Syllable[]): Syllable[] {
  const n = syllables.length;
  for (const words of COUNTRY_FORMS_BY_LAST_WORD.get(syllables[n - 1].text) ?? []) {
    if (spells(syllables, n - words.length, words)) return syllables.slice(0, n - words.length);
  }
  return syllables;
}

const NOT_PLACE_BEFORE = new SuffixIndex(NOT_PLACE_WORDS);

/** Last words of the place words (TOWN_WORDS, LOCALITY_WORDS): the one lookup most runs need. */
const PLACE_WORD_ENDS: ReadonlySet<string> = new Set([...TOWN_WORDS, ...LOCALITY_WORDS].map((w) => phraseKeys(w).pop()!));

function endsWithPlaceWord(text: string, at: number): boolean {
  const before = prevToken(text, at);
  if (before < 0 || !PLACE_WORD_ENDS.has(keyAt(text, before, tokenEnd(text, before)))) return false;
  return NOT_PLACE_BEFORE.startBefore(text, at) < 0; // "… Phát triển nông thôn Nguyễn Xuân Cường"
}

/** Places as a run of capitals writes them ("Hà Nội", "Thanh Hoá"): a name that spells one is a place. */
const RUN_PLACE_NAMES: ReadonlySet<string> = new Set([...PLACE_FORMS_BY_FIRST_WORD.values()].flat().map((words) => words.join(' ')));

export function isPlaceName(name: string): boolean {
  return PLACE_NAMES.has(name.toLowerCase());
}

/** Capitalised words that open a body name holding a surname ("Tỉnh" of "Tỉnh Đoàn"). */
const BODY_LIKE_OPENERS: ReadonlySet<string> = new Set(BODY_NAMES_LIKE_NAMES.map((b) => b.split(' ')[0]));

/** The end of a body name that holds a surname and starts in the run ("Tỉnh Đoàn", "Đoàn Thanh niên"), else -1. */
function bodyLikeNameEnd(syllables: Syllable[], text: string): number {
  let end = -1;
  for (const s of syllables) {
    if (BODY_LIKE_OPENERS.has(s.text)) end = Math.max(end, BODY_LIKE_NAME_INDEX.matchAt(text, s.start));
  }
  return end;
}

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
  const starts: number[] = [];
  for (let i = Math.max(from, first); i < n - 1; i++) {
    // "Y" opens Ê Đê men's names of three syllables or more ("Y Thanh Hà Niê Kđăm"), not "Y Dược".
    if (syllables[i].opens && syllables[i].start >= bodyEnd && (syllables[i].text !== 'Y' || n - i >= 3)) starts.push(i);
  }
  if (!starts.length) return null;
  let start = starts[0];
  const runStart = syllables[0].start;
  const placeWord = !from && endsWithPlaceWord(text, runStart);
  const town = placeWord && TOWN_BEFORE.startBefore(text, runStart) >= 0;
  const locality = placeWord && !town && LOCALITY_BEFORE.startBefore(text, runStart) >= 0;
  if (locality || town) {
    // The place's name may stand first: prefer the last surname that still leaves a
    // three-syllable name. A run that is all one name is the place after a ward or street,
    // and after a town unless it is three syllables or more.
    const long = starts.filter((i) => n - i >= 3);
    if (long.length) start = long[long.length - 1];
    if (start === 0 && (locality || n < 3)) return null;
  }
  if (n - start > MAX_NAME_SYLLABLES) return null;
  const span = { start: syllables[start].start, end: syllables[n - 1].end };
  return RUN_PLACE_NAMES.has(text.slice(span.start, span.end)) ? null : span;
}

// The province or city an article is about, where the text names one: the lexicon name
// mentioned with the most weight. A mention with its place word ("tỉnh Lạng Sơn", "UBND
// tỉnh Lào Cai", "Thành phố Đà Nẵng") weighs more than a bare one, and mentions in the
// title and lead count double. A single bare mention in the body is too weak to report,
// as is a dateline ("Hà Nội (TTXVN 18/4)"), which says where the news came from, and a tie
// between places (a national report listing provinces) names no subject.
//
// Mentions are found from their first word (FIRST_WORD, after a space, an opening bracket or
// quote, or at the start), and the whole form is read word by word there.
import { PROVINCES } from '../lexicon/provinces.js';
import { oldToneForm } from '../lexicon/spelling.js';
import { isLowerCode, isUpperCode, isWordCode, trieAlternation } from './regex.js';
import { PhraseIndex, type PhraseMatch, phraseKeys, SuffixIndex, tokenEnd } from './words.js';

/** Written right before a city's name with a full stop ("TP.Cần Thơ", "Tp.Hải Phòng"). */
const TOWN_ABBREVIATIONS = ['TP', 'Tp'];
const DESIGNATED = 3;
const BARE = 1;
const HEAD_FACTOR = 2;
const MIN_SCORE = 2;
/** The title and lead: the first few lines, within this many characters. */
const HEAD_LINES = 4;
const HEAD_CHARS = 600;

/** A written form's token keys, joined: the same for "Thanh Hoá", "Thanh Hóa" and "THANH HÓA". */
const formKey = (form: string): string => phraseKeys(form).join(' ');

const NAME_OF = new Map<string, string>();
const FORMS: string[] = [];
const NEEDS_DESIGNATOR = new Set<string>();
for (const province of PROVINCES) {
  for (const form of [province.name, ...province.forms]) {
    NAME_OF.set(formKey(form), province.name);
    FORMS.push(form);
  }
  for (const form of province.needsDesignator ?? []) NEEDS_DESIGNATOR.add(formKey(form));
}
const FORM_INDEX = new PhraseIndex(FORMS);
/**
 * The forms as a text writes them: as listed, in capitals, with the old tone placement. The
 * index reads in any case; a form must also be written one of these ways, since "Thái bình
 * dương" (the ocean, in lower case) is no province.
 */
const WRITTEN_FORMS: ReadonlySet<string> = new Set(
  FORMS.flatMap((f) => {
    const old = f.split(' ').map(oldToneForm).join(' ');
    return [f, f.toUpperCase(), old, old.toUpperCase()];
  }),
);

/** The first words of the forms as a text may write them: as listed, in capitals, with the old tone placement. */
const FIRST_WORDS = [
  ...new Set([
    ...FORMS.flatMap((f) => {
      const word = f.split(/[ .-]/)[0];
      return [word, word.toUpperCase(), oldToneForm(word), oldToneForm(word).toUpperCase()];
    }),
    ...TOWN_ABBREVIATIONS,
  ]),
];
const FIRST_WORD_SET: ReadonlySet<string> = new Set(FIRST_WORDS);
/**
 * Letters and digits that go on a word (all of them word characters by `isWordCode`): a first
 * word followed by one is part of a longer word, where no form starts.
 */
const WORD_GOES_ON = '0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
/**
 * A whole first word, wherever it stands. The pattern opens with the first words' capitals, rare
 * in a text, so V8 scans for them fast; what stands before a hit is checked in `candidates`.
 */
const FIRST_WORD = new RegExp(`(?:${trieAlternation(FIRST_WORDS)})(?![${WORD_GOES_ON}])`, 'g');

// "UBND Hà Nội", "Thành ủy Hà Nội": a body of the place names it as surely as "tỉnh" does.
const DESIGNATOR_BEFORE = new SuffixIndex(['tỉnh', 'thành phố', 'TP.', 'TP', 'thủ đô', 'UBND', 'HĐND', 'Tỉnh ủy', 'Thành ủy', 'Ủy ban nhân dân']);
const PERIOD = 46;
const SPACE = 32;
/** Forms that carry their own place word ("TP.HCM"). */
const SELF_DESIGNATED = /^(?:tp|thành phố|thủ đô)/;
/** A dateline right after a bare form: "Hà Nội (TTXVN 18/4)". */
const DATELINE_AFTER = /^ ?\((?:TTXVN|VOV|VTV|Chinhphu\.vn|PLVN|Báo|PV|Dân trí|VnExpress)/u;

function headEnd(text: string): number {
  let end = 0;
  for (let i = 0; i < HEAD_LINES && end < text.length; i++) {
    while (end < text.length && text[end] === '\n') end++;
    const next = text.indexOf('\n', end);
    end = next < 0 ? text.length : next;
  }
  return Math.min(end, HEAD_CHARS);
}

/**
 * Characters a form may follow with no space: a line break, and "(Hà Nội)", "“TP.HCM", "châu
 * Á-Thái Bình Dương".
 */
const OPENERS: ReadonlySet<number> = new Set([...'\n(“"-–/'].map((c) => c.charCodeAt(0)));

/** Whether the word at `at` is a first word, whole ("Hà", not "Hàng"). */
function firstWordAt(text: string, at: number): boolean {
  if (!isUpperCode(text.charCodeAt(at))) return false;
  let end = at + 1;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return FIRST_WORD_SET.has(text.slice(at, end));
}

/** Where a form may start: a first word after a space, at the text's start, after an opening bracket or quote. */
function candidates(text: string): number[] {
  const starts: number[] = [];
  FIRST_WORD.lastIndex = 0;
  for (let hit = FIRST_WORD.exec(text); hit !== null; hit = FIRST_WORD.exec(text)) {
    const at = hit.index;
    if (at > 0 && text.charCodeAt(at - 1) === SPACE) starts.push(at);
    else if ((at === 0 || OPENERS.has(text.charCodeAt(at - 1))) && firstWordAt(text, at)) starts.push(at);
  }
  return starts;
}

/** The form written at `at` as a text writes one (WRITTEN_FORMS), or null. */
function writtenFormAt(text: string, at: number): PhraseMatch | null {
  const form = FORM_INDEX.phraseAt(text, at);
  if (!form || isWordCode(text.charCodeAt(form.end))) return null;
  const written = text.slice(at, form.end);
  return WRITTEN_FORMS.has(written) || WRITTEN_FORMS.has(written.replace(/\s+/g, ' ')) ? form : null;
}

type Scores = Map<string, { score: number; first: number }>;

function score(text: string, scores: Scores, inHead: (at: number) => boolean): void {
  let covered = 0;
  for (const at of candidates(text)) {
    if (at < covered) continue;
    let start = at;
    let form = writtenFormAt(text, start);
    let abbreviated = false;
    if (!form) {
      // "TP.Cần Thơ": the town's abbreviation glued to the name.
      const word = tokenEnd(text, at);
      if (!TOWN_ABBREVIATIONS.includes(text.slice(at, word)) || text.charCodeAt(word) !== PERIOD || !isUpperCode(text.charCodeAt(word + 1))) continue;
      start = word + 1;
      form = writtenFormAt(text, start);
      abbreviated = true;
    }
    if (!form) continue;
    const { end, keys: key } = form;
    covered = end;
    const name = NAME_OF.get(key);
    if (!name) continue;
    const designated = abbreviated || DESIGNATOR_BEFORE.startBefore(text, start) >= 0 || SELF_DESIGNATED.test(key);
    if (!designated) {
      // A bare form that needs its place word, is part of a longer proper noun ("Thái Bình
      // Dương") or is a dateline ("Hà Nội (TTXVN") does not count.
      const longer = text.charCodeAt(end) === 32 && isUpperCode(text.charCodeAt(end + 1)) && isLowerCode(text.charCodeAt(end + 2));
      if (NEEDS_DESIGNATOR.has(key) || longer || DATELINE_AFTER.test(text.slice(end, end + 16))) continue;
    }
    const weight = (designated ? DESIGNATED : BARE) * (inHead(start) ? HEAD_FACTOR : 1);
    const seen = scores.get(name);
    if (seen) seen.score += weight;
    else scores.set(name, { score: weight, first: start });
  }
}

/** The province or city the article is about, or null. `title` is given when it is not the body's first line. */
export function extractProvince(text: string, title: string | null = null): string | null {
  const scores: Scores = new Map();
  if (title && !text.startsWith(title)) score(title, scores, () => true);
  const head = headEnd(text);
  score(text, scores, (at) => at < head);
  const ranked = [...scores].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  if (!ranked.length || ranked[0][1].score < MIN_SCORE) return null;
  // Two places named alike (a national report listing provinces): none is the subject.
  if (ranked.length > 1 && ranked[1][1].score === ranked[0][1].score) return null;
  return ranked[0][0];
}

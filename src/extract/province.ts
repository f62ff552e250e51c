// The province or city an article is about, where the text names one: the lexicon name
// mentioned with the most weight. A mention with its place word ("tỉnh Lạng Sơn", "UBND
// tỉnh Lào Cai", "Thành phố Đà Nẵng") weighs more than a bare one, and mentions in the
// title and lead count double. A single bare mention in the body is too weak to report,
// as is a dateline ("Hà Nội (TTXVN 18/4)"), which says where the news came from, and a tie
// between places (a national report listing provinces) names no subject.
import { PROVINCES } from '../lexicon/provinces.js';
import { foldTones } from '../lexicon/spelling.js';
import { alternation } from './officials/patterns.js';

const DESIGNATED = 3;
const BARE = 1;
const HEAD_FACTOR = 2;
const MIN_SCORE = 2;
/** The title and lead: the first few lines, within this many characters. */
const HEAD_LINES = 4;
const HEAD_CHARS = 600;

const NAME_OF = new Map<string, string>();
const FORMS: string[] = [];
const NEEDS_DESIGNATOR = new Set<string>();
for (const province of PROVINCES) {
  for (const form of [province.name, ...province.forms]) {
    NAME_OF.set(form.toLowerCase(), province.name);
    FORMS.push(form, form.toUpperCase());
  }
  for (const form of province.needsDesignator ?? []) NEEDS_DESIGNATOR.add(form.toLowerCase());
}

// "UBND Hà Nội", "Thành ủy Hà Nội": a body of the place names it as surely as "tỉnh" does.
const DESIGNATOR = '(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ|TP\\.|TP|Tp\\.|Tp|thủ đô|Thủ đô|UBND|HĐND|Tỉnh ủy|Thành ủy|Ủy ban nhân dân)';
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<designator>${DESIGNATOR} {0,2})?(?<form>${alternation(FORMS)})(?![\\p{L}\\p{M}])`,
  'gu',
);
/** Forms that carry their own place word ("TP.HCM"). */
const SELF_DESIGNATED = /^(?:tp|thành phố|thủ đô)/;
/** A bare form that is part of a longer proper noun ("Thái Bình Dương") or a dateline ("Hà Nội (TTXVN"). */
const LONGER_NAME_AFTER = /^ \p{Lu}\p{Ll}/u;
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

function score(text: string, scores: Map<string, { score: number; first: number }>, inHead: (at: number) => boolean): void {
  const folded = foldTones(text);
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(folded); m; m = MENTION.exec(folded)) {
    const form = m.groups!.form.toLowerCase();
    const designated = m.groups!.designator !== undefined || SELF_DESIGNATED.test(form);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (!designated && (NEEDS_DESIGNATOR.has(form) || LONGER_NAME_AFTER.test(after) || DATELINE_AFTER.test(after))) continue;
    const name = NAME_OF.get(form)!;
    const weight = (designated ? DESIGNATED : BARE) * (inHead(m.index) ? HEAD_FACTOR : 1);
    const seen = scores.get(name);
    if (seen) seen.score += weight;
    else scores.set(name, { score: weight, first: m.index });
  }
}

/** The province or city the article is about, or null. `title` is given when it is not the body's first line. */
export function extractProvince(text: string, title: string | null = null): string | null {
  const scores = new Map<string, { score: number; first: number }>();
  if (title && !text.startsWith(title)) score(title, scores, () => true);
  const head = headEnd(text);
  score(text, scores, (at) => at < head);
  const ranked = [...scores].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  if (!ranked.length || ranked[0][1].score < MIN_SCORE) return null;
  // Two places named alike (a national report listing provinces): none is the subject.
  if (ranked.length > 1 && ranked[1][1].score === ranked[0][1].score) return null;
  return ranked[0][0];
}

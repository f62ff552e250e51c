// Counts: a figure followed by a counted noun ("103 đơn vị", "trên 1 triệu hồ sơ", "1,5 tỷ
// đồng"), a share with its total ("593/1.790 TTHC", "1 trong 7 tỉnh"), or a range of two
// ("500-600 lượt người" gives 500 and 600). One regex finds every figure with its optional
// share or range tail; the unit lexicon, read where the figure ends, decides whether it is a
// count; the words before the figure rule out years, levels, ordinals, addresses and
// document numbers (src/lexicon/units.ts).
import type { Change, CountItem } from '../schema.js';
import { CHANGE_FILLERS, CHANGE_VERBS } from '../lexicon/numbers.js';
import {
  CLASSIFIER_UNITS,
  COUNT_BEFORE_PAIRS,
  COUNT_UNITS,
  DATE_WORDS,
  NOT_COUNT_BEFORE,
  NOT_UNITS,
  PLACE_UNITS,
  YEAR_CUES,
} from '../lexicon/units.js';
import type { ExtractContext } from './context.js';
import {
  FIGURE,
  FIGURE_BODY,
  MULTIPLIER_TAIL,
  SP,
  alternation,
  lastWords,
  parseAmount,
  qualifierAtEnd,
  qualifierOf,
  wordsBefore,
} from './numbers.js';
import { countSubject } from './subject.js';

const SHARE_OF = `(?:${SP}{0,2}\\/${SP}{0,2}|${SP}+trong(?:${SP}+tổng)?(?:${SP}+số)?${SP}+|${SP}+trên${SP}+tổng${SP}+số${SP}+)`;
const RANGE_TO = `(?:${SP}{0,2}[-–]${SP}{0,2}|${SP}+(?:đến|tới)${SP}+)`;

const FIGURES = new RegExp(
  `(?<a>${FIGURE})(?<am>${MULTIPLIER_TAIL})` +
    `(?:(?<of>${SHARE_OF})(?<b>${FIGURE_BODY})(?<bm>${MULTIPLIER_TAIL})|(?<to>${RANGE_TO})(?<c>${FIGURE_BODY})(?<cm>${MULTIPLIER_TAIL}))?`,
  'giu',
);
const UNIT = new RegExp(
  `${SP}{1,3}(?!(?:${alternation(NOT_UNITS)})(?![\\p{L}\\p{N}]))(?<unit>${alternation(COUNT_UNITS)})(?![\\p{L}\\p{N}])`,
  'iuy',
);
/** What may stand between two counts under one change verb: the first unit's modifiers, then "," or "và". */
const COORDINATED = /^(?:[ \u00a0]+\p{L}+){0,6}[ \u00a0]*(?:,|[ \u00a0]và)[ \u00a0]*$/u;
const FILLERS: ReadonlySet<string> = new Set(CHANGE_FILLERS);
const YEAR = /^(?:19|20)\d\d$/;
const PLAIN_INTEGER = /^\d+$/;
/** A day/month right before, joined by a dash, a comma, "và", "hoặc" or "đến". */
const DATE_BEFORE = /(?<!\d)\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \u00a0]*(?:[-–,]|và|hoặc|đến|tới)[ \u00a0]*$/u;
const WINDOW = 48;

interface Unit {
  unit: string;
  start: number;
  end: number;
}

/** The counted noun right after `index`, with a classifier joined to the noun after it ("lượt hồ sơ"). */
function unitAt(text: string, index: number): Unit | null {
  UNIT.lastIndex = index;
  const m = UNIT.exec(text);
  if (!m) return null;
  const start = UNIT.lastIndex - m.groups!.unit.length;
  let end = UNIT.lastIndex;
  if (CLASSIFIER_UNITS.has(m.groups!.unit.toLowerCase())) {
    const next = unitAt(text, end);
    if (next) end = next.end;
  }
  return { unit: text.slice(start, end), start, end };
}

/**
 * True where the words before the figure make it a year, level, ordinal, address or document
 * number. Only a plain integer can be such a label: "thôn 5" is a hamlet, but in
 * "… nông thôn 2,14 ngàn HS" and "… Phát triển nông thôn 1.207 hồ sơ" the figure is an amount.
 */
function excludedBefore(text: string, start: number, figure: string, multiplier: string): boolean {
  if (multiplier || !PLAIN_INTEGER.test(figure)) return false;
  const before = wordsBefore(text, start);
  if (!before) return false;
  if (COUNT_BEFORE_PAIRS.has(before.pair)) return false;
  return NOT_COUNT_BEFORE.has(before.pair) || NOT_COUNT_BEFORE.has(before.last);
}

/** "năm 2020 tỉnh …", "giai đoạn 2016-2020 Quyết định …": a bare year-like figure before a new phrase. */
function isYear(text: string, start: number, figure: string, unit: Unit, inRange: boolean): boolean {
  if (!YEAR.test(figure)) return false;
  if (inRange) return true;
  const before = wordsBefore(text, start);
  if (before && (YEAR_CUES.has(before.last) || YEAR_CUES.has(before.pair))) return true;
  const first = unit.unit[0];
  return first !== first.toLowerCase() || PLACE_UNITS.has(unit.unit.toLowerCase());
}

/**
 * "Sáng 21/7 đồng chí …", "ngày 5/6 người dân …", "dịp 30/4 và 1/5 người dân …": a day and
 * month (after a date word, or after another day and month), not a share.
 */
function isDayMonth(text: string, start: number, value: number, total: number): boolean {
  if (value < 1 || value > 31 || total < 1 || total > 12 || !Number.isInteger(value) || !Number.isInteger(total)) return false;
  const before = wordsBefore(text, start);
  if (before !== null && DATE_WORDS.has(before.last)) return true;
  return DATE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** "giảm 315 người", "cắt giảm được 30", "tăng thêm gần 10": the verb, a filler, a qualifier. */
function changeBefore(text: string, start: number): Change | undefined {
  const words = lastWords(text, start, 6);
  const qualifier = qualifierAtEnd(words);
  let end = words.length - (qualifier?.length ?? 0);
  if (end > 0 && FILLERS.has(words[end - 1])) end--;
  return end > 0 ? CHANGE_VERBS.get(words[end - 1]) : undefined;
}

/** One count over [start, end): the figure through its unit, or only the low figure of a range. */
function count(text: string, start: number, end: number, value: number, unit: Unit): CountItem {
  const item: CountItem = { text: text.slice(start, end), span: [start, end], value, unit: unit.unit };
  const qualifier = qualifierOf(text, start, unit.end);
  if (qualifier) item.qualifier = qualifier;
  const subject = countSubject(text, unit.start, unit.end, start);
  if (subject) item.subject = subject;
  return item;
}

export function extractCounts(text: string, _context: ExtractContext): CountItem[] {
  const items: CountItem[] = [];
  let previous: CountItem | null = null;
  for (const m of text.matchAll(FIGURES)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const unit = unitAt(text, end);
    if (!unit || excludedBefore(text, start, g.a, g.am)) continue;
    const inRange = g.c !== undefined;
    if (isYear(text, start, g.a, unit, inRange)) continue;
    const value = parseAmount(g.a, g.am);
    const found: CountItem[] = [];
    if (g.b !== undefined) {
      const total = parseAmount(g.b, g.bm);
      if (total < value || isDayMonth(text, start, value, total)) continue;
      const item = count(text, start, unit.end, value, unit);
      item.total = total;
      found.push(item);
    } else if (inRange) {
      const high = parseAmount(g.c, g.cm);
      if (high <= value) continue; // a range goes up: "500-600"; "31-7" is a date
      const highStart = end - g.c.length - g.cm.length;
      found.push(count(text, start, start + g.a.length + g.am.length, value, unit), count(text, highStart, unit.end, high, unit));
    } else {
      found.push(count(text, start, unit.end, value, unit));
    }
    const change = changeBefore(text, start) ?? coordinatedChange(text, previous, start);
    for (const item of found) {
      if (change) item.change = change;
      items.push(item);
    }
    previous = found[found.length - 1];
  }
  return items;
}

/** "giảm 203 chỉ tiêu … và 2.458 chỉ tiêu …", "tăng 3,3 điểm và 8 bậc": one verb governs both. */
function coordinatedChange(text: string, previous: CountItem | null, start: number): Change | undefined {
  if (!previous?.change || start - previous.span[1] > WINDOW) return undefined;
  return COORDINATED.test(text.slice(previous.span[1], start)) ? previous.change : undefined;
}

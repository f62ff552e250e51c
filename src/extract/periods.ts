// Spans of years: "giai đoạn 2011 – 2020", "2016-2020", "nhiệm kỳ 2020 – 2025", "(2006 – 2015)",
// "từ năm 2020 đến năm 2024", "qua các năm từ 2015 đến 2022", and the school, crop and sports
// years "năm học 2017/2018", "mùa giải 2016/17", "mùa 2008–09". Both ends are years in a
// plausible range, the first before the second; a second year in two figures is the next one.
// A change between two years ("từ 70% năm 2021 lên 85% năm 2022") is not a span: "từ … đến"
// must hold the years and nothing else.
import type { PeriodItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { freeAfter, freeBefore } from './dates/shared.js';

const YEAR = '(?:1[89]\\d{2}|20\\d{2}|2100)';
const MAX_LENGTH = 100;

interface PeriodParser {
  /** Sticky, with named groups `from` and `to` (or `next`, a year's last two figures); tried where SPAN_START finds a first year. */
  pattern: RegExp;
  /** Where the span starts, given where the first year does; -1 where the words before it do not fit. */
  start: (text: string, fromAt: number) => number;
}

/** "từ (năm)", "giai đoạn", "nhiệm kỳ", "thời kỳ", "năm" right before the first year of a "… đến …" span ("vi phạm năm 2014 đến 2016"). */
const SPAN_LEAD = /(?<![\p{L}\p{N}])(?:(?:[Tt]ừ|TỪ|[Gg]iai đoạn|GIAI ĐOẠN|[Nn]hiệm kỳ|NHIỆM KỲ|[Tt]hời kỳ|THỜI KỲ)[ ]{1,3}(?:năm[ ]{1,3}|NĂM[ ]{1,3})?|(?:[Nn]ăm|NĂM)[ ]{1,3})$/u;
const LEAD_REACH = 24;

const PARSERS: readonly PeriodParser[] = [
  // "2011 – 2020", "2016-2020", "năm 2019 - 2020"
  { pattern: new RegExp(`(?<from>${YEAR})[ ]{0,3}[-–—][ ]{0,3}(?<to>${YEAR})`, 'y'), start: (_text, fromAt) => fromAt },
  // "năm học 2017/2018", "niên vụ 2016/2017": a slash with no space joins a year to the next ones
  { pattern: new RegExp(`(?<from>${YEAR})/(?<to>${YEAR})`, 'y'), start: (_text, fromAt) => fromAt },
  // "mùa giải 2016/17", "mùa 2008–09": the next year by its last two figures
  { pattern: new RegExp(`(?<from>${YEAR})[/–-](?<next>\\d{2})`, 'y'), start: (_text, fromAt) => fromAt },
  // "từ năm 2020 đến năm 2024", "từ 2015 đến 2022", "Từ năm 2020 đến hết năm 2024", "giai đoạn 2021 đến 2025",
  // "từ năm 2010 đến đầu năm 2013", "đến cuối 2014"
  {
    pattern: new RegExp(`(?<from>${YEAR})[ ]{1,3}(?:đến|tới)[ ]{1,3}(?:(?:hết|đầu|cuối|giữa)[ ]{1,3})?(?:năm[ ]{1,3})?(?<to>${YEAR})`, 'y'),
    start: (text, fromAt) => {
      const from = Math.max(0, fromAt - LEAD_REACH);
      const lead = SPAN_LEAD.exec(text.slice(from, fromAt));
      return lead ? from + lead.index : -1;
    },
  },
];

/**
 * A year followed by what joins it to a second one ("-", "–", "—", "/", "đến", "tới"): every
 * place where a parser's pattern may match. One scan finds them for all the parsers.
 */
const SPAN_START = new RegExp(`${YEAR}(?=[ ]{0,3}[-–—]|/\\d|[ ]{1,3}(?:đến|tới))`, 'g');

/** The second year of a match: written whole, or the year after the first by its last two figures ("2016/17"), else null. */
function secondYear(from: number, groups: { [key: string]: string | undefined }): string | null {
  if (groups.to !== undefined) return groups.to;
  const next = from + 1;
  return next % 100 === Number(groups.next) ? String(next) : null;
}

function spanStarts(text: string): number[] {
  const starts: number[] = [];
  SPAN_START.lastIndex = 0;
  while (SPAN_START.test(text)) starts.push(SPAN_START.lastIndex - 4);
  return starts;
}

/**
 * "Thăng Long - Hà Nội (1010 - 2010)", "185 năm thành lập tỉnh (1832-2017)": an anniversary's
 * span in brackets may open centuries back and run past MAX_LENGTH; the brackets around both
 * years alone keep "1500-2000 người" a range of figures.
 */
const OLD_SPAN = new RegExp(`\\((?<span>(?<from>1\\d{3})[ ]{0,3}[-–—][ ]{0,3}(?<to>${YEAR}))\\)`, 'g');

function oldSpans(text: string, items: PeriodItem[]): void {
  if (!text.includes('(')) return;
  OLD_SPAN.lastIndex = 0;
  for (let m = OLD_SPAN.exec(text); m; m = OLD_SPAN.exec(text)) {
    const { span, from, to } = m.groups!;
    if (Number(from) >= Number(to)) continue;
    const start = m.index + 1;
    items.push({ text: span, span: [start, start + span.length], from, to });
  }
}

export function extractPeriods(text: string, _context?: ExtractContext): PeriodItem[] {
  const starts = spanStarts(text);
  const items: PeriodItem[] = [];
  oldSpans(text, items);
  if (!starts.length) return items;
  for (const { pattern, start } of PARSERS) {
    // As a global scan of the pattern would: a match resumes after its end, a rejected one at the next figure.
    let resume = 0;
    for (const at of starts) {
      if (at < resume) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (!m) continue;
      const end = at + m[0].length;
      const from = Number(m.groups!.from);
      const toYear = secondYear(from, m.groups!);
      const to = Number(toYear);
      const spanAt = toYear !== null && from < to && to - from <= MAX_LENGTH && freeBefore(text, at) && freeAfter(text, end) ? start(text, at) : -1;
      if (spanAt < 0) {
        // "2011-2015-2020": the second pair may still be a span.
        resume = at + 1;
        continue;
      }
      items.push({ text: text.slice(spanAt, end), span: [spanAt, end], from: m.groups!.from, to: toYear! });
      resume = end;
    }
  }
  items.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const kept: PeriodItem[] = [];
  for (const item of items) if (!kept.length || item.span[0] >= kept[kept.length - 1].span[1]) kept.push(item);
  return kept;
}

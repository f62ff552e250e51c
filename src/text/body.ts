// Where the article is in a plain-text page: its title line, its publication date and where
// the body ends (the first related-news, comments, share or footer block).
import { extractDates } from '../extract/dates.js';
import { BODY_END_MARKERS, CONTACT_LABELS, DATE_LINE_WORDS, HEAD_NOISE_OPENERS, HEADER_DATE_OPENERS, PUBLISHED_LABELS } from '../lexicon/markers.js';
import { WEEKDAYS } from '../lexicon/calendar.js';
import type { DateItem } from '../schema.js';

export interface TextArticle {
  title: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]+07:00` where the date line gives a time; else null. */
  published: string | null;
  /** Offset where the body ends; nothing at or after it is extracted. */
  bodyEnd: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

// ---- where the body ends -------------------------------------------------------------

// Line openings are tested with sticky patterns at each line start: one pass over the lines,
// where a multiline pattern would be tried at every character.

/** A marker at the start of a line, after decorations such as "(0)", "»", "-". */
const MARKER_AT = new RegExp(`[ (\\[«»>›•*#|\\-–—.\\d)\\]]{0,8}(?:${alternation(BODY_END_MARKERS)})`, 'iuy');
/** What may follow a marker on its line: counts, arrows, a colon and a short headline. */
const MARKER_REST = /^[ :：»>›.…|()[\]\d\-–—]*$/u;
const MARKER_HEADLINE = /^[ ]{0,2}[:：]/u;
const CONTACT_AT = new RegExp(`[ -]{0,3}(?:${alternation(CONTACT_LABELS)})[ ]{0,2}[:：]`, 'iuy');
const CONTACT_MAX = 100;
/** The body has begun once a line of prose has passed: a marker before that is navigation. */
const PROSE = 60;
const HEADLINE_MAX = 200;

/** Calls `visit(start, end)` for each line in [from, to) until it returns true; returns that line's start, else -1. */
function findLine(content: string, from: number, to: number, visit: (start: number, end: number) => boolean): number {
  for (let start = from; start < to; ) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    if (visit(start, end)) return start;
    start = end + 1;
  }
  return -1;
}

function matchesAt(pattern: RegExp, content: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(content);
}

/** Whether the line is a block heading: a marker alone, decorated, or before ":" and a headline. */
function isMarkerLine(content: string, start: number, end: number): boolean {
  const m = matchesAt(MARKER_AT, content, start);
  if (!m) return false;
  const rest = content.slice(start + m[0].length, end);
  return MARKER_REST.test(rest) || (MARKER_HEADLINE.test(rest) && end - start <= HEADLINE_MAX);
}

const isContactLine = (content: string, start: number, end: number): boolean =>
  end - start <= CONTACT_MAX && matchesAt(CONTACT_AT, content, start) !== null;

/** Lines after a contact line where the next line of the footer block must stand. */
const CONTACT_BLOCK = 4;

/** Whether another footer line (contact or marker) follows within CONTACT_BLOCK lines of `from`. */
function footerFollows(content: string, from: number): boolean {
  let lines = 0;
  let found = false;
  findLine(content, from, content.length, (start, end) => {
    if (start === end) return false;
    found = isContactLine(content, start, end) || isMarkerLine(content, start, end);
    return found || ++lines >= CONTACT_BLOCK;
  });
  return found;
}

export function findBodyEnd(content: string): number {
  let prose = false;
  const at = findLine(content, 0, content.length, (start, end) => {
    if (prose && isMarkerLine(content, start, end)) return true;
    if (prose && isContactLine(content, start, end) && footerFollows(content, end + 1)) return true;
    if (end - start >= PROSE) prose = true;
    return false;
  });
  return at < 0 ? content.length : at;
}

// ---- the head: title and date line ---------------------------------------------------

interface Line {
  text: string;
  start: number;
}

/** Lines longer than this are paragraphs: the head ends at the first one. */
const PARAGRAPH = 200;
const HEAD_LINES = 12;
const CRAWLER_PREFIX = /^date \d{4}-\d{2}(?:-\d{2})?(?:\s|$)/;
const NOISE = new RegExp(`^(?:${alternation(HEAD_NOISE_OPENERS)})(?![\\p{L}])`, 'iu');
const PAGE_ID = /^#[\w-]*\d[\w-]*$/u;
const PLAYER = /^[\d:/ ]+$/;
/** A lead opening with its source tag, "(QNO) - Sáng nay …": the text starts with the sapo, no title. */
const SOURCE_TAG = /^\([\p{Lu}\d.\/+ ]{2,16}\)/u;
const LABELLED = new RegExp(`^[ (\\[]{0,3}(?:${alternation(PUBLISHED_LABELS)})(?![\\p{L}])`, 'iu');
/** How far after its label a labelled line's date may start ("Cập nhật, 15:42, Thứ Sáu, 12/07/2019"). */
const LABEL_REACH = 32;
const HEADER = new RegExp(`^(?:${alternation(HEADER_DATE_OPENERS)})(?![\\p{L}])[ :,]*`, 'iu');
const WEEKDAY_FIRST = new RegExp(`^[ (\\[]*(?:${alternation([...WEEKDAYS.keys()]).replace(/ /g, '[ ]{1,2}')})(?![\\p{L}\\p{N}])`, 'iu');
/** What a date line may hold besides its date: labels and DATE_LINE_WORDS; then a byline's capitalised words. */
const DATE_LINE_FILLER = new RegExp(`(?:${alternation([...PUBLISHED_LABELS, ...DATE_LINE_WORDS])})(?![\\p{L}])`, 'giu');
const WORDS = /[\p{L}.]+/gu;
const CAPITALISED = /^\p{Lu}/u;
/** A byline beside the date: at most this many capitalised words ("Nguyễn Văn An", "BDK.VN"). */
const BYLINE_WORDS = 4;
const LABELLED_MAX = 120;

function headLines(content: string, bodyEnd: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < bodyEnd && lines.length < HEAD_LINES) {
    let end = content.indexOf('\n', start);
    if (end < 0 || end > bodyEnd) end = bodyEnd;
    const raw = content.slice(start, end);
    const text = raw.trim();
    if (text) {
      if (text.length > PARAGRAPH) break;
      lines.push({ text, start: start + raw.indexOf(text) });
    }
    start = end + 1;
  }
  return lines;
}

interface DateLine {
  date: DateItem;
  /** The site header's date: opening with a weekday ("Thứ bảy, 18/09/2021") or "Hôm nay". */
  weekdayFirst: boolean;
  header: boolean;
}

/** Whether what the line holds besides its dates is labels, filler and at most a short byline. */
function onlyDate(text: string, dates: DateItem[]): boolean {
  let rest = text;
  for (const d of dates) rest = rest.slice(0, d.span[0]) + ' '.repeat(d.text.length) + rest.slice(d.span[1]);
  const words = rest.replace(DATE_LINE_FILLER, ' ').match(WORDS) ?? [];
  return words.length <= BYLINE_WORDS && words.every((w) => CAPITALISED.test(w));
}

/**
 * The line's date where the line is a date line: a dated date and nothing else of substance
 * ("Ngày đăng: 12/06/2023 | Lượt xem: 234", "Nguyễn An | 12/06/2023 09:00"), the date right
 * after the label where there is one. "Cập nhật đến ngày 15/9/2023, cả huyện có …" is a sentence.
 */
function dateLine(text: string): DateLine | null {
  if (text.length > LABELLED_MAX || CRAWLER_PREFIX.test(text)) return null;
  const dates = extractDates(text);
  const label = LABELLED.exec(text);
  const date = dates.find((d) => !d.value.startsWith('-') && (!label || d.span[0] <= label[0].length + LABEL_REACH));
  if (!date || !onlyDate(text, dates)) return null;
  const header = HEADER.exec(text);
  return { date, header: header !== null, weekdayFirst: WEEKDAY_FIRST.test(header ? text.slice(header[0].length) : text) };
}

/** Head lines that are neither title nor date: breadcrumbs, counters, page ids, player residue. */
function isNoise(text: string): boolean {
  return NOISE.test(text) || PAGE_ID.test(text) || PLAYER.test(text) || CRAWLER_PREFIX.test(text);
}

/** `YYYY-MM-DD`, with the time and Vietnam's offset where the line gives a time. */
function publishedValue(date: DateItem): string {
  return date.time ? `${date.value}T${date.time}+07:00` : date.value;
}

const LABELLED_AT = new RegExp(`[ \\t]*${LABELLED.source.slice(1)}`, 'iuy');

/** The first labelled publication line ("Ngày đăng: …", "Xuất bản: …") starting in [from, to). */
function labelledDate(content: string, from: number, to: number): DateItem | null {
  let found: DateItem | null = null;
  findLine(content, from, to, (start, end) => {
    if (end - start > LABELLED_MAX || !matchesAt(LABELLED_AT, content, start)) return false;
    found = dateLine(content.slice(start, end).trim())?.date ?? null;
    return found !== null;
  });
  return found;
}

/** Lines after the body's end where the page's own labelled date line may still stand. */
const FOOT_LINES = 4;

function footRange(content: string, bodyEnd: number): [number, number] {
  let end = bodyEnd;
  for (let i = 0; i <= FOOT_LINES && end < content.length; i++) {
    const next = content.indexOf('\n', end + 1);
    end = next < 0 ? content.length : next;
  }
  return [bodyEnd, end];
}

export function textArticle(content: string): TextArticle {
  const bodyEnd = findBodyEnd(content);
  const head = headLines(content, bodyEnd);
  const dates = head.map((line) => dateLine(line.text));
  // The first line of substance is the title, unless the text opens with its lead.
  const first = head.findIndex((line, i) => !dates[i] && !isNoise(line.text));
  const titleAt = first >= 0 && !SOURCE_TAG.test(head[first].text) ? first : -1;
  const title = titleAt >= 0 ? head[titleAt].text.replace(/^#\s*/, '') : null;

  let published: DateItem | null = null;
  const labelled = labelledDate(content, 0, bodyEnd);
  if (labelled) published = labelled;
  else if (titleAt >= 0) {
    // Directly under the title (one short line such as a category may come between), or
    // directly over it, unless it is a weekday line opening the page: the site's header.
    const under = dates.slice(titleAt + 1, titleAt + 3).find((d) => d);
    const over = titleAt > 0 ? dates[titleAt - 1] : null;
    if (under && !under.header) published = under.date;
    else if (over && !over.weekdayFirst && !over.header) published = over.date;
  }
  if (!published) published = labelledDate(content, ...footRange(content, bodyEnd));

  return { title, published: published ? publishedValue(published) : null, bodyEnd };
}

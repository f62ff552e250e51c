// Where the article is in a plain-text page: its title line, its publication date and where
// the body ends (the first related-news, comments, share or footer block).
import { extractDates, mayHoldDatedDate } from '../extract/dates.js';
import { alternation } from '../extract/regex.js';
import { WEEKDAYS } from '../lexicon/calendar.js';
import {
  ATTACHMENT_MARKERS,
  BODY_END_MARKERS,
  BUTTON_MARKERS,
  CONTACT_LABELS,
  INLINE_MARKERS,
  DATE_LINE_SOURCES,
  DATE_LINE_WORDS,
  HEAD_NOISE_OPENERS,
  HEADER_DATE_OPENERS,
  PUBLISHED_LABELS,
  FIELD_LABELS,
  TICKER_LABELS,
} from '../lexicon/markers.js';
import type { DateItem } from '../schema.js';
import { CaselessWords } from './caseless-words.js';

export interface TextArticle {
  title: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]+07:00` where the date line gives a time; else null. */
  published: string | null;
  /** Offset where the body ends; nothing at or after it is extracted. */
  bodyEnd: number;
  /** Boxes of links set inside the body ([start, end), "ĐỌC THÊM" and its links): not extracted either. */
  boxes: [number, number][];
}

// Line openings are read at each line start with CaselessWords, after a run of decorations
// checked in code: a look-up or two per line where a sticky `iu` alternation of the markers
// cost far more (V8 is slow on `iu` patterns).

const MARKERS = new CaselessWords(BODY_END_MARKERS);
const BUTTONS = new CaselessWords(BUTTON_MARKERS);
const ATTACHMENTS = new CaselessWords(ATTACHMENT_MARKERS);
const CONTACTS = new CaselessWords(CONTACT_LABELS);
const LABELS = new CaselessWords(PUBLISHED_LABELS);
const NOISE_OPENERS = new CaselessWords(HEAD_NOISE_OPENERS);
const HEADER_OPENERS = new CaselessWords(HEADER_DATE_OPENERS);
const DATE_LINE_FILLER = new CaselessWords([...PUBLISHED_LABELS, ...DATE_LINE_WORDS]);

/** Which decorations may open which line: bit flags per character. */
const DECORATION = new Uint8Array(0x10000);
const MARKER_DECORATION = 1;
const CONTACT_DECORATION = 2;
for (const ch of ' ([«»>›•*#|-–—.0123456789)]') DECORATION[ch.charCodeAt(0)] |= MARKER_DECORATION;
for (const ch of ' -') DECORATION[ch.charCodeAt(0)] |= CONTACT_DECORATION;

/** Where a run of at most `max` decorations of `kind` from `at` ends; -1 where the run is longer. */
function afterDecorations(text: string, at: number, kind: number, max: number): number {
  let i = at;
  while (i - at <= max && DECORATION[text.charCodeAt(i)] & kind) i++;
  return i - at > max ? -1 : i;
}

// The `iu` flags are kept: under them a few non-letters (U+0345) match `\p{L}` by case folding.
const LETTER_AT = /[\p{L}]/iuy;
/** Whether no letter follows `end`, as `(?![\p{L}])` asks. */
function noLetterAt(text: string, end: number): boolean {
  LETTER_AT.lastIndex = end;
  return !LETTER_AT.test(text);
}

// ---- where the body ends -------------------------------------------------------------

/** What may follow a marker on its line: counts, arrows, a colon and a short headline. */
// A bilingual heading names the block twice: "Bài viết liên quan / Related posts".
const MARKER_REST = /^[ :：»>›.…|()[\]\d\-–—]*(?:\/[ ]*(?:Related|Read more|More)(?: [A-Za-z]+)?[ :：»>›.…|()[\]\d\-–—]*)?$/u;
/** A toolbar after the marker: "Bình luận (0) | Gửi bài viết | In". */
const TOOLBAR_REST = /^[ ()\d]*(?:\|[^|\n]{1,24}){1,6}$/u;
const MARKER_HEADLINE = /^[ ]{0,2}[:：]/u;
/**
 * A post's counters on a line of their own, emoji and dots between: "31 bình luận  12 lượt chia
 * sẻ", "👍 87 · 9 bình luận · 4 lượt chia sẻ", "👁 1.204 lượt xem · 36 lượt thích · Chia sẻ".
 */
const COUNTERS_LINE = /^[\p{Extended_Pictographic}\u{FE0F}\d.,·•| ]*?(?:\d[\d.,]*[ ]+(?:lượt[ ])?(?:chia sẻ|thích|xem|bình luận)[ ·•|]*)+(?:Chia sẻ|Bình luận|Thích)?[ ]*$/iu;
const COUNTERS_MAX = 120;
/** A list's number among the decorations before a marker: "1. ", "2) ". */
const LIST_NUMBER = /\d[.)]/;
const CONTACT_MAX = 100;
/** The body has begun once a line of prose has passed: a marker before that is navigation. */
const PROSE = 60;
const HEADLINE_MAX = 200;

const NO_MARKER = 0;
const HEADING = 1;
/** A marker opening a toolbar ("Bình luận (0) | Gửi bài viết | In"): the page's head has such lines too. */
const TOOLBAR = 2;
/**
 * An attachment's label before its value ("File đính kèm: 1568-UBND-KTTH.pdf"): a document
 * page's fields over its text have such a line too ("Người ký: …", "File đính kèm: …").
 */
const ATTACHMENT = 3;

/** Whether the line is a block heading (a marker alone, decorated, or before ":" and a headline) or a toolbar a marker opens. */
function markerLine(content: string, start: number, end: number): number {
  if (end - start <= COUNTERS_MAX && COUNTERS_LINE.test(content.slice(start, end))) return TOOLBAR;
  const at = afterDecorations(content, start, MARKER_DECORATION, 8);
  const markerEnd = at < 0 ? -1 : MARKERS.endAt(content, at);
  if (markerEnd < 0) return NO_MARKER;
  const rest = content.slice(markerEnd, end);
  if (MARKER_REST.test(rest)) return HEADING;
  // "1. Cơ quan chủ quản: UBND tỉnh …": a label and its value after a list's number are the list's item,
  // as after a bullet that the line before opens with too ("- Nhà tài trợ: …" over "- Cơ quan chủ quản: …").
  if (MARKER_HEADLINE.test(rest) && end - start <= HEADLINE_MAX && !LIST_NUMBER.test(content.slice(start, at)) && !bulletedAsLineBefore(content, start, at)) {
    if (BUTTONS.endAt(content, at) === markerEnd) return TOOLBAR;
    return ATTACHMENTS.endAt(content, at) === markerEnd ? ATTACHMENT : HEADING;
  }
  return TOOLBAR_REST.test(rest) ? TOOLBAR : NO_MARKER;
}

/** A bullet opening a line: "- ", "+ ", "• ". */
const BULLET = /^[ ]*[-+•][ ]/;

/** Whether the line at `start` opens with a bullet before `at`, as the line right before it does. */
function bulletedAsLineBefore(content: string, start: number, at: number): boolean {
  if (start < 2 || !BULLET.test(content.slice(start, at + 1))) return false;
  const before = content.lastIndexOf('\n', start - 2) + 1;
  return BULLET.test(content.slice(before, before + 4));
}

function isMarkerLine(content: string, start: number, end: number): boolean {
  return markerLine(content, start, end) !== NO_MARKER;
}

/**
 * A document page's field, "Label: value" ("Người ký: Trần Công Minh", "Chức vụ: Phó Chủ tịch"):
 * an attachment's label right after one is another field ("File đính kèm: 1568-UBND-KTTH.pdf");
 * a footer's label is not ("Xuất bản: 15/05/2024", then "Chịu trách nhiệm chính: …").
 */
const FIELD_LINE = /^\p{Lu}[\p{L} ]{1,24}:[ ]\S/u;
const FIELD_MAX = 100;

/** Whether the line [start, end) is a document page's field ("Chức vụ: Phó Chủ tịch UBND tỉnh"). */
function isFieldLine(content: string, start: number, end: number): boolean {
  return start < end && end - start <= FIELD_MAX && FIELD_LINE.test(content.slice(start, end));
}

/** Lines of prose before a toolbar ends the body: above them it is the page head's. */
const PROSE_BEFORE_TOOLBAR = 3;

/** Whether a contact label's value follows `end`: a colon across at most two spaces, or " số " ("Giấy phép số 09/GP-STTTT"). */
function valueFollows(text: string, end: number): boolean {
  let i = end;
  while (i - end < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return (i - end <= 2 && (c === 0x3a || c === 0xff1a)) || text.startsWith(' số ', end);
}

function isContactLine(content: string, start: number, end: number): boolean {
  if (end - start > CONTACT_MAX) return false;
  const at = afterDecorations(content, start, CONTACT_DECORATION, 3);
  return at >= 0 && CONTACTS.endAt(content, at, valueFollows) >= 0;
}

/** Lines after a contact line where the next line of the footer block must stand. */
const CONTACT_BLOCK = 4;

/** Whether another footer line (contact or marker) follows within CONTACT_BLOCK lines of `from`. */
function footerFollows(content: string, from: number): boolean {
  let lines = 0;
  for (let start = from; start < content.length; ) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    if (start !== end) {
      if (isContactLine(content, start, end) || isMarkerLine(content, start, end)) return true;
      if (++lines >= CONTACT_BLOCK) return false;
    }
    start = end + 1;
  }
  return false;
}

const INLINE = new CaselessWords(INLINE_MARKERS);
/** A link of a box: an arrow, a dash or a bullet, then a headline (">> Quảng Nam: 100% thủ tục …"). */
const BOX_LINK = /^[ ]*(?:>>|»|[-–•+])[ ]*\p{Lu}/u;
const MAX_BOX_LINKS = 3;
/** A line of the article's prose after the box: a sentence's end closes it, where a headline has none. */
const SENTENCE_END = /[.!?…"”][ ]*$/;

/**
 * Where the article goes on after an inline box that opens at [start, end) ("ĐỌC THÊM", then one
 * to three links; "Xem thêm: headline"), or -1: a line of prose must follow the links, and another
 * after it before any marker, or the box ends the body as a related-news block does.
 */
function pastInlineBox(content: string, start: number, end: number): number {
  let at = end + 1;
  let links = MARKER_HEADLINE.test(content.slice(MARKERS.endAt(content, afterDecorations(content, start, MARKER_DECORATION, 8)), end)) ? 1 : 0;
  for (;;) {
    const newline = content.indexOf('\n', at);
    const lineEnd = newline < 0 ? content.length : newline;
    const line = content.slice(at, lineEnd);
    if (line.trim() === '') {
      if (at >= content.length) return -1;
      at = lineEnd + 1;
      continue;
    }
    if (BOX_LINK.test(line) && links < MAX_BOX_LINKS) {
      links++;
      at = lineEnd + 1;
      continue;
    }
    if (!links || line.length < PROSE || !SENTENCE_END.test(line)) return -1;
    return proseFollows(content, lineEnd + 1) ? at : -1;
  }
}

/** Whether a line of prose stands after `from` before any marker line or the text's end. */
function proseFollows(content: string, from: number): boolean {
  for (let start = from; start < content.length; ) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    if (isMarkerLine(content, start, end)) return false;
    if (end - start >= PROSE && SENTENCE_END.test(content.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

/**
 * Where the body ends. The same pass notes, in `labelled`, the lines before that which open
 * with a publication label: finding the lines is most of the cost of reading them.
 */
function scanBody(content: string, labelled: number[] | null, boxes: [number, number][] | null = null): number {
  let proseLines = 0;
  // The last line with text before this one: read only at an attachment's label, whether it is a field.
  let [lastStart, lastEnd] = [0, 0];
  for (let start = 0; start < content.length; ) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    if (proseLines > 0) {
      const marker = markerLine(content, start, end);
      if (marker === HEADING || (marker === ATTACHMENT && !isFieldLine(content, lastStart, lastEnd))) {
        // "ĐỌC THÊM / >> …" set inside the article, which goes on after it: read on past its links.
        const past = INLINE.endAt(content, afterDecorations(content, start, MARKER_DECORATION, 8)) >= 0 ? pastInlineBox(content, start, end) : -1;
        if (past < 0) return start;
        boxes?.push([start, past]);
        start = past;
        continue;
      }
      if (marker === TOOLBAR && proseLines >= PROSE_BEFORE_TOOLBAR) return start;
      if (isContactLine(content, start, end) && footerFollows(content, end + 1)) return start;
    }
    if (labelled && isLabelledLine(content, start, end)) labelled.push(start);
    if (start !== end) [lastStart, lastEnd] = [start, end];
    // A menu ("Tạp chí … | Tin tức - Sự kiện | Cải cách hành chính"), a ticker ("Tin nóng: …") is no prose, however long;
    // past PROSE_BEFORE_TOOLBAR lines the count no longer matters.
    if (proseLines < PROSE_BEFORE_TOOLBAR && end - start >= PROSE && !isNoise(content.slice(start, end))) proseLines++;
    start = end + 1;
  }
  return content.length;
}

export function findBodyEnd(content: string): number {
  return scanBody(content, null);
}

/** Where the body ends and the boxes of links inside it (what textArticle gives, without the head's reading). */
export function findBody(content: string): { bodyEnd: number; boxes: [number, number][] } {
  const boxes: [number, number][] = [];
  return { bodyEnd: scanBody(content, null, boxes), boxes };
}

// ---- the head: title and date line ---------------------------------------------------

/** Lines longer than this are paragraphs: the head ends at the first one. */
const PARAGRAPH = 200;
const HEAD_LINES = 12;
const CRAWLER_PREFIX = /^date \d{4}-\d{2}(?:-\d{2})?(?:\s|$)/;
const PAGE_ID = /^#[\w-]*\d[\w-]*$/u;
const PLAYER = /^[\d:/ ]+$/;
/** A lead opening with its source tag, "(QNO) - Sáng nay …": the text starts with the sapo, no title. */
const SOURCE_TAG = /^\([\p{Lu}\d.\/+ ]{2,16}\)/u;
/** How far after its label a labelled line's date may start ("Cập nhật, 15:42, Thứ Sáu, 12/07/2019"). */
const LABEL_REACH = 32;
const WEEKDAY_FIRST = new RegExp(`^[ (\\[]*(?:${alternation([...WEEKDAYS.keys()])})(?![\\p{L}\\p{N}])`, 'iu');
const WORDS = /\p{L}[\p{L}.]*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** A byline beside the date: at most this many capitalised words ("Nguyễn Văn An", "BDK.VN"). */
const BYLINE_WORDS = 4;
const LABELLED_MAX = 120;

/**
 * The end of a publication label opening a line at `at` after spaces, tabs and at most three
 * of " (["; -1 if there is none. The label must start where that run ends.
 */
function labelEnd(text: string, at: number): number {
  let i = at;
  let lastTab = -1;
  let firstBracket = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) lastTab = i;
    else if (c === 40 || c === 91) firstBracket = firstBracket < 0 ? i : firstBracket;
    else if (c !== 32) break;
  }
  // Spaces and tabs first, then at most three of " ([": no tab after a bracket or in the last three.
  if (Math.max(lastTab + 1, i - 3) > (firstBracket < 0 ? i : firstBracket)) return -1;
  return LABELS.endAt(text, i, noLetterAt);
}

/** The head's non-empty lines, trimmed. */
function headLines(content: string, bodyEnd: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < bodyEnd && lines.length < HEAD_LINES) {
    let end = content.indexOf('\n', start);
    if (end < 0 || end > bodyEnd) end = bodyEnd;
    const text = content.slice(start, end).trim();
    if (text) {
      if (text.length > PARAGRAPH) break;
      lines.push(text);
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

/** The text with its labels and filler words blanked: what a date line may hold besides its date. */
function withoutFiller(text: string): string {
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; ) {
    const end = DATE_LINE_FILLER.endAt(text, at, noLetterAt);
    if (end < 0) at++;
    else {
      out += text.slice(from, at) + ' ';
      from = at = end;
    }
  }
  return out + text.slice(from);
}

/** A field's label and value on a date line, up to the next bar: "Chuyên mục: Kinh tế", "Tác giả: Văn phòng UBND tỉnh". */
const LABELLED_FIELD = new RegExp(`(?:${FIELD_LABELS.join('|')})[ \\t]*:[^|]*`, 'giu');

/** The page's section after the last bar, unlabelled ("06-11-2024 - 18:12 | Thời sự", "| Kinh tế"): one to three words, the first capitalised. */
const SECTION_AFTER_BAR = /\|[ \t]*\p{Lu}\p{Ll}*(?:[ ]\p{Ll}+){0,2}[ \t]*$/u;

/**
 * The source opening a date line or one of its fields after a bar (DATE_LINE_SOURCES), up to eight
 * words, a dash between two of them ("Đài Truyền thanh - Truyền hình huyện Phù Cát | Ngày 15-3-2023"),
 * before a dash, a bar, a comma or the line's end.
 */
const SOURCE_FIRST = new RegExp(
  `(?:^|(?<=\\|[ \\t]*))(?:${alternation(DATE_LINE_SOURCES, { spaces: ' ' })})(?:[ ](?:[-–][ ])?\\p{L}+){1,8}(?=[ ]*(?:[-–|,]|$))`,
  'gu',
);

/** The site's own address as the source beside the date ("baothanhhoa.vn | 18:05 ngày 22/07/2025"). */
const SITE_DOMAIN = /(?<![\p{L}\p{N}.])[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.(?:vn|com|net|org|info)(?![\p{L}\p{N}])/gu;

/** Whether what the line holds besides its dates is labels, filler, the press source, the site's address, the section and at most a short byline. */
function onlyDate(text: string, dates: DateItem[]): boolean {
  let rest = text;
  for (const d of dates) rest = rest.slice(0, d.span[0]) + ' '.repeat(d.text.length) + rest.slice(d.span[1]);
  const words = withoutFiller(rest.replace(SOURCE_FIRST, ' ').replace(LABELLED_FIELD, ' ').replace(SECTION_AFTER_BAR, ' ').replace(SITE_DOMAIN, ' ')).match(WORDS) ?? [];
  return words.length <= BYLINE_WORDS && words.every((w) => CAPITALISED.test(w));
}

/** The length of a site header's opening ("Hôm nay: ") with the spaces, colons and commas after it; -1 if none. */
function headerEnd(text: string): number {
  let end = HEADER_OPENERS.endAt(text, 0, noLetterAt);
  if (end < 0) return -1;
  for (let c = text.charCodeAt(end); c === 32 || c === 58 || c === 44; c = text.charCodeAt(++end));
  return end;
}

/**
 * The line's date where the line is a date line: a dated date and nothing else of substance
 * ("Ngày đăng: 12/06/2023 | Lượt xem: 234", "Nguyễn An | 12/06/2023 09:00"), the date right
 * after the label where there is one. "Cập nhật đến ngày 15/9/2023, cả huyện có …" is a sentence.
 */
function dateLine(text: string): DateLine | null {
  if (text.length > LABELLED_MAX || !mayHoldDatedDate(text) || CRAWLER_PREFIX.test(text)) return null;
  const dates = extractDates(text);
  const [labelStart, label] = labelInLine(text, 0, text.length);
  const date = dates.find((d) => !d.value.startsWith('-') && (label < 0 || (d.span[0] >= labelStart && d.span[0] <= label + LABEL_REACH)));
  if (!date || !onlyDate(text, dates)) return null;
  const header = headerEnd(text);
  return { date, header: header >= 0, weekdayFirst: WEEKDAY_FIRST.test(header >= 0 ? text.slice(header) : text) };
}

/** Head lines that are neither title nor date: breadcrumbs, counters, page ids, player residue. */
function isNoise(text: string): boolean {
  return NOISE_OPENERS.endAt(text, 0, noLetterAt) >= 0 || PAGE_ID.test(text) || PLAYER.test(text) || CRAWLER_PREFIX.test(text) || MENU.test(text) || TICKER.test(text);
}

/** A ticker of headlines over the page ("Tin nóng: … | …"), its label before a colon; "Tin nóng Roland Garros: …" is a title. */
const TICKER = new RegExp(`^(?:${alternation(TICKER_LABELS.flatMap((label) => [label, label.toUpperCase()]), { spaces: ' ' })})[ ]*:`, 'u');

/**
 * A menu or breadcrumb: three items or more, so two bars, chevrons or guillemets ("Chính trị |
 * Thời sự | Kinh tế"), or four items of one to three words set apart by runs of spaces ("Thời sự
 * Chính trị   Kinh tế   Xã hội").
 */
const MENU = /[|»›][^|»›]*[|»›]|^[ ]*(?:[^ ]+(?: [^ ]+){0,2}[ ]{2,}){3,}[^ ]/u;
/** A line with small letters, as a headline has; a site's or a section's name is often in capitals. */
const HAS_LOWER = /\p{Ll}/u;

/**
 * The first date line of the head right under a headline-like line (one in small letters, no
 * menu), as under a title the site's name and menus stand above ("BÁO BÌNH PHƯỚC ĐIỆN TỬ",
 * "Chính trị | Thời sự", then the title, then "Thứ Sáu, 22/09/2023 - 06:30").
 */
function dateUnderHeadline(head: string[], dateOf: (i: number) => DateLine | null): { line: DateLine; headline: number } | null {
  for (let i = 1; i < head.length; i++) {
    const line = dateOf(i);
    // "Bản in lúc: 2024-05-12 08:03" over the title: the page's own time, no date line of the article.
    if (!line || line.header) continue;
    // "HOÀNG LIÊN" between the title and its date line: the byline in capitals.
    const above = i >= 2 && BYLINE_IN_CAPITALS.test(head[i - 1]) ? i - 2 : i - 1;
    return isNoise(head[above]) || dateOf(above) || !HAS_LOWER.test(head[above]) ? null : { line, headline: above };
  }
  return null;
}
/** The lines of an administrative document's header over its place and date: its number, the national motto. */
const DOCUMENT_HEADER_LINE = /^(?:Số(?: ký hiệu)?[ ]?:|Độc lập[ ]*[-–])/u;
/** A byline in capitals on a line of its own: two to four words of capitals. */
const BYLINE_IN_CAPITALS = /^\p{Lu}+(?: \p{Lu}+){1,3}$/u;

/**
 * An administrative document's place and date, ending a line of its header ("Quảng Trị, ngày 15
 * tháng 6 năm 2022", often after "Số: 218/BC-UBND" and the columns' spaces, or one space where a
 * PDF's text joined the columns): the document's own date.
 */
const PLACE_AND_DATE = /(?:^|[ \t]{2}|\t|(?<=^Số[: ]{1,3}\S+) )\p{Lu}[\p{L} .]{1,40}, ngày[ ]{1,2}\d{1,2}[ ]{1,2}tháng[ ]{1,2}\d{1,2}[ ]{1,2}năm[ ]{1,2}\d{4}[ \t]*$/u;

function documentDate(head: string[]): DateItem | null {
  for (const line of head) {
    const found = line.includes(' tháng ') ? PLACE_AND_DATE.exec(line) : null;
    if (!found) continue;
    const date = extractDates(found[0].trim()).find((d) => !d.value.startsWith('-'));
    if (date) return date;
  }
  return null;
}

/** A tag page's heading without its "#". */
const withoutHash = (line: string): string => (line.startsWith('#') ? line.replace(/^#\s*/, '') : line);

/** `YYYY-MM-DD`, with the time and Vietnam's offset where the line gives a time. */
function publishedValue(date: DateItem): string {
  return date.time ? `${date.value}T${date.time}+07:00` : date.value;
}

function isLabelledLine(content: string, start: number, end: number): boolean {
  return end - start <= LABELLED_MAX && labelInLine(content, start, end)[1] >= 0;
}

/**
 * The start and end of the publication label opening the line [start, end) or a field of it
 * after a bar ("Ngày ban hành: 14/08/2023 | Ngày đăng: 15/08/2023"), or [-1, -1].
 */
function labelInLine(text: string, start: number, end: number): [number, number] {
  const first = labelEnd(text, start);
  if (first >= 0) return [start, first];
  // Within the line only: a search past its end would read the rest of the text for every line.
  const line = text.slice(start, end);
  for (let bar = line.indexOf('|'); bar >= 0; bar = line.indexOf('|', bar + 1)) {
    const label = labelEnd(text, start + bar + 1);
    if (label >= 0 && label <= end) return [start + bar + 1, label];
  }
  return [-1, -1];
}

/** The date of the first of the lines starting at `starts` that is a publication line ("Ngày đăng: …", "Xuất bản: …"). */
function labelledDate(content: string, starts: Iterable<number>): DateItem | null {
  for (const start of starts) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    const found = dateLine(content.slice(start, end).trim());
    if (found) return found.date;
  }
  return null;
}

/** The starts of the labelled lines starting in [from, to). */
function* labelledLines(content: string, from: number, to: number): Generator<number> {
  for (let start = from; start < to; ) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    if (isLabelledLine(content, start, end)) yield start;
    start = end + 1;
  }
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
  const labelled: number[] = [];
  const boxes: [number, number][] = [];
  const bodyEnd = scanBody(content, labelled, boxes);
  const head = headLines(content, bodyEnd);
  // A head line's date is read (chrono: the costly part) only where it decides something.
  const dates: (DateLine | null | undefined)[] = [];
  const dateOf = (i: number): DateLine | null => {
    if (i < 0 || i >= head.length) return null;
    if (dates[i] === undefined) dates[i] = dateLine(head[i]);
    return dates[i] as DateLine | null;
  };
  // The first line of substance is the title, unless the text opens with its lead.
  const first = head.findIndex((line, i) => !isNoise(line) && !dateOf(i));
  let titleAt = first >= 0 && !SOURCE_TAG.test(head[first]) ? first : -1;
  // "BÁO VĨNH PHÚC" first, in capitals, and a headline further down over its date line: the site's name, then the title.
  if (titleAt >= 0 && !HAS_LOWER.test(head[titleAt])) {
    const headline = dateUnderHeadline(head, dateOf)?.headline;
    if (headline !== undefined && !DOCUMENT_HEADER_LINE.test(head[headline])) titleAt = headline;
  }
  const title = titleAt >= 0 ? withoutHash(head[titleAt]) : null;

  let published = labelledDate(content, labelled);
  if (!published && titleAt >= 0) {
    // Directly under the title (one short line such as a category may come between), or
    // directly over it, unless it is a weekday line opening the page: the site's header.
    const under = dateOf(titleAt + 1) ?? dateOf(titleAt + 2);
    const over = titleAt > 0 ? dateOf(titleAt - 1) : null;
    if (under && !under.header) published = under.date;
    else if (over && !over.weekdayFirst && !over.header) published = over.date;
    else published = dateUnderHeadline(head, dateOf)?.line.date ?? null;
  }
  if (!published) published = documentDate(head);
  if (!published) published = labelledDate(content, labelledLines(content, ...footRange(content, bodyEnd)));

  return { title, published: published ? publishedValue(published) : null, bodyEnd, boxes };
}

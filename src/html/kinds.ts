// What one block of a page is, read from its text, its links and the names around it: prose,
// a related link, a section heading, the lead, a caption, a byline, a date line, the headline.
import { escapeRegExp } from '../extract/regex.js';
import { CAPTION_HINTS, LEAD_HINTS } from '../lexicon/html-hints.js';
import { BODY_END_MARKERS } from '../lexicon/markers.js';
import { PAGE_SECTION_HEADINGS } from '../lexicon/page-sections.js';
import type { Block } from './blocks.js';
import { parseDateLine } from './dateline.js';
import { closest, descendants, hintMatcher, type Element } from './dom.js';

export type BlockRole = 'lead' | 'heading' | 'paragraph' | 'caption';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const OPENING_HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
const isLeadByName = hintMatcher(LEAD_HINTS);
const isCaptionByName = hintMatcher(CAPTION_HINTS);
const isTitleByName = hintMatcher(['title', 'tieude', 'headline', 'heading']);

const PROSE_MIN_CHARS = 50;
const PROSE_MIN_SPACES = 7;
/** Link share above which a block is a link (menu item, related headline). */
const LINK_BLOCK = 0.5;
/** Longest block taken for a byline, source or photo credit at the end of the body. */
const BYLINE_MAX_CHARS = 80;
const DATE_LINE_MAX_CHARS = 90;
const HEADLINE_MAX_CHARS = 250;

const SECTION_HEADING = new RegExp(`^[\\s(\\[«>»•\\-–—|:.]*(${[...PAGE_SECTION_HEADINGS, ...BODY_END_MARKERS].map(escapeRegExp).join('|')})`, 'iu');
const RELATED_LINK = /^(?:>>|»|>|›|\+)\s*\S/u;
const SOURCE_LINE = /^(?:theo|nguồn|nguon|source)\s*[:\s]/iu;
const CREDIT_LINE = /^(?:ảnh|tin|bài|tin và ảnh|tin, ảnh|bài và ảnh|bài, ảnh|ảnh, bài|clip|video|đồ họa|thực hiện|nhóm pv|pv|ctv|btv)\s*[:,]/iu;
const SENTENCE_END = /[.!?…:;"”'’)\]]$/u;
const FULL_STOP = /[.!?…]["”’)]?$/u;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const LETTER = /\p{L}/u;
const UPPER_START = /^[^\p{L}]*\p{Lu}/u;

function linkShare(b: Block): number {
  return b.linkChars / b.text.length;
}

/** A sentence-like block of some length with few links. */
export function isProse(b: Block): boolean {
  if (b.text.length < PROSE_MIN_CHARS || linkShare(b) >= 0.3) return false;
  let spaces = 0;
  for (let i = 0; i < b.text.length && spaces < PROSE_MIN_SPACES; i++) if (b.text.charCodeAt(i) === 32) spaces++;
  return spaces >= PROSE_MIN_SPACES;
}

/** "Tin liên quan", "Bình luận", "Cơ quan chủ quản: …": the start of something after the article. */
export function isSectionHeading(b: Block): boolean {
  const m = SECTION_HEADING.exec(b.text);
  if (!m) return false;
  return b.text.length <= m[0].length + 30 || linkShare(b) >= LINK_BLOCK;
}

/** Mostly link text, or a "» headline" link line. */
export function isRelatedLink(b: Block): boolean {
  return linkShare(b) >= LINK_BLOCK || (RELATED_LINK.test(b.text) && b.linkChars > 0);
}

/** Letters and digits only, lower-cased: headlines repeat with other quotes and stray markup. */
export function textKey(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, '');
}

/** The headline again, alone or followed by a few counters (likes, comments). */
export function isHeadline(b: Block, titleKey: string): boolean {
  // A key drops spaces and punctuation, so a copy of the headline is at most about twice as long.
  if (!titleKey || b.text.length < titleKey.length || b.text.length > titleKey.length * 2 + 40) return false;
  const key = textKey(b.text);
  return key.startsWith(titleKey) && key.length - titleKey.length <= 12;
}

/** A cell of a table of figures: short, few links. Neutral in a run, neither for nor against. */
export function isDataCell(b: Block): boolean {
  if ((b.el.name !== 'td' && b.el.name !== 'th') || b.text.length > 200 || linkShare(b) >= 0.3) return false;
  // A row of several cells; a cell alone in its row is page layout (a byline, a caption).
  const row = b.el.parent;
  let cells = 0;
  if (row?.type === 'tag') for (const c of row.children) if (c.type === 'tag' && (c.name === 'td' || c.name === 'th') && ++cells > 1) return true;
  return false;
}

/** A short complete sentence: a last paragraph too short to count as prose. */
export function isSentence(b: Block): boolean {
  return FULL_STOP.test(b.text) && b.text.split(' ').length >= 3 && linkShare(b) < 0.3;
}

/** Could be a headline: a heading, a title-named or bold block, short and not a sentence run. */
export function looksLikeHeadline(b: Block): boolean {
  if (b.text.length < 10 || b.text.length > HEADLINE_MAX_CHARS || isRelatedLink(b) || isSectionHeading(b)) return false;
  return HEADING_TAGS.has(b.el.name) || b.emphasised || closest(b.el, isTitleByName, 1) !== null;
}

/** A heading that opens a run of prose and reads as a headline: no closing full stop, not a lead. */
export function isOpeningHeadline(b: Block): boolean {
  if (b.text.length > HEADLINE_MAX_CHARS || FULL_STOP.test(b.text) || isLead(b)) return false;
  return OPENING_HEADING_TAGS.has(b.el.name) || closest(b.el, isTitleByName, 1) !== null;
}

export function isLead(b: Block): boolean {
  return closest(b.el, isLeadByName, 2) !== null;
}

/** Nothing but a date, its time, a weekday and a label. */
export function isDateLine(b: Block): boolean {
  return b.text.length <= DATE_LINE_MAX_CHARS && parseDateLine(b.text)?.pure === true;
}

function hasImage(el: Element): boolean {
  for (const d of descendants(el)) if (d.name === 'img') return true;
  return false;
}

export function isCaption(b: Block): boolean {
  if (b.el.name === 'figcaption' || closest(b.el, isCaptionByName, 2)) return true;
  if ((b.el.name === 'td' || b.el.name === 'th') && b.text.length <= 300) {
    const table = closest(b.el, (el) => el.name === 'table', 3);
    return table !== null && hasImage(table);
  }
  return false;
}

/** A name line ("Quang Phong - Tùng Nguyên", "K. Miên"), a source or a credit. */
export function isByline(b: Block): boolean {
  const t = b.text;
  if (t.length > BYLINE_MAX_CHARS) return false;
  if (SOURCE_LINE.test(t) || CREDIT_LINE.test(t)) return true;
  if (SENTENCE_END.test(t)) return false;
  const words = t.split(' ').filter((w) => LETTER.test(w));
  if (words.length <= 4) return true;
  const capitalised = words.filter((w) => UPPER_START.test(w)).length / words.length;
  return capitalised >= 0.7 || (b.emphasised && capitalised >= 0.5);
}

/** A byline, source, credit, date line, link or section opening after the last paragraph. */
export function isTrailer(b: Block): boolean {
  return !isCaption(b) && !isDataCell(b) && (isByline(b) || isDateLine(b) || isRelatedLink(b) || SECTION_HEADING.test(b.text));
}

export function roleOf(b: Block, first: boolean): BlockRole {
  if (isCaption(b)) return 'caption';
  if (isLead(b) || (first && HEADING_TAGS.has(b.el.name) && isProse(b))) return 'lead';
  if (HEADING_TAGS.has(b.el.name) || (b.emphasised && b.text.length <= 150 && !SENTENCE_END.test(b.text))) return 'heading';
  return 'paragraph';
}

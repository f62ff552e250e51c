// The article inside a whole page: the densest run of prose blocks once page furniture and
// boxes of other articles are set aside (in the spirit of boilerpipe and Readability), widened
// back to the lead under the headline, with headline, date line and bylines trimmed off.
import { FURNITURE_HINTS, OTHER_NEWS_HINTS } from '../lexicon/html-hints.js';
import { toBlocks, type Block } from './blocks.js';
import { closest, hintMatcher, insideMatcher, isTag, type AnyNode, type Element } from './dom.js';
import {
  isDataCell,
  isDateLine,
  isHeadline,
  isLead,
  isOpeningHeadline,
  isProse,
  isRelatedLink,
  isSectionHeading,
  isSentence,
  isTrailer,
  looksLikeHeadline,
  roleOf,
  textKey,
  type BlockRole,
} from './kinds.js';

export type { BlockRole } from './kinds.js';

export interface BodyBlock {
  text: string;
  role: BlockRole;
  /** The element that holds the text. */
  el: Element;
}

export interface ArticleBody {
  /** The article's blocks in reading order, from the lead (or first paragraph) to the last paragraph. */
  blocks: BodyBlock[];
  /** Blocks just outside the body (under the headline; bylines and date lines after it), where a date line may stand. */
  margin: Block[];
  /** A headline found over a date line at the top of the run, for pages whose metadata names only the site. */
  headline: Block | null;
  /** The nearest headline-like block over the body, a weaker guess for the same pages. */
  above: Block | null;
}

const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu']);
const isFurnitureByName = hintMatcher(FURNITURE_HINTS);
const isOtherNewsByName = hintMatcher(OTHER_NEWS_HINTS);

/** A furniture box is kept only when it holds at least this share of the page's prose. */
const FURNITURE_KEEP_SHARE = 0.5;
/** The same for boxes named like lists of other news. */
const OTHER_NEWS_KEEP_SHARE = 0.3;
/** How far back from the densest run the lead may sit, in blocks. */
const LEAD_REACH = 8;
/** Blocks over the body, under the headline, kept as its margin. */
const HEAD_MARGIN = 4;
/** Short closing sentences after the densest run that still belong to it. */
const TAIL_REACH = 3;
/** Cells of a closing table of figures taken into the body. */
const TABLE_REACH = 1000;
const NO_BODY: ArticleBody = { blocks: [], margin: [], headline: null, above: null };

/** Decides, once per element, whether it is furniture or a box of other news. */
function boxFilter(blocks: Block[], prose: boolean[]): (el: Element) => boolean {
  const proseIn = new Map<Element, number>();
  let total = 0;
  blocks.forEach((b, i) => {
    if (!prose[i]) return;
    const n = b.text.length;
    total += n;
    for (let p: AnyNode | null = b.el; isTag(p); p = p.parent) proseIn.set(p, (proseIn.get(p) ?? 0) + n);
  });
  const share = (el: Element): number => (total ? (proseIn.get(el) ?? 0) / total : 0);
  const own = (el: Element): boolean => {
    if (FURNITURE_TAGS.has(el.name) || isFurnitureByName(el)) return share(el) < FURNITURE_KEEP_SHARE;
    if (isOtherNewsByName(el)) return share(el) < OTHER_NEWS_KEEP_SHARE;
    return false;
  };
  return insideMatcher(own);
}

/** Kadane over block scores: prose counts for, links against, section headings stop a run. */
function densestRun(blocks: Block[], prose: boolean[]): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    let score: number;
    if (isSectionHeading(b)) score = -Infinity;
    else if (prose[i]) score = b.text.length - b.linkChars;
    else if (isRelatedLink(b)) score = -Math.max(b.linkChars, 15);
    else if (isDataCell(b)) score = 0;
    else score = -3;
    if (sum + score > 0) sum += score;
    else if (score > 0) {
      sum = score;
      start = i;
    } else {
      sum = 0;
      start = i + 1;
    }
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  return bestRange;
}

interface Start {
  start: number;
  headline: Block | null;
  above: Block | null;
}

/** Where the article starts: after the headline, at the lead, past a date line under a headline. */
function bodyStart(blocks: Block[], prose: boolean[], run: [number, number], titleKey: string): Start {
  let [start] = run;
  const end = run[1];
  // The lead may be parted from the body by a photo, a date line or related links.
  for (let i = start - 1, reach = 0; i >= 0 && reach < LEAD_REACH; i--, reach++) {
    const b = blocks[i];
    if (isHeadline(b, titleKey) || isSectionHeading(b)) break;
    if (isLead(b) || prose[i]) start = i;
  }
  // What comes before a headline inside the run is a copy of the page head (some templates
  // print headline and lead twice); a headline near the end is a like or share box.
  let proseLeft = 0;
  for (let i = start; i <= end; i++) if (prose[i]) proseLeft += blocks[i].text.length;
  const runProse = proseLeft;
  let cut = false;
  for (let i = start; i <= end; i++) {
    if (prose[i]) proseLeft -= blocks[i].text.length;
    if (proseLeft * 2 < runProse) break;
    if (isHeadline(blocks[i], titleKey)) {
      start = i + 1;
      cut = true;
    }
  }
  // A headline the title does not match: a heading opening the run.
  let above: Block | null = null;
  if (!cut && start < end && isOpeningHeadline(blocks[start])) {
    above = blocks[start];
    start++;
    cut = true;
  }
  // Byline, date and tools between the headline and the lead are not article text.
  if (cut) {
    for (let i = start, reach = 0; i < end && reach < LEAD_REACH && !prose[i] && !isLead(blocks[i]); i++, reach++) start = i + 1;
  }
  // A headline right over its date line (the text rule), just above the run or at its top.
  for (let i = Math.max(0, start - 3); i < Math.min(start + 3, end); i++) {
    if (isDateLine(blocks[i + 1]) && looksLikeHeadline(blocks[i])) return { start: Math.max(start, i + 2), headline: blocks[i], above };
  }
  return { start, headline: null, above };
}

/**
 * Widens the run over what closes it in the same container: short sentences, and a table of
 * figures (report pages end with one). A run of prose ends where prose does.
 */
function bodyEnd(blocks: Block[], end: number): number {
  const last = blocks[end].el;
  const container = last.parent;
  let through = end;
  let sentences = 0;
  for (let i = end + 1; i < blocks.length && i <= end + TABLE_REACH; i++) {
    const b = blocks[i];
    if (isSectionHeading(b) || !isInside(b.el, container)) break;
    const table = isDataCell(b) ? closest(b.el, (el) => el.name === 'table') : null;
    if (table && isInside(table, container) && !isInside(last, table)) through = i;
    else if (isSentence(b) && ++sentences <= TAIL_REACH) through = i;
    else break;
  }
  return through;
}

function isInside(el: Element, container: AnyNode | null): boolean {
  for (let p: AnyNode | null = el; p; p = p.parent) if (p === container) return true;
  return false;
}

/**
 * Drops related links, the headline and a leading date line; trims bylines, credits and date
 * lines off the end; assigns roles. What it drops around the body comes back as `margin`.
 */
export function tidyRun(run: readonly Block[], title: string | null): Pick<ArticleBody, 'blocks' | 'margin'> {
  const titleKey = title ? textKey(title) : '';
  const kept: Block[] = [];
  const margin: Block[] = [];
  for (const b of run) {
    if (isRelatedLink(b) || isHeadline(b, titleKey)) continue;
    if (kept.length === 0 && isDateLine(b)) {
      margin.push(b);
      continue;
    }
    kept.push(b);
  }
  const tail: Block[] = [];
  while (kept.length > 1 && isTrailer(kept[kept.length - 1])) tail.unshift(kept.pop()!);
  return { blocks: kept.map((b, i) => ({ text: b.text, role: roleOf(b, i === 0), el: b.el })), margin: [...margin, ...tail] };
}

/** The article's blocks, captions and sub-headings kept; no blocks when the page holds no run of prose. */
export function articleBlocks(root: AnyNode, title: string | null): ArticleBody {
  const all = toBlocks(root);
  const allProse = all.map(isProse);
  const excluded = boxFilter(all, allProse);
  const blocks: Block[] = [];
  const prose: boolean[] = [];
  all.forEach((b, i) => {
    if (excluded(b.el)) return;
    blocks.push(b);
    prose.push(allProse[i]);
  });
  const run = densestRun(blocks, prose);
  if (!run) return NO_BODY;
  const titleKey = title ? textKey(title) : '';
  const { start, headline, above: opening } = bodyStart(blocks, prose, run, titleKey);
  if (start > run[1]) return NO_BODY;
  const end = bodyEnd(blocks, run[1]);
  const head: Block[] = [];
  let above = opening;
  for (let i = start - 1; i >= 0 && head.length < HEAD_MARGIN && !isHeadline(blocks[i], titleKey) && blocks[i] !== headline && blocks[i] !== opening; i--) {
    head.unshift(blocks[i]);
    if (!above && !isDateLine(blocks[i]) && looksLikeHeadline(blocks[i])) above = blocks[i];
  }
  const body = tidyRun(blocks.slice(start, end + 1), title);
  return { blocks: body.blocks, margin: [...head, ...body.margin], headline, above };
}

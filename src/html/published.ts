// A page's publication date: JSON-LD datePublished, article:published_time,
// itemprop=datePublished, common date <meta>s, <time datetime>, then the date line nearest
// the headline. A date-only value takes the time of day of the visible date line of that day.
import { DATE_HINTS } from '../lexicon/html-hints.js';
import { parseDateLine } from './dateline.js';
import { ancestors, hintMatcher, isTag, squash, textOf, type AnyNode, type CheerioAPI, type Element } from './dom.js';
import type { Metadata } from './meta.js';

const DATE_METAS = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'og:published_time',
  'article.published',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'date',
];
/** Cheap test before a text node is read as a date line. */
const MAY_HOLD_DATE = /\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|tháng\s{0,3}\d/iu;
/** How many levels above a date's text node the date line may be read. */
const DATE_LINE_LEVELS = 3;
const DATE_LINE_MAX_CHARS = 120;
/** Steps through the tree from the headline to its date line; dates further away belong to other items. */
const MAX_DATE_DISTANCE = 8;
/** A date-only line above the headline is likely the site header's "today". */
const ABOVE_HEADLINE_PENALTY = 5;

const isDateByName = hintMatcher(DATE_HINTS);

function fromMetadata(value: string | null | undefined): string | null {
  return value ? (parseDateLine(value.trim())?.value ?? null) : null;
}

/** The publication date the page's metadata states, or null. */
export function metadataPublished(meta: Metadata): string | null {
  for (const a of meta.articles) {
    const v = fromMetadata(a.datePublished);
    if (v) return v;
  }
  const v = fromMetadata(meta.tags.get('article:published_time')) ?? fromMetadata(meta.tags.get('datepublished'));
  if (v) return v;
  for (const el of meta.datePublished) {
    const found = fromMetadata(el.attribs.content ?? el.attribs.datetime ?? squash(textOf(el, 200)));
    if (found) return found;
  }
  for (const name of DATE_METAS) {
    const found = fromMetadata(meta.tags.get(name));
    if (found) return found;
  }
  for (const el of meta.times) {
    const found = fromMetadata(el.attribs.datetime);
    if (found) return found;
  }
  return null;
}

/** Edges between two elements through their lowest common ancestor. */
function treeDistance(a: Element, b: Element): number {
  const up = new Map<Element, number>();
  [a, ...ancestors(a)].forEach((el, i) => up.set(el, i));
  let steps = 0;
  for (let p: AnyNode | null = b; isTag(p); p = p.parent, steps++) {
    const i = up.get(p);
    if (i !== undefined) return i + steps;
  }
  return Infinity;
}

interface Found {
  value: string;
  el: Element;
  text: string;
}

/** The date line read from the element holding a date's text, or from up to three levels above it. */
function dateLineAt(start: Element): Found | null {
  let best: Found | null = null;
  let el: AnyNode | null = start;
  for (let level = 0; level < DATE_LINE_LEVELS && isTag(el); level++, el = el.parent) {
    const text = squash(textOf(el, DATE_LINE_MAX_CHARS * 2));
    if (text.length > DATE_LINE_MAX_CHARS) break;
    const line = parseDateLine(text);
    if (!line || !(line.pure || isDateByName(el))) continue;
    if (!best || line.value.length > best.value.length) best = { value: line.value, el, text };
  }
  return best;
}

export interface VisibleDate {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM+07:00`. */
  value: string;
  /** The line as the page shows it. */
  text: string;
}

/** The date line nearest `anchor` (the headline, or the body's first block). */
export function visiblePublished($: CheerioAPI, anchor: Element | null): VisibleDate | null {
  let best: (Found & { distance: number }) | null = null;
  // The walk is in document order: until it reaches the anchor, dates stand above it.
  let aboveAnchor = anchor !== null;
  const stack: AnyNode[] = [$.root()[0]];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === anchor) aboveAnchor = false;
    if (n.type === 'text') {
      if (!isTag(n.parent) || !MAY_HOLD_DATE.test(n.data)) continue;
      const found = dateLineAt(n.parent);
      if (!found) continue;
      let distance = anchor ? treeDistance(anchor, found.el) : 0;
      if (aboveAnchor && found.value.length === 10) distance += ABOVE_HEADLINE_PENALTY;
      if (distance > MAX_DATE_DISTANCE) continue;
      if (!best || distance < best.distance || (distance === best.distance && found.value.length > best.value.length)) {
        best = { ...found, distance };
      }
    } else if (n.type === 'root' || (n.type === 'tag' && n.name !== 'head' && n.name !== 'select')) {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return best ? { value: best.value, text: best.text } : null;
}

export interface Published {
  value: string;
  /** The page's visible date line for that day, where it shows one. */
  line: string | null;
}

/** Metadata first; a date-only value takes the time of the visible date line of the same day. */
export function pagePublished($: CheerioAPI, anchor: Element | null, meta: Metadata): Published | null {
  const fromMeta = metadataPublished(meta);
  const visible = visiblePublished($, anchor);
  if (!fromMeta) return visible ? { value: visible.value, line: visible.text } : null;
  const sameDay = visible !== null && visible.value.slice(0, 10) === fromMeta.slice(0, 10);
  if (fromMeta.length > 10) return { value: fromMeta, line: sameDay ? visible.text : null };
  return sameDay ? { value: visible.value, line: visible.text } : { value: fromMeta, line: null };
}

// A page's metadata (<meta> tags, JSON-LD) and its title: JSON-LD headline, og:title, the
// article's <h1>, then <title> without the site name.
import { FURNITURE_HINTS } from '../lexicon/html-hints.js';
import { closest, descendants, hintMatcher, insideMatcher, isHidden, squash, textOf, type CheerioAPI, type Element } from './dom.js';

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background)?(?:Article|NewsArticle|BlogPosting|Posting)$/;
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3']);
/** Elements that carry a headline when a class says so ("title", "tieude"). */
const TITLE_NAMED_TAGS = new Set(['div', 'span', 'p', 'strong', 'b', 'h4', 'h5', 'h6', 'td']);
const TITLE_SEPARATOR = /\s+[-–—|»·:/]\s+|\s*[|»·]\s*|\s+::\s+/gu;
const SEPARATOR_AHEAD = /^\s*[-–—|»·:/]/u;
const SEPARATOR_BEHIND = /[-–—|»·:/]\s*$/u;
/** An unaccented SEO copy after the headline: "Đột nhập lò luyện thi-lo luyen thi cong chuc". */
const ASCII_TAIL = /[-–—|]\s*([\x00-\x7f]{1,200})$/u;
const NON_ASCII = /[^\x00-\x7f]/u;
/** Longer "titles" are not headlines. */
const TITLE_MAX_CHARS = 400;
const DOMAIN = /\.[a-z]{2,}\b/i;
/** A site or section name after the headline is short, and starts with a letter ("- 2020" ends a period). */
const SITE_NAME_MAX_WORDS = 6;
const SITE_NAME = /^\p{L}/u;
/** "Headline | Section | Site": at most two trailing segments are the site's. */
const MAX_SITE_SEGMENTS = 2;
const MAX_JSON_LD_CHARS = 200_000;

const isTitleByName = hintMatcher(['title', 'tieude', 'headline', 'heading']);
const isFurnitureByName = hintMatcher(FURNITURE_HINTS);
/** Inside a link, a list item or page furniture: where the headlines of other pages sit. */
const isInsideOtherContent = insideMatcher((el) => el.name === 'a' || el.name === 'li' || isFurnitureByName(el));

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
}

export interface Metadata {
  /** <meta> content by lower-cased name, property or itemprop; the first non-empty one wins. */
  tags: Map<string, string>;
  /** Article objects from JSON-LD scripts. */
  articles: JsonLdArticle[];
  /** The first <title>'s text. */
  title: string;
  /** Elements marked itemprop="datePublished", in document order. */
  datePublished: Element[];
  /** <time datetime> elements that mark the publication (pubdate) or sit in an <article>. */
  times: Element[];
}

function collectArticles(node: unknown, out: JsonLdArticle[], depth = 0): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectArticles(item, out, depth + 1);
    return;
  }
  const obj = node as { [key: string]: unknown };
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
    out.push({
      headline: typeof obj.headline === 'string' ? obj.headline : undefined,
      datePublished: typeof obj.datePublished === 'string' ? obj.datePublished : undefined,
    });
  }
  if (obj['@graph']) collectArticles(obj['@graph'], out, depth + 1);
}

function scriptText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

/** One walk over the page for everything its metadata states (selectors would walk it once each). */
export function readMetadata($: CheerioAPI): Metadata {
  const meta: Metadata = { tags: new Map(), articles: [], title: '', datePublished: [], times: [] };
  let sawTitle = false;
  for (const el of descendants($.root()[0])) {
    const a = el.attribs;
    if (a.itemprop === 'datePublished') meta.datePublished.push(el);
    if (el.name === 'meta') {
      const content = a.content;
      if (!content || !content.trim()) continue;
      for (const key of [a.property, a.name, a.itemprop]) {
        if (key && !meta.tags.has(key.toLowerCase())) meta.tags.set(key.toLowerCase(), squash(content));
      }
    } else if (el.name === 'script' && a.type === 'application/ld+json') {
      const raw = scriptText(el).trim();
      if (!raw || raw.length > MAX_JSON_LD_CHARS) continue;
      try {
        collectArticles(JSON.parse(raw), meta.articles);
      } catch {
        // Broken JSON-LD is common; the other sources remain.
      }
    } else if (el.name === 'title' && !sawTitle) {
      sawTitle = true;
      meta.title = squash(textOf(el, TITLE_MAX_CHARS * 2));
    } else if (el.name === 'time' && a.datetime && (a.pubdate !== undefined || closest(el, (p) => p.name === 'article'))) meta.times.push(el);
  }
  return meta;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const d of descendants(el)) if (d.name === 'a') n += squash(textOf(d, 400)).length;
  return n;
}

/** Headings a reader could take for the article's headline, in document order, with their text. */
export function headlineCandidates($: CheerioAPI): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  for (const el of descendants($.root()[0])) {
    if (!HEADLINE_TAGS.has(el.name) && !(TITLE_NAMED_TAGS.has(el.name) && isTitleByName(el))) continue;
    if (isHidden(el)) continue;
    const text = squash(textOf(el, 400));
    if (text.length < 8 || text.length > 300) continue;
    // A logo or a section name is a link; a headline rarely is, and never inside a box of other news.
    if (isInsideOtherContent(el) || linkChars(el) * 2 >= text.length) continue;
    out.push({ el, text });
  }
  return out;
}

/** Drops a site name, a section name or an unaccented SEO copy after the headline. */
export function cleanTitle(raw: string, headings: readonly string[] = []): string {
  let title = squash(raw);
  const lower = title.toLowerCase();
  for (const h of headings) {
    if (h.length < 8 || title.length <= h.length) continue;
    const at = lower.indexOf(h.toLowerCase());
    if (at < 0) continue;
    const before = title.slice(0, at);
    const after = title.slice(at + h.length);
    if ((before === '' || SEPARATOR_BEHIND.test(before)) && (after === '' || SEPARATOR_AHEAD.test(after))) return h;
  }
  const ascii = ASCII_TAIL.exec(title);
  if (ascii && NON_ASCII.test(title.slice(0, ascii.index)) && ascii[1].trim().split(/\s+/).length >= 3) title = title.slice(0, ascii.index).trim();
  for (let strips = 0; strips < MAX_SITE_SEGMENTS; strips++) {
    let last: RegExpExecArray | null = null;
    TITLE_SEPARATOR.lastIndex = 0;
    for (let m = TITLE_SEPARATOR.exec(title); m; m = TITLE_SEPARATOR.exec(title)) last = m;
    if (!last) break;
    const head = title.slice(0, last.index).trim();
    const tail = title.slice(last.index + last[0].length).trim();
    if (head.split(/\s+/).length < 3 || !SITE_NAME.test(tail)) break;
    if (tail.split(/\s+/).length > SITE_NAME_MAX_WORDS && !DOMAIN.test(tail)) break;
    title = head;
  }
  return title;
}

export type TitleSource = 'json-ld' | 'og:title' | 'twitter:title' | 'itemprop' | 'h1' | 'title';

export interface PageTitle {
  title: string | null;
  /** Where it came from; a <title> often names only the site and section. */
  source: TitleSource | null;
  /** The heading that shows the title, where the page has one: the anchor for the date line. */
  element: Element | null;
}

export function pageTitle($: CheerioAPI, meta: Metadata = readMetadata($)): PageTitle {
  const headings = headlineCandidates($);
  const h1 = headings.find((h) => h.el.name === 'h1');
  const sources: [TitleSource, string | undefined][] = [
    ['json-ld', meta.articles.find((a) => a.headline)?.headline],
    ['og:title', meta.tags.get('og:title')],
    ['twitter:title', meta.tags.get('twitter:title')],
    ['itemprop', meta.tags.get('headline')],
    ['h1', h1?.text],
    ['title', meta.title],
  ];
  const texts = headings.map((h) => h.text);
  for (const [source, raw] of sources) {
    if (!raw || raw.length > TITLE_MAX_CHARS) continue;
    // The page's own heading names no site.
    const title = source === 'h1' ? squash(raw) : cleanTitle(raw, texts);
    if (!title) continue;
    const want = title.toLowerCase();
    const shown = headings.find((h) => h.text.toLowerCase() === want) ?? headings.find((h) => h.text.length >= 10 && want.startsWith(h.text.toLowerCase()));
    return { title, source, element: shown?.el ?? h1?.el ?? null };
  }
  return { title: null, source: null, element: null };
}

// A whole saved page: its title, publication date and article body.
import { toNfc } from '../input/normalize.js';
import type { Block } from './blocks.js';
import { articleBlocks, type BodyBlock } from './body.js';
import { parseHtml } from './dom.js';
import { pageTitle, readMetadata } from './meta.js';
import { parseDateLine } from './dateline.js';
import { pagePublished, type Published } from './published.js';
import { readabilityBlocks } from './readability.js';

export type { BodyBlock } from './body.js';

export interface HtmlArticle {
  title: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM+07:00` where the page gives a time. */
  published: string | null;
  /** What a reader sees over the body, as a text copy of the page would hold it: headline, date line. */
  head: string[];
  /** The article's blocks in reading order. */
  blocks: BodyBlock[];
  /** Head lines, then blocks, one per line; empty when no body was found. */
  text: string;
  /** Which extractor found the body: the block rules, Readability as fallback, or neither. */
  engine: 'rules' | 'readability' | 'none';
}

/** The first date line among the blocks around the body: the text rule for pages with no dated element. */
function marginDate(margin: readonly Block[]): Published | null {
  for (const { text } of margin) {
    const line = text.length <= 120 ? parseDateLine(text) : null;
    if (line?.pure) return { value: line.value, line: text };
  }
  return null;
}

export function htmlArticle(html: string): HtmlArticle {
  // Legacy code pages decode to combining tone marks; every comparison below wants NFC.
  const page = toNfc(html);
  const $ = parseHtml(page);
  const meta = readMetadata($);
  const named = pageTitle($, meta);
  let body = articleBlocks($.root()[0], named.title);
  let engine: HtmlArticle['engine'] = 'rules';
  if (body.blocks.length === 0) {
    body = readabilityBlocks(page, named.title);
    engine = body.blocks.length ? 'readability' : 'none';
  }
  const { blocks, margin } = body;
  // A <title> often names only the site and section: the page's own headline wins, the one
  // over its date line first, else the heading right over the body when no heading shows the <title>.
  const weak = named.source === 'title' || named.source === null;
  const shown = body.headline ?? (named.element ? null : body.above);
  const fromPage = weak && shown !== null ? shown : null;
  const title = fromPage ? fromPage.text : named.title;
  // The date line sits by the headline; without one, by the start of the body.
  const anchor = (fromPage ? fromPage.el : named.element) ?? (engine === 'rules' ? blocks[0].el : null);
  const published = pagePublished($, anchor, meta) ?? marginDate(margin);
  const head = [title, published?.line].filter((line): line is string => !!line);
  // Without a body there is no article, whatever the head says.
  const text = blocks.length ? [...head, ...blocks.map((b) => b.text)].join('\n') : '';
  return { title, published: published?.value ?? null, head, blocks, text, engine };
}

// Mozilla Readability on linkedom: the fallback body extractor, used when the block rules
// find no run of prose. Measured against the rules in scripts/eval-html.js (see README).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toBlocks } from './blocks.js';
import { tidyRun, type ArticleBody } from './body.js';
import { parseHtml } from './dom.js';
import { limitNesting } from './nesting.js';

/** Readability grows faster than linearly with the number of elements; news pages hold a few thousand. */
const MAX_ELEMENTS = 8000;

function tagCount(html: string, stopAt: number): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0 && n <= stopAt; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/** Readability's article as body blocks; no blocks when it finds none. */
export function readabilityBlocks(html: string, title: string | null): ArticleBody {
  if (tagCount(html, MAX_ELEMENTS) > MAX_ELEMENTS) return { blocks: [], margin: [], headline: null, above: null };
  try {
    const { document } = parseHTML(limitNesting(html));
    // linkedom's document is DOM-compatible for Readability; the DOM lib types are not loaded here.
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (!article?.content) return { blocks: [], margin: [], headline: null, above: null };
    return { ...tidyRun(toBlocks(parseHtml(article.content).root()[0]), title), headline: null, above: null };
  } catch {
    return { blocks: [], margin: [], headline: null, above: null };
  }
}

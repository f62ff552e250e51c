// The article inside a whole HTML page.
import * as cheerio from 'cheerio';

export interface HtmlArticle {
  title: string | null;
  published: string | null;
  /** The article text: one paragraph per line. Not yet normalised. */
  text: string;
}

const DROP = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form';
const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, tr, br, section, article, blockquote, figcaption, pre, table, ul, ol';

export function htmlArticle(html: string): HtmlArticle {
  const $ = cheerio.load(html);
  const title = $('meta[property="og:title"]').attr('content')?.trim() || $('h1').first().text().trim() || $('title').text().trim() || null;
  $(DROP).remove();
  $(BLOCKS).each((_, el) => {
    $(el).before('\n').after('\n');
  });
  const text = $('body').length ? $('body').text() : $.root().text();
  return { title, published: null, text: tidyLines(text) };
}

/** Collapses runs of spaces and blank lines that markup leaves behind. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

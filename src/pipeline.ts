// The pipeline with every branch loaded up front, for synchronous callers (the library's
// extract(), tests). Runs of many documents use document.ts, which loads the HTML branch
// only when a page comes.
import { installHtmlSupport } from './document.js';
import { pageCharset } from './html/charset.js';
import { htmlArticle } from './html/page.js';

installHtmlSupport({ pageCharset, htmlArticle });

export * from './document.js';

// Where the article is in a plain-text page: its title line, its date line and where the
// body ends (the first related-news, comments, share or footer block).
import { BODY_END_MARKERS } from '../lexicon/markers.js';

export interface TextArticle {
  title: string | null;
  /** `YYYY-MM-DD` from a date line or labelled date, else null. */
  published: string | null;
  /** Offset where the body ends; nothing at or after it is extracted. */
  bodyEnd: number;
}

const MARKER_LINE = new RegExp(`^[ \\t(]*(?:${BODY_END_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'imu');

export function findBodyEnd(content: string): number {
  const m = MARKER_LINE.exec(content);
  return m ? m.index : content.length;
}

export function findTitle(content: string): string | null {
  for (const line of content.split('\n', 20)) {
    const t = line.trim();
    if (t) return t;
  }
  return null;
}

export function textArticle(content: string): TextArticle {
  return { title: findTitle(content), published: null, bodyEnd: findBodyEnd(content) };
}

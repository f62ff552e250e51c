// A text cut short mid-word (an excerpt of the first characters of an article) ends in a letter
// or a figure: a name or a document's number running to that end may be cut too ("… Chủ tịch
// UBND TP.Hà Nội Nguyễn Đứ", "Quyết định số 1291/QĐ-UB"), and is left out. A signer's name alone
// on its line at the end of a document is whole.
import type { Items } from '../schema.js';

const CUT_END = /[\p{L}\p{N}]$/u;
const NEWLINE = 0x0a;

/** Drops the official whose name, and the document whose number, reaches the end of a text cut mid-word. */
export function withoutCutEnd(items: Items, text: string | undefined): Items {
  if (!text || !CUT_END.test(text)) return items;
  const end = text.length;
  const officials = items.officials.filter((o) => o.span[1] !== end || !text.endsWith(o.name) || text.charCodeAt(end - o.name.length - 1) === NEWLINE);
  const documents = items.documents.filter((d) => d.span[1] !== end);
  if (officials.length === items.officials.length && documents.length === items.documents.length) return items;
  return Object.assign({}, items, { officials, documents });
}

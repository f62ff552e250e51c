// A document's issue date: the date written right after its number ("Nghị định số
// 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ"). Taken from the date items the date
// extractor found, so both kinds agree on what the date is.
import type { ExtractContext } from '../extract/context.js';
import type { DateItem, DocumentItem, Items } from '../schema.js';

/** What may stand between a number and its date: a comma, "ban hành"/"ký", "ngày". */
const GAP = /^[ ,]{0,3}(?:(?:ban hành|được ban hành|ký) {1,2})?(?:[Nn]gày {0,2})?$/u;
const MAX_GAP = 24;
/** Without the text, only a gap as short as " ngày " or ", ngày " is trusted. */
const MAX_BLIND_GAP = 7;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function issuedDate(document: DocumentItem, dates: readonly DateItem[], text: string | undefined): string | undefined {
  const end = document.span[1];
  for (const date of dates) {
    const gap = date.span[0] - end;
    if (gap < 0 || gap > (text === undefined ? MAX_BLIND_GAP : MAX_GAP)) continue;
    if (date.yearImplied || !FULL_DATE.test(date.value)) continue;
    if (text !== undefined && !GAP.test(text.slice(end, date.span[0]))) continue;
    return date.value;
  }
  return undefined;
}

/** Sets `issued` on every document followed by its date. `text` is the body the spans index. */
export function attachIssued(items: Items, _context: ExtractContext, text?: string): Items {
  if (!items.documents.length || !items.dates.length) return items;
  const dates = [...items.dates].sort((a, b) => a.span[0] - b.span[0]);
  const documents = items.documents.map((document) => {
    const issued = issuedDate(document, dates, text);
    return issued ? Object.assign({}, document, { issued }) : document;
  });
  return Object.assign({}, items, { documents });
}

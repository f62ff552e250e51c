// Documents cited by number: "Nghị quyết số 30c/NQ-CP", "văn bản số 2410/UBND-KSTT",
// "Kế hoạch hành động số 1275/KH-UBND", "Nghị định 108", "(Nghị quyết 30c)".
// `type` is the kind as written before the number, `number` the symbol without spaces.
// A kind with no number ("Quyết định thành lập …", "Nghị quyết phê chuẩn") and standards
// ("TCVN ISO 9001:2015") are not documents.
import { BARE_NUMBER_TYPES, DOCUMENT_TYPES } from '../lexicon/document-types.js';
import { foldTones } from '../lexicon/spelling.js';
import type { DocumentItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { alternation } from './officials/patterns.js';

// A symbol: a number ("30", "30c", "01a"), then parts after "/" or "-" ("2020", "NĐ-CP",
// "NQ/TW"). Parts never hold "/" or "-", so the repetition cannot backtrack.
const PART = '[\\p{L}\\p{N}]{1,15}';
const SYMBOL = `\\d{1,6}[a-zđ]{0,2}(?:(?:/| ?/ ?(?=[\\p{N}]{0,4}\\p{Lu})|-(?=[\\p{N}]{0,4}\\p{L}))${PART}){0,6}`;

// Case variants are listed rather than matched with the i flag, under which \p{Lu} would
// match lower-case letters too.
const TYPE_FORMS = DOCUMENT_TYPES.flatMap((t) => [t, t.toLowerCase(), t.toUpperCase(), t[0].toUpperCase() + t.slice(1).toLowerCase()]);
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<type>${alternation(TYPE_FORMS)}) {1,2}(?<so>[Ss][ốỐ] ?:? {0,2})?(?<symbol>${SYMBOL})(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])`,
  'dgu',
);
/** Another symbol of the same kind right after: "Nghị định số 107/2020/NĐ-CP và 108/2020/NĐ-CP". */
const NEXT_SYMBOL = new RegExp(`(?:, {0,2}| và | {0,2}; {0,2})(?:[Ss]ố {0,2})?(?<symbol>${SYMBOL})(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])`, 'duy');

const BARE_TYPES = new Set(BARE_NUMBER_TYPES.map((t) => t.toLowerCase()));
/** A symbol that carries an issuer code ("NQ-CP", "KH-UBND"), not a bare number. */
const FULL_SYMBOL = /[/-].*\p{L}/u;
/** A bare number that is a year or a figure, not a document number ("Kế hoạch 2021", "Nghị quyết 18%"). */
const YEAR = /^(?:19|20)\d\d$/;
const FIGURE_AFTER = /^(?: ?%|[.,]\d| (?:tháng|năm|ngày|tuần|giờ|phút|lần|người|đơn vị|hồ sơ|văn bản|trường hợp|cơ quan|điểm|bậc|tỷ|triệu|nghìn|ngàn)(?![\p{L}\p{M}]))/u;

function item(text: string, type: string, start: number, end: number): DocumentItem {
  return { text: text.slice(start, end), span: [start, end], type, number: text.slice(start, end).replace(/\s+/g, '') };
}

export function extractDocuments(text: string, _context: ExtractContext): DocumentItem[] {
  const folded = foldTones(text);
  const out: DocumentItem[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(folded); m; m = PATTERN.exec(folded)) {
    const [typeStart, typeEnd] = m.indices!.groups!.type;
    let [symStart, symEnd] = m.indices!.groups!.symbol;
    const symbol = m.groups!.symbol;
    const type = text.slice(typeStart, typeEnd).replace(/\s+/g, ' ');
    const full = FULL_SYMBOL.test(symbol);
    if (!full && !m.groups!.so && (!BARE_TYPES.has(type.toLowerCase()) || YEAR.test(symbol))) continue;
    if (!full && !m.groups!.so && FIGURE_AFTER.test(folded.slice(symEnd, symEnd + 12))) continue;
    out.push({ ...item(text, type, symStart, symEnd), text: text.slice(typeStart, symEnd), span: [typeStart, symEnd] });
    // Further numbers of the same kind, only as full symbols.
    for (;;) {
      NEXT_SYMBOL.lastIndex = symEnd;
      const next = NEXT_SYMBOL.exec(folded);
      if (!next || !FULL_SYMBOL.test(next.groups!.symbol)) break;
      [symStart, symEnd] = next.indices!.groups!.symbol;
      out.push(item(text, type, symStart, symEnd));
      PATTERN.lastIndex = symEnd;
    }
  }
  return out;
}

// Documents cited by number: "Nghị quyết số 30c/NQ-CP", "văn bản số 2410/UBND-KSTT",
// "Kế hoạch hành động số 1275/KH-UBND", "Nghị định 108", "(Nghị quyết 30c)".
// `type` is the kind as written before the number, `number` the symbol without spaces.
// A kind with no number ("Quyết định thành lập …", "Nghị quyết phê chuẩn") and standards
// ("TCVN ISO 9001:2015") are not documents.
//
// Every document number opens with a digit after a space or a colon: the runs of digits the
// number parser scans (numbers.ts, once per text) are the candidates, and only at one whose
// words before it are "số" or a kind of document is the symbol read (SYMBOL, sticky).
import { BARE_NUMBER_TYPES, BARE_NUMBER_TYPES_CAPITALISED, DOCUMENT_TYPES, FUSED_WITH_SO, KIND_CODES, LETTER_KIND } from '../lexicon/document-types.js';
import { MAP_PLACE_UNITS, PEOPLE_AND_PLACES_UNITS } from '../lexicon/units.js';
import type { DocumentItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { countedNounAt, countedUnitAt } from './counts.js';
import { figureRuns, nextRunEnd, runStart } from './numbers.js';
import { isDigitCode, isLetterCode } from './regex.js';
import { keyAt, phraseKeys, prevToken, registerWords, SuffixIndex, tokenEnd } from './words.js';

// A symbol: a number ("30", "30c", "01a"), then parts after "/" or "-" ("2020", "NĐ-CP",
// "NQ/TW", "19-2017/NQ-CP"). Parts never hold "/" or "-", so the repetition cannot backtrack.
const PART = '[\\p{L}\\p{N}]{1,15}';
// After a part behind "/", a hyphen or an en dash may stand between spaces before an issuer
// code in capitals ("58/2017/NĐ- CP", "19/NQ - CP", "301/BGDĐT – GDMN"); so may a hyphen or dash
// anywhere before a code that a "/" goes on from ("470- QĐNS/TW", "439 – QĐNS/TW").
// An en dash serves as a hyphen ("1947/QĐ–UBND"); a point joins the letters of an inspectorate's
// code ("76/TTCP-C.I", "1024/QĐ-UBND.HC", "1418/QĐ-UBND.TĐKT", "06/KL-TTr.P1"), and "&" its ministry's ("04/2006/TTLT-KH&ĐT-BTC");
// a sentence's point after it too; a stray space may stand before the slash of a year ("67 /2014/NĐ-CP")
// or instead of the slash after it ("67/2014 NĐ-CP").
const SEPARATOR =
  '(?:/| ?/ ?(?=\\p{N}{0,4}\\p{Lu})| /(?=(?:19|20)\\d\\d\\/)|(?<=(?<![\\p{N}/])\\p{N}{1,6}) (?=\\p{Lu}{1,6}\\/\\p{Lu})|(?<=\\/(?:19|20)\\d\\d) (?=\\p{Lu}{1,4}-\\p{Lu})|[-–](?=\\p{N}{0,4}\\p{L})|[-–](?=\\p{N}{1,4}/)|(?<=\\/[\\p{L}\\p{N}]{1,15}) ?[-–] ?(?=\\p{Lu}[\\p{Lu}\\p{N}]{0,9}(?![\\p{Ll}\\p{M}]))' +
  '| ?[-–] ?(?=\\p{Lu}[\\p{Lu}\\p{N}]{0,9}\\/)|(?<=[-–/]\\p{Lu}[\\p{Lu}\\p{Ll}]{0,3})\\.(?=\\p{Lu}[\\p{Lu}\\p{N}]{0,3}(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}]))' +
  '|(?<=[-–/]\\p{Lu}{1,6})&(?=\\p{Lu})' +
  // a regional office's numeral after a space ("402/TB-KV II", "317/TB-KV X": the State Audit's regions)
  '|(?<=[-–]KV) (?=(?:[IVX]{1,4})(?![\\p{L}\\p{N}]))' +
  // a line broken at the hyphen before the issuer, as text copied from a PDF is ("4417/QĐ-\nUBND")
  '|(?<=\\/\\p{Lu}{1,6})-\\n(?=\\p{Lu}{2,10}(?![\\p{Ll}\\p{M}])))';
const SYMBOL_END = '(?![\\p{L}\\p{N}]|[/–-][\\p{L}\\p{N}])';
const SYMBOL = new RegExp(`\\d{1,7}[a-zđ]{0,2}(?:${SEPARATOR}${PART}){0,10}${SYMBOL_END}`, 'uy');
/** Another symbol of the same kind right after: "Nghị định số 107/2020/NĐ-CP và 108/2020/NĐ-CP". */
const NEXT_SYMBOL = new RegExp(
  `(?:, {0,2}| và | {0,2}; {0,2})(?:[Ss]ố {0,2})?(?<symbol>\\d{1,7}[a-zđ]{0,2}(?:${SEPARATOR}${PART}){0,10})${SYMBOL_END}`,
  'duy',
);

registerWords('số');
const TYPE_BEFORE = new SuffixIndex(DOCUMENT_TYPES);
/** Last words of the kinds, and "số": the one lookup most runs of digits need. */
const TYPE_ENDS: ReadonlySet<string> = new Set([...DOCUMENT_TYPES.map((t) => phraseKeys(t).pop()!), 'số', ':']);
const BARE_TYPES = new Set(BARE_NUMBER_TYPES.map((t) => t.toLowerCase()));
const CAPITALISED_BARE_TYPES = new Set(BARE_NUMBER_TYPES_CAPITALISED.map((t) => t.toLowerCase()));
/** A symbol that carries an issuer code ("NQ-CP", "KH-UBND"), not a bare number. */
const FULL_SYMBOL = /[/-].*\p{L}/u;
/** Years a report names bare ("Kế hoạch 2021", "tầm nhìn 2045"); "Công văn 2091" is a number. */
const YEAR = /^(?:19[4-9]\d|20[0-4]\d|2050)$/;
/** What makes a bare number a figure, not a document number ("Nghị quyết 18%", "Quyết định 3 tháng"; not "Đề án 06 lần thứ 3", the round of its review). */
const FIGURE_AFTER = /^(?: ?%|[.,]\d| (?:tháng|năm|ngày|tuần|giờ|phút|lần(?! thứ)|người|đơn vị|hồ sơ|văn bản|trường hợp|cơ quan|điểm|bậc|tỷ|triệu|nghìn|ngàn|phần trăm)(?![\p{L}\p{M}]))/u;
/**
 * The date or year a bare number was issued on, which makes "ngày"/"năm" after it no unit:
 * "Nghị định 159 ngày 12/11/2013", "Nghị định 11 năm 2012" (but "5 năm 2016-2020" is a span).
 */
const ISSUED_ON = /^ ngày \d{1,2}(?:[/.\-]\d{1,2}| tháng)/;
/**
 * A kind in lower case is also a verb ("quyết định", "kết luận"): a bare number after it that
 * counts a noun, or is a share ("2 trong 4"), is the verb's object ("quyết định 4 nhóm vấn đề").
 */
const SHARE_AFTER = /^ trong \d/;
/** A part of the document cited after its number ("quyết định 113 khoản 1"): no count. */
const PART_AFTER = /^ (?:điều|khoản|điểm|mục|chương|phần|phụ lục) (?:\d|[a-zđ]\b)/u;
const ISSUED_IN = /^ năm (?:19|20)\d\d(?!\d| ?[-–] ?\d)/;
/** A body named for the document it carries out, right before its kind ("Ban Chỉ đạo Đề án 06 tỉnh", "Tổ công tác thực hiện Đề án 06 cấp xã"). */
const BODY_FOR_DOCUMENT_BEFORE = /(?:Ban Chỉ đạo|BCĐ|Tổ công tác|Tổ giúp việc|Tổ triển khai|Tổ thường trực|Văn phòng Điều phối)(?: (?:thực hiện|triển khai))? $/u;
/** A small word right after a bare number: what it counts, where that is a person or a place ("4 cấp", "15 hộ dân"). */
const LOWER_WORD_AFTER = /^ \p{Ll}/u;
const SPACE = 32;
const NEWLINE = 10;
const COLON = 58;
const COMMA = 44;
const CLOSE_BRACKET = 41;
/** How far before "số" the kind may end, past the words and a short form in brackets between. */
const MAX_GAP_LENGTH = 80;

/** Whether people or places are counted at `at` ("hộ dân", "cấp"), which makes the figure before a count. */
function countsPeopleOrPlaces(text: string, at: number): boolean {
  const unit = countedUnitAt(text, at);
  if (unit === null || !PEOPLE_AND_PLACES_UNITS.has(unit.toLowerCase())) return false;
  // "Đề án 06 xã Hòa Phú", "Kế hoạch 12 huyện Chư Păh": a place named after its kind is whose document it is.
  return !(MAP_PLACE_UNITS.has(unit.toLowerCase()) && NAMED_AFTER.test(text.slice(at + 1 + unit.length, at + 3 + unit.length)));
}
/** A capital right after the place's kind and a space: the place's own name. */
const NAMED_AFTER = /^ \p{Lu}/u;

interface Cited {
  typeStart: number;
  typeEnd: number;
  /** Whether "số" stands between the kind and the number. */
  so: boolean;
  /** Whether words stand between the kind and "số" ("quyết định mới nhất số …"): only a full symbol is then cited. */
  gap: boolean;
}

/** Words that may stand between a kind and "số" ("Quyết định truy nã đặc biệt toàn quốc số 15/C46-P12", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13"), at most; MAX_GAP_LENGTH bounds them too. */
const MAX_GAP_WORDS = 14;

/** A comma inside a law's name (one at most), a word in lower case after it: "Luật Khám bệnh, chữa bệnh số …", "Luật Phòng, chống tham nhũng số …". */
function commaInName(text: string, at: number): boolean {
  return text.charCodeAt(at) === COMMA && LOWER_WORD_AFTER.test(text.slice(at + 1, at + 3));
}

/** A dash between spaces inside what a permit is for (one at most, as a comma): "giấy phép đào hè - đào đường số 03/GPĐH". */
function dashInName(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 0x2d || code === 0x2013) && text.charCodeAt(at - 1) === SPACE && LOWER_WORD_AFTER.test(text.slice(at + 1, at + 3));
}

/** The kind a few words before "số" that ends at `end`, or null: "Quyết định khởi tố bị can số". */
function typeBeforeGap(text: string, end: number): { start: number; end: number } | null {
  let at = end;
  let marks = 0; // commas and dashes inside the name: one at most
  for (let i = 0; i < MAX_GAP_WORDS; i++) {
    let word = prevToken(text, at);
    if (word < 0) return null;
    // "Bộ luật Hình sự (BLHS) số 100/2015/QH13": the kind's short form in brackets stands between.
    if (text.charCodeAt(word) === CLOSE_BRACKET) word = text.lastIndexOf('(', word);
    else if (commaInName(text, word) || dashInName(text, word)) marks++;
    else if (!isLetterCode(text.charCodeAt(word))) return null;
    if (marks > 1) return null;
    if (word < 0 || end - word > MAX_GAP_LENGTH) return null;
    at = word;
    while (at > 0 && text.charCodeAt(at - 1) === SPACE) at--;
    const start = TYPE_BEFORE.startBefore(text, at);
    if (start >= 0) return { start, end: at };
  }
  return null;
}

const FUSED_WITH_SO_SET: ReadonlySet<string> = new Set(FUSED_WITH_SO);

/** Whether the word before "số", which ends at `end`, makes another noun with it. */
function fusedWithSo(text: string, end: number): boolean {
  const word = prevToken(text, end);
  return word >= 0 && FUSED_WITH_SO_SET.has(text.slice(word, tokenEnd(text, word)).toLowerCase());
}

/** The kind's short form in brackets right before a number: "Quyết định (QĐ) 33/2014". */
const SHORT_FORM_BEFORE = /[ \u00a0]\(\p{Lu}{1,6}\)[ \u00a0]$/u;

/** The kind (and "số") written right before a number that starts at `at`, or null. */
function citedBefore(text: string, at: number): Cited | null {
  if (text.charCodeAt(at - 2) === CLOSE_BRACKET) {
    const shortForm = SHORT_FORM_BEFORE.exec(text.slice(Math.max(0, at - 10), at));
    if (shortForm) return citedBefore(text, at - shortForm[0].length + 1);
  }
  const before = text.charCodeAt(at - 1);
  if (before !== SPACE && before !== COLON && before !== NEWLINE) return null;
  // "Kế hoạch số\n203/KH-UBND": a line broken after "số" (the newline read as the space).
  let token = prevToken(text, before === NEWLINE ? at - 1 : at);
  if (token < 0) return null;
  let key = keyAt(text, token, tokenEnd(text, token));
  if (!TYPE_ENDS.has(key) || (before === NEWLINE && key !== 'số')) return null;
  let so = false;
  let typeEnd = at;
  if (key === ':') {
    token = prevToken(text, token);
    if (token < 0) return null;
    key = keyAt(text, token, tokenEnd(text, token));
    if (key !== 'số') return null;
  }
  if (key === 'số') {
    so = true;
    typeEnd = token;
  } else if (before === COLON) return null;
  if (text.charCodeAt(typeEnd - 1) !== SPACE) {
    // "… Điều 6 Nghị định\nsố 108/2014/NĐ-CP": a line broken inside the citation, as text copied from a PDF is.
    if (!so || text.charCodeAt(typeEnd - 1) !== NEWLINE) return null;
    const wrapped = TYPE_BEFORE.startBefore(text, typeEnd - 1);
    return wrapped >= 0 ? { typeStart: wrapped, typeEnd: typeEnd - 1, so, gap: false } : null;
  }
  const typeStart = TYPE_BEFORE.startBefore(text, typeEnd);
  if (typeStart < 0) {
    const farther = so && !fusedWithSo(text, typeEnd) ? typeBeforeGap(text, typeEnd) : null;
    return farther && { typeStart: farther.start, typeEnd: farther.end, so, gap: true };
  }
  let end = typeEnd;
  while (text.charCodeAt(end - 1) === SPACE) end--;
  return { typeStart, typeEnd: end, so, gap: false };
}

/**
 * A one-word kind in lower case: before a bare number it ends another word ("kỷ luật 7 cán
 * bộ", "pháp luật 5"); a law cited by a bare number is written "Luật".
 */
const isLowerWord = (type: string): boolean => !type.includes(' ') && type === type.toLowerCase();

// A kind and a symbol hold no whitespace but the spaces between their tokens (words.ts reads
// tokens across spaces only), so most need no rewriting.
const oneSpaced = (s: string): string => (s.includes('  ') ? s.replace(/\s+/g, ' ') : s);
const unspaced = (s: string): string => (s.includes(' ') || s.includes('\n') ? s.replace(/\s+/g, '') : s);

function item(text: string, type: string, start: number, end: number): DocumentItem {
  const symbol = text.slice(start, end);
  return { text: symbol, span: [start, end], type, number: unspaced(symbol) };
}

/** A document cited with its kind: the kind and the symbol in [typeStart, end), numbered by the symbol. */
function citedItem(text: string, typeStart: number, end: number, type: string, symbol: string): DocumentItem {
  return { text: text.slice(typeStart, end), span: [typeStart, end], type, number: unspaced(symbol) };
}

/** Whether a bare number listed after a bare one, ending at `end`, is another document of `type`: "Quyết định 19 và 54", not "Quyết định 19 và 54 người". */
function bareListed(text: string, type: string, end: number): boolean {
  if (type === type.toLowerCase() || !BARE_TYPES.has(type.toLowerCase())) return false;
  return !countedNounAt(text, end) && !FIGURE_AFTER.test(text.slice(end, end + 16));
}

/** Characters NEXT_SYMBOL can open with: a cheap test before the pattern runs. */
const LIST_JOINS = new Set([...', ;'].map((c) => c.charCodeAt(0)));
/** An issue date right after a symbol: " ngày 6/11/2015". */
const ISSUE_DATE_AFTER = / ngày \d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)/y;

/** Past the issue date written right after a symbol at `end`, or `end` where there is none. */
function afterIssueDate(text: string, end: number): number {
  ISSUE_DATE_AFTER.lastIndex = end;
  return ISSUE_DATE_AFTER.test(text) ? ISSUE_DATE_AFTER.lastIndex : end;
}

/** A document's own number on its header line or in a portal's box of its details: "Số: 45/KH-UBND", "Số 1234/QĐ-UBND", "Số ký hiệu: 45/KH-UBND" at the start of a line. */
// A header flattened onto one line puts the issuer before "Số:" with a dash or a wide space
// ("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG - Số: 512/QĐ-UBND - Sóc Trăng, ngày …"): there the colon is written.
const HEADER_NUMBER = /(?:(?:^|\n)[ \t]*Số(?:[ \t]+(?:ký[ \t]+)?hiệu)?[ \t]*:?|(?:[ \t][-–]|[ \t]{2}|\|)[ \t]*Số[ \t]*:)[ \t]*$/;
const HEADER_REACH = 24;
/** The part of a symbol that names its kind: the code after the number and its year ("KH" of "45/KH-UBND", "NQ" of "12/2021/NQ-HĐND" and "52-NQ/TW"). */
const KIND_CODE = /^\d+[a-zđ]{0,2}[-/](?:\d+\/)?(\p{L}+)/u;

const PIPE = 124;
const TAB = 9;

/** Whether a table's cell or a line opens right before `at`, spaces aside: a symbol alone there is a document's ("| 05/2024/NQ-HĐND | Quy định mức chi …"). */
function cellStartsBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i--;
  return i < 0 || text.charCodeAt(i) === NEWLINE || text.charCodeAt(i) === PIPE;
}
/** A kind's code and an issuer's after it ("NQ-HĐND", "QĐ-UBND"): what a symbol alone in a cell must hold. */
const KIND_AND_ISSUER = /^\d+[a-zđ]{0,2}\/(?:\d{4}\/)?(\p{L}+)[-–]\p{Lu}/u;

/** The kind a symbol alone in a table's cell names by its code, or null: a known kind's code and the issuer's after it. */
function cellKind(symbol: string): string | null {
  const code = KIND_AND_ISSUER.exec(symbol)?.[1];
  return code === undefined ? null : (KIND_CODES.get(code) ?? null);
}

/** "số" (a colon after it or not) right before `at` with no kind before it: "(số 135/GP-UBND ngày 20/3/2015)", "theo số 12/QĐ-UBND". */
const SO_BEFORE = /(?:^|[^\p{L}])[Ss]ố:?[ ]$/u;

const SO_O = 0x1ed1; // "ố"

/** Whether "số" alone cites the symbol at `at`: the symbol must then name its kind by a known code and its issuer (cellKind). */
function soBefore(text: string, at: number): boolean {
  // Most figures have no "số" before them: its "ố" is looked for before the pattern runs.
  if (text.charCodeAt(at - 2) !== SO_O && text.charCodeAt(at - 3) !== SO_O) return false;
  return SO_BEFORE.test(text.slice(Math.max(0, at - 5), at));
}

/** The kind of a document whose header gives its number alone, from the symbol's code; null where the number stands on no header line. */
function headerKind(symbol: string): string | null {
  if (!FULL_SYMBOL.test(symbol)) return null;
  const code = KIND_CODE.exec(symbol)?.[1];
  return code === undefined ? null : (KIND_CODES.get(code) ?? LETTER_KIND);
}

/**
 * "Kế hoạch số 363/KH-TTCP … (Kế hoạch 363)": a bare number that repeats the number of a document
 * of the same kind cited in full before; of any kind where `type` is null ("Quyết định số
 * 1956/QĐ-TTg … phê duyệt Đề án … (Đề án 1956)").
 */
function citedInFull(found: readonly DocumentItem[], type: string | null, number: string): boolean {
  return found.some(
    (d) => (type === null || d.type === type) && d.number.length > number.length && d.number.startsWith(number) && FULL_SYMBOL.test(d.number) && !isDigitCode(d.number.charCodeAt(number.length)),
  );
}

/**
 * "Tổ công tác triển khai Đề án 06 tỉnh": a bare number that "tỉnh" after it would make a count
 * is the document where the same kind and number stand plainly elsewhere in the text ("Đẩy mạnh
 * Đề án 06 gắn với …", "(Đề án 06)").
 */
function withCitedElsewhere(found: DocumentItem[], doubtful: readonly DocumentItem[]): DocumentItem[] {
  const cited = new Set(found.map((d) => `${d.type}|${d.number}`));
  const admitted = doubtful.filter((d) => cited.has(`${d.type}|${d.number}`));
  return admitted.length ? [...found, ...admitted].sort((a, b) => a.span[0] - b.span[0]) : found;
}

export function extractDocuments(text: string, context: ExtractContext): DocumentItem[] {
  const out: DocumentItem[] = [];
  /** Bare numbers a place or people counted after them make doubtful ("Đề án 06 tỉnh"): documents where the text cites the same one plainly elsewhere. */
  const doubtful: DocumentItem[] = [];
  let consumed = 0;
  const runs = figureRuns(text, context);
  for (let runEnd = nextRunEnd(runs, 0); runEnd >= 0; runEnd = nextRunEnd(runs, Math.max(runEnd, consumed))) {
    const start = runStart(text, runEnd);
    if (start < consumed) continue;
    const cited = citedBefore(text, start);
    SYMBOL.lastIndex = start;
    if (!cited) {
      // Most runs no kind cites are figures: the header line is tested before the symbol is read.
      const header = HEADER_NUMBER.test(text.slice(Math.max(0, start - HEADER_REACH), start));
      if ((!header && !cellStartsBefore(text, start) && !soBefore(text, start)) || !SYMBOL.test(text)) continue;
      const symbol = text.slice(start, SYMBOL.lastIndex);
      const kind = header ? headerKind(symbol) : cellKind(symbol);
      if (kind) {
        consumed = SYMBOL.lastIndex;
        out.push(item(text, kind, start, consumed));
      }
      continue;
    }
    if (!SYMBOL.test(text)) continue;
    let symEnd = SYMBOL.lastIndex;
    const symbol = text.slice(start, symEnd);
    const type = oneSpaced(text.slice(cited.typeStart, cited.typeEnd));
    const full = FULL_SYMBOL.test(symbol);
    if (cited.gap && !full) continue;
    if (!full && !cited.so) {
      if ((!BARE_TYPES.has(type.toLowerCase()) && !citedInFull(out, type, symbol)) || isLowerWord(type)) continue;
      if (type === type.toLowerCase() && CAPITALISED_BARE_TYPES.has(type) && !citedInFull(out, type, symbol)) continue;
      const after = text.slice(symEnd, symEnd + 16);
      if (type === type.toLowerCase() && !PART_AFTER.test(after) && (countedNounAt(text, symEnd) || SHARE_AFTER.test(after))) continue;
      // "Quyết định 4 cấp chính quyền", "Quyết định 15 hộ dân": people or places counted after the
      // number, in small letters ("Thông tư 01 Bộ Nội vụ" names the issuer; "quy định" after it is a verb).
      // "Ban Chỉ đạo Đề án 06 tỉnh", "Tổ công tác Đề án 06 cấp xã": a body named for the document, its level after the number.
      if (LOWER_WORD_AFTER.test(after) && countsPeopleOrPlaces(text, symEnd) && !BODY_FOR_DOCUMENT_BEFORE.test(text.slice(Math.max(0, cited.typeStart - 40), cited.typeStart))) {
        doubtful.push(citedItem(text, cited.typeStart, symEnd, type, symbol));
        continue;
      }
      // A year-like number is a document number only with its issue date ("Quyết định 2032 ngày 5/6/2017"),
      // or where a document of that number was cited in full before ("Đề án 1956").
      const on = ISSUED_ON.test(after);
      if (YEAR.test(symbol) ? !on && !citedInFull(out, null, symbol) : FIGURE_AFTER.test(after) && !on && !ISSUED_IN.test(after)) continue;
    }
    out.push(citedItem(text, cited.typeStart, symEnd, type, symbol));
    // Further numbers of the same kind: full symbols, or bare numbers after a bare one ("Quyết
    // định 19 và 54"), a figure of something counted excepted.
    // A full symbol may follow the first one's issue date ("số 357/TB-VPCP ngày 6/11/2015 và số 161/TB-VPCP").
    for (let joinAt = afterIssueDate(text, symEnd); LIST_JOINS.has(text.charCodeAt(joinAt)); joinAt = afterIssueDate(text, symEnd)) {
      NEXT_SYMBOL.lastIndex = joinAt;
      const next = NEXT_SYMBOL.exec(text);
      if (!next) break;
      const nextFull = FULL_SYMBOL.test(next.groups!.symbol);
      if (!(nextFull || (!full && joinAt === symEnd && bareListed(text, type, next.indices!.groups!.symbol[1])))) break;
      const [nextStart, nextEnd] = next.indices!.groups!.symbol;
      out.push(item(text, type, nextStart, nextEnd));
      symEnd = nextEnd;
    }
    consumed = symEnd;
  }
  return doubtful.length ? withCitedElsewhere(out, doubtful) : out;
}

// Counts: a figure followed by a counted noun ("103 đơn vị", "trên 1 triệu hồ sơ", "1,5 tỷ
// đồng"), a share with its total ("593/1.790 TTHC", "1 trong 7 tỉnh"), or a range of two
// ("500-600 lượt người", "từ 18 xuống 12 đơn vị" give both ends). Each run of digits is looked
// at once: the word after it says whether a count can start there (most runs stop at that
// point); the figure and its share or range tail are read at the run; the unit lexicon, read
// where the figure ends, decides whether it is a count; the words before the figure rule out
// years, dates, levels, ordinals, addresses and document numbers (src/lexicon/units.ts).
import type { Change, CountItem, Qualifier } from '../schema.js';
import { CHANGE_FILLERS, CHANGE_VERBS, MULTIPLIERS, QUALIFIERS, RATIO_ADJECTIVES, RATIO_VERBS } from '../lexicon/numbers.js';
import { PARTS_OF_DAY, UNTIL_NOW_WORDS } from '../lexicon/calendar.js';
import {
  CLASSIFIER_UNITS,
  COUNT_BEFORE_PAIRS,
  DATE_WORDS,
  DAY_WORDS,
  DOCUMENT_WORDS,
  COUNT_UNITS,
  FRACTIONAL_UNITS,
  UNITS_SHARED_BY_FRACTIONS,
  RATE_UNITS,
  GLUED_MEASURES,
  LABEL_UNITS,
  NAMED_BY_ONE,
  LOWER_CASE_ONLY_UNITS,
  NOT_COUNT_BEFORE,
  OCCASION_UNITS,
  SPANS_OF_THE_DAY,
  DURATION_WORDS,
  PEOPLE_AND_PLACES_UNITS,
  MAP_PLACE_UNITS,
  PLACE_UNITS,
  UNIT_HEADS,
  UNITS_COUNTED_BY_THE_THOUSAND,
  UNITS_COUNTED_AFTER_LABELS,
  UNITS_NUMBERED_AS_LABELS,
  YEAR_CUES,
} from '../lexicon/units.js';
import type { ExtractContext } from './context.js';
import {
  FIGURE,
  FIGURE_BODY,
  MULTIPLIER_TAIL,
  SP,
  afterRun,
  endsQualifier,
  figureMayStart,
  figureRuns,
  isWholeFigure,
  lastWords,
  nextRunEnd,
  parseAmount,
  qualifierAfter,
  qualifierAtEnd,
  runStart,
  skipSpaces,
  wordAt,
} from './numbers.js';
import { cellGapBefore, isDigitCode, isLetterOrDigitCode, isLowerCode, isUpperCode } from './regex.js';
import { countedNounEnd, countSubject } from './subject.js';
import { countedAcronyms } from './acronyms.js';
import { figureAfterName } from './words.js';

const SHARE_OF = `(?:${SP}{0,2}\\/${SP}{0,2}|${SP}+trong(?:${SP}+tổng)?(?:${SP}+số)?${SP}+|${SP}+trên(?:${SP}+tổng${SP}+số)?${SP}+)`;
// Alternatives and pairs read as a range too: "96 hay 106 ha", "2 hoặc 3 người", "45 và 49 triệu khách" give both figures.
const RANGE_TO = `(?:${SP}{0,2}[-–]${SP}{0,2}|${SP}+(?:đến|tới|hay|hoặc|và)${SP}+|${SP}+(?:(?:lên|xuống)(?:${SP}+(?:còn|mức))?|còn)${SP}+)`;
/** A range written as a move, "từ 25 lên 30 người", "giảm từ 18 xuống còn 12 đơn vị", "từ 63 còn 34 tỉnh". */
const MOVE_WORD = /lên|xuống|còn/i;
const LABELS: ReadonlySet<string> = new Set(UNITS_NUMBERED_AS_LABELS);
/** A range joined by a dash: after a date or a label both figures are its ("ngày 17- 6"). */
const DASHED = /[-–]/;
const SPACED_DASH = /^[ \u00a0]+[-–][ \u00a0]+$/;
const SLASH_CODE = 0x2f;

/** A qualifier of a range's high end: "từ 400 đến hơn 600 m2", "từ 1,5 tỉ - trên 3 tỉ đồng". */
const HIGH_QUALIFIERS: ReadonlySet<string> = new Set(['hơn', 'trên', 'gần', 'khoảng', 'dưới', 'tới']);
const HIGH_QUALIFIER = `(?:(?:${[...HIGH_QUALIFIERS].join('|')})${SP}+)?`;

/** A figure with its optional share or range tail, read at a figure's first digit. */
function figuresPattern(figure: string): RegExp {
  return new RegExp(
    `(?<a>${figure})(?<am>${MULTIPLIER_TAIL})` +
      `(?:(?<of>${SHARE_OF})(?<b>${FIGURE_BODY})(?<bm>${MULTIPLIER_TAIL})|(?<to>${RANGE_TO})${HIGH_QUALIFIER}(?<c>${FIGURE_BODY})(?<cm>${MULTIPLIER_TAIL}))?`,
    'iuy',
  );
}
const FIGURES_AT = figuresPattern(FIGURE);
/** After a counted noun and a slash, where FIGURE's boundary refuses a figure: "tiếp 2.048 lượt/2.391 người" counts both. */
const FIGURES_AFTER_UNIT_AT = figuresPattern(FIGURE_BODY);

/** Counted nouns, lower-cased. */
const COUNTED_NOUNS: ReadonlySet<string> = new Set(COUNT_UNITS.map((u) => u.toLowerCase()));
/** 1, 10, 100, 1.000, 100.000 …: the base of a rate. */
const RATE_BASE = /1(?:0{1,2})?(?:\.000)*(?![\d.,])/y;

/**
 * Whether a counted noun and a slash stand right before `start` ("lượt/" of "2.048 lượt/2.391
 * người", "44 lãnh đạo/46 công chức"): two counts side by side, where a measure or a price before
 * the slash makes a rate ("lít/100 km"), and so does a round base after it ("4 bệnh nhân/100.000 dân").
 */
function afterUnitAndSlash(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== SLASH_CODE || !isLowerCode(text.charCodeAt(start - 2))) return false;
  RATE_BASE.lastIndex = start;
  if (RATE_BASE.test(text)) return false;
  let from = start - 2;
  while (from > 0 && isLetterOrDigitCode(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, start - 1);
  if (RATE_UNITS.has(word)) return sameUnitAfter(text, start, word);
  const before = text.lastIndexOf(' ', from - 2);
  if (COUNTED_NOUNS.has(word) || COUNTED_NOUNS.has(text.slice(before + 1, start - 1))) return true;
  // "6.243 hồ sơ trễ hạn/81.560 hồ sơ tiếp nhận", "102 mã tăng/116 mã giảm": a count and the words that qualify it, then the slash.
  return COUNT_THEN_WORDS.test(text.slice(Math.max(0, start - COUNT_REACH), start - 1));
}
/**
 * Whether the figure at `start`, after a slash, has the unit written before the slash: two amounts
 * compared ("6.000 tỷ đồng/4.000 tỷ đồng"), not a rate ("đồng/kg").
 */
function sameUnitAfter(text: string, start: number, unit: string): boolean {
  return amountAfterSlash(text, start - 1)?.unit.unit === unit;
}

/** A figure, a counted noun and up to three words of lower case after it, ending right before a slash. */
const COUNT_THEN_WORDS = /(?:^|[^\p{L}\p{N}.,])\d[\d.,]*[ ](\p{Ll}+)(?:[ ]\p{Ll}+){0,3}$/u;
const COUNT_REACH = 48;

/** One more part of an amount in words and figures: "200 triệu" after "1 tỷ", "500 nghìn" after "3 triệu". */
const AMOUNT_PART = new RegExp(`${SP}{1,3}(?<d>\\d{1,3})(?<dm>${MULTIPLIER_TAIL})`, 'iuy');

/**
 * The parts that follow an amount with a multiplier, each smaller than the one before ("1 tỷ
 * 200 triệu đồng", "3 triệu 500 nghìn đồng"): their total and where they end, or null.
 */
function compoundRest(text: string, at: number, multiplier: string): { value: number; end: number } | null {
  let value = 0;
  let end = at;
  let scale = parseAmount('1', multiplier);
  for (;;) {
    AMOUNT_PART.lastIndex = end;
    const m = AMOUNT_PART.exec(text);
    if (!m || !m.groups!.dm) break;
    const part = parseAmount(m.groups!.d, m.groups!.dm);
    const partScale = parseAmount('1', m.groups!.dm);
    if (partScale >= scale || part >= scale) break;
    value += part;
    scale = partScale;
    end += m[0].length;
  }
  return end > at ? { value, end } : null;
}

/** The figures at a run of digits: the groups of FIGURES_AT, and where the match ends. */
interface Figures {
  a: string;
  am: string;
  /** What joins a share's figures: "/", " trong ", " trên tổng số ". */
  of?: string;
  b?: string;
  bm: string;
  to?: string;
  c?: string;
  cm: string;
  end: number;
}

/**
 * The figures read at the run [start, runEnd). Where a unit's first word follows the run (the
 * usual case, `plain`), no multiplier, share or range can, and the run is the figure: two
 * character scans replace the full pattern. Otherwise FIGURES_AT reads the tails.
 */
function figuresAt(text: string, start: number, runEnd: number, plain: boolean): Figures | null {
  const afterUnit = afterUnitAndSlash(text, start);
  if (plain) {
    if (!(afterUnit || figureMayStart(text, start)) || !isWholeFigure(text, start, runEnd)) return null;
    return { a: text.slice(start, runEnd), am: '', bm: '', cm: '', end: runEnd };
  }
  const pattern = afterUnit ? FIGURES_AFTER_UNIT_AT : FIGURES_AT;
  pattern.lastIndex = start;
  const m = pattern.exec(text);
  if (!m) return null;
  const g = m.groups!;
  return { a: g.a, am: g.am, of: g.of, b: g.b, bm: g.bm ?? '', to: g.to, c: g.c, cm: g.cm ?? '', end: start + m[0].length };
}

/** What may stand between two counts under one change verb: the first unit's modifiers, then "," or "và". */
const COORDINATED = /^(?:[ \u00a0]+\p{L}+){0,6}[ \u00a0]*(?:,|[ \u00a0]và)[ \u00a0]*$/u;
const FILLERS: ReadonlySet<string> = new Set(CHANGE_FILLERS);
const YEAR = /^(?:19|20)\d\d$/;
/** Digits in a row, without grouping points, from which a figure is a code rather than an amount. */
const CODE_DIGITS = 10;
/** A day/month right before, joined by a dash, a comma, "và", "hoặc" or "đến". */
const DATE_BEFORE = /(?<!\d)\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \u00a0]*(?:[-–,]|và|hoặc|đến|tới)[ \u00a0]*$/u;
/** A date, its year written or not, then a comma: a clause follows ("Ngày 12/02/2022, 8/8 huyện …", "Đến ngày 20/7, 12/12 huyện …"), where the dates reader left the figure. */
const DATED_CLAUSE_BEFORE = /(?<!\d)\d{1,2}\/\d{1,2}(?:\/\d{4})?[ \u00a0]*,[ \u00a0]*$/u;
/** A day and month right before, then the same separator: the figure is that date's year ("ngày 30-5-2017 báo cáo"). */
const DATE_TAIL = /(?:^|[^\d])\d{1,2}([-–./])\d{1,2}\1$/;
/** A day and month written with a point ("ngày 12.4"), read after a date word. */
const DOTTED_DAY_MONTH = /^(?:[1-9]|[12]\d|3[01])\.(?:[1-9]|1[0-2])$/;
/** A month and year written with a point ("tháng 9.2016"), read after "tháng". */
const DOTTED_MONTH_YEAR = /^(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d$/;
const WINDOW = 48;
/** Words read before a figure: enough for a change verb, a filler and a three-word qualifier. */
const WORDS_BEFORE = 6;
const COLON = 0x3a;

interface Unit {
  unit: string;
  start: number;
  end: number;
}

/** Opening quotes a counted name may stand in: “ " «. */
const OPENING_QUOTES: ReadonlySet<number> = new Set([0x201c, 0x22, 0xab]);

/**
 * The counted noun after one to three spaces at `index`, unless a phrase that only looks like
 * one stands there ("đồng thời"), with a classifier joined to the noun after it ("lượt hồ sơ");
 * where `quoted`, after an opening quote too ("22 “Tổ thanh niên …”"), not between a
 * classifier and its noun ("4 chiếc “siêu xe”" counts "chiếc").
 */
function unitAt(text: string, index: number, quoted = true): Unit | null {
  let start = index;
  while (start < text.length && start - index < 3 && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0xa0)) start++;
  if (start === index) {
    const end = gluedMeasureEnd(text, index);
    if (end >= 0) return { unit: text.slice(index, end), start: index, end };
    return gluedNoun(text, index);
  }
  if (start < text.length && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0xa0)) return null;
  // "… khách Úc 700 triệu  Cơ quan cảnh sát …": after two spaces a capitalised word opens the next sentence (a headline run on).
  if (start - index >= 2 && isUpperCode(text.charCodeAt(start)) && isLowerCode(text.charCodeAt(start + 1))) return null;
  // "22 “Tổ thanh niên hỗ trợ dịch vụ công”": the things counted named in quotes.
  if (quoted && OPENING_QUOTES.has(text.charCodeAt(start)) && isLetterOrDigitCode(text.charCodeAt(start + 1)) && !isDigitCode(text.charCodeAt(start + 1))) start++;
  const head = wordAt(text, start);
  let end = countedNounEnd(text, start, head);
  if (end < 0) return null;
  if (LOWER_CASE_ONLY_UNITS.has(head) && end === start + head.length && !text.startsWith(head, start)) return null;
  // "hotline 19006766 Nguồn: VTV": a capitalised field label before its colon.
  if (text.charCodeAt(end) === COLON && isUpperCode(text.charCodeAt(start)) && LABEL_UNITS.has(text.slice(start, end).toLowerCase())) return null;
  // "khoản 2, 3 và 4 Điều 20": a part of a law numbered after it is a label, not what is counted.
  if (LABELS.has(head) && end === start + head.length && isDigitCode(text.charCodeAt(skipSpaces(text, end)))) return null;
  if (end === start + head.length && CLASSIFIER_UNITS.has(head)) {
    const next = unitAt(text, end, false);
    if (next) end = next.end;
  }
  return { unit: text.slice(start, end), start, end };
}

const CURRENCY = 'đồng';
/** "đồng" and the spaces before it. */
const DONG = /[ \u00a0]{1,3}đồng(?![\p{L}\p{N}])/uy;

/**
 * After a multiplier "đồng" is the currency, even where the next word makes it look like a
 * verb's first syllable ("15,2 tỷ đồng hành nghề": "đồng hành" is no unit elsewhere).
 */
function currencyAfterMultiplier(text: string, index: number): Unit | null {
  DONG.lastIndex = index;
  if (!DONG.test(text)) return null;
  const end = DONG.lastIndex;
  return { unit: CURRENCY, start: end - CURRENCY.length, end };
}

/** "trên tổng số 28.843 vụ việc" after a count's unit: the total, written with a counted noun of its own. */
const TOTAL_AFTER_UNIT = new RegExp(`${SP}+(?:trên|trong)${SP}+tổng${SP}+số${SP}+(?:là${SP}+)?(?<total>${FIGURE_BODY})(?<tm>${MULTIPLIER_TAIL})`, 'iuy');

/** A slash and the amount after it, with its multipliers: a count's total, or a second amount compared with it. */
const TOTAL_AFTER_SLASH = new RegExp(`/(?<total>${FIGURE_BODY})(?<tm>${MULTIPLIER_TAIL})`, 'uy');

/**
 * The total after a slash that the count's unit, written again, follows ("312 thủ tục/1.705 thủ
 * tục"), and where that unit ends; null where none is or it is below the count ("6.000 tỷ
 * đồng/4.000 tỷ đồng" compares two amounts).
 */
function totalAfterSlash(text: string, unit: Unit, value: number): { total: number; end: number } | null {
  let slash = unit.end;
  if (text.charCodeAt(slash) !== SLASH_CODE) {
    // "612 hồ sơ trực tuyến/1.540 hồ sơ tiếp nhận": words in small letters that qualify the unit may stand before the slash.
    // "102 mã tăng/116 mã giảm" sets two groups side by side: a change verb qualifies no part of a whole.
    QUALIFIER_THEN_SLASH.lastIndex = slash;
    if (!QUALIFIER_THEN_SLASH.test(text)) return null;
    const qualifier = text.slice(slash + 1, QUALIFIER_THEN_SLASH.lastIndex - 1);
    if (qualifier.split(' ').some((word) => CHANGE_VERBS.has(word))) return null;
    slash = QUALIFIER_THEN_SLASH.lastIndex - 1;
  }
  const after = amountAfterSlash(text, slash);
  if (!after || after.unit.unit.toLowerCase() !== unit.unit.toLowerCase()) return null;
  return after.amount >= value ? { total: after.amount, end: after.unit.end } : null;
}

/** One to three words in small letters after a unit, then a slash. */
const QUALIFIER_THEN_SLASH = /(?:[ ]\p{Ll}+){1,3}\//uy;

/** The amount after the slash at `slash` and the unit after it, or null. */
function amountAfterSlash(text: string, slash: number): { amount: number; unit: Unit } | null {
  TOTAL_AFTER_SLASH.lastIndex = slash;
  const m = TOTAL_AFTER_SLASH.exec(text);
  const unit = m && unitAt(text, TOTAL_AFTER_SLASH.lastIndex);
  return unit ? { amount: parseAmount(m.groups!.total, m.groups!.tm ?? ''), unit } : null;
}

/** The total written after a count's unit with a counted noun of its own, not below the count, and where that noun ends; null where none is. */
function totalAfterUnit(text: string, index: number, value: number): { total: number; end: number } | null {
  TOTAL_AFTER_UNIT.lastIndex = index;
  const m = TOTAL_AFTER_UNIT.exec(text);
  if (!m) return null;
  const total = parseAmount(m.groups!.total, m.groups!.tm ?? '');
  const unit = unitAt(text, TOTAL_AFTER_UNIT.lastIndex);
  return unit && total >= value ? { total, end: unit.end } : null;
}

const GLUED_MEASURE_SET: ReadonlySet<string> = new Set(GLUED_MEASURES);

/** Words after an hour written "10g" (giờ): the parts of the day, "ngày", "hôm" ("21g hôm nay"), "cùng" ("9g cùng ngày"). */
const AFTER_HOURS: ReadonlySet<string> = new Set([...PARTS_OF_DAY.map((part) => part.split(' ')[0]), 'ngày', 'hôm', 'cùng']);

/** "10g sáng", "lúc 21g", "17g ngày 18-6": a whole figure up to 24 glued to "g" that tells the time, not grams. */
function gluedHour(text: string, figureEnd: number, end: number): boolean {
  let start = figureEnd;
  while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
  if (figureEnd - start > 2 || Number(text.slice(start, figureEnd)) > 24) return false;
  if (start > 0 && (text.charCodeAt(start - 1) === 0x2c || text.charCodeAt(start - 1) === 0x2e)) return false;
  return AFTER_HOURS.has(wordAt(text, skipSpaces(text, end)).toLowerCase()) || lastWords(text, start, 1)[0] === 'lúc';
}

/**
 * A counted noun in small letters glued to a figure of two characters or more, its space lost
 * ("tiếp nhận 86.412hồ sơ", "tạo 215.400tài khoản"); not a letter code ("4G", "3D").
 */
function gluedNoun(text: string, index: number): Unit | null {
  if (index < 2 || !isDigitCode(text.charCodeAt(index - 1))) return null;
  if (!isDigitCode(text.charCodeAt(index - 2)) && text.charCodeAt(index - 2) !== 0x2e) return null;
  const head = wordAt(text, index);
  // "45TTHC", "37CBCCVC": a counted noun's abbreviation of three capitals or more ("4G", "A4" are codes).
  if (!isLowerCode(text.charCodeAt(index)) && !(head.length >= 3 && CAPITALS.test(text.slice(index, index + head.length)))) return null;
  if (head.length < 2) return null;
  const end = countedNounEnd(text, index, head);
  return end < 0 ? null : { unit: text.slice(index, end), start: index, end };
}

const CAPITALS = /^\p{Lu}+$/u;

/** The end of a measure glued to the figure that ends at `index` ("750km2", "20ha"), or -1. */
function gluedMeasureEnd(text: string, index: number): number {
  for (const measure of GLUED_MEASURES) {
    const end = index + measure.length;
    if (!text.startsWith(measure, index) || isLetterOrDigitCode(text.charCodeAt(end))) continue;
    return measure === 'g' && gluedHour(text, index, end) ? -1 : end;
  }
  return -1;
}

/**
 * The words before a figure that its rules read: two ("mức độ 4", "giảm 315", "tăng thêm 5"),
 * and up to WORDS_BEFORE where the last may end a qualifier ("cắt giảm được khoảng 30").
 */
function wordsBefore(text: string, start: number): string[] {
  const words = lastWords(text, start, 2);
  return words.length === 2 && endsQualifier(words[1]) ? lastWords(text, start, WORDS_BEFORE) : words;
}

/** The last word before a figure, and the last two joined ("mức độ"). */
function lastAndPair(words: readonly string[]): { last: string; pair: string } | null {
  const n = words.length;
  if (n === 0) return null;
  return { last: words[n - 1], pair: n === 1 ? words[0] : `${words[n - 2]} ${words[n - 1]}` };
}

/** Whether a counted noun ("tiêu chí", "hồ sơ") follows the spaces at `index`. */
export function countedNounAt(text: string, index: number): boolean {
  return countedUnitAt(text, index) !== null;
}

/** The counted noun written at `index` ("hộ dân", "cấp"), as written, or null. */
export function countedUnitAt(text: string, index: number): string | null {
  return unitAt(text, index)?.unit ?? null;
}

/** Groups of a phone number right before a figure, the first opening with 0: "0227.3 646 " before "999", "0227 3646 " before "999". */
const PHONE_GROUPS_BEFORE = /(?:^|[^\p{L}\p{N}.,/\-])0\d{1,4}(?:[ .]\d{1,4}){0,3}[ .]$/u;
const PHONE_REACH = 24;

/** Whether the figure at `start` is the last group of a phone number written in groups ("Đường dây nóng 0227.3 646 999"). */
function continuesPhoneNumber(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if ((before !== 0x20 && before !== 0x2e) || !isDigitCode(text.charCodeAt(start - 2))) return false;
  return PHONE_GROUPS_BEFORE.test(text.slice(Math.max(0, start - PHONE_REACH), start));
}

/** "mỗi đội 03 thành viên", "mỗi xã 2 công chức": after "mỗi" (each) the word names what each holds, no label. */
const EACH = 'mỗi ';

/** "trả lời bằng văn bản 38/45 kiến nghị", "phê bình bằng văn bản 2 thủ trưởng": in writing, no document's number. */
const IN_WRITING_BEFORE = /(?:^|[^\p{L}])bằng[ \u00a0]văn[ \u00a0]bản[ \u00a0]$/iu;

/**
 * True where the words before the figure make it a year, level, ordinal, address or document
 * number, or where it is a long code. Only a plain integer can be such a label: "thôn 5" is a
 * hamlet, but in "… nông thôn 2,14 ngàn HS" and "… Phát triển nông thôn 1.207 hồ sơ" the
 * figure is an amount.
 */
function excludedBefore(words: readonly string[], figure: string, multiplier: string): boolean {
  if (multiplier || figure.indexOf('.') >= 0 || figure.indexOf(',') >= 0) return false;
  if (figure.length >= CODE_DIGITS) return true; // an account, phone or ID number: amounts group thousands
  const before = lastAndPair(words);
  if (!before) return false;
  if (COUNT_BEFORE_PAIRS.has(before.pair) || before.pair.startsWith(EACH)) return false;
  return NOT_COUNT_BEFORE.has(before.pair) || NOT_COUNT_BEFORE.has(before.last);
}

const DOCUMENT_WORD_SET: ReadonlySet<string> = new Set(DOCUMENT_WORDS);

/**
 * "Bệnh viện Nhi đồng 1 Thành phố Hồ Chí Minh", "… 2 Tỉnh Long An": a place's own name, its
 * kind capitalised and a capital after it, follows a figure that ends a body's name; "5 Thành
 * phố trực thuộc" still counts.
 */
function placeNameAfterFigure(text: string, unit: Unit): boolean {
  if (!isUpperCode(text.charCodeAt(unit.start)) || !MAP_PLACE_UNITS.has(unit.unit.toLowerCase())) return false;
  const next = skipSpaces(text, unit.end);
  return next > unit.end && isUpperCode(text.charCodeAt(next));
}

/**
 * A flattened table's row: its number, a capitalised name, then cells of figures to the line's
 * end, a score or a share last or two cells at least ("1 Sở Tư pháp 91,25 88,75", "2 Xã Phú Lâm
 * 12.377 13.105 94,44%"). "3 VĐV Hà Tĩnh dự SEA Games 29" is a headline.
 */
const TABLE_ROW_REST = /^\p{Lu}[^\n;:!?]*?(?<cells>(?:[ \t]+\d[\d.]*(?:,\d+)?%?)+)[ \t]*(?:\n|$)/u;
const ROW_NUMBER = /^\d{1,3}$/;
const SENTENCE_BREAK = /[.][ \t]+\p{Lu}/u;
/** A cell with a decimal comma or "%": a score or a share, which a headline's figure is not. */
const SCORE_CELL = /[,%]/;
/** A table's row is short; a longer line is prose (and TABLE_ROW_REST would take time growing with its square). */
const TABLE_ROW_MAX = 240;

function tableRowNumber(text: string, start: number, figure: string, unit: Unit): boolean {
  if (!ROW_NUMBER.test(figure) || !isUpperCode(text.charCodeAt(unit.start))) return false;
  let lineStart = start;
  while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 0x20 || text.charCodeAt(lineStart - 1) === 0x09)) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) return false;
  const lineEnd = text.indexOf('\n', unit.start);
  if (numberedInTurn(text, lineStart, lineEnd, Number(figure))) return true;
  const rest = text.slice(unit.start, lineEnd < 0 ? text.length : lineEnd);
  if (rest.length > TABLE_ROW_MAX) return false;
  const row = TABLE_ROW_REST.exec(rest);
  if (!row || SENTENCE_BREAK.test(rest)) return false;
  const cells = row.groups!.cells.trim().split(/[ \t]+/);
  return cells.length >= 2 || SCORE_CELL.test(cells[0]);
}

/**
 * Rows numbered in turn: the line before opens with the number before, or the line after with
 * the number after ("1 Sở Tài nguyên … 14/3/2017" over "2 Sở Xây dựng …", a table whose cells
 * were separated by tabs).
 */
function numberedInTurn(text: string, lineStart: number, lineEnd: number, n: number): boolean {
  if (lineEnd >= 0 && opensWithNumber(text, lineEnd + 1, n + 1)) return true;
  if (lineStart < 2 || n < 2) return false;
  return opensWithNumber(text, text.lastIndexOf('\n', lineStart - 2) + 1, n - 1);
}

/** Whether the line at `at` opens with the number `n` and a space. */
function opensWithNumber(text: string, at: number, n: number): boolean {
  const digits = String(n);
  return text.startsWith(digits, at) && text.charCodeAt(at + digits.length) === 0x20;
}

/** Spans of time that "1 tuần 2 lần", "3 tháng 1 lần" count occasions in. */
const FREQUENCY_SPANS: ReadonlySet<string> = new Set(['ngày', 'tuần', 'tháng', 'quý', 'năm']);

/**
 * "tòa nhà 5 tầng": a label word before the figure whose unit makes it a count again; and a
 * frequency, "N lần" after a span of time that a figure counts ("1 tuần 2 lần", "cứ 3 tháng 1
 * lần", "một năm 1 lần"), where "tuần 2", "năm 1" would be a week's or a year's number.
 */
function countedAfterLabel(text: string, start: number, words: readonly string[], unit: Unit): boolean {
  const n = words.length;
  if (n === 0) return false;
  if (UNITS_COUNTED_AFTER_LABELS.get(words[n - 1])?.has(unit.unit)) return true;
  if (!OCCASIONS.has(unit.unit) || !FREQUENCY_SPANS.has(words[n - 1])) return false;
  if (n >= 2 && words[n - 2] === 'một') return true;
  const spanStart = spacesBefore(text, start) - words[n - 1].length;
  return isDigitCode(text.charCodeAt(spacesBefore(text, spanStart) - 1));
}

/** Where the spaces that end right before `index` start. */
function spacesBefore(text: string, index: number): number {
  let i = index;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--;
  return i;
}

/**
 * "văn bản 4 cấp chính quyền": people or places after a document's word, both in small letters,
 * are counted; a capital names the document ("Chương trình 135 người dân biết đến").
 */
function peopleAfterDocument(text: string, start: number, words: readonly string[], unit: Unit): boolean {
  const before = lastAndPair(words);
  if (!before) return false;
  const kind = DOCUMENT_WORD_SET.has(before.pair) ? before.pair : DOCUMENT_WORD_SET.has(before.last) ? before.last : null;
  if (kind === null || !isLowerCode(text.charCodeAt(start - 1 - kind.length))) return false;
  return isLowerCode(unit.unit.charCodeAt(0)) && PEOPLE_AND_PLACES_UNITS.has(unit.unit.toLowerCase());
}

/** "cao trình +45m", "từ +42,00 m đến +44,00 m": metres with a sign are a level, not an amount ("+89 USD" is a rise). */
function elevation(text: string, start: number, unit: Unit): boolean {
  return text.charCodeAt(start - 1) === 0x2b && !isDigitCode(text.charCodeAt(start - 2)) && (unit.unit === 'm' || unit.unit === 'mét'); // +
}

/** What follows a span of time: the clause's end, or "cho"/"để" and what it is for. */
const SPAN_ENDS = /^(?:[ ]?[.,;:)\n]|[ ]?$|[ ](?:cho|để)(?![\p{L}]))/u;

/** One capital and its point glued before the figure: "U.10 nam" (an age group), "Q.1", "P.5" (a district, a ward), labels. */
const ABBREVIATED_LABEL = /(?:^|[^\p{L}\p{N}])\p{Lu}\.$/u;

function abbreviatedLabel(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 0x2e && ABBREVIATED_LABEL.test(text.slice(Math.max(0, start - 3), start));
}

/** A hotline number, "1900.9095", "18001091", "1900 123 456": the service prefixes 1800 and 1900 and four to six digits. */
const SERVICE_NUMBER = /^1[89]00(?:[.\u00a0 ]?\d{3,4}){1,2}$/;
/** The prefix of a hotline number written apart, before the figure ("1900 9095 hoạt động"). */
const SERVICE_PREFIX_BEFORE = /(?:^|[^\d.,])1[89]00[.\u00a0 ](?:\d{3}[.\u00a0 ])?$/;

function serviceNumber(text: string, start: number, figure: string): boolean {
  return SERVICE_NUMBER.test(figure) || SERVICE_PREFIX_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

/** A steering committee named by its number: "Ban Chỉ đạo 389 tỉnh", "BCĐ 138". */
const NUMBERED_COMMITTEE_BEFORE = /(?:Ban [Cc]hỉ đạo|BCĐ)[ \u00a0]$/u;

/**
 * Whether the figure at `start` labels or places something rather than counts it: after a label
 * word (but "văn bản 4 cấp", "tòa nhà 5 tầng" count), in a date, ending a labelled list, a
 * kilometre mark, after one capital and its point, a level in metres, a hotline number, a
 * committee's number.
 */
function labelOrLevel(text: string, start: number, words: readonly string[], figure: string, multiplier: string, unit: Unit): boolean {
  if (excludedBefore(cellBeforeCount(text, start, unit) ? NO_WORDS : words, figure, multiplier) && !peopleAfterDocument(text, start, words, unit) && !countedAfterLabel(text, start, words, unit) && !IN_WRITING_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  return (
    inDate(text, start, figure, multiplier, words) ||
    labelledList(text, start, figure, multiplier) ||
    (levelListed(text, start, figure) && !LEVEL_AFTER_UNIT.test(text.slice(unit.end, unit.end + 48))) ||
    chainage(text, start) ||
    abbreviatedLabel(text, start) ||
    elevation(text, start, unit) ||
    serviceNumber(text, start, figure) ||
    NUMBERED_COMMITTEE_BEFORE.test(text.slice(Math.max(0, start - 13), start))
  );
}

const NO_WORDS: readonly string[] = [];

/**
 * Two spaces right before the figure, as a table's tab is written, and a unit in small letters: the word before is
 * the last cell's ("90 điểm  6 đơn vị"), no label of the figure; a place's name may follow a label so ("KẾ HOẠCH  25 Cầu Giấy").
 */
function cellBeforeCount(text: string, start: number, unit: Unit): boolean {
  return cellGapBefore(text, start) && isLowerCode(text.charCodeAt(unit.start));
}

/** "Km 738+356": the metres after a kilometre mark on a road, a place, not an amount. */
function chainage(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 0x2b && isDigitCode(text.charCodeAt(start - 2)); // +
}

/** A number of one to three digits and the ", " after it, ending right before a figure: the list's earlier item. */
const LISTED_BEFORE = /(\d{1,3}),[ ]?$/;
const LIST_REACH = 8;

/**
 * The next level listed after another ("dịch vụ công mức độ 3, 4", "mức độ 3 và 4"): the list of
 * two that labelledList leaves. Only the next one up to 4, the highest: in "25 dịch vụ ở mức độ 3
 * và 6 dịch vụ ở mức độ 4" the 6 counts.
 */
const LEVEL_LISTED_BEFORE = /(?:^|[^\p{L}])(?:mức độ|cấp độ|mức)[ ](\d)(?:[ ]?[,–-][ ]?|[ ](?:và|hoặc)[ ])$/iu;
const HIGHEST_LEVEL = 4;

const LEVEL_BEFORE = /(?:^|[^\p{L}])(?:mức độ|cấp độ)[ ]$/iu;

/** "mức độ 3 và 4 thủ tục mức độ 4": where the noun after the figure has its own level, the figure counts it. */
const LEVEL_AFTER_UNIT = /^(?:[ ]+[^\s,.;:]+){0,5}?[ ]+(?:mức độ|cấp độ)[ ]\d/u;

function levelListed(text: string, start: number, figure: string): boolean {
  if (figure.length !== 1 || Number(figure) > HIGHEST_LEVEL) return false;
  const listed = LEVEL_LISTED_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return listed !== null && Number(listed[1]) + 1 === Number(figure);
}

/** A level, right after its word or listed after another ("mức độ 4 tới 100%", "mức độ 3, 4 tới 100%"). */
export function isLevel(text: string, start: number, figure: string): boolean {
  return (figure.length === 1 && Number(figure) <= HIGHEST_LEVEL && LEVEL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) || levelListed(text, start, figure);
}

/**
 * The last figure of a list of three or more that the word before its first figure labels
 * ("Điều 34, 35, 36 dự thảo", "quận 4, 7, 8 khu"): a label too, though no label word stands right
 * before it. Two figures may be a clause's end and a new one ("loại 4, 80 hạt …", "năm 2015, 147 nước").
 */
function labelledList(text: string, start: number, figure: string, multiplier: string): boolean {
  if (multiplier || figure.indexOf('.') >= 0 || figure.indexOf(',') >= 0) return false;
  let first = start;
  let firstFigure = figure;
  let items = 0;
  for (;;) {
    const from = Math.max(0, first - LIST_REACH);
    const match = LISTED_BEFORE.exec(text.slice(from, first));
    if (!match) break;
    const at = from + match.index;
    const c = text.charCodeAt(at - 1);
    if (isDigitCode(c) || c === 0x2e || c === 0x2c || c === 0x2f) break; // . , /
    first = at;
    firstFigure = match[1];
    items++;
  }
  return items >= 2 && excludedBefore(wordsBefore(text, first), firstFigure, '');
}

/**
 * "năm 2020 tỉnh …", "giai đoạn 2016-2020 Quyết định …", "BLHS 2015 quy định …": a bare
 * year-like figure. Amounts that large are written with a thousands point ("2.015 hồ sơ"), so
 * without one it is a count only where a qualifier says so ("hơn 2000 nhân viên") or where it is
 * a round number ("tầm bắn 2000 km"), and never before a new phrase ("2020 tỉnh đã …").
 */
function isYear(words: readonly string[], figure: string, unit: Unit, inRange: boolean, qualified: boolean, glued: boolean): boolean {
  if (figure.length !== 4 || !YEAR.test(figure)) return false;
  if (inRange) return true;
  if (glued && GLUED_MEASURE_SET.has(unit.unit)) return false; // "2080ha", "1950kg": no year is written glued to a measure
  const before = lastAndPair(words);
  if (before && (YEAR_CUES.has(before.last) || YEAR_CUES.has(before.pair))) return true;
  const first = unit.unit[0];
  if (first !== first.toLowerCase() || PLACE_UNITS.has(unit.unit.toLowerCase())) return true;
  return !qualified && !figure.endsWith('00');
}

/** "ngày 30-5-2017 báo cáo …", "ngày 12.4 trường …": the figure belongs to a date. */
function inDate(text: string, start: number, figure: string, multiplier: string, words: readonly string[]): boolean {
  const separator = text.charCodeAt(start - 1);
  const afterDate = separator === 0x2d || separator === 0x2013 || separator === 0x2e || separator === 0x2f; // - – . /
  if (afterDate && DATE_TAIL.test(text.slice(Math.max(0, start - 7), start))) return true;
  if (multiplier || figure.indexOf('.') < 0 || words.length === 0) return false;
  const last = words[words.length - 1];
  return (DAY_WORDS.has(last) && DOTTED_DAY_MONTH.test(figure)) || (last === 'tháng' && DOTTED_MONTH_YEAR.test(figure));
}

/** The largest denominator of a common fraction: "1/3 tiền đền bù", "1/2 muỗng", "3/4 số dân" are parts, not counts. */
const MAX_FRACTION_DENOMINATOR = 4;

/**
 * "1/3 thị trường", "1/2 chén": a common fraction in lowest terms written with a slash, whereas
 * "1 trong 3 đội", "chơi 2/4 trận" and a fraction of people or bodies ("2/3 huyện") count.
 */
function isFraction(of: string, value: number, total: number, unit: string): boolean {
  if (!of.includes('/') || value >= total || total > MAX_FRACTION_DENOMINATOR || !Number.isInteger(value)) return false;
  if (UNITS_SHARED_BY_FRACTIONS.has(unit.toLowerCase())) return false;
  return value === 1 || total % value !== 0;
}

const UNTIL_NOW: ReadonlySet<string> = new Set(UNTIL_NOW_WORDS);

/** Date words that also lead to a place or an amount ("tới 9/9 huyện", "đến 12/12 xã"): the dates reader wants a date's follower after them too. */
const LEADS_TO_DATE: ReadonlySet<string> = new Set(['từ', 'đến', 'tới', 'trước', 'sau', 'vào', 'hết']);

/**
 * "Sáng 21/7 đồng chí …", "ngày 5/6 người dân …", "dịp 30/4 và 1/5 người dân …": a day and
 * month (after a date word, or after another day and month), not a share.
 */
function isDayMonth(text: string, start: number, words: readonly string[], value: number, total: number): boolean {
  if (value < 1 || value > 31 || total < 1 || total > 12 || !Number.isInteger(value) || !Number.isInteger(total)) return false;
  const last = words.length > 0 ? words[words.length - 1] : '';
  // "đến nay 8/8 huyện": "nay" closes a span up to now, a share follows.
  if (last === 'nay' && words.length > 1 && UNTIL_NOW.has(words[words.length - 2])) return false;
  // "nhân rộng tới 9/9 huyện": after a word that only leads to a date, a whole share before its counted noun.
  if (value === total && LEADS_TO_DATE.has(last)) return false;
  if (DATE_WORDS.has(last)) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  return DATE_BEFORE.test(before) && !(value === total && DATED_CLAUSE_BEFORE.test(before));
}

const OCCASIONS: ReadonlySet<string> = new Set(OCCASION_UNITS);
/** Words read before "N lần" for a ratio's cue: the verb may stand three words back ("tăng đột biến từ 2-5 lần"). */
const RATIO_REACH = 4;
/**
 * "trên" or "trong" between a share's figures: "over" or "within" before a count of its own
 * where the first figure is no count ("mức độ 4 trong tổng số 112 TTHC").
 */
const OVER_AT = /^[ \u00a0]+(?:trên|trong)[ \u00a0]/;
/** Second syllables after which "bằng" is a noun's first ("bằng chứng", "bằng cấp", "bằng lái"). */
const BANG_NOUNS: ReadonlySet<string> = new Set(['chứng', 'cấp', 'lái', 'khen', 'sáng', 'tốt']);
/** "bệnh nhân 3 lần ngừng tim": "nhân" ends a noun there (patients, persons, workers, victims …), no "multiply". */
const NHAN_NOUNS: ReadonlySet<string> = new Set([
  'bệnh', 'cá', 'công', 'nạn', 'tư', 'quân', 'doanh', 'thân', 'chủ', 'tù', 'phạm', 'nghệ', 'hôn', 'nguyên', 'thương', 'phu', 'nhân', 'bị', 'tội',
]);
/** …and a comparison may open the clause: "thấp hơn của Singapore tới gần 16 lần". */
const COMPARISON_REACH = 10;
const COMPARED_AFTER = /^[ \u00a0]{1,2}so(?![\p{L}])/u;
/** "N lần nữa": that many more times. */
const MORE_TIMES_AFTER = /^[ \u00a0]{1,2}nữa(?![\p{L}])/u;
const RATIO_LIST_BEFORE = /(?:^|[^\p{L}])(?:gấp|vượt)(?:[ \u00a0]+(?:hơn|gần|khoảng|từ))?(?:[ \u00a0]+\d+(?:,\d+)?[ \u00a0]*(?:,|và|hoặc|hay|-|–))+[ \u00a0]*$/u;

/**
 * "gấp 3 lần", "tăng lên hơn 10 lần", "cao 2,5 – 4,8 lần", "9 lần so với …", "nặng hơn Mặt
 * Trời khoảng 10 lần": a ratio, not a count of occasions. A fraction of a time cannot happen,
 * so a decimal figure is a ratio too.
 */
function isRatio(text: string, start: number, unitEnd: number, low: string, high: string | undefined): boolean {
  // "70 lần/phút": a rate counts occasions.
  if (text.charCodeAt(unitEnd) === SLASH_CODE) return false;
  if (low.indexOf(',') >= 0 || (high !== undefined && high.indexOf(',') >= 0)) return true;
  // "tăng lãi suất thêm 2 lần nữa": times more, occasions.
  if (MORE_TIMES_AFTER.test(text.slice(unitEnd, unitEnd + 8))) return false;
  if (COMPARED_AFTER.test(text.slice(unitEnd, unitEnd + 8))) return true;
  // "gấp 10, 15 lần": the last of a list of ratios.
  if (RATIO_LIST_BEFORE.test(text.slice(Math.max(0, start - WINDOW), start))) return true;
  const words = lastWords(text, start, COMPARISON_REACH);
  let direct = words.length - 1;
  while (direct >= 0 && (QUALIFIERS.has(words[direct]) || words[direct] === 'từ')) direct--;
  if (direct >= 0 && RATIO_ADJECTIVES.has(words[direct])) return true;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    // "bằng chứng 17 lần": "bằng" opens a noun there ("bằng chứng", "bằng cấp"), no ratio.
    const noun = (word === 'bằng' && i + 1 < words.length && BANG_NOUNS.has(words[i + 1])) || (word === 'nhân' && i > 0 && NHAN_NOUNS.has(words[i - 1]));
    if (words.length - i <= RATIO_REACH && (RATIO_VERBS.has(word) || CHANGE_VERBS.has(word)) && !noun) return true;
    if (word === 'hơn' && i > 0 && RATIO_ADJECTIVES.has(words[i - 1])) return true;
  }
  return false;
}

/** Within the clause of a ratio just read: "thấp hơn Nhật Bản 11 lần và Hàn Quốc 10 lần". */
const SAME_CLAUSE = /^[^.!?;:\n]*$/;

function continuesRatio(text: string, ratioEnd: number, start: number): boolean {
  return ratioEnd >= 0 && start - ratioEnd <= WINDOW && SAME_CLAUSE.test(text.slice(ratioEnd, start));
}

/**
 * A share's first figure. Without a multiplier of its own it takes the total's where its digits
 * are fewer than the total's ("72/160 tỷ đồng" is 72 of 160 billion), but not "36.000 trong tổng
 * số 9,5 triệu", nor one in so many ("1/10 triệu ca").
 */
function shareValue(a: string, am: string, b: string, bm: string): number {
  const plain = parseAmount(a, am);
  if (am || !bm || plain === 1 || plain >= parseAmount(b, '')) return plain;
  return parseAmount(a, bm);
}

/**
 * The low end of a range. Without multipliers of its own it takes the high end's where the
 * range then still goes up ("30-50 triệu đồng" is 30 to 50 million), and keeps its plain value
 * otherwise ("từ 10.000 đến 1 triệu đồng"); the first of a pair takes them always ("giảm 140 và
 * 100 triệu đồng").
 */
function rangeLow(low: string, lowMultipliers: string, high: string, highMultipliers: string, paired: boolean): number {
  const plain = parseAmount(low, lowMultipliers);
  if (lowMultipliers || !highMultipliers) return plain;
  const inherited = parseAmount(low, highMultipliers);
  return paired || inherited < parseAmount(high, highMultipliers) ? inherited : plain;
}

/** How many times the largest of a pair's or list's figures may hold the smallest. */
const PAIR_SPREAD = 20;

/** Whether the figures of a pair or list are of one size: none PAIR_SPREAD times another. */
function ofOneSize(...values: number[]): boolean {
  return Math.max(...values) <= PAIR_SPREAD * Math.min(...values);
}

/** The words that join a pair of figures sharing one unit: "45 và 49 triệu khách", "2 hoặc 3 người". */
const PAIR_WORD = /^[ \u00a0]+(?:và|hay|hoặc)[ \u00a0]+$/;

/** A figure and the comma that lists it right before another: "45, " of "45, 52 và 60 xã". */
const LISTED_FIGURE_BEFORE = /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,6}(?:,\d+)?)[ ]?,[ ]{1,2}$/u;
const LISTED_REACH = 24;
const MAX_LISTED = 8;

/** The figures listed with commas right before `start`, nearest first, none before `floor`. */
function listedBefore(text: string, start: number, floor: number): { start: number; figure: string }[] {
  const listed: { start: number; figure: string }[] = [];
  for (let at = start; listed.length < MAX_LISTED; ) {
    const from = Math.max(floor, at - LISTED_REACH);
    const m = LISTED_FIGURE_BEFORE.exec(text.slice(from, at));
    if (!m || YEAR.test(m[1])) break;
    at = from + m.index;
    listed.push({ start: at, figure: m[1] });
  }
  return listed;
}

/** "giảm 315 người", "cắt giảm được 30", "tăng thêm gần 10": the verb, a filler, a qualifier. */
function changeBefore(words: readonly string[], qualifier: ReturnType<typeof qualifierAtEnd>): Change | undefined {
  let end = words.length - (qualifier?.length ?? 0);
  if (end > 0 && FILLERS.has(words[end - 1])) end--;
  return end > 0 ? CHANGE_VERBS.get(words[end - 1]) : undefined;
}

/** The minutes after degrees of latitude or longitude, or the word for either: "08 độ 00’N", "22-23 độ vĩ Bắc". */
const ARC_MINUTES = /^[ \u00a0]+(?:\d{1,2}[ \u00a0]?['’′]|(?:[Vv]ĩ|[Kk]inh)[ \u00a0]+(?:độ[ \u00a0]+)?(?:[Bb]ắc|[Nn]am|[Đđ]ông|[Tt]ây)(?![\p{L}]))/u;
const ENGLISH_THOUSANDS = /^\d{1,3},\d{3}$/;

/** Whether the unit counts whole things: no measure, multiple or score, nor a rate ("người/km2"). */
function wholeThings(text: string, unit: Unit): boolean {
  return !FRACTIONAL_UNITS.has(unit.unit.toLowerCase()) && text.charCodeAt(unit.end) !== SLASH_CODE;
}

/**
 * A figure as its value reads: "1,500 người", "88,000 căn nhà" group thousands with a comma in
 * the English way (nobody counts 1.5 persons), and so does ",000" before any unit ("55,000
 * bảng"); measures keep the Vietnamese decimal comma ("2,274 m", "173,677 km"), and so does a
 * figure before a multiplier ("1,936 tỷ đồng"). The unit is asked only of a figure of that shape.
 */
function grouped(figure: string, multipliers: string, text: string, unit: Unit): string {
  if (multipliers || !ENGLISH_THOUSANDS.test(figure)) return figure;
  return figure.endsWith(',000') || wholeThings(text, unit) ? figure.replace(',', '') : figure;
}

/**
 * One count over [start, end): the figure through its unit, or only the low figure of a
 * range. `before` is the qualifier written before `start`; `subject` is computed once per unit.
 */
function count(text: string, start: number, end: number, value: number, unit: Unit, before: Qualifier | undefined, subject: string | undefined): CountItem {
  const shown = measureAsWritten(text, unit);
  const stop = end === unit.end ? shown.end : end;
  const item: CountItem = { text: text.slice(start, stop), span: [start, stop], value, unit: shown.unit };
  const qualifier = before ?? qualifierAfter(text, shown.end);
  if (qualifier) item.qualifier = qualifier;
  if (subject) item.subject = subject;
  return item;
}

/** Lengths whose square or cube lost its superscript to a space when the page became text ("2.000 m 2"). */
const POWERED: ReadonlySet<string> = new Set(['m', 'km', 'cm']);
const POWER_AFTER = /^[ ]([23])(?=[ ]?[.,;:)(/\-–…\n]|[ ]\p{Ll}|$)/u;
/**
 * Volumes a flow divides by a short span of time or a year ("120 m3/s", "3 triệu m3/năm") and
 * speeds ("80 km/h"): the annotated texts keep them (speeds 7 of 9). A plant's capacity a day
 * ("500 m3/ngày đêm") they mostly write as the volume alone (11 of 15); yields mostly drop the
 * time as well ("3 triệu tấn/năm": 2 of 6 keep it).
 */
const RATED: ReadonlySet<string> = new Set(['m3', 'm³', 'khối', 'mét khối']);
const PER_TIME = /^[ ]?\/[ ]?(s|h|giây|phút|giờ|tháng|năm)(?![\p{L}\p{N}])/u;
const SPEED = 'km';
const PER_HOUR = /^[ ]?\/[ ]?(h|giờ)(?![\p{L}\p{N}])/u;
/** Masses a concentration divides by a volume or a mass ("2mg/l", "150 µg/m3", "0,5 mg/kg"). */
const CONCENTRATED: ReadonlySet<string> = new Set(['mg', 'g', 'µg', 'μg']);
const PER_VOLUME = /^[ ]?\/[ ]?(l|lít|m3|m³|kg|ml)(?![\p{L}\p{N}])/u;

/** The unit as the record gives it: a lost superscript put back ("m 2" → "m2"), a flow's or a speed's time kept ("m3/s", "km/h"), a concentration's volume ("mg/l"). */
function measureAsWritten(text: string, unit: Unit): { unit: string; end: number } {
  let shown = unit.unit;
  let end = unit.end;
  if (POWERED.has(shown)) {
    const power = POWER_AFTER.exec(text.slice(end, end + 4));
    if (power && !nounAfterPower(text, end + power[0].length)) {
      shown += power[1];
      end += power[0].length;
    }
  }
  const divisor = CONCENTRATED.has(shown) ? PER_VOLUME : RATED.has(shown) ? PER_TIME : shown === SPEED ? PER_HOUR : null;
  if (divisor) {
    const per = divisor.exec(text.slice(end, end + 12));
    if (per) {
      shown += `/${per[1]}`;
      end += per[0].length;
    }
  }
  return { unit: shown, end };
}

/** "rộng 5 m 2 làn xe": a figure before a counted noun of its own is no power. */
function nounAfterPower(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x20 && countedNounEnd(text, at + 1) >= 0;
}

const RECORDS: ReadonlySet<string> = new Set(UNITS_COUNTED_BY_THE_THOUSAND);
const MIN_RECORDS = 1000;

/** "tốp 5 huyện", "top 10 doanh nghiệp": the size of the group at the top, counted like "nhóm 15 tỉnh". */
const TOP_WORDS: ReadonlySet<string> = new Set(['top', 'tốp']);

export function extractCounts(text: string, context: ExtractContext): CountItem[] {
  const items: CountItem[] = [];
  let previous: CountItem | null = null;
  let lastRatioEnd = -1;
  const runs = figureRuns(text, context);
  const acronyms = new Acronyms(text);
  let cursor = 0;
  for (let runEnd = nextRunEnd(runs, cursor); runEnd >= 0; runEnd = nextRunEnd(runs, cursor)) {
    cursor = runEnd;
    const start = runStart(text, runEnd);
    const next = mayCount(text, start, runEnd, acronyms);
    if (next === NO_COUNT || continuesPhoneNumber(text, start)) continue;
    const g = figuresAt(text, start, runEnd, next === UNIT_NEXT);
    if (!g) continue;
    const { a, am, b, bm, to, c, cm } = g;
    const moving = to !== undefined && MOVE_WORD.test(to);
    const afterFirst = start + a.length + am.length;
    const inRange = c !== undefined;
    // The low end of a range takes the high end's multiplier ("từ 1,329 đến 1,488 tỷ đồng", "(mức 50 - 80 triệu đồng/xã)").
    const lowMultiplier = am || (inRange ? cm! : '');
    let end = g.end;
    let unit = unitAt(text, end) ?? (am ? currencyAfterMultiplier(text, end) : null) ?? acronymAt(text, end, acronyms) ?? unitAfterWords(text, end);
    let parts = 0;
    if (!unit && am && b === undefined && c === undefined) {
      const rest = compoundRest(text, end, am);
      unit = rest && unitAt(text, rest.end);
      if (unit) {
        end = rest!.end;
        parts = rest!.value;
      }
    }
    // "lần lượt là 1.402 và 278 chiếc", "World Cup 2014 và 2 trận", "94,5 và 106 – 107,4 triệu đồng": a
    // pair that is no count leaves its second figure to be read afresh.
    const paired = to !== undefined && PAIR_WORD.test(to);
    cursor = paired ? afterFirst : end;
    if (!unit) {
      // "đến năm 1997 còn khoảng 5.000 đến 6.000 tên lửa": no unit after the move's second figure, which may open a range of its own.
      if (moving) cursor = afterFirst;
      continue;
    }
    if (paired && figureAfterName(text, start)) continue;
    const words = wordsBefore(text, start);
    if (moving && words[words.length - 1] !== 'từ') {
      cursor = afterFirst; // "tăng 5 lên 10 người": the second figure alone
      continue;
    }
    // "1.201 trên 2.917 ha" is a share; "năm 2010 trên 19 tỉnh", "thứ 147 trên 250 chiếc" are a label and "over" a count.
    const overShare = b !== undefined && OVER_AT.test(text.slice(afterFirst, afterFirst + 8));
    if (labelOrLevel(text, start, words, a, lowMultiplier, unit)) {
      // "năm 2016 tới 93.000 DN": the year is no count, the figure after it may be; so after a
      // dash between spaces ("Phường 10 – 92,18 điểm": the ward's number, then its score).
      if ((inRange && (!DASHED.test(to!) || SPACED_DASH.test(to!))) || overShare) cursor = afterFirst;
      continue;
    }
    const qualified = qualifierAtEnd(words);
    if (isYear(words, a, unit, inRange && !moving, qualified !== undefined, !am && unit.start === start + a.length)) {
      // "đến năm 1997 còn khoảng 5.000 đến 6.000 tên lửa": a year before a move, the figures after it are read afresh.
      if (overShare || (moving && !DASHED.test(to!))) cursor = afterFirst;
      continue;
    }
    if (a === '1' && !am && b === undefined && c === undefined && NAMED_BY_ONE.has(unit.unit)) continue;
    // "rút ngắn còn 1 buổi.", "dành 1 buổi cho chất vấn": a span of the day, as "ngày" is, not sessions held ("trong 3 buổi làm việc").
    // A qualifier may stand between ("mất chưa tới 1 buổi").
    if (SPANS_OF_THE_DAY.has(unit.unit) && DURATION_WORDS.has(words[words.length - 1 - (qualified?.length ?? 0)]) && SPAN_ENDS.test(text.slice(unit.end, unit.end + 5))) continue;
    if (RECORDS.has(unit.unit.toLowerCase()) && !am && parseAmount(a, '') < MIN_RECORDS) continue;
    // "vào tốp 5 Chỉ số cải cách hành chính", "Top 10 Hoa hậu": a capitalised word after "top" opens a name, not the group counted ("TOP 10 DN" is).
    if (TOP_WORDS.has(words[words.length - 1]) && isUpperCode(text.charCodeAt(unit.start)) && isLowerCode(text.charCodeAt(unit.start + 1))) continue;
    if (placeNameAfterFigure(text, unit) || tableRowNumber(text, start, a, unit)) continue;
    if (unit.unit === 'độ' && ARC_MINUTES.test(text.slice(unit.end, unit.end + 16))) continue; // "08 độ 00’N": a coordinate
    if (OCCASIONS.has(unit.unit.toLowerCase())) {
      if (isRatio(text, start, unit.end, a, c) || continuesRatio(text, lastRatioEnd, start)) {
        lastRatioEnd = unit.end;
        continue;
      }
    }
    const first = grouped(a, lowMultiplier, text, unit);
    const ofTotal = b && grouped(b, bm, text, unit);
    const highEnd = c && grouped(c, cm, text, unit);
    const value = inRange ? rangeLow(first, am, highEnd!, cm, paired) : ofTotal !== undefined ? shareValue(first, am, ofTotal, bm) : parseAmount(first, am) + parts;
    const found: CountItem[] = [];
    if (ofTotal !== undefined) {
      const total = parseAmount(ofTotal, bm);
      if (total < value || isDayMonth(text, start, words, value, total) || isFraction(g.of ?? '', value, total, unit.unit)) continue;
      const item = count(text, start, unit.end, value, unit, qualified?.qualifier, countSubject(text, unit.start, unit.end, start));
      item.total = total;
      found.push(item);
    } else if (inRange) {
      const high = parseAmount(highEnd!, cm);
      if (!moving && !paired && high <= value) continue; // a range goes up: "500-600"; "31-7" is a date
      // A pair holds two figures of one size ("1.402 và 278 chiếc"), not a stray number and a count ("BKS 19Y1 - 3735 và 1 dao", "cơ sở 1 và 135 học sinh").
      if (paired && !ofOneSize(value, high)) continue;
      cursor = end;
      const highStart = end - c.length - cm.length;
      const subject = countSubject(text, unit.start, unit.end, start);
      // "lần lượt là 45, 52 và 60 xã": the figures listed before the pair are counts of its unit too.
      if (paired) {
        for (const listed of listedBefore(text, start, items[items.length - 1]?.span[1] ?? 0)) {
          const listedValue = parseAmount(listed.figure, cm);
          if (!ofOneSize(listedValue, value, high)) break;
          found.unshift(count(text, listed.start, listed.start + listed.figure.length, listedValue, unit, undefined, subject));
        }
      }
      found.push(
        count(text, start, afterFirst, value, unit, qualified?.qualifier, subject),
        count(text, highStart, unit.end, high, unit, qualifierAtEnd(wordsBefore(text, highStart))?.qualifier, subject),
      );
    } else {
      const item = count(text, start, unit.end, value, unit, qualified?.qualifier, countSubject(text, unit.start, unit.end, start));
      // "17.586 vụ việc trên tổng số 28.843 vụ việc": the count takes its total, and the total,
      // written with a counted noun of its own, is read no more (as five annotated cases of seven have it).
      const total = totalAfterUnit(text, unit.end, value);
      if (total !== null) {
        item.total = total.total;
        cursor = total.end;
      }
      // "312 thủ tục/1.705 thủ tục", "923,8 tỷ đồng/1.010 tỷ đồng": the amount after the slash, of the same unit, is the total;
      // a measure glued to its figure gives a choice ("RAM 4GB/6GB").
      const slashed = total === null && unit.start !== afterFirst ? totalAfterSlash(text, unit, value) : null;
      if (slashed) {
        item.total = slashed.total;
        cursor = slashed.end;
      }
      found.push(item);
    }
    const change = changeBefore(words, qualified) ?? coordinatedChange(text, previous, start);
    for (const item of found) {
      if (change) item.change = change;
      items.push(item);
    }
    previous = found[found.length - 1];
  }
  return items;
}

function isFigureCode(code: number): boolean {
  return isDigitCode(code) || code === 0x2e || code === 0x2c;
}

/** Words that may follow a figure before its unit: multipliers, a share's "trong"/"trên", a range's "đến"/"hay"/"lên" … */
const TAIL_WORDS: ReadonlySet<string> = new Set([...MULTIPLIERS.keys(), 'trong', 'trên', 'đến', 'tới', 'hay', 'hoặc', 'và', 'lên', 'xuống', 'còn']);

/** The capitals that abbreviate a district or ward before a point and its number ("Q.9", "P.12"). */
const ADDRESS_ABBREVIATIONS: ReadonlySet<number> = new Set([0x51, 0x50]);
const ZEROS = /^0+$/;

const NO_COUNT = 0;
/** A unit's first word follows the run: the run alone is the figure. */
const UNIT_NEXT = 1;
/** A multiplier, a share or a range may follow. */
const TAIL_NEXT = 2;

/**
 * What follows the run ending at `runEnd`, after spaces: a unit's first word, a tail ("/", "-",
 * "–", or a word that opens a multiplier, a share or a range), or nothing a count can use. A
 * run ending in a point or comma ends a sentence or clause ("… năm 2020.", "… 5,"); "%", ":",
 * ")" end the figure otherwise. Most figures stop here, before any pattern runs.
 */
function mayCount(text: string, start: number, runEnd: number, acronyms: Acronyms): number {
  // The middle or end of a chain ("30-5-2017", "5/12/2014", "92-63-90") opens no count.
  const before = text.charCodeAt(start - 1);
  if ((before === 0x2d || before === 0x2013 || before === 0x2f) && isDigitCode(text.charCodeAt(start - 2))) return NO_COUNT;
  // "Q.9", "P.12": a district or ward, an address.
  if (before === 0x2e && ADDRESS_ABBREVIATIONS.has(text.charCodeAt(start - 2)) && !isLetterOrDigitCode(text.charCodeAt(start - 3))) return NO_COUNT;
  // "30. 000 đồng": the thousands of a figure split by a space, no figure of its own.
  if (text.charCodeAt(start) === 0x30 && runEnd - start >= 2 && ZEROS.test(text.slice(start, runEnd))) return NO_COUNT;
  const i = afterRun(text, runEnd);
  if (i < 0) return NO_COUNT;
  const next = text.charCodeAt(i);
  if (next === 0x2f || next === 0x2d || next === 0x2013) return secondFigureMayCount(text, i + 1) ? TAIL_NEXT : NO_COUNT;
  if (i === runEnd) {
    // "2,5tỷ đồng": a multiplier glued to its figure.
    if (MULTIPLIERS.has(wordAt(text, i))) return TAIL_NEXT;
    return gluedMeasureEnd(text, i) >= 0 || gluedNoun(text, i) ? UNIT_NEXT : NO_COUNT;
  }
  const word = wordAt(text, i);
  if (TAIL_WORDS.has(word)) return TAIL_NEXT;
  if (OPENING_QUOTES.has(next)) return UNIT_HEADS.has(wordAt(text, i + 1)) ? UNIT_NEXT : NO_COUNT;
  if (next === OPEN_PAREN) return unitAfterWords(text, runEnd) ? UNIT_NEXT : NO_COUNT;
  return UNIT_HEADS.has(word) || acronymAt(text, runEnd, acronyms) ? UNIT_NEXT : NO_COUNT;
}

const OPEN_PAREN = 0x28;
/** The figure written out again in words, in brackets, as legal texts do: "47 (bốn mươi bảy) TTHC". */
const IN_WORDS = /^[ \u00a0]?\((?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|trăm|nghìn|ngàn|triệu|tỷ|tỉ|lẻ|linh|không|[ \u00a0])+\)/iu;

/** The unit after a figure's words in brackets, or null. */
function unitAfterWords(text: string, end: number): Unit | null {
  const words = IN_WORDS.exec(text.slice(end, end + 64));
  return words ? unitAt(text, end + words[0].length) : null;
}

/** The abbreviations a text defines for counted nouns, read the first time a figure is followed by capitals. */
class Acronyms {
  private defined: ReadonlySet<string> | undefined;
  constructor(private readonly text: string) {}
  has(word: string): boolean {
    this.defined ??= countedAcronyms(this.text);
    return this.defined.has(word);
  }
}

/** An abbreviation the text defined for a counted noun, after one to three spaces at `index`. */
function acronymAt(text: string, index: number, acronyms: Acronyms): Unit | null {
  const start = skipSpaces(text, index);
  if (start === index || start - index > 3 || !isUpperCode(text.charCodeAt(start + 1))) return null;
  let end = start;
  while (end < text.length && isUpperCode(text.charCodeAt(end))) end++;
  if (isLetterOrDigitCode(text.charCodeAt(end))) return null;
  const word = text.slice(start, end);
  return acronyms.has(word) ? { unit: word, start, end } : null;
}

/**
 * After the "/" of a share or the dash of a range: a figure (a range's may be qualified), then a unit or a multiplier.
 * Dates and scores ("12/5/2017", "5/2017.", "4-0 trước") stop here.
 */
function secondFigureMayCount(text: string, index: number): boolean {
  let i = skipSpaces(text, index);
  const qualifier = wordAt(text, i);
  if (HIGH_QUALIFIERS.has(qualifier)) i = skipSpaces(text, i + qualifier.length); // "từ 45 - hơn 100 tỷ đồng"
  let runEnd = i;
  while (runEnd < text.length && isFigureCode(text.charCodeAt(runEnd))) runEnd++;
  if (runEnd === i || !isDigitCode(text.charCodeAt(i))) return false;
  const after = afterRun(text, runEnd);
  if (after < 0) return false;
  if (after === runEnd) return gluedMeasureEnd(text, runEnd) >= 0; // "6.500-7.500đ", "20-30ha"
  const word = wordAt(text, after);
  return UNIT_HEADS.has(word) || MULTIPLIERS.has(word);
}

/** "giảm 203 chỉ tiêu … và 2.458 chỉ tiêu …", "tăng 3,3 điểm và 8 bậc": one verb governs both. */
function coordinatedChange(text: string, previous: CountItem | null, start: number): Change | undefined {
  if (!previous?.change || start - previous.span[1] > WINDOW) return undefined;
  return COORDINATED.test(text.slice(previous.span[1], start)) ? previous.change : undefined;
}

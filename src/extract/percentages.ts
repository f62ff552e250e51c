// Percentages: every figure followed by "%" or "phần trăm" ("13,13%", "99,7 %", "45 phần
// trăm"), the first figure of a range whose second carries the sign ("80-90%",
// "từ 80 đến 90%"), the figures of a list whose last carries it ("tương ứng là 26,3 và
// 20,8%"), and the start of a move ("giảm từ 66 xuống 59%"). The qualifier before the figure
// is kept; it never changes the value.
import type { PercentageItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { FIGURE, FIGURE_BODY, SP, afterRun, figureRuns, lastWords, nextRunEnd, parseFigure, qualifierOf, runStart, skipSpaces, wordAt } from './numbers.js';
import { isLevel } from './counts.js';
import { isDigitCode, isLowerCode } from './regex.js';
import { figureAfterName } from './words.js';
import { percentageSubject } from './subject.js';

// "tăng 2,5 điểm phần trăm" is a difference in points, the figure followed by "điểm": a count (counts.ts).
const SIGN = `(?:%|phần${SP}+trăm(?![\\p{L}]))`;
const RANGE_TO = `(?:[-–]|(?:đến|tới)(?![\\p{L}]))`;
const RANGE_QUALIFIER = `(?:(?:dưới|trên|khoảng|gần|hơn)${SP}+)?`;
/** The rest of a move whose second figure has the sign, after "từ": " xuống 59%", " lên mức 60%". */
const MOVE_REST = `${SP}+(?:lên|xuống)(?:${SP}+(?:còn|mức))?${SP}+${FIGURE_BODY}${SP}{0,2}${SIGN}`;
/** How many figures a list may hold before its last two: a bound keeps the read of a long run of figures linear. */
const MAX_LISTED = 8;
/** The rest of a list whose last figure has the sign: ", 96,2 và 97%", "; 30,2 và 27 %", " hoặc 20%". */
const LIST_REST = `(?:${SP}{0,2}[,;]${SP}{1,2}${FIGURE_BODY}){0,${MAX_LISTED}}${SP}+(?:và|hoặc)${SP}+${FIGURE_BODY}${SP}{0,2}${SIGN}`;

/**
 * A percentage read at a figure's first digit: the figure with its sign, the low end of a range
 * ("80" of "80-90%"), or a figure of a list ("26,3" of "26,3 và 20,8%").
 */
function percentAt(figure: string): RegExp {
  return new RegExp(
    `(?<figure>${figure})(?:(?<sign>${SP}{0,2}${SIGN})|(?=${SP}{0,2}${RANGE_TO}${SP}{0,2}${RANGE_QUALIFIER}(?<high>${FIGURE_BODY})${SP}{0,2}${SIGN})|(?=(?<listed>)${LIST_REST})|(?=(?<moved>)${MOVE_REST}))`,
    'iuy',
  );
}
const PERCENT_AT = percentAt(FIGURE);
/**
 * After a small letter, where a space was left out ("đạt98,7%", "tương đương10,4%"); a capital
 * or a figure before it still makes a code ("H5N1"). Chosen in code: under the `i` flag a class
 * of capitals would match small letters too.
 */
const PERCENT_AFTER_WORD_AT = percentAt(FIGURE_BODY);
const YEAR = /^(?:19|20)\d\d$/;
/** A figure and a dash right before another: the cells of a row, not a range's low end. */
const FIGURE_DASH_BEFORE = /\d[ \u00a0]{0,2}[-–][ \u00a0]{0,2}$/;

/** What a signed change opens after: a bracket, or a table's cell ("| -10,33%", a tab, a line's start); never a figure ("5 -10%" is a range). */
const CELL_OPENERS: ReadonlySet<number> = new Set([0x28, 0x7c, 0x09, 0x0a]);

/** Whether the minus at `minus` opens a signed change: a bracket, a cell's bar, a tab or a line's start before it, spaces between. */
function opensSignedChange(text: string, minus: number): boolean {
  let i = minus - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  return i < 0 || CELL_OPENERS.has(text.charCodeAt(i));
}

/** Hyphen-minus and the minus sign. */
const MINUS: ReadonlySet<number> = new Set([0x2d, 0x2212]);
/** Every percentage holds "%" or "trăm" (in any case): most articles have neither. */
const TRAM = /[tT][rR][ăĂ][mM]/;
/** Words after a figure that may lead to its sign: "phần trăm", a range's "đến"/"tới". */
const SIGN_WORDS: ReadonlySet<string> = new Set(['phần', 'đến', 'tới', 'và', 'hoặc', 'lên', 'xuống']);
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const SLASH = 0x2f;
const SPACE = 0x20;

/** Whether a percentage may start at the run of digits ending at `runEnd`: a sign or a range must follow. */
function mayBePercent(text: string, runEnd: number): boolean {
  // A list's comma ends the run ("26,3, 27,1 và 28%"), a space and a figure after it; so may a semicolon ("35,5; 30,2 và 27 %").
  if (text.charCodeAt(runEnd - 1) === COMMA) {
    const next = skipSpaces(text, runEnd);
    return next > runEnd && isDigitCode(text.charCodeAt(next));
  }
  const i = afterRun(text, runEnd);
  if (i < 0) return false;
  const next = text.charCodeAt(i);
  if (next === SEMICOLON) return isDigitCode(text.charCodeAt(skipSpaces(text, i + 1)));
  return next === 0x25 || next === 0x2d || next === 0x2013 || SIGN_WORDS.has(wordAt(text, i));
}

export function extractPercentages(text: string, context: ExtractContext): PercentageItem[] {
  const items: PercentageItem[] = [];
  if (!text.includes('%') && !TRAM.test(text)) return items;
  const runs = figureRuns(text, context);
  let cursor = 0;
  let listStart: number | undefined;
  for (let runEnd = nextRunEnd(runs, cursor); runEnd >= 0; runEnd = nextRunEnd(runs, cursor)) {
    cursor = runEnd;
    if (!mayBePercent(text, runEnd)) continue;
    const start = runStart(text, runEnd);
    // "8.740 hồ sơ/97,9%": a share after a noun and a slash, a cell's pair, is read as after a word.
    const pattern = isLowerCode(text.charCodeAt(start - 1)) || (text.charCodeAt(start - 1) === SLASH && isLowerCode(text.charCodeAt(start - 2))) ? PERCENT_AFTER_WORD_AT : PERCENT_AT;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    cursor = end;
    const { figure, sign, high, listed, moved } = m.groups!;
    // "giảm từ 66 xuống 59%": the figure a move starts from, "từ" before it.
    if (moved !== undefined && lastWords(text, start, 1)[0] !== 'từ') continue;
    // "năm 2025 - 100% hồ sơ", "từ năm 2020 đến 30%", "năm 2016 và 146%" start with a year.
    if (!sign && YEAR.test(figure)) continue;
    // A range goes up ("80-90%"), and is no row of cells joined by dashes ("Hành chính – 74 – 21 – 28,38%").
    if (!sign && high !== undefined && (parseFigure(figure) >= parseFigure(high) || FIGURE_DASH_BEFORE.test(text.slice(Math.max(0, start - 6), start)))) continue;
    // "huyện Châu Thành A 96 – 96,8%": a name's cells parted by a spaced dash, a count and then its share, no range ("Hàn Quốc 2-3%" is one).
    if ((listed !== undefined || (!sign && high !== undefined && text.charCodeAt(start + figure.length) === SPACE)) && figureAfterName(text, start)) continue;
    // "dịch vụ công mức độ 3, 4 tới 100% đơn vị": a level, then the share the sign is for.
    if (!sign && isLevel(text, start, figure)) continue;
    // "giảm 23,6 cents (-1,4%)", "| -10,33%": a change written with its sign in brackets or a table's cell is negative.
    const negative = sign !== undefined && MINUS.has(text.charCodeAt(start - 1)) && opensSignedChange(text, start - 1);
    const from = negative ? start - 1 : start;
    const value = parseFigure(figure);
    const item: PercentageItem = { text: text.slice(from, end), span: [from, end], value: negative ? -value : value };
    const qualifier = qualifierOf(text, start, end);
    if (qualifier) item.qualifier = qualifier;
    // A list's figures share what is named before its first ("Tỷ lệ … lần lượt là 45, 52 và 60%").
    if (listed !== undefined) listStart ??= start;
    const subject = percentageSubject(text, listStart ?? start, end);
    if (listed === undefined) listStart = undefined;
    if (subject) item.subject = subject;
    items.push(item);
  }
  return items;
}

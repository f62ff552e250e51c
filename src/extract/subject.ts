// The phrase a figure measures: "tỷ lệ hồ sơ TTHC trả đúng và sớm hạn" before "đạt trên 98%",
// "số hồ sơ đã giải quyết" after "99,7%", "chỉ tiêu biên chế hành chính" after "giảm 203".
// Always a substring of the text, trimmed of function words at both ends; never invented.
// Best effort: undefined where no phrase can be named with some confidence.
import { COUNT_UNITS } from '../lexicon/units.js';
import { alternation, SP } from './numbers.js';

/**
 * Words that open the name of a measure ("tỷ lệ hồ sơ …", "Chỉ số SIPAS 2021", "số lượng …",
 * "số hồ sơ …"); a bare "số" only before a counted noun ("dân tộc thiểu số" names no measure).
 */
const MEASURE_ANCHOR = new RegExp(`(?<![\\p{L}])(?:t[ỷỉ]${SP}+lệ|chỉ${SP}+số|số${SP}+lượng|tổng${SP}+số|kết${SP}+quả|giá${SP}+trị|số)(?![\\p{L}])`, 'giu');
/** Names of ranked indexes ("Chỉ số PAR INDEX", "PAPI", "SIPAS"). */
const INDEX_ANCHOR = /(?<![\p{L}])(?:chỉ số|kết quả|PAR[ -]?INDEX|SIPAS|PAPI|PCI|DTI|ICT[ -]?Index)(?![\p{L}])/giu;
/** Verbs that end a measure's name and state its value ("… đạt 98%", "… là 87,16%"). */
const PREDICATE = /(?<![\p{L}])(?:đạt|là|chiếm|ở mức|bằng|vượt|tăng|cắt giảm|giảm|cao hơn|thấp hơn|xếp|đứng|dẫn đầu|giữ|lên|xuống)(?![\p{L}])/iu;
/** Words before an anchor that make it an object, not the subject ("đạt tỷ lệ cao", "với tỷ lệ"). */
const OBJECT_OF = /(?:^|[^\p{L}])(?:đạt|chiếm|với|ở|theo|có|trong|về|tăng|giảm|nâng|chỉ)[ \u00a0]+$/iu;
/** What may stand between the predicate and the figure: a few words, no figure or punctuation. */
const NEAR_FIGURE = /^[\p{L} \u00a0]{0,24}$/u;
/** Function words never left at either end of a subject. */
const EDGE_WORDS = new Set([
  'và', 'của', 'với', 'cho', 'tại', 'ở', 'trên', 'dưới', 'trong', 'là', 'được', 'đã', 'đang', 'sẽ', 'có',
  'gồm', 'đạt', 'chiếm', 'tăng', 'giảm', 'từ', 'lên', 'xuống', 'bằng', 'vượt', 'đều', 'luôn', 'còn',
  'nhưng', 'song', 'thì', 'mà', 'theo', 'đến', 'khi', 'như', 'về', 'so', 'vì', 'do', 'nên', 'để', 'nhằm',
  'hơn', 'gần', 'khoảng', 'chừng', 'xấp', 'xỉ', 'cả', 'hoặc', 'bị', 'thuộc', 'không', 'quá', 'tối', 'đa',
  'thiểu', 'ít', 'ước', 'chưa', 'tới', 'đầy', 'suýt', 'cũng',
]);
/** Words after a figure's unit that end the unit's modifiers ("… hồ sơ TTHC, đạt 93,5%"). */
const PHRASE_STOP = /(?<![\p{L}])(?:so với|trong đó|đạt|chiếm|với|để|nhằm|tăng|giảm|nhưng|song|(?:lên|xuống) (?:vị trí|thứ|hạng))(?![\p{L}])/iu;
/** A measured noun right after a percentage ("99,7% số hồ sơ", "100% TTHC", "50% người dân"). */
const MEASURED_AFTER = new RegExp(`${SP}*(?:(?:tổng${SP}+)?số|${alternation(COUNT_UNITS)})(?![\\p{L}\\p{N}])`, 'iuy');
/** A counted noun after a comma continues a list of nouns ("100% cán bộ, công chức, viên chức …"). */
const NOUN_AFTER_COMMA = new RegExp(`,${SP}*(?:${alternation(COUNT_UNITS)})(?![\\p{L}\\p{N}])`, 'iuy');
/** A fallback subject opens with a counted noun ("tỉnh cao nhất", "các đơn vị sự nghiệp"). */
const NAMED_HEAD = new RegExp(`(?:(?:các|những|mỗi|toàn|cả)${SP}+)?(?:${alternation(COUNT_UNITS)})(?![\\p{L}\\p{N}])`, 'iuy');
/** A counted noun right after a bare "số". */
const NOUN_AFTER = new RegExp(`${SP}+(?:${alternation(COUNT_UNITS)})(?![\\p{L}\\p{N}])`, 'iuy');
/** The last "và" or comma before a figure that ended a phrase ("1.089 thủ tục và mức độ 4", "75 TTHC, cấp xã 30"). */
const LAST_JOIN = /(?:,|[ \u00a0]và)(?:[ \u00a0]+\p{L}+){0,3}[ \u00a0]*$/u;
const PERCENT_FIGURE = /\d[ \u00a0]*%/;
const ALL_CAPS = /^[\p{Lu}\d \-]+$/u;
const EDGE_CHAR = /[\s,.\-–:;"“”()]/u;
const FIRST_WORD = /^\p{L}+/u;
const LAST_WORD = /\p{L}+$/u;
const LEADING_SPACE = /^[ \u00a0]*/;
const SPACES = /\s+/;
const DIGIT = /\d/;
const MAX_WORDS = 12;
const LOOK_BACK = 240;

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === ';' || c === '!' || c === '?' || c === '(' || c === ')' || c === ':' || c === '…' || c === '|') return true;
  // A full stop, not a thousands point or an abbreviation glued to the next word.
  return c === '.' && (i + 1 >= text.length || text[i + 1] === ' ' || text[i + 1] === '\n');
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Start of the sentence or bracketed clause holding `index`. */
function clauseStart(text: string, index: number): number {
  const floor = Math.max(0, index - LOOK_BACK);
  for (let i = index - 1; i >= floor; i--) if (isBoundary(text, i)) return i + 1;
  return floor;
}

/**
 * End of the noun phrase that starts at `index`: at a boundary, a figure, a comma (unless a
 * counted noun follows it), a stop word, or after MAX_WORDS words.
 */
function phraseEnd(text: string, index: number): number {
  let words = 0;
  let inWord = false;
  let i = index;
  let atFigure = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === ',') {
      NOUN_AFTER_COMMA.lastIndex = i;
      if (!NOUN_AFTER_COMMA.test(text)) break;
    }
    if (isDigit(c)) {
      atFigure = true;
      break;
    }
    if (isBoundary(text, i) || c === '"' || c === '“' || c === '”') break;
    const letter = c !== ' ' && c !== '\u00a0' && c !== '\t' && c !== ',';
    if (letter && !inWord && ++words > MAX_WORDS) break;
    inWord = letter;
  }
  const piece = text.slice(index, i);
  const stop = PHRASE_STOP.exec(piece);
  if (stop) return index + stop.index;
  // "… thủ tục và mức độ 4": the words after the last "và" or comma belong to the next figure.
  const and = atFigure ? LAST_JOIN.exec(piece) : null;
  return and ? index + and.index : i;
}

/** Trims spaces, punctuation and EDGE_WORDS off both ends of [start, end); null when nothing is left. */
function trimmed(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  for (let guard = 0; guard < 12 && s < e; guard++) {
    while (s < e && EDGE_CHAR.test(text[s])) s++;
    while (e > s && EDGE_CHAR.test(text[e - 1])) e--;
    const first = FIRST_WORD.exec(text.slice(s, Math.min(e, s + 12)));
    if (first && EDGE_WORDS.has(first[0].toLowerCase()) && s + first[0].length < e) {
      s += first[0].length;
      continue;
    }
    const last = LAST_WORD.exec(text.slice(Math.max(s, e - 12), e));
    if (last && EDGE_WORDS.has(last[0].toLowerCase()) && e - last[0].length > s) {
      e -= last[0].length;
      continue;
    }
    break;
  }
  return e > s ? [s, e] : null;
}

function phrase(text: string, start: number, end: number): string | undefined {
  const span = trimmed(text, start, end);
  return span ? text.slice(span[0], span[1]) : undefined;
}

/** Up to `max` comma-separated pieces of [from, to), last first; commas inside figures ("1,5") do not split. */
function piecesBackwards(text: string, from: number, to: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  let end = to;
  for (let i = to - 1; i >= from; i--) {
    if (text[i] === ',' && !(isDigit(text[i - 1]) && isDigit(text[i + 1]))) {
      out.push([i + 1, end]);
      if (out.length === max) return out;
      end = i;
    }
  }
  out.push([from, end]);
  return out;
}

/** Anchor matches inside [start, end), without cloning the regex (matchAll would). */
function anchorsIn(text: string, start: number, end: number, anchor: RegExp): [number, number][] {
  const out: [number, number][] = [];
  const piece = text.slice(start, end);
  anchor.lastIndex = 0;
  for (let m = anchor.exec(piece); m; m = anchor.exec(piece)) {
    const at = start + m.index;
    const after = at + m[0].length;
    if (m[0].length === 2 && m[0].toLowerCase() === 'số') {
      NOUN_AFTER.lastIndex = after;
      if (!NOUN_AFTER.test(text)) continue;
    }
    out.push([at, after]);
  }
  return out;
}

interface AnchorOptions {
  /** How many comma-pieces back to look (1: the figure's own piece only). */
  pieces: number;
  /** Require a predicate ("đạt", "là" …) between the name and the figure. */
  predicate: boolean;
  /** In the figure's own piece, take the first anchor (an index name: "Chỉ số PAPI") rather than the last. */
  firstInPiece?: boolean;
  /**
   * Earlier pieces may state other figures of the same measure ("Chỉ số SIPAS đạt 88,64%,
   * xếp vị thứ 16/63"); otherwise a piece with a percentage or a figure after its predicate
   * belongs to another measure.
   */
  acrossFigures?: boolean;
}

/**
 * The named measure before a figure. In the figure's own comma-piece of the clause: the last
 * anchor that is not an object ("đạt tỷ lệ cao"), up to the predicate after it. In earlier
 * pieces holding no other percentage: the first anchor with its predicate inside the piece
 * and no figure after that ("Tỷ lệ … đúng hạn đạt tỷ lệ cao, trung bình đạt 99%").
 */
function anchoredBefore(text: string, index: number, anchor: RegExp, options: AnchorOptions): string | undefined {
  const from = clauseStart(text, index);
  const pieces = piecesBackwards(text, from, index, options.pieces);
  for (let p = 0; p < pieces.length; p++) {
    const [s, e] = pieces[p];
    if (p > 0 && !options.acrossFigures && text.slice(s, e).includes('%')) break;
    const anchors = anchorsIn(text, s, e, anchor);
    if (p === 0 && !options.firstInPiece) anchors.reverse();
    for (const [at, after] of anchors) {
      if (OBJECT_OF.test(text.slice(Math.max(from, at - 12), at))) continue;
      const limit = p === 0 ? index : e;
      const verb = PREDICATE.exec(text.slice(after, limit));
      if (verb) {
        const rest = text.slice(after + verb.index + verb[0].length, limit);
        if (p > 0 ? !options.acrossFigures && DIGIT.test(rest) : rest.length > 60 || (options.predicate && !NEAR_FIGURE.test(rest))) continue;
      } else if (options.predicate || p > 0) continue;
      const found = phrase(text, at, verb ? after + verb.index : index);
      if (found && !PERCENT_FIGURE.test(found) && (found.length > after - at || ALL_CAPS.test(found))) return found;
    }
  }
  return undefined;
}

/** What a percentage measures: the noun after it ("99,7% số hồ sơ đã giải quyết"), else the named measure before it. */
export function percentageSubject(text: string, start: number, end: number): string | undefined {
  MEASURED_AFTER.lastIndex = end;
  if (MEASURED_AFTER.test(text)) {
    const at = end + (LEADING_SPACE.exec(text.slice(end, end + 8))?.[0].length ?? 0);
    const found = phrase(text, at, phraseEnd(text, at));
    if (found) return found;
  }
  const before = anchoredBefore(text, start, MEASURE_ANCHOR, { pieces: 4, predicate: false });
  if (before) return before;
  // No named measure: the piece of clause before the figure, if it is a short phrase headed
  // by a counted noun ("tỉnh thấp nhất là 85,54%").
  const [s, e] = piecesBackwards(text, clauseStart(text, start), start, 1)[0];
  const verb = PREDICATE.exec(text.slice(s, e));
  const own = phrase(text, s, verb ? s + verb.index : e);
  if (!own || DIGIT.test(own)) return undefined;
  const words = own.split(SPACES).length;
  NAMED_HEAD.lastIndex = 0;
  return words >= 2 && words <= 8 && NAMED_HEAD.test(own) ? own : undefined;
}

/**
 * What a count counts: its unit and the words that qualify it ("hồ sơ TTHC", "chỉ tiêu biên
 * chế hành chính"), else a measure named before it and stated by a predicate ("Chỉ số CCHC
 * của huyện đạt 89,16 điểm"). Undefined where the unit alone is all the text says.
 */
export function countSubject(text: string, unitStart: number, unitEnd: number, start: number): string | undefined {
  const after = phrase(text, unitStart, phraseEnd(text, unitStart));
  if (after && after.length > unitEnd - unitStart) return after;
  return anchoredBefore(text, start, MEASURE_ANCHOR, { pieces: 1, predicate: true });
}

/** What a ranking ranks: the index named before it ("Chỉ số PAR INDEX xếp 9/63" → "Chỉ số PAR INDEX"). */
export function rankingSubject(text: string, start: number): string | undefined {
  return anchoredBefore(text, start, INDEX_ANCHOR, { pieces: 3, predicate: false, firstInPiece: true, acrossFigures: true });
}

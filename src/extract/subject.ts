// The phrase a figure measures: "tỷ lệ hồ sơ TTHC trả đúng và sớm hạn" before "đạt trên 98%",
// "số hồ sơ đã giải quyết" after "99,7%", "chỉ tiêu biên chế hành chính" after "giảm 203".
// Always a substring of the text, trimmed of function words at both ends; never invented.
// Best effort: undefined where no phrase can be named with some confidence.
import { CLAUSE_OPENING_UNITS, COUNT_UNITS, NOT_UNITS } from '../lexicon/units.js';
import { execAtWordStart, lowerSlice, skipSpaces, SP, wordAt } from './numbers.js';
import { PhraseSet } from './phrases.js';
import { isDigitCode, isLetterCode } from './regex.js';

// The word patterns below (anchors, predicates, stops) are matched with execAtWordStart,
// which refuses a match inside a word: they need no leading lookbehind.

/**
 * Words that open the name of a measure ("tỷ lệ hồ sơ …", "Chỉ số SIPAS 2021", "số lượng …",
 * "số hồ sơ …"); a bare "số" only before a counted noun ("dân tộc thiểu số" names no measure).
 */
const MEASURE_ANCHOR = new RegExp(`(?:t[ỷỉ]${SP}+lệ|chỉ${SP}+số|số${SP}+lượng|tổng${SP}+số|kết${SP}+quả|giá${SP}+trị|số)(?![\\p{L}])`, 'giu');
/** Names of ranked indexes ("Chỉ số PAR INDEX", "PAPI", "SIPAS"). */
const INDEX_ANCHOR = /(?:chỉ số|kết quả|PAR[ -]?INDEX|SIPAS|PAPI|PCI|DTI|ICT[ -]?Index)(?![\p{L}])/giu;
/** Verbs that end a measure's name and state its value ("… đạt 98%", "… là 87,16%"). */
const PREDICATE = /(?:đạt|là|chiếm|ở mức|bằng|vượt|tăng|cắt giảm|giảm|cao hơn|thấp hơn|xếp|đứng|dẫn đầu|giữ|lên|xuống)(?![\p{L}])/giu;
/** The first words of the PREDICATE phrases. */
const PREDICATE_HEADS: ReadonlySet<string> = new Set([
  'đạt', 'là', 'chiếm', 'ở', 'bằng', 'vượt', 'tăng', 'cắt', 'giảm', 'cao', 'thấp', 'xếp', 'đứng', 'dẫn', 'giữ', 'lên', 'xuống',
]);
/** NEAR_FIGURE's 24 characters and the longest predicate. */
const PREDICATE_REACH = 34;
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
/** Words after a figure's unit that end the unit's modifiers ("… hồ sơ TTHC, đạt 93,5%", "… đơn vị sự nghiệp giai đoạn 2021 - 2025"). */
const PHRASE_STOP = /(?:so với|trong đó|đạt|chiếm|với|để|nhằm|tăng|giảm|nhưng|song|(?:lên|xuống) (?:vị trí|thứ|hạng)|giai đoạn|nhiệm kỳ)(?![\p{L}])/giu;
/** The counted nouns ("hồ sơ", "đơn vị", "TTHC"), read where a word may open one; counts read their units with it too. */
const COUNTED_NOUNS = new PhraseSet(COUNT_UNITS);
/** Phrases that open with a counted noun's word but are none ("đồng thời", "giải quyết"). */
const NOT_UNIT_PHRASES = new PhraseSet(NOT_UNITS);
/**
 * End of the counted noun written at `index`, or -1, also where a longer phrase that is none
 * opens with it ("đồng thời", "giải quyết"). A measured share may still be one ("22% dân số").
 * `head` is the word there, lower-cased, where known.
 */
export function countedNounEnd(text: string, index: number, head = wordAt(text, index)): number {
  const end = COUNTED_NOUNS.matchAt(text, index, head);
  return end >= 0 && NOT_UNIT_PHRASES.matchAt(text, index, head) <= end ? end : -1;
}
/** A measured noun right after a percentage ("99,7% số hồ sơ", "100% TTHC", "50% người dân"). */
const MEASURED = new PhraseSet([...COUNT_UNITS, 'số', 'tổng số']);
const measuredEnd = (text: string, index: number): number => MEASURED.matchAt(text, index);
/** Determiners that may open a fallback subject before its counted noun ("các đơn vị sự nghiệp"). */
const NAMED_HEADS: ReadonlySet<string> = new Set(['các', 'những', 'mỗi', 'toàn', 'cả']);
const PERCENT_FIGURE = /\d[ \u00a0]*%/;
const ALL_CAPS = /^[\p{Lu}\d \-]+$/u;
const SPACES = /\s+/;
const DIGIT = /\d/;
const MAX_WORDS = 12;
const LOOK_BACK = 240;

/**
 * Whether a noun (a counted noun by default, as `nounEnd` reads one) follows the spaces at
 * `index`, at least `minSpaces` of them; its first word is looked up once, and most words open none.
 */
function nounFollows(text: string, index: number, minSpaces: number, nounEnd: (text: string, index: number) => number = countedNounEnd): boolean {
  const i = skipSpaces(text, index);
  return i - index >= minSpaces && nounEnd(text, i) >= 0;
}

/** Whether a counted noun that opens a clause follows ("…, bạn sẽ sở hữu", "…, nam thanh niên cầm dao"): no list. */
function clauseOpens(text: string, index: number): boolean {
  const i = skipSpaces(text, index);
  return CLAUSE_OPENING_UNITS.has(wordAt(text, i));
}

function isBoundary(text: string, i: number): boolean {
  switch (text.charCodeAt(i)) {
    case 0x0a: // \n
    case 0x3b: // ;
    case 0x21: // !
    case 0x3f: // ?
    case 0x28: // (
    case 0x29: // )
    case 0x3a: // :
    case 0x2026: // …
    case 0x7c: // |
      return true;
    case 0x2e: {
      // A full stop, not a thousands point or an abbreviation glued to the next word.
      const next = text.charCodeAt(i + 1);
      return i + 1 >= text.length || next === 0x20 || next === 0x0a;
    }
    default:
      return false;
  }
}

/** Spaces and punctuation trimmed off a subject's ends: \s , . - – : ; " “ ” ( ). */
function isEdgeChar(code: number): boolean {
  switch (code) {
    case 0x2c: case 0x2e: case 0x2d: case 0x2013: case 0x3a: case 0x3b: case 0x22: case 0x201c: case 0x201d: case 0x28: case 0x29:
    case 0x20: case 0x0a: case 0x09: case 0x0b: case 0x0c: case 0x0d: case 0xa0:
      return true;
    default:
      return code >= 0x1680 && SPACE_CHAR.test(String.fromCharCode(code));
  }
}
const SPACE_CHAR = /\s/;

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
    const c = text.charCodeAt(i);
    if (c === 0x2c && (!nounFollows(text, i + 1, 0) || clauseOpens(text, i + 1))) break;
    if (c >= 0x30 && c <= 0x39) {
      atFigure = true;
      break;
    }
    // "hồ sơ trễ hạn/81.560 hồ sơ": a slash before a figure closes the phrase as the figure would.
    if (c === 0x2f && isDigitCode(text.charCodeAt(i + 1))) break;
    if (isBoundary(text, i) || c === 0x22 || c === 0x201c || c === 0x201d) break;
    const letter = c !== 0x20 && c !== 0xa0 && c !== 0x09 && c !== 0x2c;
    if (letter && !inWord && ++words > MAX_WORDS) break;
    inWord = letter;
  }
  const piece = text.slice(index, i);
  const stop = execAtWordStart(PHRASE_STOP, piece);
  if (stop) return index + stop.index;
  // "… thủ tục và mức độ 4": the words after the last "và" or comma belong to the next figure.
  const join = atFigure ? lastJoin(text, index, i) : -1;
  return join >= 0 ? join : i;
}

/** Where phraseEnd stops at once: the end of the text, a boundary, a quote or a figure. */
function endsPhrase(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const c = text.charCodeAt(index);
  // "2.048 lượt/2.391 người": a slash before the next figure ends the unit's phrase.
  if (c === 0x2f && isDigitCode(text.charCodeAt(index + 1))) return true;
  return isBoundary(text, index) || c === 0x22 || c === 0x201c || c === 0x201d || (c >= 0x30 && c <= 0x39);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}

/**
 * The "," or " và" in [from, to) followed by at most three words and spaces up to `to`, the
 * earliest such ("1.089 thủ tục và mức độ 4", "75 TTHC, cấp xã 30"); -1 where there is none.
 */
function lastJoin(text: string, from: number, to: number): number {
  let pos = to;
  while (pos > from && isSpace(text.charCodeAt(pos - 1))) pos--;
  let found = joinEndingAt(text, from, pos);
  for (let words = 1; words <= 3; words++) {
    let letters = pos;
    while (letters > from && isLetterCode(text.charCodeAt(letters - 1))) letters--;
    let spaces = letters;
    while (spaces > from && isSpace(text.charCodeAt(spaces - 1))) spaces--;
    if (letters === pos || spaces === letters) break;
    const join = joinEndingAt(text, from, spaces);
    if (join >= 0) found = join;
    pos = spaces;
  }
  return found;
}

/** Where a "," or a " và" ending at `end` starts, or -1. */
function joinEndingAt(text: string, from: number, end: number): number {
  if (end - 1 >= from && text.charCodeAt(end - 1) === 0x2c) return end - 1;
  if (end - 3 >= from && text.charCodeAt(end - 2) === 0x76 && text.charCodeAt(end - 1) === 0xe0 && isSpace(text.charCodeAt(end - 3))) return end - 3;
  return -1;
}

/**
 * Whether a word that opens a predicate stands within PREDICATE_REACH before `start` with only
 * words and spaces after it: a cheap test of what `predicate: true` requires.
 */
function predicateNear(text: string, start: number): boolean {
  const floor = Math.max(0, start - PREDICATE_REACH);
  for (let i = start; i > floor; ) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c)) {
      i--;
      continue;
    }
    if (!isLetterCode(c)) return false;
    let w = i - 1;
    while (w > floor && isLetterCode(text.charCodeAt(w - 1))) w--;
    if (PREDICATE_HEADS.has(wordAt(text, w))) return true;
    i = w;
  }
  return false;
}

/** Trims spaces, punctuation and EDGE_WORDS off both ends of [start, end); null when nothing is left. */
function trimmed(text: string, start: number, end: number, fromNoun = false): [number, number] | null {
  let s = start;
  let e = end;
  for (let guard = 0; guard < 12 && s < e; guard++) {
    while (s < e && isEdgeChar(text.charCodeAt(s))) s++;
    while (e > s && isEdgeChar(text.charCodeAt(e - 1))) e--;
    const firstEnd = wordEnd(text, s, Math.min(e, s + 12));
    if (!fromNoun && firstEnd > s && firstEnd < e && EDGE_WORDS.has(lowerSlice(text, s, firstEnd))) {
      s = firstEnd;
      continue;
    }
    const lastStart = wordStart(text, e, Math.max(s, e - 12));
    if (lastStart < e && lastStart > s && EDGE_WORDS.has(lowerSlice(text, lastStart, e))) {
      e = lastStart;
      continue;
    }
    break;
  }
  return e > s ? [s, e] : null;
}

/** End of the run of letters starting at `from` (at most to `limit`). */
function wordEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isLetterCode(text.charCodeAt(i))) i++;
  return i;
}

/** Start of the run of letters ending at `to` (at least `limit`). */
function wordStart(text: string, to: number, limit: number): number {
  let i = to;
  while (i > limit && isLetterCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The phrase in [start, end) without function words at its ends; `fromNoun`: it opens with a counted noun, kept whole ("không gian làm việc", "bằng độc quyền"). */
function phrase(text: string, start: number, end: number, fromNoun = false): string | undefined {
  const span = trimmed(text, start, end, fromNoun);
  return span ? text.slice(span[0], span[1]) : undefined;
}

/** Up to `max` comma-separated pieces of [from, to), last first; commas inside figures ("1,5") do not split. */
function piecesBackwards(text: string, from: number, to: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  let end = to;
  for (let i = to - 1; i >= from; i--) {
    if (text.charCodeAt(i) === 0x2c && !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) {
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
  for (let m = execAtWordStart(anchor, piece); m; m = execAtWordStart(anchor, piece, anchor.lastIndex)) {
    const at = start + m.index;
    const after = at + m[0].length;
    if (m[0].length === 2 && m[0].toLowerCase() === 'số' && !nounFollows(text, after, 1)) continue;
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
      const verb = execAtWordStart(PREDICATE, text.slice(after, limit));
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
  if (nounFollows(text, end, 0, measuredEnd)) {
    const at = Math.min(skipSpaces(text, end), end + 8);
    const found = phrase(text, at, phraseEnd(text, at));
    if (found) return found;
  }
  const before = anchoredBefore(text, start, MEASURE_ANCHOR, { pieces: 4, predicate: false });
  if (before) return before;
  // No named measure: the piece of clause before the figure, if it is a short phrase headed
  // by a counted noun ("tỉnh thấp nhất là 85,54%").
  const [s, e] = piecesBackwards(text, clauseStart(text, start), start, 1)[0];
  const verb = execAtWordStart(PREDICATE, text.slice(s, e));
  const own = phrase(text, s, verb ? s + verb.index : e);
  if (!own || DIGIT.test(own)) return undefined;
  const words = own.split(SPACES).length;
  return words >= 2 && words <= 8 && opensWithNoun(own) ? own : undefined;
}

/** Whether `phrase` opens with a counted noun, after a determiner or not ("tỉnh cao nhất", "các đơn vị sự nghiệp"). */
function opensWithNoun(phrase: string): boolean {
  if (countedNounEnd(phrase, 0) >= 0) return true;
  const determiner = wordAt(phrase, 0);
  return NAMED_HEADS.has(determiner) && nounFollows(phrase, determiner.length, 1);
}

/**
 * What a count counts: its unit and the words that qualify it ("hồ sơ TTHC", "chỉ tiêu biên
 * chế hành chính"), else a measure named before it and stated by a predicate ("Chỉ số CCHC
 * của huyện đạt 89,16 điểm"). Undefined where the unit alone is all the text says.
 */
export function countSubject(text: string, unitStart: number, unitEnd: number, start: number): string | undefined {
  // A unit closing its clause ("… 315 người.") has no words after it to read.
  if (!endsPhrase(text, unitEnd)) {
    const after = phrase(text, unitStart, phraseEnd(text, unitStart), true);
    if (after && after.length > unitEnd - unitStart) return after;
  }
  // A named measure needs its predicate within NEAR_FIGURE's reach: most counts have none.
  if (!predicateNear(text, start)) return undefined;
  return anchoredBefore(text, start, MEASURE_ANCHOR, { pieces: 1, predicate: true });
}

/** What a ranking ranks: the index named before it ("Chỉ số PAR INDEX xếp 9/63" → "Chỉ số PAR INDEX"). */
export function rankingSubject(text: string, start: number): string | undefined {
  return anchoredBefore(text, start, INDEX_ANCHOR, { pieces: 3, predicate: false, firstInPiece: true, acrossFigures: true });
}

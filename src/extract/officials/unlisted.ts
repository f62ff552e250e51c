// Names whose surname no list holds, after an honorific and before a post: "Ông Ya Tuấn, Giám
// đốc Trung tâm …", "Bà Êban Y Phu, Phó Chủ tịch …". Without a surname to go by, both the
// honorific before the run and the post after it are needed, and the run must be two to four
// syllables in title case that name no place, no body and open no sentence; a K'Ho name of one
// word ("K'Liêm", "H'Lim") needs only the honorific.
import { mayBeUnlistedSurname, opensNameAt, type NameSpan } from './names.js';
import { PLACE_NAMES } from './patterns.js';
import { runStartingAt } from './runs.js';
import { titleAt } from './tokens.js';
import { isLetterOrDigitCode } from '../regex.js';

const MIN_SYLLABLES = 2;
const MAX_SYLLABLES = 4;
/**
 * A K'Ho or Mạ man's name of one word, or an Ê Đê or Jrai woman's, the marker joined by an
 * apostrophe: "K'Liêm", "K’Điểu", "H'Lim"; not the people "H'Mông".
 */
const MARKED_WORD = String.raw`(?!Mông)\p{Lu}\p{Ll}+`;
const ONE_WORD_NAME = new RegExp(String.raw`^[KH]['’] ?${MARKED_WORD}$`, 'u');
/** The same written with a space after the apostrophe ("ông K’ Brơi"), no further capital after it. */
const SPACED_ONE_WORD_NAME = new RegExp(String.raw`^[KH]['’] ${MARKED_WORD}(?![\p{L}\p{N}]| \p{Lu})`, 'u');
/** What joins the name to its post: a comma or a dash between spaces ("Ông Ya Tuấn – Giám đốc …"). */
const JOIN_TO_POST = /^(?:,[ ]|[ ][-–][ ])/;

/** The run of title-case syllables at `at` when it is such a name: its span, or null. */
function unlistedName(text: string, at: number): NameSpan | null {
  const spaced = SPACED_ONE_WORD_NAME.exec(text.slice(at, at + 24));
  if (spaced) return { start: at, end: at + spaced[0].length };
  const run = runStartingAt(text, at);
  if (!run) return null;
  const [start, end] = run;
  const words = text.slice(start, end).split(' ');
  if ((words.length < MIN_SYLLABLES && !ONE_WORD_NAME.test(words[0])) || words.length > MAX_SYLLABLES) return null;
  // "ông K'Brết giữ chức …", "bà H'Lim": after an honorific a name of one word so marked is a person's, post or none.
  if (words.length === 1) return { start, end };
  if (!mayBeUnlistedSurname(words[0]) || opensNameAt(text, start, start + words[0].length)) return null;
  // "Bà Rịa Vũng Tàu": the honorific may open a place's name.
  const honorific = text.slice(text.lastIndexOf(' ', start - 2) + 1, start - 1).toLowerCase();
  for (let n = words.length; n >= 1; n--) {
    const part = words.slice(0, n).join(' ').toLowerCase();
    if (PLACE_NAMES.has(part) || PLACE_NAMES.has(`${honorific} ${part}`)) return null;
  }
  const join = JOIN_TO_POST.exec(text.slice(end, end + 3));
  return join && titleAt(text, end + join[0].length) >= 0 ? { start, end } : null;
}

/** The names at `starts` (where what follows "ông"/"bà" starts) that open with a surname of no list and have a post after them. */
export function unlistedNames(text: string, starts: readonly number[]): NameSpan[] {
  const names: NameSpan[] = [];
  for (const at of starts) {
    const name = unlistedName(text, text.charCodeAt(at) === 32 ? at + 1 : at);
    if (name) names.push(name);
  }
  return names;
}

/** "các đồng chí:", "Dự có các đồng chí Ủy viên Ban Thường vụ:": a list whose every item the honorific calls. */
const COMRADES_LIST = /(?<![\p{L}])(?:các )?đồng chí(?: [^:.;\n]{0,60})?:[ ]*/giu;
/** Where the list ends: a point before a space or a line's end, or the line's end. */
const LIST_END = /\.(?=\s|$)|\n/g;

/**
 * Where the items of a list opened by "các đồng chí:" start, after its colon and each semicolon
 * ("…: Ha Phim, Phó Trưởng phòng Nội vụ huyện; Bhơriu Lệ, Chủ tịch UBND xã …"): an honorific for
 * each, so a name of no listed surname with its post after it is read there too.
 */
export function listedComradeStarts(text: string): number[] {
  if (!text.includes('đồng chí') && !text.includes('Đồng chí')) return [];
  const starts: number[] = [];
  COMRADES_LIST.lastIndex = 0;
  for (let m = COMRADES_LIST.exec(text); m; m = COMRADES_LIST.exec(text)) {
    const open = m.index + m[0].length;
    LIST_END.lastIndex = open;
    const end = LIST_END.exec(text)?.index ?? text.length;
    starts.push(open);
    for (let at = text.indexOf(';', open); at >= 0 && at < end; at = text.indexOf(';', at + 1)) {
      let next = at + 1;
      while (text.charCodeAt(next) === 32) next++;
      starts.push(next);
    }
    COMRADES_LIST.lastIndex = Math.max(COMRADES_LIST.lastIndex, end);
  }
  return starts;
}

/** A list's bullet at a line's start ("- Zơrâm Vinh – Bí thư Đảng ủy xã;"). */
const BULLET_LINE = /^[ ]*[-+•][ ]+/gmu;

/**
 * Where the items of a bulleted list start: a line's bullet before a name and its post after a
 * dash or a comma sets the person out as an honorific does.
 */
export function bulletStarts(text: string): number[] {
  const starts: number[] = [];
  BULLET_LINE.lastIndex = 0;
  for (let m = BULLET_LINE.exec(text); m; m = BULLET_LINE.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** Where a marker may open a one-word name: "K'", "H'" and their curly forms (most texts have none). */
const MARKERS = ["K'", 'K’', "H'", 'H’'];
const WORD_AFTER_MARKER = /\p{L}+/uy;
const TWO_CAPITALISED_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ $/u;

/**
 * "…; K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy": a marked name of one word needs no honorific before
 * a post after a comma or a dash, nothing else being written so.
 */
export function oneWordNamesBeforePosts(text: string): NameSpan[] {
  const names: NameSpan[] = [];
  for (const marker of MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 2)) {
      if (at > 0 && isLetterOrDigitCode(text.charCodeAt(at - 1))) continue;
      // "Bon Niêng K' Sương": the end of a longer name whose clan no list holds.
      if (TWO_CAPITALISED_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
      WORD_AFTER_MARKER.lastIndex = text.charCodeAt(at + 2) === 32 ? at + 3 : at + 2;
      if (!WORD_AFTER_MARKER.test(text)) continue;
      const end = WORD_AFTER_MARKER.lastIndex;
      if (!ONE_WORD_NAME.test(text.slice(at, end))) continue;
      const join = JOIN_TO_POST.exec(text.slice(end, end + 3));
      if (join && titleAt(text, end + join[0].length) >= 0) names.push({ start: at, end });
    }
  }
  return names;
}

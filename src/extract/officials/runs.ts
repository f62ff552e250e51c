// The runs of capitalised syllables that may hold a person's name: two to twelve title-case
// words in a row, one of them, not the last, a surname ("Chủ tịch UBND tỉnh Cao Bằng Hoàng
// Xuân Ánh" holds the run "Cao Bằng Hoàng Xuân Ánh"). NAME_HINT finds a surname followed by
// another capital; the run is read both ways from there, syllable by syllable, which tells a
// run's edge from the inside of a word ("UBND"). Surnames the hint leaves out are found by
// indexOf after a space ("Âu", "Ứng") and at the start of a line.
import { isApostropheCode, isLetterCode, isLowerCode, isUpperCode } from '../regex.js';
import { wordEnd, wordStart } from '../words.js';
import { isSurnameAt, opensByMiddleName, opensNameAt, runParts, syllablesIn, type Syllable } from './names.js';
import { honorificBefore } from './tokens.js';
import { MIDDLE_NAME_MARKERS, SURNAMES_WITH_A_POST } from '../../lexicon/surnames.js';
import { NAME_PREFIXES } from '../../lexicon/honorifics.js';
import { CAPITALISED_NAME_STARTS, NAME_HINT, NAME_STARTS_BEYOND_HINT } from './patterns.js';

/** Runs longer than this are headlines in title case, not names. */
const MAX_SYLLABLES = 12;
const SPACE = 32;
const NEWLINE = 10;
const BEYOND_HINT_NEEDLES = NAME_STARTS_BEYOND_HINT.map((surname) => `${surname} `);
/** The ambiguous surnames that open a name with a post after it or an honorific before it ("ông Sơn Thanh Tùng"): names.ts decides. */
const WITH_A_POST_NEEDLES = SURNAMES_WITH_A_POST.map((surname) => `${surname} `);
/** The middle names without their first space, which indexOf would stop at everywhere. */
const MIDDLE_NEEDLES = MIDDLE_NAME_MARKERS.map((marker) => marker.slice(1));
/** The prefixes in capitals with their point ("TS.", "PGS.TS."): a name may follow them without a space. */
const GLUED_PREFIX_NEEDLES = NAME_PREFIXES.filter((prefix) => !prefix.includes(' ')).map((prefix) => `${prefix}.`);
/** The characters a name can open with (opensNameAt): a surname's first, or the "H" of "H’". */
const NAME_FIRST_CODES: ReadonlySet<number> = new Set([...CAPITALISED_NAME_STARTS.map((s) => s.charCodeAt(0)), 0x48]);

/** Whether [start, end) is one title-case syllable: a capital ("H’H" too), then lower case only. */
export function isSyllable(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > 12 || !isUpperCode(text.charCodeAt(start))) return false;
  let i = start + 1;
  if (isApostropheCode(text.charCodeAt(i)) && isUpperCode(text.charCodeAt(i + 1))) i += 2;
  for (; i < end; i++) if (!isLowerCode(text.charCodeAt(i))) return false;
  return true;
}

/** The run of syllables around the surname that starts at `at`, as [start, end), or null. */
function runAround(text: string, at: number): [number, number] | null {
  let start = at;
  let end = wordEnd(text, at);
  if (!isSyllable(text, start, end) || text.charCodeAt(end) !== SPACE) return null;
  let count = 1;
  while (text.charCodeAt(end) === SPACE) {
    const next = wordEnd(text, end + 1);
    if (!isSyllable(text, end + 1, next)) break;
    end = next;
    if (++count > MAX_SYLLABLES) return null;
  }
  while (text.charCodeAt(start - 1) === SPACE) {
    const word = wordStart(text, start - 1);
    if (!isSyllable(text, word, start - 1)) break;
    start = word;
    if (++count > MAX_SYLLABLES) return null;
  }
  return count >= 2 ? [start, end] : null;
}

/** Whether a syllable of the run in [start, end), not the last, opens a name. */
export function mayHoldName(text: string, start: number, end: number): boolean {
  for (let at = start, stop = wordEnd(text, at); stop < end; at = stop + 1, stop = wordEnd(text, at)) {
    if (opensNameAt(text, at, stop)) return true;
  }
  return false;
}

/** The run of title-case syllables that ends at `end` and starts at or after `floor`, as [start, end], or null. */
export function runEndingAt(text: string, end: number, floor: number): [number, number] | null {
  let start = wordStart(text, end);
  if (start < floor || !isSyllable(text, start, end)) return null;
  while (text.charCodeAt(start - 1) === SPACE) {
    const word = wordStart(text, start - 1);
    if (word < floor || !isSyllable(text, word, start - 1)) break;
    start = word;
  }
  return [start, end];
}

/** The run of title-case syllables that starts at `start`, as [start, end], or null. */
export function runStartingAt(text: string, start: number): [number, number] | null {
  let end = wordEnd(text, start);
  if (!isSyllable(text, start, end)) return null;
  for (let count = 1; count < MAX_SYLLABLES && text.charCodeAt(end) === SPACE; count++) {
    const next = wordEnd(text, end + 1);
    if (!isSyllable(text, end + 1, next)) break;
    end = next;
  }
  return [start, end];
}

/** Where a surname may open a run: after NAME_HINT's space, at a line's start, after a space for the rarer ones. */
function surnameStarts(text: string): number[] {
  const starts: number[] = [];
  NAME_HINT.lastIndex = 0;
  while (NAME_HINT.test(text)) {
    starts.push(wordStart(text, NAME_HINT.lastIndex - 2));
    NAME_HINT.lastIndex--;
  }
  const more: number[] = [];
  const add = (at: number): void => {
    if (!NAME_FIRST_CODES.has(text.charCodeAt(at))) return;
    const end = wordEnd(text, at);
    if (end > at && text.charCodeAt(end) === SPACE && opensNameAt(text, at, end)) more.push(at);
  };
  for (let line = 0; line >= 0 && line < text.length; line = text.indexOf('\n', line) + 1 || -1) {
    if (text.charCodeAt(line) !== NEWLINE) add(line);
  }
  const lines = more.length;
  // The needle opens with the surname: one that opens with a space, a common character, makes
  // indexOf stop at every space.
  for (const needle of BEYOND_HINT_NEEDLES) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) if (text.charCodeAt(i - 1) === SPACE) add(i);
  }
  for (const needle of WITH_A_POST_NEEDLES) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) if (text.charCodeAt(i - 1) === SPACE && opensRunOrFollowsHonorific(text, i)) more.push(i);
  }
  // An academic prefix glued to the name by its point ("TS.Lê Viết Khuyến"): no space before the surname.
  for (const needle of GLUED_PREFIX_NEEDLES) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      if (i === 0 || !isLetterCode(text.charCodeAt(i - 1))) add(i + needle.length);
    }
  }
  // A surname no list holds, before a middle name ("Cà Thị Hương"): found at the middle name.
  for (const needle of MIDDLE_NEEDLES) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      if (i < 2 || text.charCodeAt(i - 1) !== SPACE) continue;
      // After a space or at a line's start, as NAME_HINT reads the surnames of the lists.
      const start = wordStart(text, i - 1);
      const before = text.charCodeAt(start - 1);
      if (start < i - 1 && (start === 0 || before === SPACE || before === NEWLINE) && !isSurnameAt(text, start, i - 1) && opensByMiddleName(text, start, i - 1)) more.push(start);
    }
  }
  if (!more.length) return starts;
  if (more.length > lines) more.sort((a, b) => a - b);
  return mergeSorted(starts, more);
}

/** Whether the word before `at` (after its space) is in small letters or an honorific: not "Lạng Sơn", "Hà Sơn". */
function opensRunOrFollowsHonorific(text: string, at: number): boolean {
  return !isUpperCode(text.charCodeAt(wordStart(text, at - 1))) || honorificBefore(text, at) >= 0;
}

/** The two ascending lists as one. */
function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** The runs that may hold a name, in the text's order, each split where a name cannot go on (names.ts runParts). */
export function nameRuns(text: string): Syllable[][][] {
  const out: Syllable[][][] = [];
  let covered = 0;
  for (const at of surnameStarts(text)) {
    if (at < covered) continue;
    const run = runAround(text, at);
    if (!run) continue;
    covered = run[1];
    out.push(runParts(syllablesIn(text, run[0], run[1]), text));
  }
  return out;
}

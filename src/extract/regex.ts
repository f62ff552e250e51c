// Regular-expression helpers the extractors share, and the kind of a character (letter, digit)
// for code that reads the text at a known position without a pattern. A pattern run over a
// whole text should open with a literal (" ", "\n") and avoid the `u` flag and look-behinds:
// V8 then scans for the literal, several times faster than `\p{Lu}` tried at every position.
// The text is NFC (normalised on input), so every Vietnamese letter is one UTF-16 unit.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An alternation of phrases, longest first, so that it prefers "Phó Chủ tịch" to "Phó",
 * "Kế hoạch hành động" to "Kế hoạch". A space in a phrase matches `spaces`: one or two plain
 * spaces by default, `{ spaces: '[ \\u00a0]+' }` for any run of spaces.
 */
export function alternation(words: Iterable<string>, { spaces = ' {1,2}' }: { spaces?: string } = {}): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, spaces))
    .join('|');
}

/**
 * An alternation of words shaped as a trie on their first character: "N(?:guyễn|gô)|T(?:rần)".
 * V8 then tests one character per position before it tries any word.
 */
export function trieAlternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of new Set(words)) byFirst.set(word[0], [...(byFirst.get(word[0]) ?? []), escapeRegExp(word.slice(1))]);
  return [...byFirst].map(([first, rests]) => `${escapeRegExp(first)}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`).join('|');
}

// ---- letters ----------------------------------------------------------------------------

const UPPER = 1;
const LOWER = 2;
const OTHER_LETTER = 3;
const DIGIT = 4;
const MARK = 5;
const UNKNOWN = 255;

/** Kind of each UTF-16 code unit, 0 for what is not part of a word; filled in on first sight. */
const KIND = new Uint8Array(0x10000).fill(UNKNOWN);

function learn(code: number): number {
  const ch = String.fromCharCode(code);
  let kind = 0;
  if (/\p{Lu}/u.test(ch)) kind = UPPER;
  else if (/\p{Ll}/u.test(ch)) kind = LOWER;
  else if (/\p{L}/u.test(ch)) kind = OTHER_LETTER;
  else if (/\p{N}/u.test(ch)) kind = DIGIT;
  else if (/\p{M}/u.test(ch)) kind = MARK;
  KIND[code] = kind;
  return kind;
}

/** The kind of a code unit; 0 past either end of a string (charCodeAt's NaN reads as code 0). */
function kindOf(code: number): number {
  const unit = code | 0;
  const kind = KIND[unit];
  return kind === UNKNOWN ? learn(unit) : kind;
}

/** Whether the code unit belongs to a word (a letter, a digit or a mark). */
export function isWordCode(code: number): boolean {
  return kindOf(code) !== 0;
}

/** Whether the code unit is a letter or a digit of any script (\\p{L} or \\p{N}; no mark). */
export function isLetterOrDigitCode(code: number): boolean {
  const kind = kindOf(code);
  return kind !== 0 && kind !== MARK;
}

export function isUpperCode(code: number): boolean {
  return kindOf(code) === UPPER;
}

export function isLowerCode(code: number): boolean {
  return kindOf(code) === LOWER;
}

/** "'" and "’", which a word may hold inside ("H’Hen"). */
export function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The gap the normaliser writes for a tab, between a table's cells: two spaces right before `at`. */
export const CELL_GAP = '  ';

/** Whether a table's cell gap (CELL_GAP) ends right before `at`. */
export function cellGapBefore(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 0x20 && text.charCodeAt(at - 2) === 0x20;
}

/**
 * A letter by code unit, loosely and without a table: ASCII letters, and above U+00BF anything
 * but ×, ÷ and the punctuation and symbol blocks (so marks and letters of every script count).
 * The word scans of the number parser read words with it.
 */
export function isLetterCode(code: number): boolean {
  // Past the text's end charCodeAt gives NaN, which is no letter: "!(code >= 0xc0)" holds for it.
  if (!(code >= 0xc0)) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f);
}

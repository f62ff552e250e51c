// All spans refer to the text this module returns, so every step here must run before
// anything measures offsets.

// Invisible characters: zero-width spaces and joiners, word joiner, BOM, soft hyphen,
// bidirectional marks and isolates, invisible operators, variation selectors.
const INVISIBLE = '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\u00ad\\u034f\\u180e\\ufe00-\\ufe0f';
// No-break, fixed-width and ideographic spaces, tabs (two spaces each, so that a table's cells
// stay apart); control characters other than the newline (which would otherwise reach the
// output as escapes) count as spaces too.
const ODD_SPACES = '\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\t\\v\\f\\u0000-\\u0008\\u000e-\\u001f\\u007f\\u0080-\\u009f';
// Full-width ASCII ("９９％", "Ｎｏ．") and the other percent signs.
const FULL_WIDTH = '\\uff01-\\uff5e';
const OTHER_PERCENT = '\\ufe6a\\u066a';

// One pass does every clean-up. An invisible character between CR and LF must not make two
// line breaks, so a CR swallows the invisibles and the LF after it.
const CLEANUP = new RegExp(`\\r[${INVISIBLE}]*\\n?|[\\u2028\\u2029\\u0085]|[${INVISIBLE}]|[${ODD_SPACES}]|[${FULL_WIDTH}]|[${OTHER_PERCENT}]`, 'g');
// Most articles hold only newlines, printable ASCII, no-break spaces, Latin-1 letters,
// precomposed Vietnamese and common punctuation, which nothing here changes but the no-break
// spaces. One scan for anything else settles them; a second scan of the whole text, after the
// spaces are replaced, cost more than all the rest of normalising such a text.
const PLAIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0a, 0x0a], [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x1e00, 0x1eff], [0x2010, 0x2027], [0x2030, 0x205e],
];
// A table of the UTF-16 code units: looking each one up is a third faster than the negated
// character class V8 compiles from the same ranges. Surrogates are not plain, so astral
// characters fail as they did.
const PLAIN_UNITS = new Uint8Array(0x10000);
for (const [low, high] of PLAIN_RANGES) PLAIN_UNITS.fill(1, low, high + 1);

/** True when normalizeText changes nothing in the text but its no-break spaces (withPlainSpaces); so it holds no control character. */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (PLAIN_UNITS[text.charCodeAt(i)] === 0) return false;
  return true;
}

/** No-break spaces to plain spaces: all normalizeText does to a text isPlainText accepts. */
export function withPlainSpaces(text: string): string {
  // A plain string replacement, no regex; the search alone where there is none.
  return text.includes('\u00a0') ? text.replaceAll('\u00a0', ' ') : text;
}

const TAB = 0x09;
const IS_INVISIBLE = new RegExp(`^[${INVISIBLE}]$`);
const IS_ODD_SPACE = new RegExp(`^[${ODD_SPACES}]$`);

function cleaned(match: string): string {
  const c = match.charCodeAt(0);
  if (c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return '\n';
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0xfe6a || c === 0x066a) return '%';
  if (IS_INVISIBLE.test(match)) return '';
  // A tab parts a table's cells: two spaces keep the columns apart, as the extractors read a wide gap.
  if (c === TAB) return '  ';
  return IS_ODD_SPACE.test(match) ? ' ' : match;
}

// Characters NFC may change; text without any is already NFC. Testing is cheaper than the
// normalising copy, and most articles pass.
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u20cf]/;

/**
 * True when NFC cannot change the text: every character is below the combining marks
 * (U+0300), or a precomposed Vietnamese letter (U+1E00–U+1EFF), or ordinary punctuation
 * (U+2010–U+20CF). A base letter followed by a combining mark fails the test at the mark.
 */
export function isSurelyNfc(text: string): boolean {
  return !MAY_CHANGE_UNDER_NFC.test(text);
}

export function toNfc(text: string): string {
  return isSurelyNfc(text) ? text : text.normalize('NFC');
}

/**
 * Invisible characters dropped; CRLF, CR and Unicode line separators to LF; odd spaces and
 * stray controls to plain spaces; full-width ASCII to ASCII; then NFC (last, so that a mark
 * separated from its letter by an invisible character still composes).
 */
export function normalizeText(text: string): string {
  if (isPlainText(text)) return withPlainSpaces(text);
  // The spaces first, without a callback each: they are the outsider common in saved pages.
  return toNfc(withPlainSpaces(text).replace(CLEANUP, cleaned));
}

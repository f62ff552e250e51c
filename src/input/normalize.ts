// All spans refer to the text this module returns, so every step here must run before
// anything measures offsets.

// No-break, fixed-width and ideographic spaces, tabs; control characters other than the
// newline (which would otherwise reach the output as escapes) count as spaces too.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f\u0000-\u0008\u000e-\u001f\u007f\u0080-\u009f]/g;
// Invisible characters: zero-width spaces and joiners, word joiner, BOM, soft hyphen,
// bidirectional marks and isolates, invisible operators, variation selectors.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u034f\u180e\ufe00-\ufe0f]/g;
// Full-width ASCII ("９９％", "Ｎｏ．") and the other percent signs.
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const OTHER_PERCENT = /[\ufe6a\u066a]/g;
const NEWLINES = /\r\n?|[\u2028\u2029\u0085]/g;
const HAS_NEWLINE_VARIANT = /[\r\u2028\u2029\u0085]/;

// Anything the clean-up passes below would change; most articles have none of it, and one
// test is cheaper than five replace passes that find nothing.
const NEEDS_CLEANUP = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u034f\u066a\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2069\u3000\ufe00-\ufe0f\ufe6a\ufeff\uff01-\uff5e]/;

/**
 * True when NFC cannot change the text: every character is below the combining marks
 * (U+0300), or a precomposed Vietnamese letter (U+1E00–U+1EFF), or ordinary punctuation
 * (U+2010–U+20CF). A base letter followed by a combining mark fails the test at the mark.
 * One pass over char codes is several times cheaper than normalising.
 */
export function isSurelyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x20cf)) continue;
    return false;
  }
  return true;
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
  if (!NEEDS_CLEANUP.test(text)) return toNfc(text);
  // Invisible characters go first: one between CR and LF must not make two line breaks.
  let out = text.replace(INVISIBLE, '');
  if (HAS_NEWLINE_VARIANT.test(out)) out = out.replace(NEWLINES, '\n');
  out = out.replace(ODD_SPACES, ' ');
  out = out.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(OTHER_PERCENT, '%');
  return toNfc(out);
}

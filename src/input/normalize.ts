// All spans refer to the text this module returns, so every step here must run before
// anything measures offsets.

// Characters NFC can change: combining marks, Hangul jamo and the few singletons that NFC
// maps to other code points. Text without any of them is already NFC, and testing for them
// is several times cheaper than normalising.
const MAY_CHANGE_UNDER_NFC = /[\p{M}\u1100-\u11ff\u0340\u0341\u0343\u0344\u0374\u037e\u0387\u1f00-\u1fff\u2126\u212a\u212b\u2329\u232a\uf900-\ufaff]/u;
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

export function toNfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

/**
 * Invisible characters dropped; CRLF, CR and Unicode line separators to LF; odd spaces and
 * stray controls to plain spaces; full-width ASCII to ASCII; then NFC (last, so that a mark
 * separated from its letter by an invisible character still composes).
 */
export function normalizeText(text: string): string {
  // Invisible characters go first: one between CR and LF must not make two line breaks.
  let out = text.replace(INVISIBLE, '');
  if (HAS_NEWLINE_VARIANT.test(out)) out = out.replace(NEWLINES, '\n');
  out = out.replace(ODD_SPACES, ' ');
  out = out.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(OTHER_PERCENT, '%');
  return toNfc(out);
}

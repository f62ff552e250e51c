// All spans refer to the text this module returns, so every step here must run before
// anything measures offsets.

// Characters NFC can change: combining marks, Hangul jamo and the few singletons that NFC
// maps to other code points. Text without any of them is already NFC, and testing for them
// is several times cheaper than normalising.
const MAY_CHANGE_UNDER_NFC = /[\p{M}\u1100-\u11ff\u0340\u0341\u0343\u0344\u0374\u037e\u0387\u1f00-\u1fff\u2126\u212a\u212b\u2329\u232a\uf900-\ufaff]/u;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const NEWLINES = /\r\n?|[\u2028\u2029\u0085]/g;

export function toNfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

/** NFC, odd spaces to plain spaces, zero-width characters dropped, CRLF and CR to LF, full-width ASCII to ASCII. */
export function normalizeText(text: string): string {
  let out = toNfc(text);
  if (out.includes('\r') || out.includes('\u2028') || out.includes('\u2029') || out.includes('\u0085')) out = out.replace(NEWLINES, '\n');
  out = out.replace(ODD_SPACES, ' ').replace(ZERO_WIDTH, '');
  out = out.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return out;
}

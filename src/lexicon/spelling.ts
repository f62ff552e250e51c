// Vietnamese writes the tone of "oa", "oe", "uy" at a syllable's end on either vowel
// ("Thanh Hóa" / "Thanh Hoá", "Ủy ban" / "Uỷ ban"). Lexicons are written in the modern
// placement; matchers run over `foldTones(text)`, which has the same length as `text`
// (each pair is two UTF-16 units either way), so offsets found there index the original.

const OLD_TO_NEW: Record<string, string> = {};
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
for (const [first, second] of [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y'], ['O', 'a'], ['O', 'e'], ['U', 'y']] as const) {
  for (const tone of TONES) {
    const oldStyle = (first + (second + tone).normalize('NFC')).normalize('NFC');
    const newStyle = ((first + tone).normalize('NFC') + second).normalize('NFC');
    if (oldStyle.length === 2 && newStyle.length === 2) OLD_TO_NEW[oldStyle] = newStyle;
  }
}

// Only at a syllable's end ("hoàn", "thuyền" keep their tone in both styles), and never
// after "q", where "u" belongs to the consonant ("quý", "quỹ").
const OLD_PLACEMENT = new RegExp(`(?<![qQ])(?:${Object.keys(OLD_TO_NEW).join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/** The text with old-style tone placement moved to the modern vowel; same length as `text`. */
export function foldTones(text: string): string {
  return text.replace(OLD_PLACEMENT, (pair) => OLD_TO_NEW[pair]);
}

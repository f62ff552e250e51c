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

const NEW_TO_OLD: Record<string, string> = {};
for (const [oldStyle, newStyle] of Object.entries(OLD_TO_NEW)) NEW_TO_OLD[newStyle] = oldStyle;

/** A word written with the old tone placement ("Hòa" → "Hoà"), or the word itself when it has no such pair. */
export function oldToneForm(word: string): string {
  const n = word.length;
  const pair = NEW_TO_OLD[word.slice(n - 2)];
  return pair === undefined || (n > 2 && (word[n - 3] === 'q' || word[n - 3] === 'Q')) ? word : word.slice(0, n - 2) + pair;
}

/** Last letters of an old-style pair ("á" of "oá"), lower case: a word ending in none needs no folding. */
const OLD_PAIR_ENDS = new Set(Object.keys(OLD_TO_NEW).map((pair) => pair.toLowerCase().charCodeAt(1)));
const O = 'o'.charCodeAt(0);
const U = 'u'.charCodeAt(0);

/** Old-style pairs and their modern form as lower-case code units, packed `first << 16 | second`. */
export const MODERN_PAIRS: ReadonlyMap<number, number> = new Map(
  Object.entries(OLD_TO_NEW)
    .filter(([oldStyle]) => oldStyle === oldStyle.toLowerCase())
    .map(([oldStyle, newStyle]) => [(oldStyle.charCodeAt(0) << 16) | oldStyle.charCodeAt(1), (newStyle.charCodeAt(0) << 16) | newStyle.charCodeAt(1)]),
);

/** Whether a word ending in this lower-case letter may carry an old-style tone ("á" of "hoá"). */
export function mayEndInOldTone(code: number): boolean {
  return OLD_PAIR_ENDS.has(code);
}

/** The tone-folded lower-case form of one word, the key lexicon lookups compare: "Uỷ" → "ủy", "Hoá" → "hóa". */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  const n = lower.length;
  if (n < 2 || !OLD_PAIR_ENDS.has(lower.charCodeAt(n - 1))) return lower;
  const vowel = lower.charCodeAt(n - 2);
  if ((vowel !== O && vowel !== U) || (n > 2 && lower[n - 3] === 'q')) return lower;
  const pair = OLD_TO_NEW[lower.slice(n - 2)];
  return pair === undefined ? lower : lower.slice(0, n - 2) + pair;
}

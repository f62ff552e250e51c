// The shape of a Vietnamese syllable with its tone removed: onset, nucleus (with its medial
// o/u), coda. Used to tell which of several decodings of unlabelled bytes reads as Vietnamese.
// Longer alternatives come first so that a regex built from them tries them first.

export const ONSETS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

export const NUCLEI: readonly string[] = [
  'uyê', 'uya', 'oă', 'oa', 'oe', 'oo', 'uâ', 'uê', 'uy', 'uơ', 'ươ', 'ưa', 'uô', 'ua', 'iê', 'ia', 'yê', 'ya',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];

/** Final consonants and the glides that close a syllable ("ai", "ao", "iêu", "ươi"). */
export const CODAS: readonly string[] = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', 'i', 'y', 'o', 'u'];

/** The five tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). */
export const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

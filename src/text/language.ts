import { franc } from 'franc';

/** franc is unreliable below about this many letters; shorter texts are not rejected. */
export const MIN_LANGUAGE_SAMPLE = 100;
/** franc reads at most 2,048 characters; on the 10,000 baomoi articles and the dev set the first 1,024 give the same verdicts. */
export const SAMPLE_CHARS = 1024;
/** Share of letters that only Vietnamese uses above which a text is Vietnamese whatever franc says: one in 20. */
const LETTERS_PER_VIETNAMESE = 20;
const VIETNAMESE_DENSITY = 1 / LETTERS_PER_VIETNAMESE;

// Letters only Vietnamese uses among the languages these pages come in.
const VIETNAMESE_LETTER = /^[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]$/iu;
const LETTER = /^\p{L}$/u;

// Each code point's class, worked out by the regexes above the first time it is seen:
// counting with a table is several times faster than matching the whole sample.
const UNKNOWN = 0;
const OTHER = 1;
const LETTER_CLASS = 2;
const VIETNAMESE_CLASS = 3;
const classes = new Uint8Array(0x10000);

function classify(char: string): number {
  if (VIETNAMESE_LETTER.test(char)) return VIETNAMESE_CLASS;
  return LETTER.test(char) ? LETTER_CLASS : OTHER;
}

interface LetterCounts {
  letters: number;
  vietnamese: number;
  /** Counting stopped early: the text is dense in Vietnamese letters whatever the rest holds. */
  dense: boolean;
}

/** Letters, and letters only Vietnamese uses, in `sample`. */
function countLetters(sample: string): LetterCounts {
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length) {
      kind = classify(String.fromCodePoint(sample.codePointAt(i) as number)); // astral: rare, not cached
      i++;
    } else {
      kind = classes[code];
      if (kind === UNKNOWN) kind = classes[code] = classify(String.fromCharCode(code));
    }
    if (kind >= LETTER_CLASS) letters++;
    if (kind === VIETNAMESE_CLASS) {
      vietnamese++;
      // Were every unit left a letter of another language, the share would still be above the density.
      const mostLetters = letters + (sample.length - i - 1);
      if (letters >= MIN_LANGUAGE_SAMPLE && vietnamese * LETTERS_PER_VIETNAMESE > mostLetters) return { letters, vietnamese, dense: true };
    }
  }
  return { letters, vietnamese, dense: false };
}

const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/gu;

function nonLatinLetters(sample: string): number {
  return sample.match(NON_LATIN_LETTER)?.length ?? 0;
}

export interface LanguageVerdict {
  language: string;
  vietnamese: boolean;
  /** Set when the sample was too short to judge. */
  unchecked?: boolean;
}

export function detectLanguage(text: string): LanguageVerdict {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { letters, vietnamese: vietnameseLetters, dense } = countLetters(sample);
  if (dense) return { language: 'vie', vietnamese: true };
  if (letters < MIN_LANGUAGE_SAMPLE) {
    // A short text in a script Vietnamese is never written in (Han, Cyrillic, Thai…) needs no statistics.
    if (vietnameseLetters === 0 && letters > 0 && nonLatinLetters(sample) * 2 > letters) return { language: franc(sample, { minLength: 1 }), vietnamese: false };
    return { language: 'vie', vietnamese: true, unchecked: vietnameseLetters === 0 };
  }
  // franc confuses Vietnamese written without many diacritics, so a text dense in
  // Vietnamese-only letters is Vietnamese whatever the trigram model says. Deciding that
  // first spares franc (most of the per-document cost) on nearly every article.
  if (vietnameseLetters / letters > VIETNAMESE_DENSITY) return { language: 'vie', vietnamese: true };
  const code = franc(sample, { minLength: MIN_LANGUAGE_SAMPLE });
  if (code === 'vie') return { language: 'vie', vietnamese: true };
  return { language: code, vietnamese: false };
}

import { franc } from 'franc';

/** franc is unreliable below about this many letters; shorter texts are not rejected. */
export const MIN_LANGUAGE_SAMPLE = 100;
const SAMPLE_CHARS = 1024;

// Letters only Vietnamese uses among the languages these pages come in.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

export interface LanguageVerdict {
  language: string;
  vietnamese: boolean;
  /** Set when the sample was too short to judge. */
  unchecked?: boolean;
}

export function detectLanguage(text: string): LanguageVerdict {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  const vietnameseLetters = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (letters < MIN_LANGUAGE_SAMPLE) return { language: 'vie', vietnamese: true, unchecked: vietnameseLetters === 0 };
  const code = franc(sample, { minLength: MIN_LANGUAGE_SAMPLE });
  // franc confuses Vietnamese written without many diacritics; a text dense in
  // Vietnamese-only letters is Vietnamese whatever the trigram model says.
  if (code === 'vie' || vietnameseLetters / letters > 0.05) return { language: 'vie', vietnamese: true };
  return { language: code, vietnamese: false };
}

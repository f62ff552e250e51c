import type { FigureRuns } from './numbers.js';

/** What every extractor sees besides the body text. */
export interface ExtractContext {
  /** The article's publication date (`YYYY-MM-DD`) or the user's --reference-date, for year-less dates. */
  reference: string | null;
  /** The body's runs of digits, kept by the first extractor that scans them for the others (numbers.ts figureRuns). */
  figureRuns?: FigureRuns;
}

/** One extractor: the body text in, items with spans into that text out. Never throws. */
export type Extractor<T> = (text: string, context: ExtractContext) => T[];

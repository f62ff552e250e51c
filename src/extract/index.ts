import type { Items } from '../schema.js';
import type { ExtractContext } from './context.js';
import { extractCounts } from './counts.js';
import { extractDates } from './dates.js';
import { extractDocuments } from './documents.js';
import { extractOfficials } from './officials.js';
import { extractPercentages } from './percentages.js';
import { extractPeriods } from './periods.js';
import { extractRankings } from './rankings.js';

export type { ExtractContext } from './context.js';

/** Runs every extractor once over the body. Overlaps between kinds are settled by the refiners. */
export function extractAll(text: string, context: ExtractContext): Items {
  return {
    dates: extractDates(text, context),
    periods: extractPeriods(text, context),
    officials: extractOfficials(text, context),
    percentages: extractPercentages(text, context),
    counts: extractCounts(text, context),
    documents: extractDocuments(text, context),
    rankings: extractRankings(text, context),
  };
}

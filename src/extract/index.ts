import { KINDS, type ItemOf, type Items, type Kind } from '../schema.js';
import type { ExtractContext, Extractor } from './context.js';
import { extractCounts } from './counts.js';
import { extractDates } from './dates.js';
import { extractDocuments } from './documents.js';
import { extractOfficials } from './officials.js';
import { extractPercentages } from './percentages.js';
import { extractPeriods } from './periods.js';
import { extractRankings } from './rankings.js';

export type { ExtractContext } from './context.js';

/** Every extractor by the kind it gives, in record order. */
export const EXTRACTORS: { readonly [K in Kind]: Extractor<ItemOf<K>> } = {
  dates: extractDates,
  periods: extractPeriods,
  officials: extractOfficials,
  percentages: extractPercentages,
  counts: extractCounts,
  documents: extractDocuments,
  rankings: extractRankings,
};

/** Runs every extractor once over the body. Overlaps between kinds are settled by the refiners. */
export function extractAll(text: string, context: ExtractContext): Items {
  const items = {} as { [K in Kind]: ItemOf<K>[] };
  for (const kind of KINDS) (items[kind] as ItemOf<typeof kind>[]) = EXTRACTORS[kind](text, context);
  return items;
}

import type { Items } from '../schema.js';
import type { ExtractContext } from '../extract/context.js';
import { resolveOverlaps } from './overlaps.js';

/** Cross-cutting clean-up after every extractor has run, in a fixed order. */
export function refine(items: Items, _context: ExtractContext): Items {
  return resolveOverlaps(items);
}

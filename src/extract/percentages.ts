import type { PercentageItem } from '../schema.js';
import type { ExtractContext } from './context.js';

// Placeholder until the extractor issue lands: the pipeline and writers are real, this kind is empty.
export function extractPercentages(_text: string, _context: ExtractContext): PercentageItem[] {
  return [];
}

import type { Record } from '../schema.js';

/** A writer turns records into text: what goes before the first, each record, what goes after the last. */
export interface RecordFormat {
  header(): string;
  record(record: Record, index: number): string;
  footer(count: number): string;
}

export const FORMATS = ['json', 'ndjson', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

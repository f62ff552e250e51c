import type { Record } from '../schema.js';

/**
 * A writer turns records into text: what goes before the first record, each record alone,
 * what goes between two, what goes after the last. `record` depends on the record only, so
 * worker threads can format while the main thread just joins the pieces in order.
 */
export interface RecordFormat {
  header(): string;
  record(record: Record): string;
  separator: string;
  footer(count: number): string;
}

export const FORMATS = ['json', 'ndjson', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

/** What a worker needs to build the same format: plain data that crosses threads. */
export interface FormatSpec {
  name: FormatName;
  bom: boolean;
}

/** Joins formatted records into the whole output (tests and small callers). */
export function writeAll(format: RecordFormat, records: readonly Record[]): string {
  return format.header() + records.map((r) => format.record(r)).join(format.separator) + format.footer(records.length);
}

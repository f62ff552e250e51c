// A record formatted where it was made (in a worker, with --jobs > 1), with what the
// summary line needs: the main thread then only joins strings in input order.
import type { RecordFormat } from '../output/format.js';
import { KINDS, isErrorRecord, type Record } from '../schema.js';

export interface Encoded {
  source: string;
  chunk: string;
  error: boolean;
  /** Items per kind, in KINDS order; empty for an error record. */
  counts: number[];
}

export function encodeRecord(record: Record, format: RecordFormat): Encoded {
  const error = isErrorRecord(record);
  return { source: record.source, chunk: format.record(record), error, counts: error ? [] : KINDS.map((kind) => record[kind].length) };
}

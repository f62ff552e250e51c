// A record formatted where it was made (in a worker, with --jobs > 1), with what the
// summary line needs: the main thread then only joins the pieces in input order.
import type { RecordFormat } from '../output/format.js';
import { KINDS, isErrorRecord, type Record } from '../schema.js';

export interface Encoded {
  source: string;
  /** The formatted record: text, or its UTF-8 bytes when it comes from a worker. */
  chunk: string | Uint8Array;
  error: boolean;
  /** Items per kind, in KINDS order; empty for an error record. */
  counts: number[];
}

export function encodeRecord(record: Record, format: RecordFormat): Encoded {
  const error = isErrorRecord(record);
  return { source: record.source, chunk: format.record(record), error, counts: error ? [] : KINDS.map((kind) => record[kind].length) };
}

/**
 * Turns the text chunks of a batch into views on one UTF-8 buffer, returned for transfer.
 * Moving bytes spares both threads a copy of every string and the main thread the strings'
 * garbage and their encoding at write time.
 */
export function packChunks(batch: Encoded[]): ArrayBuffer {
  const texts = batch.map((encoded) => (typeof encoded.chunk === 'string' ? encoded.chunk : Buffer.from(encoded.chunk).toString()));
  // TextEncoder gives a buffer of its own (Buffer.from may share Node's pool, which must not move).
  const bytes = new TextEncoder().encode(texts.join(''));
  let offset = 0;
  batch.forEach((encoded, i) => {
    const length = Buffer.byteLength(texts[i]);
    encoded.chunk = bytes.subarray(offset, (offset += length));
  });
  return bytes.buffer;
}

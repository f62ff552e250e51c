// --resume: the NDJSON output file is its own journal. Every finished record is appended as
// one whole line; on the next run the sources already there are skipped, and a torn last line
// (a crash in the middle of a write) is cut off before appending.
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UsageError } from '../errors.js';

export interface Journal {
  /** Sources with a record in the file. */
  done: Set<string>;
  /** Those of them whose record is an error record. */
  failed: Set<string>;
  /** Bytes of a torn last line that were cut off. */
  torn: number;
}

// Records are written by JSON.stringify with `source` first, so its value is read without
// parsing the whole line; anything else falls back to JSON.parse.
const SOURCE_FIRST = /^\{"source":("(?:[^"\\]|\\.)*")/;
const ERROR_NEXT = ',"error":{';
const TAIL_BLOCK = 64 * 1024;

/** Length of the file up to and including its last newline. */
async function completeLength(path: string, size: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const block = Buffer.allocUnsafe(TAIL_BLOCK);
    for (let end = size; end > 0; end -= TAIL_BLOCK) {
      const start = Math.max(0, end - TAIL_BLOCK);
      const { bytesRead } = await handle.read(block, 0, end - start, start);
      const at = block.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (at >= 0) return start + at + 1;
    }
    return 0;
  } finally {
    await handle.close();
  }
}

function sourceOf(line: string, path: string, lineNumber: number): { source: string; error: boolean } {
  const match = SOURCE_FIRST.exec(line);
  if (match) return { source: JSON.parse(match[1]) as string, error: line.startsWith(ERROR_NEXT, match[0].length) };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    record = null;
  }
  const source = (record as { source?: unknown } | null)?.source;
  if (typeof source !== 'string') throw new UsageError(`--resume: ${path} line ${lineNumber} is not a cchc-extract NDJSON record; not appending to it`);
  return { source, error: 'error' in (record as object) };
}

/** Reads the sources already in `path` and cuts off a torn last line. A missing file is an empty journal. */
export async function openJournal(path: string): Promise<Journal> {
  const journal: Journal = { done: new Set(), failed: new Set(), torn: 0 };
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`--resume: ${path} is not a regular file`);
    size = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return journal;
    throw error;
  }
  const complete = size === 0 ? 0 : await completeLength(path, size);
  if (complete > 0) {
    const lines = createInterface({ input: createReadStream(path, { start: 0, end: complete - 1 }), crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      const { source, error } = sourceOf(line, path, lineNumber);
      journal.done.add(source);
      if (error) journal.failed.add(source);
    }
  }
  if (complete < size) {
    await truncate(path, complete);
    journal.torn = size - complete;
  }
  return journal;
}

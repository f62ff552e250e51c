// Where the formatted records go: standard output, an -o file written atomically, or (with
// --resume) an -o file appended to in place. Writes are gathered into chunks of up to 64 KB
// and flushed at the latest on the next turn of the event loop: records still reach the
// reader as documents finish, with a few system calls instead of one per record.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { openAtomic } from './atomic.js';

const FLUSH_AT = 64 * 1024;

export interface Sink {
  /** Resolves when the chunk (text, or UTF-8 bytes) is accepted; waits while the destination is behind. Rejects once it has failed. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Writes what is left and closes: renames an atomic file into place. */
  commit(): Promise<void>;
  /** Gives up: removes an atomic temporary file; appended lines stay. Synchronous, for signal handlers. */
  abort(): void;
}

class BufferedWriter {
  private pending: (string | Uint8Array)[] = [];
  private size = 0;
  private scheduled = false;
  private failure: Error | null = null;

  constructor(private readonly out: Writable) {
    out.on('error', (error: Error) => {
      this.failure ??= error;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
    this.pending.push(chunk);
    this.size += chunk.length;
    if (this.size >= FLUSH_AT) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  flush(): void {
    this.scheduled = false;
    if (!this.size || this.failure || this.out.destroyed) return;
    const parts = this.pending;
    this.drop();
    if (parts.every((part) => typeof part === 'string')) this.out.write(parts.join(''));
    else this.out.write(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part))));
  }

  /** Flushes, then rethrows any failure of the destination. */
  settle(): void {
    this.flush();
    if (this.failure) throw this.failure;
  }

  drop(): void {
    this.pending = [];
    this.size = 0;
  }
}

export function stdoutSink(out: Writable = process.stdout): Sink {
  const writer = new BufferedWriter(out);
  return {
    write: (chunk) => writer.write(chunk),
    commit: async () => {
      writer.settle();
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    abort: () => writer.drop(),
  };
}

export async function atomicSink(path: string): Promise<Sink> {
  const file = await openAtomic(path);
  const writer = new BufferedWriter(file.stream);
  return {
    write: (chunk) => writer.write(chunk),
    commit: async () => {
      writer.settle();
      await file.commit();
    },
    abort: () => {
      writer.drop();
      file.abort();
    },
  };
}

/** Appends to `path` (created if missing); every line handed over stays even if the run dies. */
export async function appendSink(path: string): Promise<Sink> {
  const stream = createWriteStream(path, { flags: 'a' });
  await once(stream, 'open');
  const writer = new BufferedWriter(stream);
  return {
    write: (chunk) => writer.write(chunk),
    commit: async () => {
      writer.settle();
      stream.end();
      await finished(stream);
    },
    abort: () => {
      // What is already handed to the stream may still be written; a torn last line is cut
      // off by the next --resume.
      writer.flush();
      stream.end();
    },
  };
}

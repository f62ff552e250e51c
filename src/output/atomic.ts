// -o FILE is written to a temporary file beside it and renamed into place at the end, so an
// interrupted run leaves either the previous file or a complete new one, never half of one.
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

export interface AtomicFile {
  stream: WriteStream;
  /** The temporary file's path (removed by abort, renamed by commit). */
  temp: string;
  /** Flushes and renames the temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the previous output, if any, stays. Synchronous, for signal handlers. */
  abort(): void;
}

/** Opens the temporary file; rejects (ENOENT, EACCES…) when it cannot be created. */
export async function openAtomic(target: string): Promise<AtomicFile> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const stream = createWriteStream(temp);
  await once(stream, 'open');
  let done = false;
  const abort = () => {
    if (done) return;
    done = true;
    stream.destroy();
    rmSync(temp, { force: true });
  };
  return {
    stream,
    temp,
    commit: async () => {
      if (done) throw new Error(`${target}: output already closed`);
      try {
        stream.end();
        await finished(stream);
        renameSync(temp, target);
        done = true;
      } catch (error) {
        abort();
        throw error;
      }
    },
    abort,
  };
}

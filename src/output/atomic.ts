// -o FILE is written to a temporary file beside it and renamed into place at the end, so an
// interrupted run leaves either the previous file or a complete new one.
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicFile {
  stream: WriteStream;
  /** Flushes and renames the temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the previous output, if any, stays. */
  abort(): void;
}

export function openAtomic(target: string): AtomicFile {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const stream = createWriteStream(temp);
  let done = false;
  return {
    stream,
    commit: () =>
      new Promise((resolve, reject) => {
        stream.end(() => {
          try {
            renameSync(temp, target);
            done = true;
            resolve();
          } catch (error) {
            reject(error);
          }
        });
        stream.once('error', reject);
      }),
    abort: () => {
      if (done) return;
      done = true;
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}

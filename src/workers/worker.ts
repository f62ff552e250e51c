// One worker thread of the pool: reads the files of a batch (when given paths), runs the
// pipeline over the batch, and formats the records when the run asked for a format (their
// UTF-8 bytes then move to the main thread in one buffer).
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import { errorRecord, processDocumentsAsync, type DocumentInput } from '../document.js';
import { readFileInput } from '../input/read.js';
import { packChunks, type Encoded } from '../run/encoded.js';
import type { Record } from '../schema.js';
import { finisher, type WorkerSettings, type WorkerTask } from './pool.js';

const { pipeline, format } = workerData as WorkerSettings;
const finish = finisher(format);

/** The task's bytes, or the error record of a file that cannot be read. */
function read(task: WorkerTask): DocumentInput | Record {
  if ('bytes' in task) return { source: task.source, input: new Uint8Array(task.bytes) };
  try {
    return { source: task.source, input: readFileInput(task.source, task.path, pipeline.maxBytes) };
  } catch (error) {
    return errorRecord(task.source, error);
  }
}

export default async function processBatch(tasks: WorkerTask[]): Promise<(Record | Encoded)[]> {
  const inputs = tasks.map(read);
  const documents = inputs.filter((r): r is DocumentInput => 'input' in r);
  const records = await processDocumentsAsync(documents, pipeline);
  let next = 0;
  const results = inputs.map((r) => finish('input' in r ? records[next++] : r));
  if (!format) return results;
  const encoded = results as Encoded[];
  return move({ [transferableSymbol]: [packChunks(encoded)], [valueSymbol]: encoded }) as unknown as Encoded[];
}

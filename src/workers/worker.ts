// One worker thread of the pool: reads (when given a path) and runs the pipeline on each
// document of a batch, and formats the records when the run asked for a format.
import { workerData } from 'piscina';
import { errorRecord, processDocumentAsync } from '../document.js';
import { readFileInput } from '../input/read.js';
import type { Encoded } from '../run/encoded.js';
import type { Record } from '../schema.js';
import { finisher, type WorkerSettings, type WorkerTask } from './pool.js';

const { pipeline, format } = workerData as WorkerSettings;
const finish = finisher(format);

function run(task: WorkerTask): Promise<Record> | Record {
  if ('bytes' in task) return processDocumentAsync(task.source, new Uint8Array(task.bytes), pipeline);
  let bytes: Uint8Array;
  try {
    bytes = readFileInput(task.source, task.path, pipeline.maxBytes);
  } catch (error) {
    return errorRecord(task.source, error);
  }
  return processDocumentAsync(task.source, bytes, pipeline);
}

export default async function processBatch(tasks: WorkerTask[]): Promise<(Record | Encoded)[]> {
  const out: (Record | Encoded)[] = [];
  for (const task of tasks) out.push(finish(await run(task)));
  return out;
}

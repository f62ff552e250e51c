// One worker thread of the pool: reads (when given a path) and runs the pipeline on each
// document of a batch, and formats the records when the run asked for a format.
import { workerData } from 'piscina';
import { readFileInput } from '../input/read.js';
import { errorRecord, processDocument } from '../pipeline.js';
import type { Encoded } from '../run/encoded.js';
import type { Record } from '../schema.js';
import { finisher, type WorkerSettings, type WorkerTask } from './pool.js';

const { pipeline, format } = workerData as WorkerSettings;
const finish = finisher(format);

function run(task: WorkerTask): Record {
  if ('bytes' in task) return processDocument(task.source, new Uint8Array(task.bytes), pipeline);
  let bytes: Uint8Array;
  try {
    bytes = readFileInput(task.source, task.path, pipeline.maxBytes);
  } catch (error) {
    return errorRecord(task.source, error);
  }
  return processDocument(task.source, bytes, pipeline);
}

export default function processBatch(tasks: WorkerTask[]): (Record | Encoded)[] {
  return tasks.map((task) => finish(run(task)));
}

// One worker thread of the pool: runs the pipeline on each document of a batch, and formats
// the records when the run asked for a format.
import { workerData } from 'piscina';
import { processDocument } from '../pipeline.js';
import type { Encoded } from '../run/encoded.js';
import type { Record } from '../schema.js';
import { finisher, type WorkerSettings, type WorkerTask } from './pool.js';

const { pipeline, format } = workerData as WorkerSettings;
const finish = finisher(format);

export default function processBatch(tasks: WorkerTask[]): (Record | Encoded)[] {
  return tasks.map((task) => finish(processDocument(task.source, new Uint8Array(task.bytes), pipeline)));
}

// One worker thread of the pool: runs the pipeline on each document of a batch.
import { workerData } from 'piscina';
import { processDocument, type PipelineOptions } from '../pipeline.js';
import type { Record } from '../schema.js';
import type { WorkerTask } from './pool.js';

const options = workerData as PipelineOptions;

export default function processBatch(tasks: WorkerTask[]): Record[] {
  return tasks.map((task) => processDocument(task.source, new Uint8Array(task.bytes), options));
}

// Where documents are processed: in this thread (--jobs 1) or in a pool of worker threads.
// Reading stays on the main thread; the bytes are transferred to a worker, which decodes,
// extracts and validates, and sends the records back, already formatted when a FormatSpec
// is given (the CLI's case), so that the main thread only joins strings.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { formatFor } from '../output/index.js';
import type { FormatSpec } from '../output/format.js';
import type { PipelineOptions } from '../pipeline.js';
import { encodeRecord, type Encoded } from '../run/encoded.js';
import type { Record } from '../schema.js';

/** A processor gives Records, or Encoded records when it was made with a FormatSpec. */
export interface DocumentProcessor<T = Record> {
  /** Never rejects: a failure, even a worker that dies, becomes the document's error record. */
  process(source: string, bytes: Uint8Array): Promise<T>;
  close(): Promise<void>;
}

/** What a worker is started with: plain data only. */
export interface WorkerSettings {
  pipeline: PipelineOptions;
  format?: FormatSpec;
}

export interface WorkerTask {
  source: string;
  bytes: ArrayBuffer;
}

/** Documents per message to a worker at most: one message costs about as much as extracting a short article. */
export const MAX_BATCH = 8;

// A small young generation: each worker's RSS drops by about 24 MB at no measurable cost
// (documents are small and short-lived). The old generation is left unbounded, so a huge
// document does not kill a worker that --jobs 1 would have processed.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** Only the plain pipeline settings cross to the workers. */
export function pipelineOptions(options: PipelineOptions): PipelineOptions {
  const { type, langCheck, includeContent, referenceDate, maxBytes } = options;
  return { type, langCheck, includeContent, referenceDate, maxBytes };
}

/** Record → what the processor gives: the record itself, or it formatted. */
export function finisher(format: FormatSpec | undefined): (record: Record) => Record | Encoded {
  if (!format) return (record) => record;
  const writer = formatFor(format);
  return (record) => encodeRecord(record, writer);
}

/** The pipeline is loaded only here and in the workers: with workers, the main thread never loads the extractors. */
export async function inProcess<T = Record>(options: PipelineOptions, format?: FormatSpec): Promise<DocumentProcessor<T>> {
  const { processDocument } = await import('../pipeline.js');
  const settings = pipelineOptions(options);
  const finish = finisher(format);
  return {
    process: async (source, bytes) => finish(processDocument(source, bytes, settings)) as T,
    close: async () => {},
  };
}

/**
 * The compiled worker module. Beside this module once built (dist/workers/); when this module
 * runs from src/ (vitest), the built copy in dist/: workers cannot load TypeScript.
 */
export function workerFile(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../dist/workers/worker.js', import.meta.url));
}

interface Job<T> {
  source: string;
  /** Kept until the record is back, to retry alone if the worker dies on its batch. */
  bytes: Uint8Array;
  resolve(result: T): void;
}

function failure(source: string, error: unknown): Record {
  const message = error instanceof Error ? error.message : String(error);
  return { source, error: { code: 'internal', message: `worker failed on this document: ${message}` } };
}

/**
 * Documents go to the workers in batches: at once while a worker would otherwise idle,
 * else gathered up to MAX_BATCH, which keeps the messages per document (the main thread's
 * cost) low. A batch whose worker dies is retried one document at a time, so only the
 * document that kills a worker gets an `internal` error record.
 */
export function workerPool<T = Record>(options: PipelineOptions, jobs: number, filename = workerFile(), format?: FormatSpec): DocumentProcessor<T> {
  if (!existsSync(filename)) throw new Error(`worker module ${filename} not found: run \`npm run build\` first`);
  const workerData: WorkerSettings = { pipeline: pipelineOptions(options), format };
  const pool = new Piscina<WorkerTask[], T[]>({ filename, minThreads: jobs, maxThreads: jobs, workerData, resourceLimits: WORKER_LIMITS });
  const finish = finisher(format);
  const queue: Job<T>[] = [];
  let running = 0;

  function send(batch: Job<T>[]): void {
    running++;
    // A copy of exactly these bytes (Buffer#slice would share Node's pool buffer) is what moves.
    const tasks = batch.map((job) => ({ source: job.source, bytes: new Uint8Array(job.bytes).buffer as ArrayBuffer }));
    pool.run(tasks, { transferList: tasks.map((task) => task.bytes) }).then(
      (records) => batch.forEach((job, i) => job.resolve(records[i])),
      (error: unknown) => {
        if (batch.length === 1) batch[0].resolve(finish(failure(batch[0].source, error)) as T);
        else for (const job of batch) send([job]);
      },
    ).finally(() => {
      running--;
      pump();
    });
  }

  function pump(): void {
    while (queue.length > 0 && (running < jobs || queue.length >= MAX_BATCH)) send(queue.splice(0, MAX_BATCH));
  }

  return {
    process: (source, bytes) =>
      new Promise<T>((resolve) => {
        queue.push({ source, bytes, resolve });
        pump();
      }),
    close: () => pool.destroy(),
  };
}

/** `jobs` 1 runs in this thread; more starts that many worker threads. */
export async function createProcessor<T = Record>(options: PipelineOptions, jobs: number, format?: FormatSpec): Promise<DocumentProcessor<T>> {
  return jobs > 1 ? workerPool<T>(options, jobs, workerFile(), format) : await inProcess<T>(options, format);
}

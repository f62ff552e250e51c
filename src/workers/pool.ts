// Where documents are processed: in this thread (--jobs 1) or in a pool of worker threads.
// With workers, a file is read by the worker that processes it (the main thread only walks
// the inputs and writes); standard input is read here and its bytes transferred. Records
// come back already formatted when a FormatSpec is given (the CLI's case), so that the main
// thread only joins strings.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatFor } from '../output/index.js';
import type { FormatSpec } from '../output/format.js';
import type { PipelineOptions } from '../document.js';
import { encodeRecord, type Encoded } from '../run/encoded.js';
import type { Record } from '../schema.js';

/** A processor gives Records, or Encoded records when it was made with a FormatSpec. */
export interface DocumentProcessor<T = Record> {
  /** Never rejects: a failure, even a worker that dies, becomes the document's error record. */
  process(source: string, bytes: Uint8Array): Promise<T>;
  /** Reads and processes a file where the processing runs; without it the caller reads. */
  processFile?(source: string, path: string): Promise<T>;
  close(): Promise<void>;
}

/** What a worker is started with: plain data only. */
export interface WorkerSettings {
  pipeline: PipelineOptions;
  format?: FormatSpec;
}

/** A document for a worker: its bytes, or the path of the file the worker reads itself. */
export type WorkerTask = { source: string; bytes: ArrayBuffer } | { source: string; path: string };

/**
 * Documents per batch at most: per message to a worker, and per run of the stages (see
 * processDocuments). A message and its reply cost the main thread about as much as
 * extracting a short article, so batches of 8 cost it a quarter more CPU than 32; but a
 * worker's batch of 32 outgrows its small young generation and its peak RSS rose by half
 * (181 → 267 MB on 15,000 articles with --jobs 2) for no gain in speed. 16 keeps both low.
 */
export const MAX_BATCH = 16;

/**
 * Documents per run of the stages in this thread (--jobs 1), which pays no message per batch:
 * the longer each stage runs, the longer its tables stay in the processor's caches. On 20,000
 * generated articles 32 took 7% less time than 16 (6.11 against 6.57 s, mean of four runs) at
 * the same peak RSS; 64 gained nothing more and raised peak RSS from 116 to 192 MB.
 */
export const IN_PROCESS_BATCH = 32;

// A small young generation: each worker's RSS drops by about 24 MB at no measurable cost
// (documents are small and short-lived). A bounded old generation: unbounded, V8 let each
// worker's heap grow with the run, and the peak RSS of --jobs 2 over 100,000 generated articles
// ranged from 220 to 353 MB between runs; bounded at 160 MB it stayed at 209–218 MB for 2–5%
// more CPU (at 96 or 128 MB the collector cost a quarter more). A document too big for it is
// processed in the main thread, as --jobs 1 would (workerPool).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 160 };
/** The error a worker ends with when its heap reaches WORKER_LIMITS. */
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

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

/**
 * The pipeline is loaded only here and in the workers: with workers, the main thread never
 * loads the extractors; its HTML branch, only when a page comes. In this thread, documents
 * that arrive together (up to IN_PROCESS_BATCH) are processed as one batch, stage by stage, as
 * a worker processes its batch.
 */
export async function inProcess<T = Record>(options: PipelineOptions, format?: FormatSpec): Promise<DocumentProcessor<T>> {
  const { processDocumentsAsync } = await import('../document.js');
  const settings = pipelineOptions(options);
  const finish = finisher(format);
  let queue: { source: string; input: Uint8Array; resolve(result: T): void }[] = [];
  let scheduled = false;

  async function flush(): Promise<void> {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (!batch.length) return;
    const records = await processDocumentsAsync(batch, settings);
    batch.forEach((document, i) => document.resolve(finish(records[i]) as T));
  }

  return {
    process: (source, input) =>
      new Promise<T>((resolve) => {
        queue.push({ source, input, resolve });
        if (queue.length >= IN_PROCESS_BATCH) void flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(() => void flush());
        }
      }),
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
  bytes?: Uint8Array;
  path?: string;
  resolve(result: T): void;
}

/** A copy of exactly these bytes (Buffer#slice would share Node's pool buffer) is what moves. */
function task(job: Job<unknown>): WorkerTask {
  return job.path !== undefined ? { source: job.source, path: job.path } : { source: job.source, bytes: new Uint8Array(job.bytes!).buffer as ArrayBuffer };
}

function failure(source: string, error: unknown): Record {
  const message = error instanceof Error ? error.message : String(error);
  return { source, error: { code: 'internal', message: `worker failed on this document: ${message}` } };
}

/**
 * Documents go to the workers in batches: at once while a worker would otherwise idle,
 * else gathered up to MAX_BATCH, which keeps the messages per document (the main thread's
 * cost) low. A batch whose worker dies is retried one document at a time, so only the
 * document that kills a worker gets an `internal` error record; one that fills a worker's heap
 * is processed in this thread instead.
 */
export async function workerPool<T = Record>(options: PipelineOptions, jobs: number, filename = workerFile(), format?: FormatSpec): Promise<DocumentProcessor<T>> {
  if (!existsSync(filename)) throw new Error(`worker module ${filename} not found: run \`npm run build\` first`);
  // Loaded only here: --jobs 1 never starts a worker.
  const { Piscina } = await import('piscina');
  const workerData: WorkerSettings = { pipeline: pipelineOptions(options), format };
  const pool = new Piscina<WorkerTask[], T[]>({ filename, minThreads: jobs, maxThreads: jobs, workerData, resourceLimits: WORKER_LIMITS });
  const finish = finisher(format);
  const queue: Job<T>[] = [];
  let running = 0;
  /** This thread's processor, started for the first document too big for a worker's heap. */
  let here: Promise<DocumentProcessor<T>> | null = null;

  /** The record of a document its worker died on: processed here where the worker ran out of memory, else an `internal` error. */
  function alone(job: Job<T>, error: unknown): void {
    if ((error as { code?: unknown } | null)?.code !== OUT_OF_MEMORY) {
      job.resolve(finish(failure(job.source, error)) as T);
      return;
    }
    here ??= inProcess<T>(options, format);
    here
      .then(async (processor) => processor.process(job.source, job.bytes ?? (await readFile(job.path!))))
      .then(job.resolve, (second: unknown) => job.resolve(finish(failure(job.source, second)) as T));
  }

  function send(batch: Job<T>[]): void {
    running++;
    const tasks = batch.map(task);
    pool.run(tasks, { transferList: tasks.flatMap((t) => ('bytes' in t ? [t.bytes] : [])) }).then(
      (records) => batch.forEach((job, i) => job.resolve(records[i])),
      (error: unknown) => {
        if (batch.length === 1) alone(batch[0], error);
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

  const enqueue = (job: Omit<Job<T>, 'resolve'>) =>
    new Promise<T>((resolve) => {
      queue.push({ ...job, resolve });
      pump();
    });

  return {
    process: (source, bytes) => enqueue({ source, bytes }),
    processFile: (source, path) => enqueue({ source, path }),
    close: () => pool.destroy(),
  };
}

/** `jobs` 1 runs in this thread; more starts that many worker threads. */
export async function createProcessor<T = Record>(options: PipelineOptions, jobs: number, format?: FormatSpec): Promise<DocumentProcessor<T>> {
  return jobs > 1 ? await workerPool<T>(options, jobs, workerFile(), format) : await inProcess<T>(options, format);
}

// Many documents: walk the inputs lazily, keep this run's share (--shard) minus what is
// already done (--resume), read on this thread, process with bounded concurrency (in this
// thread or in workers), and yield records in input order.
import { availableParallelism } from 'node:os';
import { InputError } from './errors.js';
import { readInput } from './input/read.js';
import { walkInputs, type InputRef } from './input/walk.js';
import type { FormatSpec } from './output/format.js';
import type { PipelineOptions } from './pipeline.js';
import type { Encoded } from './run/encoded.js';
import { orderedMap } from './run/ordered.js';
import { inShard, type Shard } from './run/shard.js';
import { KINDS, isErrorRecord, type Kind, type Record } from './schema.js';
import { createProcessor, finisher, IN_PROCESS_BATCH, MAX_BATCH, type DocumentProcessor } from './workers/pool.js';

export interface RunOptions extends PipelineOptions {
  extensions: string[];
  /** 1 (the default) processes in this thread; more uses that many worker threads. */
  jobs?: number;
  /** Keep only the documents of this shard. */
  shard?: Shard;
  /** Sources to leave out, e.g. those already in the output file. */
  skip?: { has(source: string): boolean };
  /** Documents read or processed but not yet yielded, at most; default enough to keep every worker busy. */
  window?: number;
}

export interface RunHooks<T = Record> {
  /** The inputs are all walked: this many documents will be yielded in total. */
  walked?(total: number): void;
  /** A document left out because `skip` holds its source. */
  skipped?(source: string): void;
  /** Processes documents; the default follows `jobs`. Tests inject their own. */
  processor?: DocumentProcessor<T>;
}

export interface RunSummary {
  documents: number;
  errors: number;
  items: { [K in Kind]: number };
  seconds: number;
  /** Documents skipped by --resume. */
  skipped: number;
}

export function defaultJobs(): number {
  return availableParallelism();
}

// Built here rather than by pipeline.errorRecord so that, with workers, this thread need not load the pipeline.
function readFailure(source: string, error: unknown): Record {
  const failure = error instanceof InputError ? error : new InputError('unreadable', String(error));
  return { source, error: { code: failure.code, message: failure.message } };
}

async function processRef<T>(ref: InputRef, options: RunOptions, processor: DocumentProcessor<T>, finish: (record: Record) => T): Promise<T> {
  if (ref.kind === 'file' && processor.processFile) return processor.processFile(ref.source, ref.path);
  let bytes: Uint8Array;
  try {
    bytes = await readInput(ref, options.maxBytes);
  } catch (error) {
    return finish(readFailure(ref.source, error));
  }
  return processor.process(ref.source, bytes);
}

/** The documents this run takes, in input order. */
async function* selected<T>(inputs: string[], options: RunOptions, hooks: RunHooks<T>): AsyncGenerator<InputRef> {
  let total = 0;
  for await (const ref of walkInputs(inputs, { extensions: options.extensions })) {
    if (options.shard && !inShard(ref.source, options.shard)) continue;
    if (options.skip?.has(ref.source)) {
      hooks.skipped?.(ref.source);
      continue;
    }
    total++;
    yield ref;
  }
  hooks.walked?.(total);
}

/** A run this small is done in this thread: starting workers (each loads the whole pipeline) would cost more than it saves. */
export const SMALL_RUN = 64;

async function* concat<T>(head: T[], rest: AsyncIterator<T> | null): AsyncGenerator<T> {
  yield* head;
  if (rest) for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Records in input order, one per input document. */
export function processInputs(inputs: string[], options: RunOptions, hooks: RunHooks = {}): AsyncGenerator<Record> {
  return runInputs<Record>(inputs, options, hooks);
}

/** The same, each record already formatted (in the workers, with jobs > 1): what the CLI writes. */
export function encodeInputs(inputs: string[], options: RunOptions, format: FormatSpec, hooks: RunHooks<Encoded> = {}): AsyncGenerator<Encoded> {
  return runInputs<Encoded>(inputs, options, hooks, format);
}

async function* runInputs<T>(inputs: string[], options: RunOptions, hooks: RunHooks<T>, format?: FormatSpec): AsyncGenerator<T> {
  let jobs = options.jobs ?? 1;
  const refs = selected(inputs, options, hooks);
  const head: InputRef[] = [];
  let rest: AsyncIterator<InputRef> | null = refs;
  if (jobs > 1 && !hooks.processor) {
    while (rest && head.length <= SMALL_RUN) {
      const next = await refs.next();
      if (next.done) rest = null;
      else head.push(next.value);
    }
    if (!rest) jobs = 1;
  }
  const window = options.window ?? (jobs > 1 ? 3 * MAX_BATCH * jobs : 2 * IN_PROCESS_BATCH);
  const processor = hooks.processor ?? (await createProcessor<T>(options, jobs, format));
  const finish = finisher(format) as (record: Record) => T;
  try {
    yield* orderedMap(concat(head, rest), (ref) => processRef(ref, options, processor, finish), window);
  } finally {
    if (!hooks.processor) await processor.close();
    await refs.return(undefined);
  }
}

export function emptySummary(): RunSummary {
  return { documents: 0, errors: 0, items: Object.fromEntries(KINDS.map((k) => [k, 0])) as RunSummary['items'], seconds: 0, skipped: 0 };
}

export function countRecord(summary: RunSummary, record: Record): void {
  summary.documents++;
  if (isErrorRecord(record)) summary.errors++;
  else for (const kind of KINDS) summary.items[kind] += record[kind].length;
}

export function countEncoded(summary: RunSummary, encoded: Encoded): void {
  summary.documents++;
  if (encoded.error) summary.errors++;
  else KINDS.forEach((kind, i) => (summary.items[kind] += encoded.counts[i]));
}

export function formatSummary(summary: RunSummary): string {
  const items = KINDS.map((k) => `${summary.items[k]} ${k}`).join(', ');
  const skipped = summary.skipped ? ` (${summary.skipped} skipped, already in the output)` : '';
  return `cchc-extract: ${summary.documents} documents${skipped}, ${summary.errors} errors; ${items}; ${summary.seconds.toFixed(2)} s`;
}

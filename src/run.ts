// Many documents: walk the inputs, read and process them, yield records in input order.
import { InputError } from './errors.js';
import { readInput } from './input/read.js';
import { walkInputs, type InputRef } from './input/walk.js';
import { errorRecord, processDocument, type PipelineOptions } from './pipeline.js';
import { KINDS, isErrorRecord, type Kind, type Record } from './schema.js';

export interface RunOptions extends PipelineOptions {
  extensions: string[];
}

export interface RunSummary {
  documents: number;
  errors: number;
  items: { [K in Kind]: number };
  seconds: number;
}

async function processRef(ref: InputRef, options: RunOptions): Promise<Record> {
  try {
    const bytes = await readInput(ref, options.maxBytes);
    return processDocument(ref.source, bytes, options);
  } catch (error) {
    return errorRecord(ref.source, error instanceof InputError ? error : new InputError('unreadable', String(error)));
  }
}

/** Records in input order, one per input document. */
export async function* processInputs(inputs: string[], options: RunOptions): AsyncGenerator<Record> {
  for await (const ref of walkInputs(inputs, { extensions: options.extensions })) {
    yield await processRef(ref, options);
  }
}

export function emptySummary(): RunSummary {
  return { documents: 0, errors: 0, items: Object.fromEntries(KINDS.map((k) => [k, 0])) as RunSummary['items'], seconds: 0 };
}

export function countRecord(summary: RunSummary, record: Record): void {
  summary.documents++;
  if (isErrorRecord(record)) summary.errors++;
  else for (const kind of KINDS) summary.items[kind] += record[kind].length;
}

export function formatSummary(summary: RunSummary): string {
  const items = KINDS.map((k) => `${summary.items[k]} ${k}`).join(', ');
  return `cchc-extract: ${summary.documents} documents, ${summary.errors} errors; ${items}; ${summary.seconds.toFixed(2)} s`;
}

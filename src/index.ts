// Library entry: `import { extract } from 'cchc-extract'`.
import { DEFAULT_OPTIONS, processDocument, type PipelineOptions } from './pipeline.js';
import type { Record } from './schema.js';

export * from './schema.js';
export type { PipelineOptions, InputType } from './pipeline.js';

export interface ExtractOptions extends Partial<PipelineOptions> {
  /** Names the document in the record; defaults to "-". */
  source?: string;
}

/** Extracts one document given as text, HTML or raw bytes; returns the same validated record the CLI writes. */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Record {
  const { source = '-', ...rest } = options;
  return processDocument(source, input, { ...DEFAULT_OPTIONS, ...rest });
}

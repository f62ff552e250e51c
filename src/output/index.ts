import { csvFormat } from './csv.js';
import type { FormatSpec, RecordFormat } from './format.js';
import { jsonFormat } from './json.js';
import { ndjsonFormat } from './ndjson.js';

export function formatFor(spec: FormatSpec): RecordFormat {
  if (spec.name === 'csv') return csvFormat({ bom: spec.bom });
  return spec.name === 'ndjson' ? ndjsonFormat : jsonFormat;
}

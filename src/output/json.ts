import type { RecordFormat } from './format.js';

/** A JSON array, streamed: one record per element, written as each document finishes. */
export const jsonFormat: RecordFormat = {
  header: () => '[',
  record: (record, index) => (index === 0 ? '\n' : ',\n') + JSON.stringify(record, null, 2),
  footer: (count) => (count === 0 ? ']\n' : '\n]\n'),
};

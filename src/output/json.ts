import type { RecordFormat } from './format.js';

/** A JSON array, streamed: one record per element, written as each document finishes. */
export const jsonFormat: RecordFormat = {
  header: () => '[\n',
  record: (record) => JSON.stringify(record, null, 2),
  separator: ',\n',
  footer: (count) => (count === 0 ? ']\n' : '\n]\n'),
};

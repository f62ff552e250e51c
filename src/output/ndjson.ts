import type { RecordFormat } from './format.js';

/** One record per line. */
export const ndjsonFormat: RecordFormat = {
  header: () => '',
  record: (record) => JSON.stringify(record) + '\n',
  separator: '',
  footer: () => '',
};

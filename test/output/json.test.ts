import { describe, expect, it } from 'vitest';
import { writeAll } from '../../src/output/format.js';
import { jsonFormat } from '../../src/output/json.js';
import type { Record } from '../../src/schema.js';
import { emptyRecord, errorRecord, okRecord } from './records.js';

const write = (records: Record[]) => writeAll(jsonFormat, records);

describe('json', () => {
  it('streams a valid array of the records, in order', () => {
    const out = write([okRecord, errorRecord, emptyRecord]);
    expect(JSON.parse(out)).toEqual([okRecord, errorRecord, emptyRecord]);
    expect(out.endsWith(']\n')).toBe(true);
  });

  it('an empty run is an empty array', () => {
    expect(JSON.parse(write([]))).toEqual([]);
  });

  it('a single record is an array of one', () => {
    expect(JSON.parse(write([errorRecord]))).toEqual([errorRecord]);
  });

  it('each piece depends only on the record, so records can be formatted in workers and written as they finish', () => {
    expect(jsonFormat.record(okRecord).startsWith('{')).toBe(true);
    expect(jsonFormat.header() + jsonFormat.record(okRecord) + jsonFormat.separator + jsonFormat.record(errorRecord) + jsonFormat.footer(2)).toBe(write([okRecord, errorRecord]));
  });
});

import { describe, expect, it } from 'vitest';
import { jsonFormat } from '../../src/output/json.js';
import type { Record } from '../../src/schema.js';
import { emptyRecord, errorRecord, okRecord } from './records.js';

const write = (records: Record[]) => jsonFormat.header() + records.map((r, i) => jsonFormat.record(r, i)).join('') + jsonFormat.footer(records.length);

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

  it('each piece depends only on the record and its index, so records can be written as they finish', () => {
    expect(jsonFormat.record(okRecord, 0).startsWith('\n{')).toBe(true);
    expect(jsonFormat.record(okRecord, 3).startsWith(',\n{')).toBe(true);
    expect(jsonFormat.record(okRecord, 3)).toBe(jsonFormat.record(okRecord, 7));
  });
});

import { describe, expect, it } from 'vitest';
import { writeAll } from '../../src/output/format.js';
import { ndjsonFormat } from '../../src/output/ndjson.js';
import { Record } from '../../src/schema.js';
import { emptyRecord, errorRecord, okRecord } from './records.js';

const write = (records: Record[]) => writeAll(ndjsonFormat, records);

describe('ndjson', () => {
  it('one line per record, each a JSON record, ending in a newline', () => {
    const out = write([okRecord, errorRecord, emptyRecord]);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => Record.parse(JSON.parse(line)))).toEqual([okRecord, errorRecord, emptyRecord]);
  });

  it('keeps newlines inside strings escaped, so a record never spans lines', () => {
    const line = ndjsonFormat.record(errorRecord);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(JSON.parse(line).error.message).toBe('thieu.txt: no such file\nline two');
  });

  it('writes source first (what --resume reads) and Vietnamese as is', () => {
    const line = ndjsonFormat.record(okRecord);
    expect(line.startsWith('{"source":"bao-cao/tinh-a.txt"')).toBe(true);
    expect(line).toContain('Phó Chủ tịch UBND tỉnh Lê Văn Bình');
  });

  it('no records, no output', () => {
    expect(write([])).toBe('');
  });
});

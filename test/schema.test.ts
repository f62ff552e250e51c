import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, KINDS, OkRecord, Record, isErrorRecord, jsonSchema } from '../src/schema.js';

const okRecord = {
  source: 'a.txt',
  title: 'Tổng kết cải cách hành chính',
  published: '2020-07-31',
  language: 'vie',
  province: null,
  dates: [{ text: '31-7-2020', span: [10, 19], value: '2020-07-31', yearImplied: false }],
  periods: [{ text: '2011 - 2020', span: [30, 41], from: '2011', to: '2020' }],
  officials: [{ text: 'Chủ tịch UBND tỉnh Cao Văn Trọng', span: [50, 82], name: 'Cao Văn Trọng', roles: ['Chủ tịch UBND tỉnh'] }],
  percentages: [{ text: 'trên 98%', span: [90, 98], value: 98, qualifier: 'over' }],
  counts: [{ text: '593/1.790 TTHC', span: [100, 114], value: 593, unit: 'TTHC', total: 1790 }],
  documents: [{ text: 'Nghị định số 107/2020/NĐ-CP', span: [120, 147], type: 'Nghị định', number: '107/2020/NĐ-CP', issued: '2020-09-14' }],
  rankings: [{ text: 'xếp thứ 12/63', span: [150, 163], rank: 12, of: 63 }],
  warnings: [],
};

describe('record schema', () => {
  it('accepts a complete record with every kind', () => {
    expect(OkRecord.safeParse(okRecord).success).toBe(true);
    expect(Record.safeParse(okRecord).success).toBe(true);
  });

  it('accepts an error record and tells it apart', () => {
    const error = { source: 'missing.txt', error: { code: 'not_found', message: 'missing.txt: no such file' } };
    const parsed = Record.parse(error);
    expect(isErrorRecord(parsed)).toBe(true);
    expect(isErrorRecord(Record.parse(okRecord))).toBe(false);
  });

  it('rejects unknown error codes, bad date values and empty item text', () => {
    expect(Record.safeParse({ source: 'x', error: { code: 'oops', message: '' } }).success).toBe(false);
    expect(OkRecord.safeParse({ ...okRecord, dates: [{ ...okRecord.dates[0], value: '31/7/2020' }] }).success).toBe(false);
    expect(OkRecord.safeParse({ ...okRecord, counts: [{ ...okRecord.counts[0], text: '' }] }).success).toBe(false);
    expect(OkRecord.safeParse({ ...okRecord, rankings: [{ ...okRecord.rankings[0], rank: 0 }] }).success).toBe(false);
  });

  it('writes year-less dates as --MM-DD', () => {
    const date = { text: 'Sáng 21/7', span: [0, 9], value: '--07-21', yearImplied: false };
    expect(OkRecord.safeParse({ ...okRecord, dates: [date] }).success).toBe(true);
  });

  it('prints a JSON Schema that names every record field', () => {
    const schema = JSON.stringify(jsonSchema());
    for (const field of ['source', 'title', 'published', 'language', 'warnings', ...KINDS]) expect(schema).toContain(`"${field}"`);
    expect((jsonSchema() as { $id: string }).$id).toMatch(/schema\/v\d+\/record\.json$/);
  });

  it('keeps the promised CSV columns first and in order', () => {
    expect(CSV_COLUMNS.slice(0, 15)).toEqual(['source', 'title', 'published', 'kind', 'text', 'value', 'unit', 'total', 'change', 'qualifier', 'subject', 'name', 'roles', 'start', 'end']);
  });
});

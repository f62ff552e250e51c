import { describe, expect, it } from 'vitest';
import { csvFormat, csvRows } from '../../src/output/csv.js';
import { writeAll } from '../../src/output/format.js';
import { CSV_COLUMNS, type Record } from '../../src/schema.js';
import { parseCsv } from '../helpers/csv.js';
import { emptyRecord, errorRecord, okRecord } from './records.js';

const write = (records: Record[], bom = false) => {
  const format = csvFormat({ bom });
  return writeAll(format, records);
};

const byColumn = (row: string[]) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));

describe('csv', () => {
  it('a header of the schema columns, then one row per item', () => {
    const rows = parseCsv(write([okRecord]));
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('kind')])).toEqual(['dates', 'periods', 'officials', 'percentages', 'counts', 'documents', 'rankings']);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('fills each kind’s columns', () => {
    const rows = parseCsv(write([okRecord])).slice(1).map(byColumn);
    const [date, period, official, percentage, count, document, ranking] = rows;
    expect(date).toMatchObject({ source: 'bao-cao/tinh-a.txt', title: okRecord.title, published: '2021-07-05', value: '2021-07-05', time: '08:30', year_implied: 'false', start: '0', end: '14' });
    expect(period).toMatchObject({ value: '2021/2025', text: 'giai đoạn 2021 - 2025' });
    expect(official).toMatchObject({ value: 'Lê Văn Bình', name: 'Lê Văn Bình', roles: 'Phó Chủ tịch UBND tỉnh; Trưởng ban' });
    expect(percentage).toMatchObject({ value: '97.5', qualifier: 'over', subject: 'hồ sơ đúng hạn' });
    expect(count).toMatchObject({ value: '1234', unit: 'hồ sơ', total: '1300', change: 'increase' });
    expect(document).toMatchObject({ value: '12/QĐ-UBND', unit: 'Quyết định', issued: '2021-01-04' });
    expect(ranking).toMatchObject({ value: '5', total: '63', subject: 'chỉ số PAR INDEX', province: 'Bắc Kạn' });
  });

  it('an error record is one row of kind error with its code and message', () => {
    const rows = parseCsv(write([errorRecord])).slice(1).map(byColumn);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'thieu, "mat".txt', kind: 'error', value: 'not_found', text: 'thieu.txt: no such file\nline two' });
  });

  it('a record without items gives no rows', () => {
    expect(csvRows(emptyRecord)).toEqual([]);
    expect(parseCsv(write([emptyRecord]))).toHaveLength(1);
  });

  it('quotes commas, quotes and newlines so the rows parse back', () => {
    const rows = parseCsv(write([okRecord, errorRecord, okRecord]));
    expect(rows).toHaveLength(1 + 7 + 1 + 7);
    expect(byColumn(rows[1]).title).toBe('Sơ kết 6 tháng cải cách hành chính, "quyết liệt" hơn');
  });

  it('--bom puts EF BB BF before the header, and only there', () => {
    const bytes = Buffer.from(write([okRecord, errorRecord], true));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 3)).toBe(-1);
    expect(parseCsv(bytes.subarray(3).toString('utf8'))[0]).toEqual(CSV_COLUMNS);
    expect(write([okRecord]).charCodeAt(0)).not.toBe(0xfeff);
  });
});

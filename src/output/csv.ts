// Long format for spreadsheets: one row per extracted item, one `error` row per error record.
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, KINDS, isErrorRecord, type CsvRow, type Items, type Kind, type Record } from '../schema.js';
import type { RecordFormat } from './format.js';

const UTF8_BOM = '\ufeff';

type AnyItem = Items[Kind][number] & { [field: string]: unknown };

function mainValue(kind: Kind, item: AnyItem): string | number {
  switch (kind) {
    case 'periods':
      return `${item.from}/${item.to}`;
    case 'officials':
      return item.name as string;
    case 'documents':
      return item.number as string;
    case 'rankings':
      return item.rank as number;
    default:
      return item.value as string | number;
  }
}

function blankRow(record: Record, kind: CsvRow['kind']): CsvRow {
  const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as unknown as CsvRow;
  row.source = record.source;
  row.kind = kind;
  if (!isErrorRecord(record)) {
    row.title = record.title;
    row.published = record.published;
    row.province = record.province;
  }
  return row;
}

export function csvRows(record: Record): CsvRow[] {
  if (isErrorRecord(record)) {
    const row = blankRow(record, 'error');
    row.value = record.error.code;
    row.text = record.error.message;
    return [row];
  }
  const rows: CsvRow[] = [];
  for (const kind of KINDS) {
    for (const raw of record[kind]) {
      const item = raw as AnyItem;
      const row = blankRow(record, kind);
      row.text = item.text;
      row.value = mainValue(kind, item);
      row.start = item.span[0];
      row.end = item.span[1];
      row.unit = (item.unit ?? item.type ?? null) as string | null;
      row.total = (item.total ?? item.of ?? null) as number | null;
      row.change = (item.change ?? null) as string | null;
      row.qualifier = (item.qualifier ?? null) as string | null;
      row.subject = (item.subject ?? null) as string | null;
      row.name = (item.name ?? null) as string | null;
      row.roles = Array.isArray(item.roles) ? item.roles.join('; ') : null;
      row.issued = (item.issued ?? null) as string | null;
      row.time = (item.time ?? null) as string | null;
      row.year_implied = typeof item.yearImplied === 'boolean' ? String(item.yearImplied) : null;
      rows.push(row);
    }
  }
  return rows;
}

function toCsv(rows: CsvRow[]): string {
  return rows.length ? stringify(rows, { columns: CSV_COLUMNS as string[], header: false }) : '';
}

export function csvFormat(options: { bom: boolean }): RecordFormat {
  return {
    header: () => (options.bom ? UTF8_BOM : '') + stringify([CSV_COLUMNS as string[]]),
    record: (record) => toCsv(csvRows(record)),
    separator: '',
    footer: () => '',
  };
}

// The one source of truth for a record: its TypeScript type, the JSON Schema printed by
// `cchc-extract schema` and the CSV columns all derive from the zod schemas below.
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

/** `[start, end)` into the record's normalised text: `content.slice(start, end) === text`. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const Qualifier = z.enum(['over', 'under', 'about', 'nearly', 'at_least', 'at_most', 'reached']);
export const Change = z.enum(['increase', 'decrease']);

const located = { text: z.string().min(1), span: Span };

export const DateItem = z.object({
  ...located,
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is neither stated nor implied by a reference date. */
  value: z.string().regex(/^(\d{4}|-)-\d{2}-\d{2}$/),
  yearImplied: z.boolean(),
  /** `HH:MM` or `HH:MM:SS`, 24-hour, where the text gives a time of day. */
  time: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/).optional(),
});

export const PeriodItem = z.object({
  ...located,
  from: z.string().regex(/^\d{4}$/),
  to: z.string().regex(/^\d{4}$/),
});

export const OfficialItem = z.object({
  ...located,
  name: z.string().min(1),
  roles: z.array(z.string()),
});

export const PercentageItem = z.object({
  ...located,
  value: z.number(),
  qualifier: Qualifier.optional(),
  subject: z.string().optional(),
});

export const CountItem = z.object({
  ...located,
  value: z.number(),
  unit: z.string().min(1),
  total: z.number().optional(),
  change: Change.optional(),
  qualifier: Qualifier.optional(),
  subject: z.string().optional(),
});

export const DocumentItem = z.object({
  ...located,
  type: z.string().min(1),
  number: z.string().min(1),
  /** `YYYY-MM-DD` from a following "ngày …". */
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const RankingItem = z.object({
  ...located,
  rank: z.number().int().positive(),
  of: z.number().int().positive().optional(),
  subject: z.string().optional(),
});

export const ErrorCode = z.enum([
  'usage', // never in a record; reserved for the CLI's own messages
  'not_found',
  'unreadable',
  'empty',
  'binary',
  'too_large',
  'unsupported_encoding',
  'not_vietnamese',
  'invalid_record',
  'internal',
]);

export const OkRecord = z.object({
  source: z.string(),
  title: z.string().nullable(),
  /** `YYYY-MM-DD` or a full ISO date-time with offset where the page gives a time. */
  published: z.string().nullable(),
  language: z.string(),
  /** The province or city the article is about, where the text names one. */
  province: z.string().nullable(),
  dates: z.array(DateItem),
  periods: z.array(PeriodItem),
  officials: z.array(OfficialItem),
  percentages: z.array(PercentageItem),
  counts: z.array(CountItem),
  documents: z.array(DocumentItem),
  rankings: z.array(RankingItem),
  warnings: z.array(z.string()),
  /** The normalised text every span points into; only with `--include-content`. */
  content: z.string().optional(),
});

export const ErrorRecord = z.object({
  source: z.string(),
  error: z.object({ code: ErrorCode, message: z.string() }),
});

export const Record = z.union([OkRecord, ErrorRecord]);

export type Span = z.infer<typeof Span>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Change = z.infer<typeof Change>;
export type DateItem = z.infer<typeof DateItem>;
export type PeriodItem = z.infer<typeof PeriodItem>;
export type OfficialItem = z.infer<typeof OfficialItem>;
export type PercentageItem = z.infer<typeof PercentageItem>;
export type CountItem = z.infer<typeof CountItem>;
export type DocumentItem = z.infer<typeof DocumentItem>;
export type RankingItem = z.infer<typeof RankingItem>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type OkRecord = z.infer<typeof OkRecord>;
export type ErrorRecord = z.infer<typeof ErrorRecord>;
export type Record = z.infer<typeof Record>;

/** The item kinds, in record order; each is an array field of OkRecord. */
export const KINDS = ['dates', 'periods', 'officials', 'percentages', 'counts', 'documents', 'rankings'] as const;
export type Kind = (typeof KINDS)[number];
export type ItemOf<K extends Kind> = OkRecord[K][number];
export type Items = { [K in Kind]: ItemOf<K>[] };

export function isErrorRecord(record: Record): record is ErrorRecord {
  return 'error' in record;
}

export function jsonSchema(): unknown {
  return {
    $id: `https://cchc-extract/schema/v${SCHEMA_VERSION}/record.json`,
    ...(z.toJSONSchema(Record) as object),
  };
}

/**
 * CSV is long format: one row per extracted item (or one `error` row per error record).
 * The row schema below fixes the columns and their order; output/csv.ts maps items onto it.
 * `value` holds each kind's main value (date, START/END, name, number, symbol, rank),
 * `total` a share's whole or a ranking's `of`, `unit` a count's unit or a document's type.
 */
const cell = z.union([z.string(), z.number()]).nullable();
export const CsvRow = z.object({
  source: z.string(),
  title: cell,
  published: cell,
  kind: z.union([z.enum(KINDS), z.literal('error')]),
  text: cell,
  value: cell,
  unit: cell,
  total: cell,
  change: cell,
  qualifier: cell,
  subject: cell,
  name: cell,
  roles: cell,
  start: cell,
  end: cell,
  // Extensions after the columns the first version promised.
  issued: cell,
  time: cell,
  year_implied: cell,
  province: cell,
});
export type CsvRow = z.infer<typeof CsvRow>;
export const CSV_COLUMNS = Object.keys(CsvRow.shape) as (keyof CsvRow)[];

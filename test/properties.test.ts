// Invariants over arbitrary input (fast-check): one record per input, ok or error; no
// extractor throws; every span lies inside the content and holds the item's text; every
// record passes the zod schema.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../src/extract/index.js';
import { DEFAULT_OPTIONS, processDocument, type PipelineOptions } from '../src/pipeline.js';
import { processInputs } from '../src/run.js';
import { normalizeText } from '../src/input/normalize.js';
import { DEFAULT_EXTENSIONS } from '../src/input/walk.js';
import { KINDS, Record, isErrorRecord, type Items } from '../src/schema.js';

const OPTIONS: PipelineOptions = { ...DEFAULT_OPTIONS, langCheck: false, includeContent: true };
const RUNS = { numRuns: 300 };

// Pieces of CCHC reports (and of their typical noise), joined at random into "articles".
const PIECES = [
  'Sáng 21/7', 'ngày 12/3/2021', 'ngày 11 tháng 07 năm 2019', '31-7-2020', '2025-10-21', '10:05, 25/05/2022', '1/1/0001', '31/2/2020',
  'giai đoạn 2011 – 2020', '2016-2020', 'từ năm 2020 đến năm 2024', 'nhiệm kỳ 2020 – 2025',
  'đồng chí', 'ông', 'bà', 'Nguyễn Văn An', 'Trần Thị Bình', 'Phó Chủ tịch UBND tỉnh', 'Chủ tịch', 'Giám đốc Sở Nội vụ', 'kiêm', 'KT. CHỦ TỊCH',
  'đạt', 'trên', 'gần', 'hơn', 'dưới', '98,5%', '100%', '13,13 %', 'phần trăm', '80-90%', '９９％',
  '103 đơn vị', 'giảm 315 người', '7.345 hộp thư', 'trên 1 triệu hồ sơ', '1,5 tỷ đồng', '593/1.790 TTHC', 'tăng',
  'Nghị định số 107/2020/NĐ-CP', 'Quyết định 1291/QĐ-UBND', 'Kế hoạch số 45/KH-UBND', 'Thông tư', 'số',
  'xếp thứ 12/63', 'đứng thứ 3', 'tỉnh, thành phố', 'xếp hạng',
  'Tin liên quan', 'Xem thêm', 'BÌNH LUẬN',
  ',', '.', ';', ':', '(', ')', '–', '-', '/', '%', '\n', '\n\n', ' ', '\u00a0', '\u200b', '\r\n', '\t',
];

const vietnameseish = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) }), { maxLength: 60 })
  .map((parts) => parts.join(' '));

// Any of: Vietnamese-ish text, NFD of it, arbitrary Unicode, arbitrary bytes.
const anyText = fc.oneof(vietnameseish, vietnameseish.map((s) => s.normalize('NFD')), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
const anyInput = fc.oneof(
  anyText.map((s) => Buffer.from(s, 'utf8')),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  anyText,
);

function spanProblems(items: Items, text: string): string[] {
  const problems: string[] = [];
  for (const kind of KINDS) {
    for (const item of items[kind]) {
      const [start, end] = item.span;
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) problems.push(`${kind} span ${item.span} outside 0..${text.length}`);
      else if (text.slice(start, end) !== item.text) problems.push(`${kind} text ${JSON.stringify(item.text)} ≠ ${JSON.stringify(text.slice(start, end))}`);
    }
  }
  return problems;
}

describe('extractors', () => {
  it('never throw, and every span holds its item text', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom('2020-07-31', '2021-01-15', '1999-12-31'), { nil: null }), (text, reference) => {
        const items = extractAll(text, { reference });
        expect(spanProblems(items, text)).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('processDocument', () => {
  it('gives exactly one schema-valid record for any input, never throwing', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom('a.txt', 'b.html', '-'), fc.boolean(), (input, source, langCheck) => {
        const record = processDocument(source, input, { ...OPTIONS, langCheck });
        expect(Record.safeParse(record).success).toBe(true);
        expect(record.source).toBe(source);
        if (!isErrorRecord(record)) {
          expect(typeof record.content).toBe('string');
          expect(spanProblems(record, record.content!)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('gives the same items for NFD, non-breaking spaces and zero-width characters as for the clean text', () => {
    fc.assert(
      fc.property(vietnameseish, (text) => {
        const clean = normalizeText(text);
        let k = 0;
        const noisy = clean
          .normalize('NFD')
          .replace(/ /g, () => (k++ % 2 ? ' ' : '\u00a0'))
          .replace(/\n/g, '\r\n')
          .replace(/(.{7})/gsu, '$1\u200b');
        const a = processDocument('a.txt', Buffer.from(clean, 'utf8'), OPTIONS);
        const b = processDocument('a.txt', Buffer.from(noisy, 'utf8'), OPTIONS);
        expect(strip(b)).toEqual(strip(a));
      }),
      { numRuns: 150 },
    );
  });
});

function strip(record: Record): unknown {
  if (isErrorRecord(record)) return record.error.code;
  const { warnings: _w, ...rest } = record;
  return rest;
}

describe('runs', () => {
  it('yield one record per input, in input order, whatever mix of bad files is given', async () => {
    const kinds = fc.constantFrom('good', 'empty', 'binary', 'missing', 'nul', 'latin1', 'folder', 'utf16');
    await fc.assert(
      fc.asyncProperty(fc.array(kinds, { minLength: 1, maxLength: 12 }), async (plan) => {
        const dir = mkdtempSync(join(tmpdir(), 'cchc-prop-'));
        try {
          const inputs = plan.map((kind, i) => {
            const path = join(dir, `${String(i).padStart(2, '0')}-${kind}.txt`);
            if (kind === 'good') writeFileSync(path, 'Sáng 21/7/2021, tỉnh đạt 98,5% hồ sơ đúng hạn.');
            if (kind === 'empty') writeFileSync(path, '');
            if (kind === 'binary') writeFileSync(path, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
            if (kind === 'nul') writeFileSync(path, Buffer.from('Hà\u0000Nội\u0000\u0000x', 'utf8'));
            if (kind === 'latin1') writeFileSync(path, Buffer.from('Ngày hội cải cách hành chính', 'latin1'));
            if (kind === 'utf16') writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hà Nội 99%', 'utf16le')]));
            if (kind === 'folder') rmSync(path, { force: true });
            return kind === 'folder' ? dir + '/nowhere/' + i : path;
          });
          const records: Record[] = [];
          for await (const record of processInputs(inputs, { ...OPTIONS, extensions: DEFAULT_EXTENSIONS, jobs: 1 })) records.push(record);
          expect(records.map((r) => r.source)).toEqual(inputs);
          for (const record of records) expect(Record.safeParse(record).success).toBe(true);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
  });
});

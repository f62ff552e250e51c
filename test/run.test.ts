import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../src/cli.js';
import { DEFAULT_OPTIONS } from '../src/pipeline.js';
import { countEncoded, countRecord, emptySummary, encodeInputs, formatSummary, processInputs, type RunHooks, type RunOptions } from '../src/run.js';
import { writeAll, type FormatSpec } from '../src/output/format.js';
import { formatFor } from '../src/output/index.js';
import { isErrorRecord, type Record } from '../src/schema.js';
import type { DocumentProcessor } from '../src/workers/pool.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const OPTIONS: RunOptions = { ...DEFAULT_OPTIONS, extensions: ['.txt'] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: string;
const names = Array.from({ length: 40 }, (_, i) => `bai-${String(i).padStart(2, '0')}.txt`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-run-'));
  mkdirSync(join(dir, 'tinh'));
  names.forEach((name, i) => writeFileSync(join(dir, 'tinh', name), `Ngày ${1 + (i % 28)}/3/2021, tỉnh giải quyết ${i} hồ sơ, đạt ${50 + i}%.`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Answers after a delay that varies with the document, so completions come out of order. */
function fakeProcessor(log: { started: string[]; delays?: (source: string) => number }): DocumentProcessor {
  return {
    async process(source, bytes) {
      log.started.push(source);
      await sleep(log.delays?.(source) ?? (bytes.length * 7) % 11);
      return { source, error: { code: 'empty', message: String(bytes.length) } };
    },
    close: async () => {},
  };
}

async function collect(inputs: string[], options: Partial<RunOptions> = {}, hooks: RunHooks = {}): Promise<Record[]> {
  const records: Record[] = [];
  for await (const record of processInputs(inputs, { ...OPTIONS, ...options }, hooks)) records.push(record);
  return records;
}

describe('processInputs', () => {
  it('gives one valid record per fixture, in input order, in this thread', async () => {
    const records = await collect([FIXTURES]);
    expect(records.map((r) => r.source.split('/').pop())).toEqual(['000_7e500347ba852232.txt', '001_92d8ee77b83b01ae.txt', '002_31f907290d9b425c.txt', '003_57f3727645453099.txt', '004_9816fce5774da16b.txt']);
    expect(records.filter(isErrorRecord)).toEqual([]);
  });

  it('keeps input order when documents finish out of order', async () => {
    const log = { started: [] as string[], delays: (s: string) => (s.endsWith('0.txt') ? 25 : s.length % 4) };
    const records = await collect([join(dir, 'tinh')], { window: 6 }, { processor: fakeProcessor(log) });
    expect(records.map((r) => r.source)).toEqual(names.map((n) => join(dir, 'tinh', n)));
  });

  it('keeps the order of the arguments, with errors in place', async () => {
    const inputs = [join(dir, 'tinh', names[3]), join(dir, 'khong-co.txt'), join(dir, 'tinh', names[1])];
    const records = await collect(inputs, { window: 3 }, { processor: fakeProcessor({ started: [] }) });
    expect(records.map((r) => r.source)).toEqual(inputs);
    expect(records.map((r) => (isErrorRecord(r) ? r.error.code : 'ok'))).toEqual(['empty', 'not_found', 'empty']);
  });

  it('reads ahead no further than the window (a bounded reorder buffer)', async () => {
    const log = { started: [] as string[], delays: (s: string) => (s.endsWith(names[0]) ? 40 : 0) };
    const records = processInputs([join(dir, 'tinh')], { ...OPTIONS, window: 5 }, { processor: fakeProcessor(log) });
    const first = await records.next();
    expect((first.value as Record).source.endsWith(names[0])).toBe(true);
    expect(log.started.length).toBeLessThanOrEqual(5);
    await records.return(undefined);
  });

  it('splits the documents into disjoint shards that together are the whole run', async () => {
    const all = (await collect([join(dir, 'tinh')], {}, { processor: fakeProcessor({ started: [] }) })).map((r) => r.source);
    const shards = await Promise.all([1, 2, 3].map(async (index) => (await collect([join(dir, 'tinh')], { shard: { index, count: 3 } }, { processor: fakeProcessor({ started: [] }) })).map((r) => r.source)));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
    // each shard keeps input order
    for (const shard of shards) expect(shard).toEqual(all.filter((s) => shard.includes(s)));
  });

  it('skips sources already done and reports each one', async () => {
    const done = new Set(names.slice(0, 25).map((n) => join(dir, 'tinh', n)));
    const skipped: string[] = [];
    const log = { started: [] as string[] };
    const records = await collect([join(dir, 'tinh')], { skip: done }, { processor: fakeProcessor(log), skipped: (s) => skipped.push(s) });
    expect(records.map((r) => r.source)).toEqual(names.slice(25).map((n) => join(dir, 'tinh', n)));
    expect(skipped).toEqual([...done]);
    expect(log.started.some((s) => done.has(s))).toBe(false);
  });

  it('tells the total once the walk is over', async () => {
    let total: number | undefined;
    const records = await collect([join(dir, 'tinh')], { shard: { index: 1, count: 2 } }, { processor: fakeProcessor({ started: [] }), walked: (n) => (total = n) });
    expect(total).toBe(records.length);
  });

  it('closes only the processors it created', async () => {
    let closed = false;
    const processor = { ...fakeProcessor({ started: [] }), close: async () => void (closed = true) };
    await collect([join(dir, 'tinh', names[0])], {}, { processor });
    expect(closed).toBe(false);
  });
});

describe('summary', () => {
  it('counts documents, errors and items, and mentions skipped documents', () => {
    const summary = emptySummary();
    countRecord(summary, { source: 'a', error: { code: 'empty', message: '' } });
    countRecord(summary, { source: 'b', title: null, published: null, language: 'vie', province: null, dates: [], periods: [], officials: [], percentages: [{ text: '98%', span: [0, 3], value: 98 }], counts: [], documents: [], rankings: [], warnings: [] });
    summary.skipped = 7;
    expect(summary.documents).toBe(2);
    expect(summary.errors).toBe(1);
    expect(summary.items.percentages).toBe(1);
    expect(formatSummary(summary)).toMatch(/^cchc-extract: 2 documents \(7 skipped, already in the output\), 1 errors; 0 dates, .*1 percentages.*; 0\.00 s$/);
  });
});

describe('defaults', () => {
  it('the CLI default for --max-bytes is the pipeline default', () => {
    expect(DEFAULT_MAX_BYTES).toBe(DEFAULT_OPTIONS.maxBytes);
  });
});

describe('encodeInputs', () => {
  for (const name of ['json', 'ndjson', 'csv'] as const) {
    it(`formats each record where it is made; joined, the pieces are the ${name} output of processInputs`, async () => {
      const spec: FormatSpec = { name, bom: false };
      const format = formatFor(spec);
      const inputs = [FIXTURES, join(dir, 'khong-co.txt'), join(dir, 'tinh')];
      const records = await collect(inputs);
      const chunks: string[] = [];
      const fromRecords = emptySummary();
      const fromEncoded = emptySummary();
      for (const record of records) countRecord(fromRecords, record);
      for await (const encoded of encodeInputs(inputs, OPTIONS, spec)) {
        chunks.push(typeof encoded.chunk === 'string' ? encoded.chunk : Buffer.from(encoded.chunk).toString());
        countEncoded(fromEncoded, encoded);
      }
      expect(format.header() + chunks.join(format.separator) + format.footer(chunks.length)).toBe(writeAll(format, records));
      expect(fromEncoded).toEqual(fromRecords);
      expect(fromEncoded.errors).toBe(1);
    });
  }
});

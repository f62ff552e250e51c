import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../src/pipeline.js';
import type { Encoded } from '../../src/run/encoded.js';
import type { ErrorRecord, OkRecord } from '../../src/schema.js';
import { IN_PROCESS_BATCH, MAX_BATCH, createProcessor, inProcess, pipelineOptions, workerFile, workerPool } from '../../src/workers/pool.js';
import { ensureBuilt } from '../helpers/cli.js';

const ECHO = join(import.meta.dirname, 'echo-worker.mjs');
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const bytes = (text: string) => Buffer.from(text); // small Buffers share Node's pool buffer

describe('pipelineOptions', () => {
  it('keeps only the plain pipeline settings', () => {
    const options = { ...DEFAULT_OPTIONS, extensions: ['.txt'], skip: new Set(['a']), hook: () => 1 };
    expect(pipelineOptions(options)).toEqual(DEFAULT_OPTIONS);
    expect(() => structuredClone(pipelineOptions(options))).not.toThrow();
  });
});

describe('workerPool', () => {
  it('sends exactly each document’s bytes, even from a shared pool buffer, and answers each', async () => {
    const pool = await workerPool(DEFAULT_OPTIONS, 2, ECHO);
    try {
      const texts = Array.from({ length: 3 * MAX_BATCH + 3 }, (_, i) => `Văn bản số ${i}/QĐ-UBND`);
      const records = (await Promise.all(texts.map((t, i) => pool.process(`doc-${i}.txt`, bytes(t))))) as ErrorRecord[];
      expect(records.map((r) => r.source)).toEqual(texts.map((_, i) => `doc-${i}.txt`));
      expect(records.map((r) => r.error.message)).toEqual(texts);
    } finally {
      await pool.close();
    }
  });

  it('leaves the caller’s bytes intact', async () => {
    const pool = await workerPool(DEFAULT_OPTIONS, 2, ECHO);
    try {
      const buffer = bytes('Quyết định 1234/QĐ-UBND');
      await pool.process('a.txt', buffer);
      expect(buffer.toString()).toBe('Quyết định 1234/QĐ-UBND');
    } finally {
      await pool.close();
    }
  });

  it('a worker dying on one document gives that document an internal error; the others, even in its batch, come through', async () => {
    const pool = await workerPool(DEFAULT_OPTIONS, 2, ECHO);
    try {
      const sources = Array.from({ length: 30 }, (_, i) => (i === 9 || i === 21 ? `crash-${i}.txt` : `ok-${i}.txt`));
      const records = (await Promise.all(sources.map((s) => pool.process(s, bytes(`nội dung ${s}`))))) as ErrorRecord[];
      expect(records.map((r) => r.source)).toEqual(sources);
      for (const [i, record] of records.entries()) {
        if (sources[i].startsWith('crash')) {
          expect(record.error.code).toBe('internal');
          expect(record.error.message).toMatch(/worker failed on this document/);
        } else {
          expect(record.error).toEqual({ code: 'empty', message: `nội dung ${sources[i]}` });
        }
      }
      // and the pool still works afterwards
      expect(((await pool.process('sau.txt', bytes('sau'))) as ErrorRecord).error.message).toBe('sau');
    } finally {
      await pool.close();
    }
  });

  it('processes a document too big for a worker\'s heap in this thread, the others in the workers', async () => {
    const pool = await workerPool({ ...DEFAULT_OPTIONS, langCheck: false }, 2, ECHO);
    try {
      const text = 'Năm 2023, tỉnh giải quyết 1.250 hồ sơ, đạt 98,5% đúng hạn.';
      const records = await Promise.all([pool.process('huge-1.txt', bytes(text)), pool.process('ok-2.txt', bytes('xin chào'))]);
      const [huge, ok] = records as [OkRecord, ErrorRecord];
      expect(huge.source).toBe('huge-1.txt');
      expect(huge.percentages.map((p) => p.value)).toEqual([98.5]);
      expect(ok.error).toEqual({ code: 'empty', message: 'xin chào' });
    } finally {
      await pool.close();
    }
  });

  it('says to build when the worker module is missing', async () => {
    await expect(workerPool(DEFAULT_OPTIONS, 2, join(import.meta.dirname, 'khong-co.js'))).rejects.toThrow(/npm run build/);
  });
});

describe('the real worker', () => {
  beforeAll(ensureBuilt, 180_000);

  it('is found in dist/ when running from the sources', () => {
    expect(workerFile()).toMatch(/dist[/\\]workers[/\\]worker\.js$/);
  });

  it('in this thread, more documents at once than one batch holds: each its own record, in order', async () => {
    const here = await inProcess(DEFAULT_OPTIONS);
    const texts = Array.from({ length: 2 * IN_PROCESS_BATCH + 5 }, (_, i) => `Theo Quyết định số ${i + 1}/QĐ-UBND, tỉnh đã cấp ${i + 2} giấy phép cho doanh nghiệp.`);
    const records = (await Promise.all(texts.map((t, i) => here.process(`doc-${i}.txt`, bytes(t))))) as OkRecord[];
    expect(records.map((r) => r.source)).toEqual(texts.map((_, i) => `doc-${i}.txt`));
    expect(records.map((r) => r.documents.map((d) => d.number))).toEqual(texts.map((_, i) => [`${i + 1}/QĐ-UBND`]));
    expect(records.map((r) => r.counts.map((c) => c.value))).toEqual(texts.map((_, i) => [i + 2]));
  });

  it('gives the same records as processing in this thread', async () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();
    const here = await inProcess(DEFAULT_OPTIONS);
    const pool = await createProcessor(DEFAULT_OPTIONS, 2);
    try {
      for (const name of files) {
        const content = readFileSync(join(FIXTURES, name));
        expect(await pool.process(name, content)).toEqual(await here.process(name, content));
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('with a format, sends back each record formatted, as UTF-8 bytes: the same as formatting here', async () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();
    const spec = { name: 'ndjson', bom: false } as const;
    const here = await inProcess<Encoded>(DEFAULT_OPTIONS, spec);
    const pool = await createProcessor<Encoded>(DEFAULT_OPTIONS, 2, spec);
    try {
      const fromPool = await Promise.all(files.map((name) => pool.processFile!(name, join(FIXTURES, name))));
      for (const [i, name] of files.entries()) {
        const expected = await here.process(name, readFileSync(join(FIXTURES, name)));
        expect(fromPool[i].chunk).toBeInstanceOf(Uint8Array);
        expect({ ...fromPool[i], chunk: Buffer.from(fromPool[i].chunk).toString() }).toEqual(expected);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('reads files itself: the same records as reading here, and a missing file is its own error record', async () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();
    const here = await inProcess(DEFAULT_OPTIONS);
    const pool = await createProcessor(DEFAULT_OPTIONS, 2);
    try {
      const fromPaths = await Promise.all(files.map((name) => pool.processFile!(name, join(FIXTURES, name))));
      for (const [i, name] of files.entries()) expect(fromPaths[i]).toEqual(await here.process(name, readFileSync(join(FIXTURES, name))));
      expect(await pool.processFile!('khong-co.txt', join(FIXTURES, 'khong-co.txt'))).toEqual({
        source: 'khong-co.txt',
        error: { code: 'not_found', message: 'khong-co.txt: no such file' },
      });
    } finally {
      await pool.close();
    }
  }, 60_000);
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { openJournal } from '../../src/run/resume.js';

let dir: string;
let n = 0;
const fresh = (content: string) => {
  const path = join(dir, `out-${n++}.ndjson`);
  writeFileSync(path, content);
  return path;
};

const ok = (source: string) => JSON.stringify({ source, title: 'Hội nghị CCHC', published: null, language: 'vie', province: null, dates: [], periods: [], officials: [], percentages: [], counts: [], documents: [], rankings: [], warnings: [] });
const failed = (source: string) => JSON.stringify({ source, error: { code: 'not_found', message: `${source}: no such file` } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-resume-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openJournal', () => {
  it('a missing file is an empty journal and is not created', async () => {
    const journal = await openJournal(join(dir, 'chua-co.ndjson'));
    expect(journal.done.size).toBe(0);
    expect(journal.torn).toBe(0);
  });

  it('collects every source, and which are errors', async () => {
    const path = fresh([ok('a/bao-cao-1.txt'), failed('a/thieu.txt'), ok('a/bao-cao "2".txt')].join('\n') + '\n');
    const journal = await openJournal(path);
    expect([...journal.done]).toEqual(['a/bao-cao-1.txt', 'a/thieu.txt', 'a/bao-cao "2".txt']);
    expect([...journal.failed]).toEqual(['a/thieu.txt']);
    expect(journal.torn).toBe(0);
  });

  it('reads sources with escapes and Vietnamese names', async () => {
    const path = fresh(ok('tin\\tức/Đà Nẵng\n1.txt') + '\n' + ok('-') + '\n');
    expect([...(await openJournal(path)).done]).toEqual(['tin\\tức/Đà Nẵng\n1.txt', '-']);
  });

  it('cuts off a torn last line and keeps the complete ones', async () => {
    const complete = ok('x/1.txt') + '\n' + ok('x/2.txt') + '\n';
    const torn = ok('x/3.txt').slice(0, 60);
    const path = fresh(complete + torn);
    const journal = await openJournal(path);
    expect([...journal.done]).toEqual(['x/1.txt', 'x/2.txt']);
    expect(journal.torn).toBe(Buffer.byteLength(torn)); // bytes, not UTF-16 units
    expect(readFileSync(path, 'utf8')).toBe(complete);
  });

  it('a file holding only a torn line becomes empty', async () => {
    const path = fresh('{"source":"x/1.t');
    expect((await openJournal(path)).done.size).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('finds the last newline beyond one read block', async () => {
    const big = ok('lon.txt').replace('Hội nghị CCHC', 'x'.repeat(200_000));
    const path = fresh(big + '\n' + 'y'.repeat(70_000));
    const journal = await openJournal(path);
    expect([...journal.done]).toEqual(['lon.txt']);
    expect(journal.torn).toBe(70_000);
  });

  it('accepts records whose source is not the first key', async () => {
    const path = fresh(JSON.stringify({ title: null, source: 'b.txt', error: undefined }) + '\n' + JSON.stringify({ error: { code: 'empty', message: '' }, source: 'c.txt' }) + '\n');
    const journal = await openJournal(path);
    expect([...journal.done]).toEqual(['b.txt', 'c.txt']);
    expect([...journal.failed]).toEqual(['c.txt']);
  });

  it('skips blank lines', async () => {
    const path = fresh(ok('a.txt') + '\n\n' + ok('b.txt') + '\r\n');
    expect([...(await openJournal(path)).done]).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses a file that is not NDJSON records, and leaves it untouched', async () => {
    const content = '[\n' + ok('a.txt') + '\n]';
    const path = fresh(content);
    await expect(openJournal(path)).rejects.toThrow(UsageError);
    expect(readFileSync(path, 'utf8')).toBe(content);
    await expect(openJournal(fresh('source,title\n'))).rejects.toThrow(/not a cchc-extract NDJSON record/);
  });

  it('refuses a folder', async () => {
    await expect(openJournal(dir)).rejects.toThrow(UsageError);
  });
});

// The built CLI end to end: formats, standard input, error records and exit codes, the JSON
// Schema, --jobs, --shard, --resume, --progress.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CSV_COLUMNS, KINDS, Record, isErrorRecord } from '../src/schema.js';
import { ROOT, ensureBuilt, runCli } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';

const FIXTURES = join(ROOT, 'fixtures');
const SEED = join(FIXTURES, '000_7e500347ba852232.txt');
const MANY = 90; // more than run.ts SMALL_RUN, so --jobs 2 really starts workers
let root: string;
let corpus: string;

function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return fixtureFiles(path);
      return /\.(txt|html?)$/.test(name) ? [path] : [];
    });
}

const lines = (text: string) => text.split('\n').filter(Boolean);
const records = (text: string) => lines(text).map((line) => Record.parse(JSON.parse(line)));

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
  corpus = join(root, 'corpus');
  mkdirSync(join(corpus, 'a'), { recursive: true });
  mkdirSync(join(corpus, 'b'));
  const seeds = fixtureFiles().filter((p) => p.endsWith('.txt')).map((p) => readFileSync(p, 'utf8'));
  for (let i = 0; i < MANY; i++) {
    const text = seeds[i % seeds.length].replace(/\d+/, (n) => String(Number(n) + i));
    writeFileSync(join(corpus, i % 2 ? 'a' : 'b', `tin-${String(i).padStart(3, '0')}.txt`), text);
  }
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('output formats', () => {
  it('--format ndjson: one valid record per fixture, in walk order', () => {
    const result = runCli(['--format', 'ndjson', '--quiet', 'fixtures/']);
    expect(result.status, result.stderr).toBe(0);
    const out = records(result.stdout);
    expect(out.map((r) => r.source)).toEqual(fixtureFiles().map((p) => relative(ROOT, p)));
    expect(out.filter(isErrorRecord)).toEqual([]);
    expect(result.stderr).toBe('');
  });

  it('--format json (the default) is one array of the same records', () => {
    const json = runCli(['--quiet', 'fixtures/']);
    const ndjson = runCli(['--format', 'ndjson', '--quiet', 'fixtures/']);
    expect(JSON.parse(json.stdout)).toEqual(records(ndjson.stdout));
  });

  it('--format csv --bom starts with EF BB BF and parses back to one row per item', () => {
    const result = runCli(['--format', 'csv', '--bom', '--quiet', 'fixtures/', 'khong-co.txt']);
    const bytes = Buffer.from(result.stdout, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(result.stdout.slice(1));
    expect(rows[0]).toEqual(CSV_COLUMNS);
    const ndjson = records(runCli(['--format', 'ndjson', '--quiet', 'fixtures/']).stdout);
    const items = ndjson.reduce((sum, r) => sum + (isErrorRecord(r) ? 0 : KINDS.reduce((n, k) => n + r[k].length, 0)), 0);
    expect(rows.length).toBe(1 + items + 1);
    const error = rows.at(-1)!;
    expect(error[CSV_COLUMNS.indexOf('kind')]).toBe('error');
    expect(error[CSV_COLUMNS.indexOf('value')]).toBe('not_found');
  });

  it('the summary line names documents, errors, each kind and seconds; --quiet silences it', () => {
    const loud = runCli(['--format', 'ndjson', SEED]);
    expect(loud.stderr).toMatch(/^cchc-extract: 1 documents, 0 errors; \d+ dates, \d+ periods, \d+ officials, \d+ percentages, \d+ counts, \d+ documents, \d+ rankings; \d+\.\d\d s\n$/);
    expect(runCli(['--format', 'ndjson', '-q', SEED]).stderr).toBe('');
  });
});

describe('inputs and errors', () => {
  it('- reads standard input, named "-"', () => {
    const result = runCli(['--format', 'ndjson', '--quiet', '-'], { input: readFileSync(SEED) });
    expect(result.status, result.stderr).toBe(0);
    const [record] = records(result.stdout);
    expect(record.source).toBe('-');
    const fromFile = records(runCli(['--format', 'ndjson', '--quiet', SEED]).stdout)[0];
    expect({ ...record, source: SEED }).toEqual(fromFile);
  });

  it('a missing file among real ones: its error record in place, the others, exit 1', () => {
    const inputs = ['fixtures/001_92d8ee77b83b01ae.txt', 'fixtures/khong-co.txt', 'fixtures/002_31f907290d9b425c.txt'];
    const result = runCli(['--format', 'ndjson', ...inputs]);
    expect(result.status).toBe(1);
    const out = records(result.stdout);
    expect(out.map((r) => r.source)).toEqual(inputs);
    expect(out.map((r) => (isErrorRecord(r) ? r.error.code : 'ok'))).toEqual(['ok', 'not_found', 'ok']);
    expect(result.stderr).toMatch(/3 documents, 1 errors/);
  });

  it.each([
    ['no input', []],
    ['an unknown flag', ['--khong-co', 'fixtures/']],
    ['a bad format', ['--format', 'xml', 'fixtures/']],
    ['--jobs 0', ['--jobs', '0', 'fixtures/']],
    ['--shard 3/2', ['--shard', '3/2', 'fixtures/']],
    ['--shard 1', ['--shard', '1', 'fixtures/']],
    ['--resume without -o', ['--resume', '--format', 'ndjson', 'fixtures/']],
    ['--resume with --format json', ['--resume', '-o', 'x.json', 'fixtures/']],
  ])('%s: exit 2 with a message and the usage', (_name, args) => {
    const result = runCli(args as string[]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Usage: cchc-extract/);
  });

  it('an -o folder that does not exist is a usage error', () => {
    const result = runCli(['-o', join(root, 'khong-co', 'out.json'), SEED]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot write/);
  });

  it('--help exits 0 and lists the throughput flags', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    for (const flag of ['--jobs', '--shard', '--resume', '--progress', '--no-progress']) expect(result.stdout).toContain(flag);
  });
});

describe('schema', () => {
  it('prints a JSON Schema that the NDJSON records validate against', () => {
    const result = runCli(['schema']);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    const validator = z.fromJSONSchema(schema);
    const out = runCli(['--format', 'ndjson', '--quiet', 'fixtures/', 'khong-co.txt']);
    const parsed = lines(out.stdout).map((line) => JSON.parse(line));
    expect(parsed.length).toBe(fixtureFiles().length + 1);
    for (const record of parsed) expect(validator.safeParse(record).success).toBe(true);
    // and it does reject what is not a record
    expect(validator.safeParse({ ...parsed[0], dates: [{ text: 'x', span: [0, 1], value: '2021-7-5', yearImplied: false }] }).success).toBe(false);
    expect(validator.safeParse({ source: 'a', error: { code: 'khong', message: '' } }).success).toBe(false);
  });
});

describe('throughput flags', () => {
  it('--jobs 2 (worker threads) writes exactly what --jobs 1 writes', () => {
    const one = runCli(['--format', 'ndjson', '--quiet', '--jobs', '1', corpus]);
    const two = runCli(['--format', 'ndjson', '--quiet', '--jobs', '2', corpus]);
    expect(two.status, two.stderr).toBe(0);
    expect(lines(one.stdout)).toHaveLength(MANY);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('--shard K/N: the shards’ NDJSON outputs concatenate to the whole run', () => {
    const whole = lines(runCli(['--format', 'ndjson', '--quiet', '--jobs', '1', corpus]).stdout);
    const shards = [1, 2, 3].map((k) => lines(runCli(['--format', 'ndjson', '--quiet', '--jobs', '1', '--shard', `${k}/3`, corpus]).stdout));
    for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
    expect(shards.flat().sort()).toEqual([...whole].sort());
  }, 120_000);

  it('--resume: a run cut off half way (torn last line) is finished without losing or repeating a record', () => {
    const whole = runCli(['--format', 'ndjson', '--quiet', '--jobs', '1', corpus]).stdout;
    const out = join(root, 'resume.ndjson');
    const done = lines(whole).slice(0, 40);
    writeFileSync(out, done.join('\n') + '\n' + lines(whole)[40].slice(0, 100)); // as a crash would leave it
    const result = runCli(['--format', 'ndjson', '--resume', '-o', out, '--jobs', '1', corpus]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`${MANY - 40} documents \\(40 skipped, already in the output\\)`));
    expect(readFileSync(out, 'utf8')).toBe(whole);
    // a second resume has nothing left to do
    const again = runCli(['--format', 'ndjson', '--resume', '-o', out, corpus]);
    expect(again.stderr).toMatch(/0 documents \(90 skipped/);
    expect(readFileSync(out, 'utf8')).toBe(whole);
  }, 120_000);

  it('--resume keeps the exit code of the whole output: earlier error records still count', () => {
    const out = join(root, 'resume-errors.ndjson');
    expect(runCli(['--format', 'ndjson', '--resume', '-o', out, SEED, 'khong-co.txt']).status).toBe(1);
    const again = runCli(['--format', 'ndjson', '--resume', '-o', out, SEED, 'khong-co.txt']);
    expect(again.status).toBe(1);
    expect(records(readFileSync(out, 'utf8'))).toHaveLength(2);
  });

  it('--resume refuses a file that is not NDJSON records', () => {
    const out = join(root, 'not-ndjson.json');
    writeFileSync(out, '[\n{"source": "a.txt"}\n]\n');
    const result = runCli(['--format', 'ndjson', '--resume', '-o', out, SEED]);
    expect(result.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('[\n{"source": "a.txt"}\n]\n');
  });

  it('progress is off when standard error is not a terminal; --progress forces it, --no-progress wins', () => {
    expect(runCli(['--format', 'ndjson', SEED]).stderr).not.toContain('docs/s');
    const forced = runCli(['--format', 'ndjson', '--progress', corpus]);
    expect(forced.stderr).toMatch(/\r\x1b\[K|cchc-extract: 90 documents/);
    expect(forced.stderr).toMatch(/cchc-extract: 90 documents/);
    expect(runCli(['--format', 'ndjson', '--progress', '--no-progress', corpus]).stderr).not.toContain('docs/s');
  }, 120_000);
});

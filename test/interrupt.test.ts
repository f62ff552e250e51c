// Interrupting a run (SIGINT, SIGTERM): with -o FILE the file is either the previous one or a
// complete new one, and no temporary file is left; on stdout the NDJSON lines already written
// are whole lines.
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Record } from '../src/schema.js';
import { ensureBuilt, runCli, startCli } from './helpers/cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const DOCUMENTS = 3000;
let root: string;
let inputs: string;

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'cchc-interrupt-'));
  inputs = join(root, 'inputs');
  mkdirSync(inputs);
  const seeds = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(join(FIXTURES, n)));
  for (let i = 0; i < DOCUMENTS; i++) writeFileSync(join(inputs, `${String(i).padStart(5, '0')}.txt`), seeds[i % seeds.length]);
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the child has written `bytes` bytes to stdout or to the file `watch` grows. */
async function waitForOutput(read: () => number, bytes: number, limitMs = 60_000): Promise<void> {
  for (let waited = 0; waited < limitMs; waited += 20) {
    if (read() >= bytes) return;
    await sleep(20);
  }
  throw new Error('the run produced no output in time');
}

function tempFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.tmp'));
}

describe('-o FILE', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`keeps the previous file when a run is stopped by ${signal}`, async () => {
      const out = join(root, `out-${signal}`);
      mkdirSync(out);
      const target = join(out, 'records.json');
      writeFileSync(target, 'PREVIOUS');
      const child = startCli(['--format', 'json', '--quiet', '-o', target, inputs]);
      const temp = () => {
        const name = tempFiles(out)[0];
        try {
          return name ? readFileSync(join(out, name)).length : 0;
        } catch {
          return 0;
        }
      };
      await waitForOutput(temp, 50_000);
      child.kill(signal);
      const [code] = await once(child, 'close');
      const content = readFileSync(target, 'utf8');
      if (content !== 'PREVIOUS') {
        // The run finished before the signal arrived: then the file is the complete new one.
        expect(JSON.parse(content)).toHaveLength(DOCUMENTS);
      } else {
        expect(code).toBe(130);
      }
      expect(tempFiles(out)).toEqual([]);
    });
  }

  it('replaces the previous file with a complete one when the run ends', () => {
    const out = join(root, 'out-complete');
    mkdirSync(out);
    const target = join(out, 'records.ndjson');
    writeFileSync(target, 'PREVIOUS');
    const result = runCli(['--format', 'ndjson', '--quiet', '-o', target, join(inputs, '0000*.txt')]);
    expect(result.status, result.stderr).toBe(0);
    const lines = readFileSync(target, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(Record.safeParse(JSON.parse(line)).success).toBe(true);
    expect(tempFiles(out)).toEqual([]);
  });
});

describe('standard output', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`holds only whole NDJSON lines when a run is stopped by ${signal}`, async () => {
      const child = startCli(['--format', 'ndjson', '--quiet', inputs]);
      const chunks: Buffer[] = [];
      let size = 0;
      child.stdout!.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
      });
      await waitForOutput(() => size, 100_000);
      child.kill(signal);
      await once(child, 'close');
      const text = Buffer.concat(chunks).toString('utf8');
      expect(text.endsWith('\n')).toBe(true);
      const lines = text.split('\n').slice(0, -1);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    });
  }
});

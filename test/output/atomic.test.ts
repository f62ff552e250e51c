import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtomic } from '../../src/output/atomic.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-atomic-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (stream: NodeJS.WritableStream, text: string) => new Promise<void>((resolve) => stream.write(text, () => resolve()));

describe('openAtomic', () => {
  it('writes to a hidden temporary file beside the target, then renames it into place', async () => {
    const target = join(dir, 'ket-qua.json');
    const file = await openAtomic(target);
    await write(file.stream, '[{"source":"a.txt"}');
    expect(existsSync(target)).toBe(false);
    expect(file.temp.startsWith(join(dir, '.ket-qua.json.'))).toBe(true);
    expect(existsSync(file.temp)).toBe(true);
    await write(file.stream, ']\n');
    await file.commit();
    expect(readFileSync(target, 'utf8')).toBe('[{"source":"a.txt"}]\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('abort leaves the previous file as it was and no temporary file', async () => {
    const target = join(dir, 'cu.ndjson');
    writeFileSync(target, 'bản cũ\n');
    const file = await openAtomic(target);
    await write(file.stream, 'bản mới, dở dang');
    file.abort();
    file.abort(); // twice is harmless
    expect(readFileSync(target, 'utf8')).toBe('bản cũ\n');
    expect(existsSync(file.temp)).toBe(false);
  });

  it('commit replaces an existing file whole', async () => {
    const target = join(dir, 'thay.csv');
    writeFileSync(target, 'a,b\n1,2\n3,4\n');
    const file = await openAtomic(target);
    await write(file.stream, 'x\n');
    await file.commit();
    expect(readFileSync(target, 'utf8')).toBe('x\n');
  });

  it('rejects at once when the folder does not exist', async () => {
    await expect(openAtomic(join(dir, 'khong-co', 'out.json'))).rejects.toThrow(/ENOENT/);
  });

  it('cannot commit after abort', async () => {
    const file = await openAtomic(join(dir, 'huy.json'));
    file.abort();
    await expect(file.commit()).rejects.toThrow(/already closed/);
    expect(existsSync(join(dir, 'huy.json'))).toBe(false);
  });
});

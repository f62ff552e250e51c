import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInput } from '../../src/input/read.js';
import type { InputRef } from '../../src/input/walk.js';

const isRoot = process.getuid?.() === 0;
let root: string;

const file = (path: string): InputRef => ({ source: path, kind: 'file', path });

async function readError(ref: InputRef, maxBytes = 1 << 20): Promise<InputError> {
  try {
    await readInput(ref, maxBytes);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cchc-read-'));
  writeFileSync(join(root, 'bai.txt'), 'Hội nghị tổng kết năm 2021.');
  writeFileSync(join(root, 'rong.txt'), '');
  writeFileSync(join(root, 'lon.txt'), Buffer.alloc(5000, 0x61));
  mkdirSync(join(root, 'thu-muc.txt'));
  symlinkSync('loop-b.txt', join(root, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(root, 'loop-b.txt'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('readInput', () => {
  it('returns the bytes of a file', async () => {
    const bytes = await readInput(file(join(root, 'bai.txt')), 1 << 20);
    expect(bytes.toString('utf8')).toBe('Hội nghị tổng kết năm 2021.');
  });

  it('returns an empty buffer for an empty file (the pipeline reports it as empty)', async () => {
    expect((await readInput(file(join(root, 'rong.txt')), 100)).length).toBe(0);
  });

  it('rejects a file over the byte limit as too_large, naming the limit', async () => {
    const error = await readError(file(join(root, 'lon.txt')), 4999);
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('4999');
    expect((await readInput(file(join(root, 'lon.txt')), 5000)).length).toBe(5000);
  });

  it('reports a missing file as not_found', async () => {
    const error = await readError(file(join(root, 'khong-co.txt')));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('khong-co.txt');
  });

  it('reports a directory as unreadable', async () => {
    expect((await readError(file(join(root, 'thu-muc.txt')))).code).toBe('unreadable');
  });

  it('reports a symlink loop as unreadable', async () => {
    const error = await readError(file(join(root, 'loop-a.txt')));
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/symbolic links/);
  });

  it('rethrows the error a walk already found', async () => {
    const error = await readError({ source: 'x', kind: 'error', error: new InputError('not_found', 'x: no such file') });
    expect(error.message).toBe('x: no such file');
  });

  it('stops reading an endless device at the limit', async () => {
    if (!existsSync('/dev/zero')) return;
    const error = await readError(file('/dev/zero'), 3 << 20);
    expect(error.code).toBe('too_large');
  });

  it('reads a named pipe to its end', async () => {
    const fifo = join(root, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here
    }
    const writer = spawn('sh', ['-c', `printf 'Báo cáo qua ống' > '${fifo}'`]);
    const bytes = await readInput(file(fifo), 1 << 20);
    expect(bytes.toString('utf8')).toBe('Báo cáo qua ống');
    await new Promise((resolve) => writer.on('close', resolve));
  });

  // Skipped as root: root reads through chmod 000, so the case cannot be made.
  it.skipIf(isRoot)('reports a file it may not read as unreadable', async () => {
    const locked = join(root, 'khoa.txt');
    writeFileSync(locked, 'bí mật');
    chmodSync(locked, 0o000);
    try {
      expect((await readError(file(locked))).code).toBe('unreadable');
    } finally {
      chmodSync(locked, 0o644);
    }
  });
});

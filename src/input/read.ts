import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { InputRef } from './walk.js';

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge('standard input', maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const CHUNK = 1 << 20;

function tooLarge(source: string, maxBytes: number, size?: number): InputError {
  const measured = size === undefined ? '' : ` (${size} bytes)`;
  return new InputError('too_large', `${source}: larger than --max-bytes ${maxBytes}${measured}`);
}

/** A pipe or device (`<(cmd)`, /dev/stdin, /dev/zero) has no size to check first: read in chunks up to the limit. */
function readStreamLimited(fd: number, source: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  for (;;) {
    const n = readSync(fd, buffer, 0, CHUNK, null);
    if (n === 0) return Buffer.concat(chunks, size);
    size += n;
    if (size > maxBytes) throw tooLarge(source, maxBytes);
    chunks.push(Buffer.from(buffer.subarray(0, n))); // a pipe gives 64 KB at a time: copy, reuse the buffer
  }
}

// Synchronous on purpose: for local files the promise-based FileHandle calls (open, fstat,
// read, close: four round trips through the thread pool) cost about ten times as much, and
// reading is most of what the main thread does while workers extract.
function readFileLimited(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('unreadable', `${path}: is a directory`);
    if (!info.isFile()) return readStreamLimited(fd, path, maxBytes);
    if (info.size > maxBytes) throw tooLarge(path, maxBytes, info.size);
    const bytes = readFileSync(fd);
    // The file may have grown since fstat.
    if (bytes.length > maxBytes) throw tooLarge(path, maxBytes, bytes.length);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

function inputError(source: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('not_found', `${source}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', `${source}: permission denied`);
  if (code === 'EISDIR') return new InputError('unreadable', `${source}: is a directory`);
  if (code === 'ELOOP') return new InputError('unreadable', `${source}: too many levels of symbolic links`);
  return new InputError('unreadable', `${source}: ${(error as Error).message}`);
}

/** The bytes of one file, read where it is called (a worker reads its own documents). */
export function readFileInput(source: string, path: string, maxBytes: number): Buffer {
  try {
    return readFileLimited(path, maxBytes);
  } catch (error) {
    throw inputError(source, error);
  }
}

/** The bytes of one input; failures are InputErrors naming the input and the reason. */
export async function readInput(ref: InputRef, maxBytes: number): Promise<Buffer> {
  if (ref.kind === 'error') throw ref.error;
  if (ref.kind === 'file') return readFileInput(ref.source, ref.path, maxBytes);
  try {
    return await readStdin(maxBytes);
  } catch (error) {
    throw inputError(ref.source, error);
  }
}

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

/** The bytes of one input; failures are InputErrors naming the input and the reason. */
export async function readInput(ref: InputRef, maxBytes: number): Promise<Buffer> {
  if (ref.kind === 'error') throw ref.error;
  try {
    return ref.kind === 'stdin' ? await readStdin(maxBytes) : readFileLimited(ref.path, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('not_found', `${ref.source}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('unreadable', `${ref.source}: permission denied`);
    if (code === 'EISDIR') throw new InputError('unreadable', `${ref.source}: is a directory`);
    if (code === 'ELOOP') throw new InputError('unreadable', `${ref.source}: too many levels of symbolic links`);
    throw new InputError('unreadable', `${ref.source}: ${(error as Error).message}`);
  }
}

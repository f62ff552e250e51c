import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { InputRef } from './walk.js';

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxBytes) throw new InputError('too_large', `standard input exceeds --max-bytes ${maxBytes}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('unreadable', `${path}: is a directory`);
    if (info.size > maxBytes) throw new InputError('too_large', `${path}: ${info.size} bytes exceeds --max-bytes ${maxBytes}`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The bytes of one input; failures are InputErrors naming the input and the reason. */
export async function readInput(ref: InputRef, maxBytes: number): Promise<Buffer> {
  if (ref.kind === 'error') throw ref.error;
  try {
    return ref.kind === 'stdin' ? await readStdin(maxBytes) : await readFileLimited(ref.path, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not_found', `${ref.source}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('unreadable', `${ref.source}: permission denied`);
    if (code === 'EISDIR') throw new InputError('unreadable', `${ref.source}: is a directory`);
    throw new InputError('unreadable', `${ref.source}: ${(error as Error).message}`);
  }
}

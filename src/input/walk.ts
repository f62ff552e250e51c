// Inputs as the user gave them (files, folders, glob patterns, "-"), walked lazily in order.
import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../errors.js';

export const DEFAULT_EXTENSIONS = ['.txt', '.html', '.htm'];

export type InputRef =
  | { source: string; kind: 'file'; path: string }
  | { source: '-'; kind: 'stdin' }
  | { source: string; kind: 'error'; error: InputError };

export interface WalkOptions {
  extensions: string[];
}

function fsError(source: string, error: unknown): InputRef {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { source, kind: 'error', error: new InputError('not_found', `${source}: no such file or directory`) };
  if (code === 'EACCES' || code === 'EPERM') return { source, kind: 'error', error: new InputError('unreadable', `${source}: permission denied`) };
  if (code === 'ELOOP') return { source, kind: 'error', error: new InputError('unreadable', `${source}: too many levels of symbolic links`) };
  return { source, kind: 'error', error: new InputError('unreadable', `${source}: ${(error as Error).message}`) };
}

function wanted(name: string, extensions: string[]): boolean {
  return extensions.includes(extname(name).toLowerCase());
}

/** Walks a folder depth-first in name order, following symlinks but never into a folder twice. */
async function* walkFolder(dir: string, options: WalkOptions, seen: Set<string>): AsyncGenerator<InputRef> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield fsError(dir, error);
    return;
  }
  if (seen.has(real)) return; // a symlink loop or a folder reached twice
  seen.add(real);
  let names: string[];
  try {
    const handle = await opendir(dir);
    names = [];
    for await (const entry of handle) names.push(entry.name);
  } catch (error) {
    yield fsError(dir, error);
    return;
  }
  names.sort();
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (wanted(name, options.extensions)) yield fsError(path, error);
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path, options, seen);
    else if (info.isFile() && wanted(name, options.extensions)) yield { source: path, kind: 'file', path };
  }
}

export async function* walkInputs(inputs: string[], options: WalkOptions): AsyncGenerator<InputRef> {
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      yield { source: '-', kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      if (isDynamicPattern(input)) {
        const matches = (await glob(input, { onlyFiles: true, expandDirectories: false })).sort();
        if (matches.length === 0) yield { source: input, kind: 'error', error: new InputError('not_found', `${input}: no files match this pattern`) };
        for (const path of matches) yield { source: path, kind: 'file', path };
      } else {
        yield fsError(input, error);
      }
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(input, options, seen);
    else yield { source: input, kind: 'file', path: input };
  }
}

// Runs the built CLI (bin/cchc-extract.js → dist/). Builds first when src/ is newer than
// dist/, once across the test files that run in parallel (a lock folder serialises them).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/cchc-extract.js');
const LOCK = join(ROOT, 'node_modules/.cchc-build-lock');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  const cli = join(ROOT, 'dist/cli.js');
  return existsSync(cli) && statSync(cli).mtimeMs >= newestMtime(join(ROOT, 'src'));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes sure dist/ is current. A type error elsewhere does not stop tsc from emitting. */
export async function ensureBuilt(): Promise<void> {
  for (let waited = 0; waited < 180_000; waited += 200) {
    if (isBuilt()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      await sleep(200); // another test file is building
      continue;
    }
    try {
      spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'ignore' });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
    if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('build produced no dist/cli.js');
    return;
  }
  throw new Error('timed out waiting for another build');
}

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

export function startCli(args: string[], cwd = ROOT): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

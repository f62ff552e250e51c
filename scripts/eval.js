#!/usr/bin/env node
// Runs the CLI over ../shared/eval/dev and prints score.py's table (extra arguments, such as
// --show, go to score.py).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, process.env.CCHC_EVAL_DIR ?? '../shared/eval/dev');
if (!existsSync(evalDir)) {
  console.error(`eval: ${evalDir} not found (expected ../shared beside the project)`);
  process.exit(2);
}
const inputs = readdirSync(evalDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(evalDir, name));
const cli = spawnSync(process.execPath, [join(root, 'bin/cchc-extract.js'), '--format', 'ndjson', '--quiet', ...inputs], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (cli.status !== 0 && cli.status !== 1) {
  console.error(cli.stderr);
  process.exit(cli.status ?? 2);
}
const dir = mkdtempSync(join(tmpdir(), 'cchc-eval-'));
const predictions = join(dir, 'predictions.ndjson');
writeFileSync(predictions, cli.stdout);
const score = spawnSync('python3', [resolve(evalDir, '../score.py'), evalDir, predictions, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(score.status ?? 2);

#!/usr/bin/env node
// `npm run bench`: throughput against Node's own floor.
//
// Generates a corpus in a temporary folder (text articles and HTML pages built from the
// fixtures, numbers, names and dates varied so that no two are alike), then measures
//   - the floor: scripts/bench-floor.js, a plain Node loop that reads, decodes, checks NFC and
//     runs one percentage regex per article;
//   - cchc-extract with --jobs 1 and with all cores: articles/s, MB/s, peak RSS;
//   - as many separate --jobs 1 processes as cores, one --shard each, at once: what the
//     machine itself allows parallel runs of this work;
// and the same on ../shared/corpus/baomoi-2017-10k.tar.gz (unpacked to the temporary folder)
// when it is there. Prints a Markdown table and the targets.
//
//   node scripts/bench.js [--articles 20000] [--html 2000] [--jobs N] [--no-real] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/cchc-extract.js');
const FLOOR = join(ROOT, 'scripts/bench-floor.js');
const BENCH_HTML = join(ROOT, 'scripts/bench-html.js');
const REAL = resolve(ROOT, '../shared/corpus/baomoi-2017-10k.tar.gz');
const TIME = '/usr/bin/time';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    html: { type: 'string', default: '2000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    'no-real': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(flags.articles);
const PAGES = Number(flags.html);
const JOBS = Number(flags.jobs);

// ---- corpus generation -------------------------------------------------------------------

let seed = 20240611;
/** A small deterministic PRNG (mulberry32), so two bench runs measure the same corpus. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Công'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thảo', 'Trung', 'Tuấn', 'Việt'];
const UPPER = 'A-ZĐÀ-ỸÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ';
const NAME = new RegExp(`\\b(?:${SURNAMES.join('|')}) [${UPPER}][\\p{Ll}]{1,7}(?: [${UPPER}][\\p{Ll}]{1,7}){1,2}`, 'gu');
// A whole date d/m/yyyy (varied into another valid date) or any other run of digits.
const NUMBERS = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b|\d{1,12}/g;

function varyNumber(digits) {
  const n = Number(digits);
  if (digits.length === 4 && n >= 1990 && n <= 2035) return String(Math.min(2035, Math.max(1990, n + between(-3, 3))));
  if (n <= 31) return String(between(1, 28));
  if (n <= 100 && digits.length <= 3) return String(between(1, 99));
  let out = String(between(1, 9));
  for (let i = 1; i < digits.length; i++) out += String(between(0, 9));
  return out;
}

/** Varies dates, numbers and (in text) people's names; markup and non-ASCII bytes stay as they are. */
function varyText(text, names) {
  let out = text.replace(NUMBERS, (digits, day, month, year) => {
    if (year) return `${between(1, 28)}/${between(1, 12)}/${varyNumber(year)}`;
    return random() < 0.85 ? varyNumber(digits) : digits;
  });
  if (names) out = out.replace(NAME, () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`);
  return out;
}

/** HTML pages may not be UTF-8 (windows-1258): they are handled as latin1 so every byte survives, and only text between tags is varied. */
function varyHtml(latin1) {
  return latin1
    .split(/(<[^>]{0,2000}>)/)
    .map((part, i) => (i % 2 ? part : varyText(part, false)))
    .join('');
}

function generate(dir, count, seeds, kind) {
  const seen = new Set();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    let content;
    for (let attempt = 0; ; attempt++) {
      const base = seeds[i % seeds.length];
      content = kind === 'text' ? Buffer.from(varyText(base, true), 'utf8') : Buffer.from(varyHtml(base), 'latin1');
      const hash = createHash('sha1').update(content).digest('base64');
      if (!seen.has(hash) || attempt > 20) {
        seen.add(hash);
        break;
      }
    }
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}.${kind === 'text' ? 'txt' : 'html'}`), content);
    bytes += content.length;
  }
  return { dir, count, bytes, unique: seen.size };
}

function fixtureSeeds() {
  const text = readdirSync(join(ROOT, 'fixtures'))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(ROOT, 'fixtures', n), 'utf8'));
  const htmlDir = join(ROOT, 'fixtures/html');
  const html = existsSync(htmlDir)
    ? readdirSync(htmlDir)
        .filter((n) => /\.html?$/.test(n))
        .sort()
        .map((n) => readFileSync(join(htmlDir, n), 'latin1'))
    : [];
  return { text, html };
}

// ---- measuring ---------------------------------------------------------------------------

function folderStats(dir) {
  let count = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderStats(path);
      count += inner.count;
      bytes += inner.bytes;
    } else if (/\.(txt|html?)$/.test(entry.name)) {
      count++;
      bytes += statSync(path).size;
    }
  }
  return { count, bytes };
}

function floor(dir) {
  const result = spawnSync(process.execPath, [FLOOR, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`floor failed: ${result.stderr}`);
  const { articles, bytes, seconds } = JSON.parse(result.stdout);
  return { articles, bytes, seconds };
}

/** Peak RSS by polling /proc when /usr/bin/time is missing (misses only the last ~50 ms). */
function pollPeak(pid) {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]));
    } catch {
      // gone
    }
  }, 50);
  return () => (clearInterval(timer), peak);
}

/** Runs the CLI over `dir`; wall seconds, CPU seconds and peak RSS (MB). */
async function tool(dir, jobs, out, extra = []) {
  const args = [BIN, '--format', 'ndjson', '--quiet', '--no-progress', '--jobs', String(jobs), ...extra, '-o', out, dir];
  const timed = existsSync(TIME);
  const started = performance.now();
  const child = timed ? spawn(TIME, ['-f', 'BENCH %e %U %S %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const peak = timed ? null : pollPeak(child.pid);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (timed) {
    const match = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
    if (!match) throw new Error(`cchc-extract failed (${code}): ${stderr}`);
    return { seconds, cpu: Number(match[2]) + Number(match[3]), rssMb: Number(match[4]) / 1024, code };
  }
  if (code !== 0 && code !== 1) throw new Error(`cchc-extract failed (${code}): ${stderr}`);
  return { seconds, cpu: null, rssMb: peak() / 1024, code };
}

/**
 * What this machine gives JOBS independent processes: one `--jobs 1` process per shard, all at
 * once. No in-process parallelism can beat it, so it tells how far the --jobs target is a
 * matter of the code and how far of the machine (shared caches, memory bandwidth, the host).
 */
async function processes(dir, tmp, name) {
  const started = performance.now();
  const runs = await Promise.all(Array.from({ length: JOBS }, (_, k) => tool(dir, 1, join(tmp, `${name}-shard${k + 1}.ndjson`), ['--shard', `${k + 1}/${JOBS}`])));
  const seconds = (performance.now() - started) / 1000;
  const cpu = runs.every((r) => r.cpu !== null) ? runs.reduce((sum, r) => sum + r.cpu, 0) : null;
  return { seconds, cpu };
}

const fmt = (n, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

async function measure(name, dir, tmp) {
  const { count, bytes } = folderStats(dir);
  const mb = bytes / 1e6;
  process.stderr.write(`bench: ${name}: ${count} articles, ${fmt(mb, 1)} MB: floor…`);
  const base = floor(dir);
  process.stderr.write(' --jobs 1…');
  const one = await tool(dir, 1, join(tmp, `${name}-1.ndjson`));
  process.stderr.write(` --jobs ${JOBS}…`);
  const all = await tool(dir, JOBS, join(tmp, `${name}-${JOBS}.ndjson`));
  process.stderr.write(` ${JOBS} processes…`);
  const apart = await processes(dir, tmp, name);
  process.stderr.write(' done\n');
  const rate = (seconds) => count / seconds;
  return {
    name,
    count,
    mb,
    floor: { rate: rate(base.seconds), mbs: mb / base.seconds },
    one: { ...one, rate: rate(one.seconds), mbs: mb / one.seconds },
    all: { ...all, rate: rate(all.seconds), mbs: mb / all.seconds },
    apart: { ...apart, rate: rate(apart.seconds) },
  };
}

function table(rows) {
  const head = `| corpus | articles | MB | floor art/s | floor MB/s | --jobs 1 art/s | MB/s | CPU s | peak RSS MB | --jobs ${JOBS} art/s | MB/s | CPU s | peak RSS MB | jobs 1 / floor | jobs ${JOBS} / floor | jobs ${JOBS} / jobs 1 | ${JOBS} processes / jobs 1 |`;
  const rule = `|${'---|'.repeat(17)}`;
  const lines = rows.map(
    (r) =>
      `| ${r.name} | ${fmt(r.count)} | ${fmt(r.mb, 1)} | ${fmt(r.floor.rate)} | ${fmt(r.floor.mbs, 1)} | ${fmt(r.one.rate)} | ${fmt(r.one.mbs, 2)} | ${fmt(r.one.cpu, 1)} | ${fmt(r.one.rssMb)} | ${fmt(r.all.rate)} | ${fmt(r.all.mbs, 2)} | ${fmt(r.all.cpu, 1)} | ${fmt(r.all.rssMb)} | ${fmt(r.one.rate / r.floor.rate, 3)} | ${fmt(r.all.rate / r.floor.rate, 3)} | ${fmt(r.all.rate / r.one.rate, 2)}x | ${fmt(r.apart.rate / r.one.rate, 2)}x |`,
  );
  return [head, rule, ...lines].join('\n');
}

function targets(rows) {
  const text = rows.find((r) => r.name === 'text');
  if (!text) return '';
  const check = (ok) => (ok ? 'met' : 'NOT met');
  const largest = rows.reduce((a, r) => (r.count > a.count ? r : a));
  return [
    `- --jobs 1 ≥ 1/5 of the floor on text: ${fmt(text.one.rate / text.floor.rate, 3)} (${check(text.one.rate / text.floor.rate >= 0.2)})`,
    `- --jobs ${JOBS} ≥ 1.7x --jobs 1 on text: ${fmt(text.all.rate / text.one.rate, 2)}x (${check(text.all.rate / text.one.rate >= 1.7)}); ${JOBS} separate --jobs 1 processes, one shard each, reach ${fmt(text.apart.rate / text.one.rate, 2)}x on this machine, so --jobs ${JOBS} gives ${fmt((100 * text.all.rate) / text.apart.rate)}% of what it allows`,
    `- peak RSS < 300 MB (${fmt(largest.count)} articles, ${largest.name}): ${fmt(Math.max(largest.one.rssMb, largest.all.rssMb))} MB (${check(Math.max(largest.one.rssMb, largest.all.rssMb) < 300)}${largest.count < 100_000 ? '; the target is for 100,000 articles: --articles 100000' : ''})`,
  ].join('\n');
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('dist/ missing: run `npm run build` (npm run bench builds first)');
  const tmp = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  const rows = [];
  let htmlDir = null;
  try {
    const load = loadavg()[0];
    process.stderr.write(`bench: ${availableParallelism()} cores, load average ${load.toFixed(2)}, Node ${process.version}; corpus in ${tmp}\n`);
    const seeds = fixtureSeeds();
    if (ARTICLES > 0) {
      const made = generate(join(tmp, 'text'), ARTICLES, seeds.text, 'text');
      process.stderr.write(`bench: generated ${made.count} text articles (${made.unique} distinct)\n`);
      rows.push(await measure('text', made.dir, tmp));
    }
    if (PAGES > 0 && seeds.html.length) {
      const made = generate(join(tmp, 'html'), PAGES, seeds.html, 'html');
      process.stderr.write(`bench: generated ${made.count} HTML pages (${made.unique} distinct)\n`);
      htmlDir = made.dir;
      rows.push(await measure('html', made.dir, tmp));
    }
    if (!flags['no-real'] && existsSync(REAL)) {
      const real = join(tmp, 'real');
      mkdirSync(real);
      const untar = spawnSync('tar', ['-xzf', REAL, '-C', real]);
      if (untar.status === 0) rows.push(await measure('baomoi-2017-10k', real, tmp));
      else process.stderr.write(`bench: could not unpack ${REAL}: ${untar.stderr}\n`);
    }
    console.log(`\n${availableParallelism()} cores, load average ${load.toFixed(2)} at start, Node ${process.version}\n`);
    console.log(table(rows));
    console.log(`\n${targets(rows)}`);
    console.log('\nCPU s is user + system time of the whole process (all threads). On a busy machine the wall-clock rates fall while CPU s stays put: compare the load average above.');
    if (htmlDir && existsSync(BENCH_HTML)) {
      console.log('\nHTML path (scripts/bench-html.js):\n');
      spawnSync(process.execPath, [BENCH_HTML, htmlDir], { stdio: 'inherit' });
    }
  } finally {
    if (flags.keep) process.stderr.write(`bench: kept ${tmp}\n`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});

#!/usr/bin/env node
// Where one thread's time goes, per document, stage by stage, as the pipeline runs them:
// each document passes through every stage in turn (caches and branch history as in a real
// run), the first pass warms the JIT, the second is timed. µs per document and share.
//
//   npm run build && node scripts/bench-stages.js [FOLDER] [--limit 5000]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = '/tmp/corpus/baomoi-2017';
const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string', default: '5000' } } });
const dist = (path) => import(join(ROOT, 'dist', path));

const { decodeBytes } = await dist('input/decode.js');
const { normalizeText } = await dist('input/normalize.js');
const { textArticle } = await dist('text/body.js');
const { detectLanguage } = await dist('text/language.js');
const { refine } = await dist('refine/index.js');
const { extractProvince } = await dist('extract/province.js');
const { Record } = await dist('schema.js');
const EXTRACTORS = {
  dates: (await dist('extract/dates.js')).extractDates,
  periods: (await dist('extract/periods.js')).extractPeriods,
  officials: (await dist('extract/officials.js')).extractOfficials,
  percentages: (await dist('extract/percentages.js')).extractPercentages,
  counts: (await dist('extract/counts.js')).extractCounts,
  documents: (await dist('extract/documents.js')).extractDocuments,
  rankings: (await dist('extract/rankings.js')).extractRankings,
};

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.txt')) yield path;
  }
}
const folder = resolve(positionals[0] ?? (existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : join(ROOT, 'fixtures')));
const files = [...walk(folder)].slice(0, Number(flags.limit)).map((path) => readFileSync(path));

const spent = new Map();
function timed(stage, fn) {
  const t0 = process.hrtime.bigint();
  const out = fn();
  spent.set(stage, (spent.get(stage) ?? 0n) + (process.hrtime.bigint() - t0));
  return out;
}

function run(bytes) {
  const text = timed('decode', () => decodeBytes(bytes).text);
  const content = timed('normalize', () => normalizeText(text));
  const article = timed('text body', () => textArticle(content));
  const body = content.slice(0, article.bodyEnd);
  const language = timed('language', () => detectLanguage(body));
  const context = { reference: article.published?.slice(0, 10) ?? null };
  const items = {};
  for (const [kind, extract] of Object.entries(EXTRACTORS)) items[kind] = timed(kind, () => extract(body, context));
  const refined = timed('refine', () => refine(items, context, body));
  const province = timed('province', () => extractProvince(body, article.title));
  const record = { source: 'x.txt', title: article.title, published: article.published, language: language.language, province, ...refined, warnings: [] };
  timed('validate', () => Record.safeParse(record));
  timed('stringify', () => JSON.stringify(record));
}

for (const bytes of files) run(bytes);
spent.clear();
const t0 = process.hrtime.bigint();
for (const bytes of files) run(bytes);
const total = Number(process.hrtime.bigint() - t0) / 1e3 / files.length;
const mb = files.reduce((n, b) => n + b.length, 0) / 1e6;
console.log(`${files.length} documents, ${mb.toFixed(1)} MB, from ${folder}; second pass; ${total.toFixed(0)} µs/doc, ${Math.round(1e6 / total)} docs/s`);
console.log('stage          µs/doc   share');
for (const [stage, ns] of [...spent].sort((a, b) => Number(b[1] - a[1]))) {
  const us = Number(ns) / 1e3 / files.length;
  console.log(`${stage.padEnd(13)} ${us.toFixed(1).padStart(7)}  ${((100 * us) / total).toFixed(1).padStart(5)}%`);
}

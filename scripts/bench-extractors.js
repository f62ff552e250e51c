#!/usr/bin/env node
// Per-extractor throughput in one thread, on the dist build: docs/s for each extractor over
// the bodies of a folder of text articles (read, NFC-normalised and cut at the body's end
// first, outside the timing). Default folder: /tmp/corpus/baomoi-2017 when present, else
// fixtures/.
//
//   npm run build && node scripts/bench-extractors.js [FOLDER] [--limit 3000] [--rounds 7] [--only officials,documents]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = '/tmp/corpus/baomoi-2017';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '7' },
    only: { type: 'string' },
  },
});

const dist = (path) => import(join(ROOT, 'dist', path));
const { normalizeText } = await dist('input/normalize.js');
const { textArticle } = await dist('text/body.js');
const { extractProvince } = await dist('extract/province.js');

const EXTRACTORS = {
  dates: (await dist('extract/dates.js')).extractDates,
  periods: (await dist('extract/periods.js')).extractPeriods,
  percentages: (await dist('extract/percentages.js')).extractPercentages,
  counts: (await dist('extract/counts.js')).extractCounts,
  documents: (await dist('extract/documents.js')).extractDocuments,
  officials: (await dist('extract/officials.js')).extractOfficials,
  rankings: (await dist('extract/rankings.js')).extractRankings,
  province: (text) => extractProvince(text),
};

const folder = resolve(positionals[0] ?? (existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : join(ROOT, 'fixtures')));
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, Number(flags.limit))
  .map((f) => join(folder, f));
const bodies = files.map((file) => {
  const content = normalizeText(readFileSync(file, 'utf8'));
  return content.slice(0, textArticle(content).bodyEnd);
});
const chars = bodies.reduce((n, b) => n + b.length, 0);
const context = { reference: null };
const names = flags.only ? flags.only.split(',') : Object.keys(EXTRACTORS);
const rounds = Math.max(1, Number(flags.rounds));

console.log(`${bodies.length} bodies, ${(chars / 1e6).toFixed(1)} M characters, from ${folder}; best of ${rounds} rounds`);
// Rounds interleave the extractors, so that a slow spell of the machine (another process, a
// GC) does not fall on one extractor only; each keeps its fastest round.
const items = {};
for (const name of names) {
  const extract = EXTRACTORS[name];
  if (!extract) throw new Error(`unknown extractor: ${name}`);
  items[name] = 0;
  for (const body of bodies) {
    const out = extract(body, context);
    items[name] += Array.isArray(out) ? out.length : out ? 1 : 0;
  }
}
const best = Object.fromEntries(names.map((name) => [name, Infinity]));
for (let r = 0; r < rounds; r++) {
  for (const name of names) {
    const extract = EXTRACTORS[name];
    const t0 = process.hrtime.bigint();
    for (const body of bodies) extract(body, context);
    best[name] = Math.min(best[name], Number(process.hrtime.bigint() - t0) / 1e9);
  }
}
console.log('extractor        docs/s     items');
let total = 0;
for (const name of names) {
  total += best[name];
  console.log(`${name.padEnd(14)} ${String(Math.round(bodies.length / best[name])).padStart(8)}  ${String(items[name]).padStart(8)}`);
}
console.log(`${'all'.padEnd(14)} ${String(Math.round(bodies.length / total)).padStart(8)}`);

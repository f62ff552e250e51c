#!/usr/bin/env node
// The price of the HTML path, in pages/s and MB/s on the same pages (one thread):
//   parse only        cheerio.load (htmlparser2), the floor any HTML reading pays;
//   html article      parse + title, date and body (src/html/page.ts) on decoded text, and the same
//                     with decoding (charset, decodeBytes) included;
//   readability       Mozilla Readability on linkedom, the measured alternative body extractor;
//   whole pipeline    extract() with type html: the above plus the extractors, as the CLI runs it.
//
//   node scripts/bench-html.js [DIR] [--seconds 2]
// DIR defaults to ../shared/eval/html, else fixtures/html. scripts/bench.js (npm run bench)
// calls it on its generated pages. Needs dist/ (npm run build).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

/** Pages of a folder (recursively, at most `limit`), as bytes. */
function readPages(dir, limit = 5000) {
  const pages = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (pages.length >= limit) return;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.html?$/i.test(entry.name)) pages.push(readFileSync(path));
    }
  };
  walk(dir);
  return pages;
}

/** Runs `fn` over every page, repeatedly, for about `seconds` after one warm-up pass. */
function measure(pages, fn, seconds) {
  for (const page of pages) fn(page);
  const bytes = pages.reduce((sum, p) => sum + p.length, 0);
  let rounds = 0;
  const start = performance.now();
  do {
    for (const page of pages) fn(page);
    rounds++;
  } while (performance.now() - start < seconds * 1000);
  const elapsed = (performance.now() - start) / 1000;
  return { pagesPerSecond: (rounds * pages.length) / elapsed, mbPerSecond: (rounds * bytes) / 1e6 / elapsed };
}

export async function benchHtml(dir, { seconds = 2 } = {}) {
  const [{ load }, { extract }, { htmlArticle }, { readabilityBlocks }, { pageCharset }, { decodeBytes }] = await Promise.all([
    import('cheerio/slim'),
    dist('index.js'),
    dist('html/page.js'),
    dist('html/readability.js'),
    dist('html/charset.js'),
    dist('input/decode.js'),
  ]);
  const pages = readPages(dir);
  if (!pages.length) throw new Error(`no .html pages in ${dir}`);
  const decode = (bytes) => {
    const { charset, source } = pageCharset(bytes);
    return decodeBytes(bytes, source === 'declared' ? charset : undefined).text;
  };
  const texts = pages.map(decode);
  const byText = new Map(pages.map((p, i) => [p, texts[i]]));
  return {
    pages: pages.length,
    megabytes: pages.reduce((sum, p) => sum + p.length, 0) / 1e6,
    rows: [
      ['parse only (cheerio.load)', measure(pages, (p) => load(byText.get(p)), seconds)],
      ['html article (parse, title, date, body)', measure(pages, (p) => htmlArticle(byText.get(p)), seconds)],
      ['decode + html article', measure(pages, (p) => htmlArticle(decode(p)), seconds)],
      ['readability on linkedom (body only)', measure(pages, (p) => readabilityBlocks(byText.get(p), null), seconds)],
      ['whole pipeline (extract, type html)', measure(pages, (p) => extract(p, { type: 'html', langCheck: false }), seconds)],
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ options: { seconds: { type: 'string', default: '2' } }, allowPositionals: true });
  const shared = resolve(ROOT, '../shared/eval/html');
  const dir = positionals[0] ?? (existsSync(shared) ? shared : join(ROOT, 'fixtures/html'));
  const result = await benchHtml(dir, { seconds: Number(values.seconds) });
  console.log(`${result.pages} pages, ${result.megabytes.toFixed(2)} MB, from ${dir}; one thread\n`);
  console.log('| step | pages/s | MB/s |');
  console.log('|---|---:|---:|');
  for (const [name, { pagesPerSecond, mbPerSecond }] of result.rows) console.log(`| ${name} | ${pagesPerSecond.toFixed(0)} | ${mbPerSecond.toFixed(1)} |`);
}

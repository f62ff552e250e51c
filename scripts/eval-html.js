#!/usr/bin/env node
// Checks the HTML path against ../shared/eval/html/*.html and their gold .json: title,
// published, the body's first line, its last paragraph (captions after it allowed),
// must_contain strings present and must_not_contain strings absent.
//
//   node scripts/eval-html.js [--engine pipeline|rules|readability] [--show] [DIR]
//
// pipeline (default) runs the library's extract() as the CLI does; rules and readability
// run one body extractor alone on the decoded page, to compare them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const show = args.includes('--show');
const engineAt = args.indexOf('--engine');
const engine = engineAt >= 0 ? args[engineAt + 1] : 'pipeline';
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--engine');
const dir = resolve(root, positional[0] ?? process.env.CCHC_EVAL_HTML_DIR ?? '../shared/eval/html');
if (!existsSync(dir)) {
  console.error(`eval-html: ${dir} not found (expected ../shared beside the project)`);
  process.exit(2);
}
if (!['pipeline', 'rules', 'readability'].includes(engine)) {
  console.error(`eval-html: unknown engine "${engine}" (pipeline, rules, readability)`);
  process.exit(2);
}

const { extract } = await import(join(root, 'dist/index.js'));
const { htmlArticle } = await import(join(root, 'dist/html/page.js'));
const { articleBlocks } = await import(join(root, 'dist/html/body.js'));
const { readabilityBlocks } = await import(join(root, 'dist/html/readability.js'));
const { parseHtml } = await import(join(root, 'dist/html/dom.js'));
const { pageCharset } = await import(join(root, 'dist/html/charset.js'));
const { decodeBytes } = await import(join(root, 'dist/input/decode.js'));
const { normalizeText, toNfc } = await import(join(root, 'dist/input/normalize.js'));

const squash = (s) => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ');
const norm = (s) => squash(s).trim();
const minute = (s) => (s ? s.replace(/(T\d\d:\d\d):\d\d(?:\.\d+)?/, '$1') : s);

function bodyOf(bytes, source) {
  const t0 = performance.now();
  if (engine === 'pipeline') {
    const record = extract(bytes, { source, type: 'html', includeContent: true, langCheck: false });
    const ms = performance.now() - t0;
    if ('error' in record) return { error: record.error.message, ms };
    return { title: record.title, published: record.published, content: record.content ?? '', ms };
  }
  const { charset, source: how } = pageCharset(bytes);
  const html = toNfc(decodeBytes(bytes, how === 'bom' ? undefined : charset).text);
  const page = htmlArticle(html);
  const t1 = performance.now();
  const { blocks } = engine === 'rules' ? articleBlocks(parseHtml(html).root()[0], page.title) : readabilityBlocks(html, page.title);
  const ms = performance.now() - t1;
  return { title: page.title, published: page.published, content: normalizeText(blocks.map((b) => b.text).join('\n')), ms, blocks };
}

const rows = [];
let whole = 0;
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
for (const name of pages) {
  const goldPath = join(dir, name.replace(/\.html$/, '.json'));
  if (!existsSync(goldPath)) continue;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const bytes = readFileSync(join(dir, name));
  const got = bodyOf(bytes, name);
  // The same extractor's view of the page: head lines (headline, date line) and block roles.
  const page = htmlArticle(toNfc(decodeBytes(bytes, pageCharset(bytes).charset).text));
  const head = page.head.map(norm);
  let lines = (got.content ?? '').split('\n').map(norm).filter(Boolean);
  if (engine === 'pipeline') {
    const headOk = head.every((h, i) => lines[i] === h);
    lines = headOk ? lines.slice(head.length) : ['(content does not start with the head lines)', ...lines];
  }
  const body = lines.join('\n');
  // Captions may follow the last paragraph.
  const blocks = got.blocks ?? page.blocks;
  const captions = new Set(blocks.filter((b) => b.role === 'caption').map((b) => norm(b.text)));
  const paragraphs = lines.filter((l) => !captions.has(l));
  const lastParagraph = paragraphs[paragraphs.length - 1] ?? '';
  const altDates = gold.published_alt ?? [];
  const check = {
    title: norm(got.title ?? '') === norm(gold.title),
    published: minute(got.published) === gold.published || altDates.includes((got.published ?? '').slice(0, 10)),
    first: (lines[0] ?? '').startsWith(squash(gold.body_first)),
    last: lastParagraph.startsWith(squash(gold.body_last)),
    contain: gold.must_contain.filter((s) => !body.includes(norm(s))),
    notContain: gold.must_not_contain.filter((s) => body.includes(norm(s))),
  };
  const ok = check.title && check.published && check.first && check.last && !check.contain.length && !check.notContain.length;
  if (ok) whole++;
  rows.push({ name, ok, check, got, gold, lines, lastParagraph });
}

const mark = (b) => (b ? 'ok' : 'XX');
console.log(`engine: ${engine}`);
console.log('page       title  pub  first last  contain  not   ms');
for (const { name, ok, check, got } of rows) {
  const contain = `${4 - check.contain.length}/4`;
  const not = `${check.notContain.length}`;
  console.log(
    `${name.padEnd(10)} ${mark(check.title).padEnd(6)} ${mark(check.published).padEnd(4)} ${mark(check.first).padEnd(5)} ${mark(check.last).padEnd(5)} ${contain.padEnd(8)} ${not.padEnd(5)} ${got.ms.toFixed(1).padStart(5)}${ok ? '' : '  <-'}${got.error ? ` error: ${got.error}` : ''}`,
  );
}
if (show) {
  for (const { name, ok, check, got, gold, lines, lastParagraph } of rows) {
    if (ok) continue;
    console.log(`\n== ${name}`);
    if (!check.title) console.log(`  title: gold ${JSON.stringify(gold.title)} got ${JSON.stringify(got.title)}`);
    if (!check.published) console.log(`  published: gold ${gold.published} got ${got.published}`);
    if (!check.first) console.log(`  first: gold ${JSON.stringify(gold.body_first)} got ${JSON.stringify((lines[0] ?? '').slice(0, 80))}`);
    if (!check.last) console.log(`  last: gold ${JSON.stringify(gold.body_last)} got ${JSON.stringify(lastParagraph.slice(0, 80))}`);
    for (const s of check.contain) console.log(`  missing: ${JSON.stringify(s)}`);
    for (const s of check.notContain) console.log(`  spurious: ${JSON.stringify(s)}`);
  }
}
const total = rows.reduce((a, r) => a + r.got.ms, 0);
console.log(`\n${whole}/${rows.length} wholly right (${(total / rows.length).toFixed(1)} ms per page)`);
process.exit(whole === rows.length ? 0 : 1);

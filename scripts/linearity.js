#!/usr/bin/env node
// Nothing may backtrack catastrophically: every hostile string (scripts/hostile.js) goes through
// all the extractors (extractAll) and the whole pipeline (processDocument) at size n and 4n.
// Linear work grows about 4×, quadratic 16×: a case fails when 4n takes more than 10× n (plus
// a fixed slack for timer noise on small times) or more than 10 s. A real article grown to
// 1 MB and 4 MB is held to the same. Timing lives here, not in the tests: these machines are
// shared and noisy, and a test must not fail because a neighbour was busy.
//
//   npm run linearity            (exit status 1 when a case is not linear)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE, HOSTILE_PAGES, grownArticle } from './hostile.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { extractAll } = await import(join(ROOT, 'dist/extract/index.js'));
const { DEFAULT_OPTIONS, processDocument } = await import(join(ROOT, 'dist/pipeline.js'));
const { findBodyEnd } = await import(join(ROOT, 'dist/text/body.js'));

const BASE = 12_500;
const PAGE_BASE = 25_000;
const GROWTH_LIMIT = 10;
const SLACK_MS = 300;
const HARD_LIMIT_MS = 10_000;
const OPTIONS = { ...DEFAULT_OPTIONS, langCheck: false, includeContent: true };
const ARTICLE = '<p>Sáng 21/7/2021, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính; tỷ lệ hồ sơ đúng hạn đạt 98,5%.</p>';

/** The best of `times` runs: a collection or a busy neighbour only ever adds time. */
function timed(run, times = 3) {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const failures = [];
function check(label, run, small, large) {
  const tSmall = timed(() => run(small));
  const tLarge = timed(() => run(large));
  const ok = tLarge < HARD_LIMIT_MS && tLarge < GROWTH_LIMIT * tSmall + SLACK_MS;
  if (!ok) failures.push(label);
  console.log(`${ok ? 'ok  ' : 'SLOW'}  ${tSmall.toFixed(0).padStart(6)} ms  ${tLarge.toFixed(0).padStart(6)} ms  ×${(tLarge / Math.max(tSmall, 0.001)).toFixed(1).padStart(5)}  ${label}`);
}

const page = (body) => Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>Tin</title></head><body>${body}</body></html>`, 'utf8');
const extract = (text) => extractAll(text, { reference: null });
const pipeline = (name) => (bytes) => processDocument(name, bytes, OPTIONS);

console.log('        at n      at 4n   growth  case');
for (const [name, build] of Object.entries(HOSTILE)) {
  check(`extractAll: ${name}`, extract, build(BASE), build(4 * BASE));
  check(`processDocument: ${name}`, pipeline('hostile.txt'), Buffer.from(build(BASE), 'utf8'), Buffer.from(build(4 * BASE), 'utf8'));
}
for (const [name, build] of Object.entries(HOSTILE_PAGES)) {
  const at = (n) => page(build(n).replace('%ARTICLE%', ARTICLE));
  check(`processDocument (HTML): ${name}`, pipeline('hostile.html'), at(PAGE_BASE), at(4 * PAGE_BASE));
}

const FIXTURES = join(ROOT, 'fixtures');
const articleOf = (bytes) => grownArticle(FIXTURES, findBodyEnd, bytes);
check('processDocument: the seed reports grown to 1 MB and 4 MB', pipeline('grown.txt'), articleOf(1 << 20), articleOf(4 << 20));

console.log(failures.length === 0 ? 'every case grows linearly' : `not linear: ${failures.join('; ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;

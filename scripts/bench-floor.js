#!/usr/bin/env node
// The floor for `npm run bench`: what plain Node does per article with no tool around it —
// read the file, decode UTF-8, check NFC, run one percentage regex. Prints one JSON line.
// Usage: node scripts/bench-floor.js DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PERCENT = /\d{1,3}(?:[.,]\d{1,3})?\s?%/g;
const decoder = new TextDecoder('utf-8');

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(txt|html?)$/.test(entry.name)) yield path;
  }
}

const started = performance.now();
let articles = 0;
let bytes = 0;
let percentages = 0;
let notNfc = 0;
for (const path of files(process.argv[2])) {
  const raw = readFileSync(path);
  const text = decoder.decode(raw);
  if (text.normalize('NFC') !== text) notNfc++;
  percentages += text.match(PERCENT)?.length ?? 0;
  articles++;
  bytes += raw.length;
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ articles, bytes, seconds, percentages, notNfc }));

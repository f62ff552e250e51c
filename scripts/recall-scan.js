#!/usr/bin/env node
// A recall check that needs no gold: scans the bodies of NDJSON records (written with
// --include-content) for the plain written forms each kind must catch, and lists those no
// item of that kind covers. Misses it prints are candidates to read, not all errors: some
// forms are rightly left out ("xếp hạng 43 tiêu chí" ranks criteria, "Quận 1" is no count).
//
//   node bin/cchc-extract.js --format ndjson --include-content CORPUS > out.ndjson
//   node scripts/recall-scan.js out.ndjson [--show 10]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { show: { type: 'string', default: '5' } } });
const FREE = String.raw`(?<![\p{L}\p{N}.,/:\-])`;
const FIGURE = String.raw`\d{1,3}(?:\.\d{3})*(?:,\d+)?`;
const YEAR = '(?:19|20)\\d\\d';

/** Per kind: a written form that should be (part of) an item of that kind, and where in the match the item must start. */
const FORMS = {
  percentages: { pattern: String.raw`${FREE}${FIGURE} ?(?:%|phần trăm)`, at: 0 },
  dates: { pattern: String.raw`${FREE}\d{1,2}([/.-])\d{1,2}\1${YEAR}(?![\d/])`, at: 0 },
  periods: { pattern: String.raw`${FREE}${YEAR} ?[-–] ?${YEAR}(?![\d/])`, at: 0 },
  rankings: { pattern: String.raw`(?:xếp|đứng|Xếp|Đứng) (?:thứ|hạng|vị trí)(?: thứ)? \d+`, at: 0 },
  documents: {
    pattern: String.raw`(?:Nghị định|Quyết định|Thông tư|Nghị quyết|Chỉ thị|Kế hoạch|Công văn|Đề án|Luật|Kết luận|Thông báo)(?: số)? (\d+[\p{L}\d]*(?:[/-][\p{L}\d]+)+)`,
    at: 0,
  },
};

const lines = readFileSync(positionals[0], 'utf8').split('\n').filter(Boolean);
const show = Number(flags.show);
for (const [kind, form] of Object.entries(FORMS)) {
  const pattern = new RegExp(form.pattern, 'gu');
  let found = 0;
  const missed = [];
  for (const line of lines) {
    const record = JSON.parse(line);
    if (!record.content) continue;
    const spans = record[kind].map((item) => item.span);
    for (const match of record.content.matchAll(pattern)) {
      found++;
      const at = match.index + form.at;
      if (spans.some(([start, end]) => at >= start && at < end)) continue;
      missed.push(`${record.source}: …${record.content.slice(Math.max(0, match.index - 40), match.index + match[0].length + 30).replace(/\n/g, ' ')}…`);
    }
  }
  console.log(`${kind.padEnd(12)} ${String(found).padStart(6)} written forms, ${missed.length} not covered`);
  for (const example of missed.slice(0, show)) console.log(`  ${example}`);
}

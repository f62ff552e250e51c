#!/usr/bin/env node
// Writes the byte-encoded HTML fixtures from their UTF-8 sources:
//   fixtures/html/windows-1258.html.in → fixtures/html/windows-1258.html (windows-1258 bytes)
//   fixtures/html/no-charset-1258.html.in → fixtures/html/no-charset-1258.html (same, no declaration)
// windows-1258 has precomposed â ê ô ơ ư ă đ and a few toned letters; other tones are
// combining marks after the base letter, as Vietnamese Windows software wrote them.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'fixtures/html');
const decoder = new TextDecoder('windows-1258');
const table = new Map();
for (let b = 0; b < 256; b++) {
  const c = decoder.decode(Uint8Array.of(b));
  if (c !== '\ufffd' && !table.has(c)) table.set(c, b);
}
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

export function toWindows1258(text) {
  const out = [];
  for (const c of text.normalize('NFC')) {
    if (table.has(c)) {
      out.push(table.get(c));
      continue;
    }
    const d = c.normalize('NFD');
    const tone = TONES.find((t) => d.includes(t));
    const base = tone ? table.get(d.replace(tone, '').normalize('NFC')) : undefined;
    if (base === undefined) throw new Error(`windows-1258 cannot encode ${JSON.stringify(c)}`);
    out.push(base, table.get(tone));
  }
  return Buffer.from(out);
}

for (const name of ['windows-1258', 'no-charset-1258']) {
  const source = join(dir, `${name}.html.in`);
  writeFileSync(join(dir, `${name}.html`), toWindows1258(readFileSync(source, 'utf8')));
  console.log(`wrote fixtures/html/${name}.html`);
}

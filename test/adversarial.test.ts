// Long hostile strings (scripts/hostile.js) through every extractor (extractAll) and the whole
// pipeline (processDocument): each gives valid items whose spans hold their text. How their time
// grows with their length is measured by `npm run linearity`, not here: these machines are shared
// and noisy, and a test must not fail because a neighbour was busy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, grownArticle } from '../scripts/hostile.js';
import { extractAll } from '../src/extract/index.js';
import { DEFAULT_OPTIONS, processDocument, type PipelineOptions } from '../src/pipeline.js';
import { KINDS, Record, isErrorRecord, type Items } from '../src/schema.js';
import { findBodyEnd } from '../src/text/body.js';
import { ROOT, ensureBuilt } from './helpers/cli.js';

/** A child process that has not finished by then is stuck, not slow (vitest's own limit is 60 s). */
const HANG_MS = 50_000;
const SIZE = 50_000;

const OPTIONS: PipelineOptions = { ...DEFAULT_OPTIONS, langCheck: false, includeContent: true };

/** Every item's span holds its text (one expect for all: expect itself is slow on 50,000 items). */
function checkItems(items: Items, text: string): void {
  const wrong: string[] = [];
  for (const kind of KINDS) {
    for (const item of items[kind]) {
      if (text.slice(item.span[0], item.span[1]) !== item.text) wrong.push(`${kind} ${JSON.stringify(item)}`);
    }
  }
  expect(wrong.slice(0, 5)).toEqual([]);
}

describe('extractAll on adversarial strings', () => {
  for (const [name, build] of Object.entries(HOSTILE)) {
    it(`gives items whose spans hold their text on ${name}`, () => {
      const text = build(SIZE);
      checkItems(extractAll(text, { reference: null }), text);
    });
  }
});

describe('processDocument on adversarial strings', () => {
  for (const [name, build] of Object.entries(HOSTILE)) {
    it(`gives one valid record on ${name}`, () => {
      const record = processDocument('adversarial.txt', Buffer.from(build(SIZE), 'utf8'), OPTIONS);
      expect(Record.safeParse(record).success).toBe(true);
      if (!isErrorRecord(record)) checkItems(record, record.content!);
    });
  }
});

describe('large articles', () => {
  const FIXTURES = join(import.meta.dirname, '../fixtures');
  const articleOf = (bytes: number): Buffer => grownArticle(FIXTURES, findBodyEnd, bytes);

  it('extracts from a real article grown to 4 MB', () => {
    const record = processDocument('four.txt', articleOf(4 << 20), OPTIONS);
    expect(isErrorRecord(record)).toBe(false);
    if (!isErrorRecord(record)) {
      expect(record.dates.length).toBeGreaterThan(1000);
      checkItems(record, record.content!);
    }
  });

  it('processes a 10 MB article below --max-bytes and refuses it above', () => {
    const big = articleOf(10 << 20);
    const record = processDocument('ten.txt', big, OPTIONS);
    expect(isErrorRecord(record)).toBe(false);
    const refused = processDocument('ten.txt', big, { ...OPTIONS, maxBytes: 5 << 20 });
    expect(isErrorRecord(refused) && refused.error.code).toBe('too_large');
  });
});

describe('malformed HTML through the pipeline', () => {
  const html = (body: string) => Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>Tin</title></head><body>${body}</body></html>`, 'utf8');
  const ARTICLE = '<p>Sáng 21/7/2021, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính; tỷ lệ hồ sơ đúng hạn đạt 98,5%.</p>';

  function run(name: string, bytes: Buffer): Record {
    const record = processDocument(name, bytes, OPTIONS);
    expect(Record.safeParse(record).success).toBe(true);
    if (!isErrorRecord(record)) checkItems(record, record.content!);
    return record;
  }

  it('survives unclosed tags', () => {
    const record = run('unclosed.html', html('<div><p>Sáng 21/7/2021, hội nghị <b>tổng kết <i>cải cách <span>đạt 98,5%' + '<div><p>'.repeat(200)));
    expect(isErrorRecord(record)).toBe(false);
  });

  // Deep nesting runs in a child process, so that a parser stuck on depth is killed and named
  // here instead of stalling the suite.
  describe('deep nesting, isolated', () => {
    let tmp: string;
    beforeAll(async () => {
      await ensureBuilt();
      tmp = mkdtempSync(join(tmpdir(), 'cchc-deep-'));
    }, 180_000);
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    const SCRIPT = `
      import { readFileSync } from 'node:fs';
      const { processDocument, DEFAULT_OPTIONS } = await import(process.argv[2]);
      const record = processDocument('deep.html', readFileSync(process.argv[1]), { ...DEFAULT_OPTIONS, langCheck: false, includeContent: true });
      process.stdout.write(JSON.stringify(record));`;

    function runIsolated(name: string, bytes: Buffer): Record {
      const file = join(tmp, name);
      writeFileSync(file, bytes);
      const pipeline = pathToFileURL(join(ROOT, 'dist/pipeline.js')).href;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, file, pipeline], { encoding: 'utf8', timeout: HANG_MS, maxBuffer: 1 << 26 });
      expect(child.error?.message ?? '', `${name} did not finish within ${HANG_MS / 1000} s`).toBe('');
      expect(child.status, child.stderr).toBe(0);
      const record = JSON.parse(child.stdout) as Record;
      expect(Record.safeParse(record).success).toBe(true);
      if (!isErrorRecord(record)) checkItems(record, record.content!);
      return record;
    }

    it('survives 100,000 nested divs', () => {
      runIsolated('nested.html', html('<div>'.repeat(100_000) + ARTICLE + '</div>'.repeat(100_000)));
    });

    it('survives 100,000 nested divs never closed', () => {
      runIsolated('nested-open.html', html('<div>'.repeat(100_000) + ARTICLE));
    });

    it('survives 100,000 unclosed paragraphs and list items', () => {
      runIsolated('paragraphs.html', html('<p>Đoạn<li>mục'.repeat(50_000) + ARTICLE));
    });
  });

  it('survives an unterminated comment, a lone "<" run and a huge attribute', () => {
    run('comment.html', html(ARTICLE + '<!-- ' + 'Tin liên quan '.repeat(10_000)));
    run('angles.html', html('<'.repeat(100_000) + ARTICLE));
    run('attribute.html', html(`<div class="${'x'.repeat(1_000_000)}">${ARTICLE}</div>`));
  });

  it('never takes text from scripts, styles or templates', () => {
    const fake = 'Nghị định số 99/2099/NĐ-CP ngày 9/9/2099 đạt 77,7%';
    const record = run(
      'scripts.html',
      html(`<script>var article = "${fake}";</script><style>.x:after{content:"${fake}"}</style><template><p>${fake}</p></template><noscript>${fake}</noscript>` + ARTICLE),
    );
    expect(isErrorRecord(record)).toBe(false);
    if (!isErrorRecord(record)) {
      expect(record.content).not.toContain('99/2099');
      expect(record.percentages.map((p) => p.value)).not.toContain(77.7);
    }
  });

  it('ignores markup a script would write', () => {
    const record = run('script-string.html', html(`<script>document.write("<p>Quyết định số 88/2088/QĐ-UBND</p>");</script>${ARTICLE}`));
    if (!isErrorRecord(record)) expect(record.content).not.toContain('88/2088');
  });
});

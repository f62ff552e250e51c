// Long hostile strings through every extractor (extractAll) and the whole pipeline
// (processDocument): nothing may backtrack catastrophically. Each case is timed at size n and
// 4n; linear work grows about 4×, quadratic 16×, so the ratio is held under 10× (plus a fixed
// slack for timer noise on small times), and no run may pass a generous 10 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAll } from '../src/extract/index.js';
import { DEFAULT_OPTIONS, processDocument, type PipelineOptions } from '../src/pipeline.js';
import { KINDS, Record, isErrorRecord, type Items } from '../src/schema.js';
import { findBodyEnd } from '../src/text/body.js';
import { ROOT, ensureBuilt } from './helpers/cli.js';

const HARD_LIMIT_MS = 10_000;
const GROWTH_LIMIT = 10;
const SLACK_MS = 300;

const OPTIONS: PipelineOptions = { ...DEFAULT_OPTIONS, langCheck: false, includeContent: true };

/** Each case builds a string of about `n` units of its repeating pattern. */
const CASES: { [name: string]: (n: number) => string } = {
  'digits': (n) => '9'.repeat(n),
  'dotted digits 1.1.1.1': (n) => '1.'.repeat(n),
  'commas': (n) => ','.repeat(2 * n),
  'comma digits 1,1,1': (n) => '1,'.repeat(n),
  'spaced digits': (n) => '12 '.repeat(n),
  'slashes 1/1/1': (n) => '1/'.repeat(n),
  'dashes 1-1-1': (n) => '1-'.repeat(n),
  'percent signs': (n) => '%'.repeat(2 * n),
  'percentages 1% 1%': (n) => '1% '.repeat(n),
  'decimal percent run': (n) => '9,'.repeat(n) + '5%',
  'thousands run': (n) => '1.000'.repeat(n) + ' hồ sơ',
  'capitalised syllables': (n) => 'Nguyễn Văn '.repeat(n),
  'capitalised run without spaces': (n) => 'NgũNgũ'.repeat(n),
  'title words': (n) => 'Phó Chủ tịch UBND tỉnh '.repeat(n),
  'honorifics': (n) => 'ông bà đồng chí '.repeat(n),
  'decree prefixes': (n) => 'Nghị định số 1/'.repeat(n),
  'document symbols': (n) => 'số 107/2020/NĐ-CP'.repeat(n),
  'symbol letters': (n) => '1/2020/QĐ-'.repeat(n),
  'date words': (n) => 'ngày 1 tháng '.repeat(n),
  'dates': (n) => 'ngày 12/3/2021 '.repeat(n),
  'period words': (n) => 'giai đoạn 2020 - '.repeat(n),
  'years': (n) => '2020 – 2021 – '.repeat(n),
  'ranking words': (n) => 'xếp thứ 1/'.repeat(n),
  'count words': (n) => 'tăng 1 triệu '.repeat(n),
  'qualifiers': (n) => 'trên gần hơn đạt '.repeat(n),
  'parentheses': (n) => '('.repeat(n) + '1' + ')'.repeat(n),
  'spaces': (n) => ' '.repeat(2 * n) + '1%',
  'newlines': (n) => '\n'.repeat(2 * n) + 'Sáng 21/7',
  'letters': (n) => 'a'.repeat(2 * n),
  'alternating letters and digits': (n) => 'a1'.repeat(n),
  'mixed punctuation': (n) => '.,;:-/%'.repeat(n >> 2),
  'colon times': (n) => '10:05, '.repeat(n),
};

const BASE = 12_500;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

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

function expectLinear(small: number, large: number, label: string): void {
  expect(large, `${label}: ${large.toFixed(0)} ms`).toBeLessThan(HARD_LIMIT_MS);
  expect(large, `${label}: ${small.toFixed(0)} ms at n, ${large.toFixed(0)} ms at 4n`).toBeLessThan(GROWTH_LIMIT * small + SLACK_MS);
}

describe('extractAll on adversarial strings', () => {
  for (const [name, build] of Object.entries(CASES)) {
    it(`stays linear on ${name}`, () => {
      const small = build(BASE);
      const large = build(4 * BASE);
      let items: Items | undefined;
      const tSmall = timed(() => extractAll(small, { reference: null }));
      const tLarge = timed(() => {
        items = extractAll(large, { reference: null });
      });
      expectLinear(tSmall, tLarge, name);
      checkItems(items!, large);
    });
  }
});

describe('processDocument on adversarial strings', () => {
  for (const [name, build] of Object.entries(CASES)) {
    it(`gives one valid record, in linear time, on ${name}`, () => {
      const small = build(BASE);
      const large = build(4 * BASE);
      let record: Record | undefined;
      const tSmall = timed(() => processDocument('adversarial.txt', Buffer.from(small, 'utf8'), OPTIONS));
      const tLarge = timed(() => {
        record = processDocument('adversarial.txt', Buffer.from(large, 'utf8'), OPTIONS);
      });
      expectLinear(tSmall, tLarge, name);
      expect(Record.safeParse(record).success).toBe(true);
      if (record && !isErrorRecord(record)) checkItems(record, record.content!);
    });
  }
});

describe('large articles', () => {
  const FIXTURES = join(import.meta.dirname, '../fixtures');
  // The seed reports cut where their bodies end, so that every copy is extracted from.
  const bodies = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(join(FIXTURES, n), 'utf8'))
    .map((text) => text.slice(0, findBodyEnd(text)).trim())
    .join('\n\n');

  function articleOf(bytes: number): Buffer {
    const unit = Buffer.from(bodies + '\n\n', 'utf8');
    const whole = Buffer.concat(Array.from({ length: Math.ceil(bytes / unit.length) }, () => unit));
    return whole.subarray(0, whole.lastIndexOf(0x0a, bytes) + 1);
  }

  it('processes a real article grown to 1 MB and 4 MB in time linear in its size', () => {
    const small = articleOf(1 << 20);
    const large = articleOf(4 << 20);
    let record: Record | undefined;
    const tSmall = timed(() => processDocument('one.txt', small, OPTIONS));
    const tLarge = timed(() => {
      record = processDocument('four.txt', large, OPTIONS);
    });
    expect(tLarge, `${tSmall.toFixed(0)} ms for 1 MB, ${tLarge.toFixed(0)} ms for 4 MB`).toBeLessThan(GROWTH_LIMIT * tSmall + SLACK_MS);
    expect(record && !isErrorRecord(record)).toBe(true);
    if (record && !isErrorRecord(record)) expect(record.dates.length).toBeGreaterThan(1000);
  });

  it('processes a 10 MB article below --max-bytes and refuses it above', () => {
    const big = articleOf(10 << 20);
    let record: Record | undefined;
    const t = timed(() => {
      record = processDocument('ten.txt', big, OPTIONS);
    });
    expect(record && !isErrorRecord(record)).toBe(true);
    expect(t, `${t.toFixed(0)} ms for 10 MB`).toBeLessThan(60_000);
    const refused = processDocument('ten.txt', big, { ...OPTIONS, maxBytes: 5 << 20 });
    expect(isErrorRecord(refused) && refused.error.code).toBe('too_large');
  });
});

describe('malformed HTML through the pipeline', () => {
  const html = (body: string) => Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>Tin</title></head><body>${body}</body></html>`, 'utf8');
  const ARTICLE = '<p>Sáng 21/7/2021, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính; tỷ lệ hồ sơ đúng hạn đạt 98,5%.</p>';

  function run(name: string, bytes: Buffer): Record {
    let record: Record | undefined;
    const t = timed(() => {
      record = processDocument(name, bytes, OPTIONS);
    });
    expect(t, `${name}: ${t.toFixed(0)} ms`).toBeLessThan(HARD_LIMIT_MS);
    expect(Record.safeParse(record).success).toBe(true);
    if (!isErrorRecord(record!)) checkItems(record!, record!.content!);
    return record!;
  }

  it('survives unclosed tags', () => {
    const record = run('unclosed.html', html('<div><p>Sáng 21/7/2021, hội nghị <b>tổng kết <i>cải cách <span>đạt 98,5%' + '<div><p>'.repeat(200)));
    expect(isErrorRecord(record)).toBe(false);
  });

  // Deep nesting runs in a child process with a time limit, so that a parser that is
  // quadratic in depth fails this test in seconds instead of stalling the suite for minutes.
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
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, file, pipeline], { encoding: 'utf8', timeout: HARD_LIMIT_MS + 2_000, maxBuffer: 1 << 26 });
      expect(child.error?.message ?? '', `${name} did not finish within ${(HARD_LIMIT_MS + 2_000) / 1000} s`).toBe('');
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

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, processDocument, resolveType } from '../src/pipeline.js';
import { KINDS, OkRecord, Record, isErrorRecord } from '../src/schema.js';

const options = { ...DEFAULT_OPTIONS, includeContent: true };
const fixtures = readdirSync('fixtures')
  .filter((n) => n.endsWith('.txt'))
  .map((n) => `fixtures/${n}`);

function ok(record: Record): OkRecord {
  if (isErrorRecord(record)) throw new Error(`${record.source}: ${record.error.code} ${record.error.message}`);
  return record;
}

describe('pipeline', () => {
  it('gives one valid record per fixture, every span pointing at its text', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    for (const path of fixtures) {
      const record = ok(processDocument(path, readFileSync(path), options));
      expect(Record.safeParse(record).success).toBe(true);
      expect(record.language).toBe('vie');
      for (const kind of KINDS) {
        for (const item of record[kind]) expect(record.content!.slice(item.span[0], item.span[1])).toBe(item.text);
      }
    }
  });

  it('normalises before measuring: NFD, CRLF and non-breaking spaces give the same items as the clean text', () => {
    const clean = readFileSync(fixtures[0], 'utf8');
    const dirty = clean.normalize('NFD').replace(/\n/g, '\r\n').replace(/ /g, (s, i) => (i % 7 === 0 ? '\u00a0' : s));
    const a = ok(processDocument('a.txt', clean, options));
    const b = ok(processDocument('b.txt', Buffer.from(dirty, 'utf8'), options));
    expect(b.content).toBe(a.content);
    for (const kind of KINDS) expect(b[kind]).toEqual(a[kind]);
  });

  it('gives an `empty` error record for whitespace only', () => {
    const record = processDocument('blank.txt', Buffer.from('  \n\t \r\n'), options);
    expect(record).toMatchObject({ source: 'blank.txt', error: { code: 'empty' } });
  });

  it('gives `not_vietnamese` for a long English text, unless the check is off', () => {
    const english = 'The provincial government held a conference to review administrative reform over the past decade. '.repeat(5);
    expect(processDocument('en.txt', english, options)).toMatchObject({ error: { code: 'not_vietnamese' } });
    expect(isErrorRecord(processDocument('en.txt', english, { ...options, langCheck: false }))).toBe(false);
  });

  it('does not reject a short Vietnamese sentence', () => {
    const record = ok(processDocument('short.txt', 'Giảm 315 người.', options));
    expect(record.language).toBe('vie');
  });

  it('gives `too_large` above the byte limit', () => {
    expect(processDocument('big.txt', Buffer.alloc(2048, 0x61), { ...options, maxBytes: 1024 })).toMatchObject({ error: { code: 'too_large' } });
  });

  it('gives `binary` for bytes with NULs', () => {
    expect(processDocument('x.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]), options)).toMatchObject({ error: { code: 'binary' } });
  });

  it('omits content unless asked', () => {
    const record = ok(processDocument('a.txt', 'Ngày 11/7, UBND tỉnh họp.', DEFAULT_OPTIONS));
    expect(record.content).toBeUndefined();
  });

  it('decides HTML by extension, then by sniffing', () => {
    expect(resolveType('page.html', 'Tin tức', 'auto')).toBe('html');
    expect(resolveType('page.txt', '<!DOCTYPE html><html>', 'auto')).toBe('html');
    expect(resolveType('-', '<p>Ngày 11/7</p>', 'auto')).toBe('html');
    expect(resolveType('a.txt', 'Tỷ lệ đạt 98% <trên> kế hoạch', 'auto')).toBe('text');
    expect(resolveType('page.html', '<p>x</p>', 'text')).toBe('text');
  });

  it('decides bytes the same way: a page by its tags, saved under any name; text without a "<" at once', () => {
    const page = Buffer.from('<html><body><p>Toàn tỉnh đã giảm 103 đơn vị.</p></body></html>');
    expect(ok(processDocument('trang.txt', page, DEFAULT_OPTIONS)).content).toBeUndefined();
    expect(ok(processDocument('trang.txt', page, { ...DEFAULT_OPTIONS, includeContent: true })).content).toBe('Toàn tỉnh đã giảm 103 đơn vị.');
    const text = Buffer.from('Toàn tỉnh đã giảm 103 đơn vị, đạt 98% kế hoạch.');
    expect(ok(processDocument('bai.txt', text, { ...DEFAULT_OPTIONS, includeContent: true })).content).toBe('Toàn tỉnh đã giảm 103 đơn vị, đạt 98% kế hoạch.');
  });

  it('reads the article text out of an HTML page', () => {
    const html = '<html><head><title>Họp Ban Chỉ đạo</title></head><body><p>Toàn tỉnh đã giảm 103 đơn vị.</p><script>var x = "Tin giả 99%";</script></body></html>';
    const record = ok(processDocument('p.html', Buffer.from(html), options));
    expect(record.content).toContain('Toàn tỉnh đã giảm 103 đơn vị.');
    expect(record.content).not.toContain('Tin giả');
  });
});

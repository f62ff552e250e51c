import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, detectCharset, isUtf8WithNonAscii, knownCharset, pageCharset } from '../../src/html/charset.js';
import { processDocument, DEFAULT_OPTIONS } from '../../src/pipeline.js';
import { isErrorRecord } from '../../src/schema.js';
import { toWindows1258 } from '../input/encoders.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/html');
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const ARTICLE =
  '<h1>Hội nghị tổng kết công tác cải cách hành chính năm 2022</h1>' +
  '<p>Sáng 21/7, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%, tăng 2,1% so với năm trước.</p>' +
  '<p>Đồng chí Nguyễn Văn Dũng, Phó Chủ tịch UBND huyện, đề nghị các xã tiếp tục rà soát, đơn giản hóa thủ tục hành chính.</p>';

describe('declaredCharset', () => {
  it('reads <meta charset>', () => {
    expect(declaredCharset(utf8('<html><head><meta charset="windows-1258"><title>x</title>'))).toBe('windows-1258');
    expect(declaredCharset(utf8("<meta charset='UTF-8'>"))).toBe('UTF-8');
    expect(declaredCharset(utf8('<meta charset=utf-8>'))).toBe('utf-8');
  });

  it('reads an http-equiv Content-Type', () => {
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'))).toBe('windows-1258');
    expect(declaredCharset(utf8('<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=ISO-8859-1">'))).toBe('ISO-8859-1');
  });

  it('reads an XML declaration', () => {
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="windows-1258"?><html>'))).toBe('windows-1258');
  });

  it('looks only at the head of the page', () => {
    expect(declaredCharset(utf8(' '.repeat(10_000) + '<meta charset="windows-1258">'))).toBeUndefined();
    expect(declaredCharset(utf8('<p>Không khai báo bảng mã</p>'))).toBeUndefined();
  });
});

describe('knownCharset', () => {
  it('maps labels to the encodings TextDecoder uses', () => {
    expect(knownCharset('UTF8')).toBe('utf-8');
    expect(knownCharset('latin1')).toBe('windows-1252');
    expect(knownCharset('cp1258')).toBe('windows-1258');
    expect(knownCharset('x-no-such-charset')).toBeNull();
  });
});

describe('isUtf8WithNonAscii', () => {
  it('accepts UTF-8 with Vietnamese letters', () => {
    expect(isUtf8WithNonAscii(utf8('Cải cách hành chính'))).toBe(true);
  });

  it('rejects ASCII alone and single-byte code pages', () => {
    expect(isUtf8WithNonAscii(utf8('plain ascii'))).toBe(false);
    expect(isUtf8WithNonAscii(toWindows1258('Cải cách hành chính'))).toBe(false);
  });

  it('does not hold a sequence cut at the end of a sample against UTF-8', () => {
    const bytes = utf8('Cải cách ế');
    expect(isUtf8WithNonAscii(bytes.subarray(0, bytes.length - 1))).toBe(true);
  });
});

describe('pageCharset', () => {
  it('takes a byte order mark first', () => {
    expect(pageCharset(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<meta charset="windows-1258">')]))).toEqual({ charset: 'utf-8', source: 'bom' });
    expect(pageCharset(Buffer.from([0xff, 0xfe, 0x3c, 0x00]))).toEqual({ charset: 'utf-16le', source: 'bom' });
    expect(pageCharset(Buffer.from([0xfe, 0xff, 0x00, 0x3c]))).toEqual({ charset: 'utf-16be', source: 'bom' });
  });

  it('then the declaration', () => {
    expect(pageCharset(utf8('<meta charset="windows-1258"><p>x</p>'))).toEqual({ charset: 'windows-1258', source: 'declared' });
  });

  it('skips a declaration TextDecoder does not know', () => {
    expect(pageCharset(utf8('<meta charset="x-unknown"><p>Cải cách</p>'))).toEqual({ charset: 'utf-8', source: 'detected' });
  });

  it('detects UTF-8 and windows-1258 on pages saved without a declaration', () => {
    expect(pageCharset(utf8(`<html><body>${ARTICLE}</body></html>`))).toEqual({ charset: 'utf-8', source: 'detected' });
    expect(pageCharset(toWindows1258(`<html><body>${ARTICLE.repeat(3)}</body></html>`)).charset).toBe('windows-1258');
  });

  it('calls a pure ASCII page UTF-8 by default', () => {
    expect(pageCharset(utf8('<p>plain</p>'))).toEqual({ charset: 'utf-8', source: 'default' });
  });
});

describe('detectCharset', () => {
  it('returns a label TextDecoder can decode', () => {
    const label = detectCharset(toWindows1258(ARTICLE.repeat(3)));
    expect(label).not.toBeNull();
    expect(() => new TextDecoder(label!)).not.toThrow();
  });
});

describe('charsets through the pipeline', () => {
  const options = { ...DEFAULT_OPTIONS, type: 'html' as const, includeContent: true };

  it('decodes a declared windows-1258 page to NFC text', () => {
    const record = processDocument('page.html', toWindows1258(`<html><head><meta charset="windows-1258"></head><body>${ARTICLE}</body></html>`), options);
    expect(isErrorRecord(record)).toBe(false);
    if (isErrorRecord(record)) return;
    expect(record.content).toContain('Phó Chủ tịch UBND huyện');
    expect(record.content).toBe(record.content!.normalize('NFC'));
    expect(record.title).toBe('Hội nghị tổng kết công tác cải cách hành chính năm 2022');
  });

  it('decodes an undeclared windows-1258 page', () => {
    const record = processDocument('page.html', toWindows1258(`<html><body>${ARTICLE}</body></html>`), options);
    expect(isErrorRecord(record)).toBe(false);
    if (!isErrorRecord(record)) expect(record.content).toContain('đơn giản hóa thủ tục hành chính');
  });

  it('reads UTF-8 despite a stale Latin-1 declaration', () => {
    const record = processDocument('page.html', utf8(`<html><head><meta charset="iso-8859-1"></head><body>${ARTICLE}</body></html>`), options);
    expect(isErrorRecord(record)).toBe(false);
    if (!isErrorRecord(record)) expect(record.content).toContain('Nguyễn Văn Dũng');
  });

  it('reads a UTF-16 page with a byte order mark', () => {
    const page = `<html><body>${ARTICLE}</body></html>`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]);
    const record = processDocument('page.html', bytes, options);
    expect(isErrorRecord(record)).toBe(false);
    if (!isErrorRecord(record)) expect(record.content).toContain('98,5%');
  });
});

describe('the windows-1258 fixtures', () => {
  for (const name of ['windows-1258', 'no-charset-1258']) {
    it(`${name}.html holds its UTF-8 source encoded as windows-1258 (scripts/make-html-fixtures.js)`, () => {
      const source = readFileSync(join(FIXTURES, `${name}.html.in`), 'utf8');
      expect(readFileSync(join(FIXTURES, `${name}.html`)).equals(toWindows1258(source))).toBe(true);
    });
  }

  it('declares its charset in one and not in the other', () => {
    expect(pageCharset(readFileSync(join(FIXTURES, 'windows-1258.html')))).toEqual({ charset: 'windows-1258', source: 'declared' });
    expect(pageCharset(readFileSync(join(FIXTURES, 'no-charset-1258.html'))).source).toBe('detected');
  });
});

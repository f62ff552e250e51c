import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, loadHtmlSupport, processDocument, processDocumentAsync, processDocuments, processDocumentsAsync } from '../src/document.js';

const text = 'fixtures/000_7e500347ba852232.txt';
const page = 'fixtures/html/newspaper-jsonld.html';

// The order matters: this file's document.js starts without the HTML branch.
describe('document (HTML branch loaded on demand)', () => {
  it('processes text without the HTML branch, and asks for it on a page', () => {
    expect(processDocument(text, readFileSync(text), DEFAULT_OPTIONS)).not.toHaveProperty('error');
    expect(processDocument(page, readFileSync(page), DEFAULT_OPTIONS)).toMatchObject({ error: { code: 'internal', message: expect.stringContaining('loadHtmlSupport') } });
  });

  it('loads the HTML branch for the first page: the same record as the eager pipeline', async () => {
    const lazy = await processDocumentAsync(page, readFileSync(page), DEFAULT_OPTIONS);
    const eager = (await import('../src/pipeline.js')).processDocument(page, readFileSync(page), DEFAULT_OPTIONS);
    expect(lazy).not.toHaveProperty('error');
    expect(lazy).toEqual(eager);
    await loadHtmlSupport();
    expect(processDocument(page, readFileSync(page), DEFAULT_OPTIONS)).toEqual(eager);
  });
});

describe('processDocuments (a batch, stage by stage)', () => {
  const inputs = [
    ...readdirSync('fixtures')
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ source: `fixtures/${name}`, input: readFileSync(`fixtures/${name}`) as Uint8Array | string })),
    ...readdirSync('fixtures/html')
      .filter((name) => name.endsWith('.html'))
      .map((name) => ({ source: `fixtures/html/${name}`, input: readFileSync(`fixtures/html/${name}`) as Uint8Array | string })),
    { source: 'empty.txt', input: '   \n ' },
    { source: 'english.txt', input: 'The committee met on Monday to review the annual report on public administration reform and agreed on the next steps for the coming year.' },
    { source: 'pdf.txt', input: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj') },
    { source: 'short.txt', input: 'Giảm 315 người.' },
  ];

  it('gives each document the record it gets alone, in order, failures included', async () => {
    await loadHtmlSupport();
    const alone = inputs.map(({ source, input }) => processDocument(source, input, DEFAULT_OPTIONS));
    const batch = processDocuments(inputs, DEFAULT_OPTIONS);
    expect(batch).toEqual(alone);
    expect(batch.map((record) => ('error' in record ? record.error.code : 'ok')).slice(-4)).toEqual(['empty', 'not_vietnamese', 'binary', 'ok']);
  });

  it('ends only the document whose stage fails', () => {
    const options = { ...DEFAULT_OPTIONS, maxBytes: 2000 };
    const records = processDocuments([{ source: 'big.txt', input: 'x'.repeat(5000) }, { source: 'small.txt', input: 'Tỷ lệ hồ sơ trả đúng hạn đạt 98%.' }], options);
    expect(records[0]).toMatchObject({ error: { code: 'too_large' } });
    expect(records[1]).toMatchObject({ percentages: [{ value: 98 }] });
  });

  it('loads the HTML branch when a batch holds a page', async () => {
    const records = await processDocumentsAsync(inputs.slice(-6), DEFAULT_OPTIONS);
    expect(records).toHaveLength(6);
  });
});

describe('processDocument: a box of links inside the article', () => {
  it('extracts the article on both sides of it and nothing of its links, spans still indexing the text', () => {
    const text = [
      'Núi Thành giảm thời gian giải quyết thủ tục đất đai',
      '',
      'Sáng 5/3/2025, UBND huyện Núi Thành tổ chức hội nghị sơ kết, năm 2024 huyện giải quyết đúng hạn 95,2% hồ sơ đất đai.',
      '',
      'ĐỌC THÊM',
      '>> Quảng Nam: 100% thủ tục hành chính được tiếp nhận trực tuyến',
      '',
      'Huyện đã thành lập 3 tổ công tác lưu động hỗ trợ 17 xã, thị trấn trong năm qua và xử lý 4 trường hợp chậm trễ.',
      '',
      'Năm 2025, huyện phấn đấu đưa tỷ lệ hồ sơ đúng hạn lên 98% và không để tồn đọng kéo dài.',
    ].join('\n');
    const record = processDocument('box.txt', Buffer.from(text), DEFAULT_OPTIONS) as { percentages: { text: string; span: [number, number] }[] };
    expect(record.percentages.map((p) => p.text)).toEqual(['95,2%', '98%']);
    for (const p of record.percentages) expect(text.slice(...p.span)).toBe(p.text);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, loadHtmlSupport, processDocument, processDocumentAsync } from '../src/document.js';

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

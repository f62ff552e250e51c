import { describe, expect, it } from 'vitest';
import { parseHtml, squash, textOf } from '../../src/html/dom.js';
import { MAX_DEPTH, limitNesting } from '../../src/html/nesting.js';

const ARTICLE = '<p>Sáng 21/7/2021, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính.</p>';

describe('limitNesting', () => {
  it('returns ordinary pages unchanged', () => {
    const page = `<html><head><title>x</title><script>if (a < b && c > d) { document.write("<div>"); }</script></head><body>${'<div><p>Đoạn</p></div>'.repeat(500)}${ARTICLE}</body></html>`;
    expect(limitNesting(page)).toBe(page);
  });

  it('unwraps elements nested past the limit and keeps their text', () => {
    const n = MAX_DEPTH * 5;
    const page = '<div>'.repeat(n) + ARTICLE + '</div>'.repeat(n);
    const limited = limitNesting(page);
    expect(limited.length).toBeLessThan(page.length);
    expect((limited.match(/<div>/g) ?? []).length).toBe(MAX_DEPTH);
    expect((limited.match(/<\/div>/g) ?? []).length).toBe(MAX_DEPTH);
    expect(limited).toContain('tổng kết công tác cải cách hành chính');
  });

  it('handles tags never closed', () => {
    const limited = limitNesting('<div>'.repeat(MAX_DEPTH * 3) + ARTICLE);
    expect(squash(textOf(parseHtml(limited).root()[0]))).toContain('cải cách hành chính');
  });

  it('ignores tags inside scripts and comments of raw text', () => {
    const script = `<script>${'<div>'.repeat(MAX_DEPTH * 2)}</script>`;
    const page = script + ARTICLE + ' '.repeat(MAX_DEPTH * 3);
    expect(limitNesting(page)).toBe(page);
  });

  it('keeps void and self-closing tags out of the depth', () => {
    const page = '<br><img src="a.jpg"><hr/>'.repeat(MAX_DEPTH * 2) + ARTICLE;
    expect(limitNesting(page)).toBe(page);
  });

  it('keeps the article of a page with hostile nesting', () => {
    for (const page of ['<div>'.repeat(100_000) + ARTICLE + '</div>'.repeat(100_000), '<p>Đoạn<li>mục'.repeat(50_000) + ARTICLE, '<'.repeat(100_000) + ARTICLE]) {
      const $ = parseHtml(limitNesting(page));
      expect(textOf($.root()[0])).toContain('tổng kết công tác cải cách hành chính');
    }
  });
});

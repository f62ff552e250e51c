import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../src/html/page.js';
import { DEFAULT_OPTIONS, processDocument } from '../../src/pipeline.js';
import { KINDS, isErrorRecord, type OkRecord } from '../../src/schema.js';
import { findBodyEnd } from '../../src/text/body.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const OPTIONS = { ...DEFAULT_OPTIONS, includeContent: true };

function record(path: string, type: 'html' | 'text' = 'html'): OkRecord {
  const result = processDocument(path, readFileSync(path), { ...OPTIONS, type });
  if (isErrorRecord(result)) throw new Error(`${path}: ${result.error.message}`);
  return result;
}

function everyItem(r: OkRecord): { text: string; span: [number, number] }[] {
  return KINDS.flatMap((kind) => r[kind] as { text: string; span: [number, number] }[]);
}

interface Expected {
  title: string;
  published: string;
  /** The first body line, under the head lines (headline, date line). */
  first: string;
  last: string;
  /** Strings from menus, related news, comments and footers. */
  absent: string[];
  /** Values that only those blocks hold. */
  absentValues: { percentages?: number[]; documents?: string[]; counts?: number[] };
}

const PAGES: Record<string, Expected> = {
  'portal-left-menu.html': {
    title: 'Huyện Cao Lộc tổng kết công tác cải cách hành chính năm 2022',
    published: '2023-01-12T15:20+07:00',
    first: 'Chiều 11/1, UBND huyện Cao Lộc tổ chức hội nghị',
    last: 'Phát biểu tại hội nghị, ông Lương Văn Hòa',
    absent: ['Tin liên quan', 'Giới thiệu', 'Thống kê truy cập', 'Cơ quan chủ quản', 'Hoàng Minh', 'Trang chủ', 'Các tin khác'],
    absentValues: { percentages: [77.7], documents: ['999/QĐ-UBND'], counts: [125, 1234567] },
  },
  'newspaper-jsonld.html': {
    title: 'Lào Cai nâng cao chất lượng phục vụ người dân, doanh nghiệp',
    published: '2022-05-25T10:05+07:00',
    first: 'LCĐT - Những năm qua, tỉnh Lào Cai',
    last: 'Ông Nguyễn Trọng Hài, Phó Chủ tịch UBND tỉnh',
    absent: ['Chia sẻ', 'Từ khóa', 'Tin cùng chuyên mục', 'Bắc Hà', 'Bình luận', 'giấy phép lái xe', 'Đọc nhiều nhất', 'Bản quyền'],
    absentValues: { percentages: [96.3, 70, 25], documents: ['888/KH-UBND', '123/GP-BTTTT'], counts: [8421, 11, 12000, 60] },
  },
  'windows-1258.html': {
    title: 'Kết quả thực hiện cơ chế một cửa năm 2019',
    published: '2019-11-08T14:30+07:00',
    first: 'Năm 2019, Bộ phận tiếp nhận và trả kết quả',
    last: 'Tại hội nghị sơ kết, bà Hoàng Thị Mai',
    absent: ['CHUYÊN MỤC', 'Tổ chức bộ máy', 'Các tin khác', 'Phòng Cải cách hành chính', 'Bản quyền'],
    absentValues: { documents: [] },
  },
  'no-charset-1258.html': {
    title: 'Bảo Lâm rà soát thủ tục hành chính cấp xã',
    published: '2018-06-14',
    first: 'Thực hiện Kế hoạch số 112/KH-UBND',
    last: 'Ông Triệu Văn Tâm, Phó Chủ tịch UBND huyện',
    absent: ['Trang chủ', 'Tin khác', 'Nguồn:', 'hội thi'],
    absentValues: { documents: ['61/2018/NĐ-CP'], counts: [45] },
  },
  'no-charset.html': {
    title: 'Bến Tre đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính',
    published: '2021-09-17T08:30+07:00',
    first: 'Tỉnh Bến Tre đang đẩy mạnh ứng dụng công nghệ thông tin',
    last: 'Bà Nguyễn Thị Bé Mười, Phó Chủ tịch UBND tỉnh',
    absent: ['Thời sự', 'Tin mới nhất', 'vắc xin', 'Phan Hân', 'Giấy phép'],
    absentValues: { counts: [35000, 120000], documents: ['45/GP-BTTTT'] },
  },
  'date-in-text.html': {
    title: 'Sở Tư pháp đạt kết quả cao trong giải quyết thủ tục hành chính quý I năm 2023',
    published: '2023-03-20',
    first: 'Trong quý I năm 2023, Sở Tư pháp đã tiếp nhận',
    last: 'Ông Lê Văn Minh, Giám đốc Sở Tư pháp',
    absent: ['Giới thiệu', 'Văn phòng Sở', 'Các bài đã đăng', 'Hội nghị triển khai', 'Lê Duẩn'],
    absentValues: { counts: [150] },
  },
};

describe('HTML fixtures through the pipeline', () => {
  for (const [name, want] of Object.entries(PAGES)) {
    describe(name, () => {
      const r = record(join(FIXTURES, 'html', name));
      const lines = r.content!.split('\n');
      const head = lines[1]?.startsWith(want.first) ? 1 : 2;
      const body = lines.slice(head);

      it('has the title and publication date', () => {
        expect(r.title).toBe(want.title);
        expect(r.published).toBe(want.published);
        expect(lines[0]).toBe(want.title);
      });

      it('starts at the article and ends at its last paragraph', () => {
        expect(body[0].startsWith(want.first), body[0]).toBe(true);
        expect(body[body.length - 1].startsWith(want.last), body[body.length - 1]).toBe(true);
      });

      it('holds nothing from menus, related news, comments or footers', () => {
        for (const s of want.absent) expect(r.content).not.toContain(s);
        for (const v of want.absentValues.percentages ?? []) expect(r.percentages.map((p) => p.value)).not.toContain(v);
        for (const v of want.absentValues.counts ?? []) expect(r.counts.map((c) => c.value)).not.toContain(v);
        for (const v of want.absentValues.documents ?? []) expect(r.documents.map((d) => d.number)).not.toContain(v);
      });

      it('points every item into its content', () => {
        for (const item of everyItem(r)) expect(r.content!.slice(item.span[0], item.span[1])).toBe(item.text);
      });
    });
  }
});

describe('htmlArticle', () => {
  it('reports the head lines, the blocks and the engine that found them', () => {
    const page = htmlArticle(readFileSync(join(FIXTURES, 'html/portal-left-menu.html'), 'utf8'));
    expect(page.head).toEqual(['Huyện Cao Lộc tổng kết công tác cải cách hành chính năm 2022', 'Ngày đăng: 12/01/2023 15:20']);
    expect(page.engine).toBe('rules');
    expect(page.blocks.find((b) => b.text === 'Quang cảnh hội nghị tổng kết')?.role).toBe('caption');
    expect(page.text.split('\n')).toEqual([...page.head, ...page.blocks.map((b) => b.text)]);
  });

  it('takes the heading over the body when the <title> names only the site', () => {
    const page = htmlArticle(
      '<html><head><title>UBND huyện Bảo Lâm - Tin tức</title></head><body><div class="menu"><a href="/">Trang chủ</a></div>' +
        '<h2>Bảo Lâm rà soát thủ tục hành chính cấp xã</h2><div class="noidung"><p>Phòng Nội vụ đã phối hợp với các xã rà soát 98 thủ tục hành chính thuộc thẩm quyền của cấp xã.</p></div></body></html>',
    );
    expect(page.title).toBe('Bảo Lâm rà soát thủ tục hành chính cấp xã');
  });

  it('keeps a <title> that a heading of the page shows', () => {
    const page = htmlArticle(
      '<html><head><title>Bảo Lâm rà soát thủ tục hành chính cấp xã - UBND huyện</title></head><body><h2>Bảo Lâm rà soát thủ tục hành chính cấp xã</h2>' +
        '<h3>Chuyên mục cải cách hành chính</h3><div class="noidung"><p>Phòng Nội vụ đã phối hợp với các xã rà soát 98 thủ tục hành chính thuộc thẩm quyền của cấp xã.</p></div></body></html>',
    );
    expect(page.title).toBe('Bảo Lâm rà soát thủ tục hành chính cấp xã');
  });

  it('normalises to NFC before reading', () => {
    const page = htmlArticle(`<h1>${'Cải cách hành chính tại tỉnh'.normalize('NFD')}</h1><p>${'Năm 2022, tỉnh đã giảm 315 người trong biên chế, đạt kế hoạch đề ra.'.normalize('NFD')}</p>`);
    expect(page.title).toBe('Cải cách hành chính tại tỉnh');
    expect(page.text).toBe(page.text.normalize('NFC'));
  });

  it('falls back to Readability when the rules find no run of prose', () => {
    const page = htmlArticle('<html><body><article><p>Ngắn.</p><p>Cũng ngắn.</p></article></body></html>');
    expect(['readability', 'none']).toContain(page.engine);
  });

  it('gives an empty body for a page without text', () => {
    expect(htmlArticle('<html><head><title>Trang</title></head><body></body></html>')).toMatchObject({ title: 'Trang', blocks: [], engine: 'none' });
  });
});

// The same article saved as text and as a whole page gives the same items. The page is built
// from a seed text: headline, date line, paragraphs, and what follows the body in a box of
// related news, with a menu and a footer around it.
function pageFromText(text: string): string {
  const end = findBodyEnd(text);
  const paragraphs = text.slice(0, end).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const after = text.slice(end).split('\n').map((l) => l.trim()).filter(Boolean);
  const [title, ...rest] = paragraphs;
  const dated = /^(?:Ngày \d|\d{1,2}\/\d{1,2}\/\d{4})/.test(rest[0] ?? '');
  const dateLine = dated ? `<div class="date">${rest.shift()}</div>` : '';
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)} - Cổng thông tin</title></head><body>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li><a href="/cchc">Cải cách hành chính</a></li></ul>
<div class="detail"><h1>${escape(title)}</h1>${dateLine}
<div class="content">${rest.map((p) => `<p>${escape(p)}</p>`).join('\n')}</div>
<div class="related">${after.map((l) => `<p><a href="/r">${escape(l)}</a></p>`).join('')}</div></div>
<div class="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Điện thoại: 0205.3812.345</div></body></html>`;
}

function itemValues(r: OkRecord): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const kind of KINDS) {
    out[kind] = (r[kind] as Record<string, unknown>[])
      .map((item) => {
        const { text: _text, span: _span, subject: _subject, roles: _roles, ...value } = item;
        return JSON.stringify(value);
      })
      .sort();
  }
  return out;
}

describe('the same article as text and as HTML', () => {
  for (const seed of ['001_92d8ee77b83b01ae.txt', '002_31f907290d9b425c.txt', '004_9816fce5774da16b.txt']) {
    it(`gives the same items for ${seed}`, () => {
      const path = join(FIXTURES, seed);
      const text = readFileSync(path, 'utf8');
      const fromText = processDocument(seed, Buffer.from(text), { ...OPTIONS, type: 'text' });
      const fromHtml = processDocument(seed.replace('.txt', '.html'), Buffer.from(pageFromText(text)), { ...OPTIONS, type: 'html' });
      if (isErrorRecord(fromText) || isErrorRecord(fromHtml)) throw new Error('error record');
      expect(fromHtml.title).toBe(fromText.title);
      expect(fromHtml.published?.slice(0, 10) ?? null).toBe(fromText.published?.slice(0, 10) ?? null);
      expect(itemValues(fromHtml)).toEqual(itemValues(fromText));
      expect(fromHtml.officials.map((o) => o.name).sort()).toEqual(fromText.officials.map((o) => o.name).sort());
    });
  }
});

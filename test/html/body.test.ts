import { describe, expect, it } from 'vitest';
import { articleBlocks, tidyRun } from '../../src/html/body.js';
import { toBlocks } from '../../src/html/blocks.js';
import { parseHtml } from '../../src/html/dom.js';

const TITLE = 'Huyện Bảo Lạc tổng kết công tác cải cách hành chính năm 2022';
const P1 = 'Chiều 11/1, UBND huyện Bảo Lạc tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2022, triển khai nhiệm vụ năm 2023.';
const P2 = 'Năm 2022, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%; Bộ phận Một cửa huyện đã tiếp nhận 12.450 hồ sơ, tăng 1.230 hồ sơ so với năm 2021.';
const P3 = 'Đồng chí Lương Văn Hòa, Phó Chủ tịch UBND huyện, đề nghị các cơ quan tiếp tục rà soát, đơn giản hóa thủ tục hành chính trong năm tới.';
const MENU = '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li><li><a href="/tt">Tin tức - Sự kiện</a></li><li><a href="/vb">Văn bản</a></li></ul>';
const RELATED =
  '<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul><li><a href="/1">Thành phố đạt 77,7% hồ sơ trực tuyến toàn trình trong năm</a></li><li><a href="/2">Triển khai Quyết định số 999/QĐ-UBND về danh mục thủ tục</a></li></ul></div>';
const FOOTER = '<div id="footer"><p>Cơ quan chủ quản: UBND huyện Bảo Lạc. Địa chỉ: Khối 1, thị trấn Bảo Lạc. Điện thoại: 0206.3870.123.</p></div>';

function body(html: string, title: string | null = TITLE): string[] {
  return articleBlocks(parseHtml(html).root()[0], title).blocks.map((b) => b.text);
}

describe('articleBlocks', () => {
  it('keeps the article and leaves out menu, related news and footer', () => {
    const lines = body(`<body>${MENU}<h1>${TITLE}</h1><div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>${RELATED}${FOOTER}</body>`);
    expect(lines).toEqual([P1, P2, P3]);
  });

  it('drops the headline and the date line under it', () => {
    const lines = body(`<div><h1>${TITLE}</h1><div class="date">Thứ Tư, 11/01/2023 15:20</div><p>${P1}</p><p>${P2}</p></div>`);
    expect(lines).toEqual([P1, P2]);
  });

  it('reaches back to a lead parted from the body by tools and related links', () => {
    const lines = body(
      `<div class="detail"><h1>${TITLE}</h1><p class="sapo">Sáng nay, huyện tổng kết năm cải cách hành chính.</p>` +
        `<h4 class="RelatedLead"><a href="/x">Một tin khác có liên quan đến bài</a></h4>` +
        `<div class="noidung"><p>${P1}</p><p>${P2}</p></div></div>`,
    );
    expect(lines).toEqual(['Sáng nay, huyện tổng kết năm cải cách hành chính.', P1, P2]);
  });

  it('turns <br> and list items into lines', () => {
    const lines = body(`<div class="content">${P1}<br>${P2}<br><br><ul><li>${P3}</li><li>100% thủ tục được niêm yết công khai tại trụ sở.</li></ul></div>`);
    expect(lines).toEqual([P1, P2, P3, '100% thủ tục được niêm yết công khai tại trụ sở.']);
  });

  it('keeps captions and sub-headings as their own lines, with roles', () => {
    const html =
      `<div class="content"><p>${P1}</p><figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>` +
      `<p><strong>Kết quả nổi bật</strong></p><p>${P2}</p><table><tr><td><img src="b.jpg"></td></tr><tr><td>Cán bộ hướng dẫn người dân</td></tr></table><p>${P3}</p></div>`;
    const blocks = articleBlocks(parseHtml(html).root()[0], TITLE).blocks;
    expect(blocks.map((b) => [b.text, b.role])).toEqual([
      [P1, 'paragraph'],
      ['Quang cảnh hội nghị', 'caption'],
      ['Kết quả nổi bật', 'heading'],
      [P2, 'paragraph'],
      ['Cán bộ hướng dẫn người dân', 'caption'],
      [P3, 'paragraph'],
    ]);
  });

  it('trims bylines, sources and credits off the end', () => {
    for (const byline of ['Hoàng Minh', 'Quang Phong - Tùng Nguyên', 'Theo Báo Cao Bằng', 'Tin, ảnh: Thu Huyền', 'Nguồn: Sở Nội vụ', 'K. Miên']) {
      expect(body(`<div class="content"><p>${P1}</p><p>${P2}</p><p align="right"><b>${byline}</b></p></div>`)).toEqual([P1, P2]);
    }
  });

  it('keeps a short last paragraph that is a sentence', () => {
    expect(body(`<div class="content"><p>${P1}</p><p>${P2}</p><p>Hội nghị kết thúc lúc 17 giờ.</p></div>`)).toEqual([P1, P2, 'Hội nghị kết thúc lúc 17 giờ.']);
  });

  it('keeps a closing table of figures', () => {
    const table = '<table><tr><th>Đơn vị</th><th>Hồ sơ</th><th>Tỷ lệ</th></tr><tr><td>Sở Nội vụ</td><td>1.245</td><td>98,5%</td></tr><tr><td>Sở Tư pháp</td><td>980</td><td>99,1%</td></tr></table>';
    const lines = body(`<div class="content"><p>${P1}</p><p>${P2}</p>${table}</div>${RELATED}`);
    expect(lines).toEqual([P1, P2, 'Đơn vị', 'Hồ sơ', 'Tỷ lệ', 'Sở Nội vụ', '1.245', '98,5%', 'Sở Tư pháp', '980', '99,1%']);
  });

  it('keeps a table of figures between paragraphs', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>Xã ${i + 1}</td><td>${100 + i}</td><td>9${i % 10},5%</td></tr>`).join('');
    const lines = body(`<div class="content"><p>${P1}</p><table>${rows}</table><p>${P2}</p></div>`);
    expect(lines[0]).toBe(P1);
    expect(lines[lines.length - 1]).toBe(P2);
    expect(lines).toContain('Xã 40');
  });

  it('drops inline ">>" related links', () => {
    expect(body(`<div class="content"><p>${P1}<br><a href="/r"><b>&gt;&gt; Tin cũ về cải cách hành chính</b></a></p><p>${P2}</p></div>`)).toEqual([P1, P2]);
  });

  it('stops at a section heading even without markup around it', () => {
    const lines = body(`<div><p>${P1}</p><p>${P2}</p><p>Tin cùng chuyên mục</p><p><a href="/1">Một tin khác</a></p><p>${P3}</p></div>`);
    expect(lines).toEqual([P1, P2]);
  });

  it('leaves out comment boxes however long they are', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<div class="comment-item"><p>Ý kiến số ${i + 1}: ${P3} ${P2}</p></div>`).join('');
    expect(body(`<div class="content"><p>${P1}</p><p>${P2}</p></div><div class="comments">${comments}</div>`)).toEqual([P1, P2]);
  });

  it('keeps an article inside a column named like a sidebar when it holds the prose', () => {
    expect(body(`<div class="sidebar-1"><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p></div><div class="sidebar-2"><a href="/x">Tin khác</a></div>`)).toEqual([P1, P2]);
  });

  it('skips a copy of the page head printed before the article', () => {
    const lines = body(`<div id="head"><h1>${TITLE}</h1><h2>${P1}</h2></div><div id="doc"><h1>${TITLE}</h1><h2>${P1}</h2><p>${P2}</p><p>${P3}</p></div>`);
    expect(lines).toEqual([P1, P2, P3]);
  });

  it('leaves out hidden elements, scripts, styles and forms', () => {
    const lines = body(
      `<div class="content"><p style="display:none">Đoạn ẩn không hiển thị với người đọc.</p><script>var x = "Nghị định số 99/2099/NĐ-CP";</script>` +
        `<style>.a{}</style><p>${P1}</p><select><option>Hà Nội</option></select><p>${P2}</p></div>`,
    );
    expect(lines).toEqual([P1, P2]);
  });

  it('finds an undeclared headline over its date line and reports it', () => {
    const result = articleBlocks(parseHtml(`<td><b>${TITLE}</b><br>(Cập nhật: 20/03/2023)<br><br>${P1}<br><br>${P2}</td>`).root()[0], 'Sở Tư pháp');
    expect(result.headline?.text).toBe(TITLE);
    expect(result.blocks.map((b) => b.text)).toEqual([P1, P2]);
    expect(result.margin.map((b) => b.text)).toContain('(Cập nhật: 20/03/2023)');
  });

  it('reports the nearest headline-like block over the body', () => {
    const result = articleBlocks(parseHtml(`<div><h2 class="title">${TITLE}</h2><div class="content"><p>${P1}</p><p>${P2}</p></div></div>`).root()[0], 'Cổng thông tin');
    expect(result.above?.text).toBe(TITLE);
    expect(result.blocks.map((b) => b.text)).toEqual([P1, P2]);
  });

  it('finds nothing on a page without prose', () => {
    expect(articleBlocks(parseHtml(`<body>${MENU}<p>Liên hệ</p></body>`).root()[0], null)).toEqual({ blocks: [], margin: [], headline: null, above: null });
    expect(articleBlocks(parseHtml('').root()[0], null).blocks).toEqual([]);
  });
});

describe('tidyRun', () => {
  it('returns dropped date lines and bylines as the margin', () => {
    const blocks = toBlocks(parseHtml(`<div><p>Ngày đăng: 12/01/2023</p><p>${P1}</p><p>${P2}</p><p>Hoàng Minh</p></div>`).root()[0]);
    const tidy = tidyRun(blocks, null);
    expect(tidy.blocks.map((b) => b.text)).toEqual([P1, P2]);
    expect(tidy.margin.map((b) => b.text)).toEqual(['Ngày đăng: 12/01/2023', 'Hoàng Minh']);
  });
});

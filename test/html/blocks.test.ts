import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/html/blocks.js';
import { parseHtml } from '../../src/html/dom.js';

const blocksOf = (html: string) => toBlocks(parseHtml(html).root()[0]);
const texts = (html: string) => blocksOf(html).map((b) => b.text);

describe('toBlocks', () => {
  it('makes one block per paragraph, heading, list item and table cell', () => {
    expect(texts('<h1>Tiêu đề</h1><p>Đoạn một.</p><ul><li>Mục một</li><li>Mục hai</li></ul><table><tr><td>Ô một</td><td>Ô hai</td></tr></table>')).toEqual([
      'Tiêu đề',
      'Đoạn một.',
      'Mục một',
      'Mục hai',
      'Ô một',
      'Ô hai',
    ]);
  });

  it('splits lines at <br> and keeps inline markup inside a line', () => {
    expect(texts('<div>Dòng <b>một</b> có <a href="#">liên kết</a><br>Dòng hai<br/><br>Dòng ba</div>')).toEqual(['Dòng một có liên kết', 'Dòng hai', 'Dòng ba']);
  });

  it('collapses white space and no-break spaces', () => {
    expect(texts('<p>  Tỷ lệ\n\t đạt&nbsp;&nbsp;98,5%  </p>')).toEqual(['Tỷ lệ đạt 98,5%']);
  });

  it('decodes entities', () => {
    expect(texts('<p>Th&#7913; s&#225;u &amp; &quot;ngày&quot; &lt;1&gt;</p>')).toEqual(['Thứ sáu & "ngày" <1>']);
  });

  it('skips scripts, styles, forms controls, hidden and template content', () => {
    expect(
      texts(
        '<script>var a = "x";</script><style>p{}</style><noscript>Bật JavaScript</noscript><template><p>Mẫu</p></template>' +
          '<select><option>Hà Nội</option></select><button>Gửi</button><textarea>Viết</textarea>' +
          '<p hidden>Ẩn</p><p style="display: none">Ẩn nữa</p><p style="visibility:hidden">Ẩn nốt</p><p>Hiện</p>',
      ),
    ).toEqual(['Hiện']);
  });

  it('counts the link text of each block', () => {
    const [menu, mixed, plain] = blocksOf('<p><a href="/">Trang chủ</a></p><p>Xem <a href="/x">bài này</a> nhé</p><p>Không liên kết</p>');
    expect(menu.linkChars).toBe(menu.text.length);
    expect(mixed.linkChars).toBeGreaterThan(0);
    expect(mixed.linkChars).toBeLessThan(mixed.text.length);
    expect(plain.linkChars).toBe(0);
  });

  it('marks blocks that follow an image and blocks wholly emphasised', () => {
    const [para, caption, heading] = blocksOf('<p>Đoạn văn.</p><p><img src="a.jpg"></p><p><em>Chú thích ảnh</em></p><p><strong>Tiêu đề phụ</strong></p>');
    expect(para).toMatchObject({ afterImage: false, emphasised: false });
    expect(caption).toMatchObject({ afterImage: true, emphasised: true });
    expect(heading).toMatchObject({ afterImage: false, emphasised: true });
  });

  it('names the block-level element that holds each block', () => {
    const [cell, item] = blocksOf('<table><tr><td class="noidung"><span>Nội dung</span></td></tr></table><ul><li>Mục</li></ul>');
    expect(cell.el.name).toBe('td');
    expect(cell.el.attribs.class).toBe('noidung');
    expect(item.el.name).toBe('li');
  });

  it('applies a skip test to whole subtrees', () => {
    const root = parseHtml('<div class="menu"><p>Menu</p></div><p>Bài</p>').root()[0];
    expect(toBlocks(root, (el) => el.attribs.class === 'menu').map((b) => b.text)).toEqual(['Bài']);
  });

  it('walks very deep and very wide trees without recursion', () => {
    const deep = '<div>'.repeat(900) + 'Sâu' + '</div>'.repeat(900);
    expect(texts(deep)).toEqual(['Sâu']);
    expect(texts('<p>x</p>'.repeat(20_000))).toHaveLength(20_000);
  });
});

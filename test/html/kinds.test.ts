import { describe, expect, it } from 'vitest';
import { toBlocks, type Block } from '../../src/html/blocks.js';
import { parseHtml } from '../../src/html/dom.js';
import {
  isByline,
  isDataCell,
  isCaption,
  isDateLine,
  isHeadline,
  isLead,
  isProse,
  isRelatedLink,
  isSectionHeading,
  isSentence,
  isTrailer,
  looksLikeHeadline,
  roleOf,
  textKey,
} from '../../src/html/kinds.js';

const block = (html: string): Block => toBlocks(parseHtml(html).root()[0])[0];
const p = (text: string): Block => block(`<p>${text}</p>`);
const PROSE = 'Năm 2022, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%, tăng 1,2% so với năm trước.';

describe('isProse', () => {
  it('wants length, words and few links', () => {
    expect(isProse(p(PROSE))).toBe(true);
    expect(isProse(p('Quang cảnh hội nghị'))).toBe(false);
    expect(isProse(p(`<a href="/x">${PROSE}</a>`))).toBe(false);
    expect(isProse(p('Mộtchuỗirấtdàikhôngcókhoảngtrắngnàocảđểđếmtừvàkhôngphảilàcâuvănbìnhthường'))).toBe(false);
  });
});

describe('isSectionHeading', () => {
  it('recognises related-news, comment, share and footer openings', () => {
    for (const text of ['Tin liên quan', 'TIN LIÊN QUAN', '» Tin cùng chuyên mục', 'Các tin khác:', 'Bình luận (3)', 'Ý kiến bạn đọc', 'Chia sẻ bài viết', 'Xem nhiều nhất', 'Cơ quan chủ quản: UBND tỉnh', 'Bản quyền thuộc về Báo Lạng Sơn']) {
      expect(isSectionHeading(p(text)), text).toBe(true);
    }
  });

  it('does not take a sentence that opens with the same words', () => {
    expect(isSectionHeading(p('Chia sẻ với phóng viên, ông Nguyễn Văn An cho biết năm nay tỉnh sẽ cắt giảm thêm 20 thủ tục.'))).toBe(false);
    expect(isSectionHeading(p(PROSE))).toBe(false);
  });
});

describe('isRelatedLink', () => {
  it('takes link lines and "»" lines', () => {
    expect(isRelatedLink(p('<a href="/1">Thành phố đạt 77,7% hồ sơ trực tuyến</a>'))).toBe(true);
    expect(isRelatedLink(p('&gt;&gt; <a href="/2">Tin cũ hơn</a> về cải cách hành chính tỉnh'))).toBe(true);
    expect(isRelatedLink(p(PROSE))).toBe(false);
  });
});

describe('headlines', () => {
  it('compares by letters and digits only', () => {
    expect(textKey('5 "bóng hồng" buôn – ma túy')).toBe('5bónghồngbuônmatúy');
    expect(isHeadline(p('Amazon: Kẻ lão luyện</>'), textKey('Amazon: Kẻ lão luyện'))).toBe(true);
    expect(isHeadline(p('Amazon: Kẻ lão luyện 10 7 1'), textKey('Amazon: Kẻ lão luyện'))).toBe(true);
    expect(isHeadline(p('Amazon: Kẻ lão luyện trong một câu dài hơn nhiều'), textKey('Amazon: Kẻ lão luyện'))).toBe(false);
    expect(isHeadline(p('Bất kỳ'), '')).toBe(false);
  });

  it('sees headline-like blocks', () => {
    expect(looksLikeHeadline(block('<h2>Bảo Lâm rà soát thủ tục hành chính</h2>'))).toBe(true);
    expect(looksLikeHeadline(block('<p><b>Bảo Lâm rà soát thủ tục hành chính</b></p>'))).toBe(true);
    expect(looksLikeHeadline(block('<div class="tieude">Bảo Lâm rà soát thủ tục hành chính</div>'))).toBe(true);
    expect(looksLikeHeadline(p('Bảo Lâm rà soát thủ tục hành chính'))).toBe(false);
    expect(looksLikeHeadline(block('<h2>Tin liên quan</h2>'))).toBe(false);
  });
});

describe('isLead', () => {
  it('reads lead names on the element or its parents', () => {
    expect(isLead(block(`<p class="sapo">${PROSE}</p>`))).toBe(true);
    expect(isLead(block(`<div class="init_content"><p>${PROSE}</p></div>`))).toBe(true);
    expect(isLead(block(`<h2 class="Lead">${PROSE}</h2>`))).toBe(true);
    expect(isLead(p(PROSE))).toBe(false);
  });
});

describe('isDataCell', () => {
  it('takes short cells of rows with several cells', () => {
    const cells = toBlocks(parseHtml('<table><tr><td>Sở Nội vụ</td><td>98,5%</td></tr><tr><td>Hoàng Minh</td></tr></table>').root()[0]);
    expect(cells.map(isDataCell)).toEqual([true, true, false]);
    expect(isDataCell(p('98,5%'))).toBe(false);
  });
});

describe('isDateLine', () => {
  it('takes short lines that are only a date', () => {
    expect(isDateLine(p('Thứ Ba, 25/12/2012 - 10:03'))).toBe(true);
    expect(isDateLine(p('(Cập nhật: 20/03/2023)'))).toBe(true);
    expect(isDateLine(p('Sáng 29/10/2020, UBND tỉnh tổ chức hội nghị'))).toBe(false);
  });
});

describe('isCaption', () => {
  it('takes figcaptions, caption-named blocks and text cells of image tables', () => {
    expect(isCaption(block('<figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>'))).toBe(true);
    expect(isCaption(block('<p class="image-caption">Quang cảnh hội nghị</p>'))).toBe(true);
    expect(isCaption(block('<td class="pCaption">Quang cảnh</td>'))).toBe(true);
    const cells = toBlocks(parseHtml('<table><tr><td><img src="a.jpg"></td></tr><tr><td>Đại biểu dự hội nghị</td></tr></table>').root()[0]);
    expect(isCaption(cells[0])).toBe(true);
    expect(isCaption(block('<table><tr><td>Ô bảng số liệu</td></tr></table>'))).toBe(false);
    expect(isCaption(p(PROSE))).toBe(false);
  });
});

describe('bylines and trailers', () => {
  it('takes name lines, sources and credits', () => {
    for (const text of ['Hoàng Minh', 'Quang Phong - Tùng Nguyên', 'K. Miên', 'Theo Báo Lạng Sơn', 'Nguồn: Sở Nội vụ', 'Tin, ảnh: Thu Huyền', 'Ảnh: Văn Bình', 'Theo Minh Nguyễn/Vcamp.vn']) {
      expect(isByline(p(text)), text).toBe(true);
    }
  });

  it('does not take sentences or descriptive lines', () => {
    expect(isByline(p('Hội nghị kết thúc lúc 17 giờ.'))).toBe(false);
    expect(isByline(p('Ảnh chụp tại khu phố Thắng Lợi, phường Dương Nội, quận Hà Đông, Hà Nội,'))).toBe(false);
    expect(isByline(p(PROSE))).toBe(false);
  });

  it('counts dates, links and section openings as trailers but not captions', () => {
    expect(isTrailer(p('Ngày đăng: 12/01/2023'))).toBe(true);
    expect(isTrailer(p('<a href="/r">Một tin khác</a>'))).toBe(true);
    expect(isTrailer(p('Chia sẻ bài viết của bạn về môi trường tại đây.'))).toBe(true);
    expect(isTrailer(block('<figcaption>Hoàng Minh</figcaption>'))).toBe(false);
  });

  it('tells a short sentence', () => {
    expect(isSentence(p('Hội nghị kết thúc lúc 17 giờ.'))).toBe(true);
    expect(isSentence(p('Hoàng Minh'))).toBe(false);
  });
});

describe('roleOf', () => {
  it('names captions, leads, headings and paragraphs', () => {
    expect(roleOf(block('<figcaption>Ảnh hội nghị</figcaption>'), false)).toBe('caption');
    expect(roleOf(block(`<p class="sapo">${PROSE}</p>`), true)).toBe('lead');
    expect(roleOf(block(`<h2>${PROSE}</h2>`), true)).toBe('lead');
    expect(roleOf(block('<h3>Kết quả nổi bật</h3>'), false)).toBe('heading');
    expect(roleOf(block('<p><strong>Kết quả nổi bật</strong></p>'), false)).toBe('heading');
    expect(roleOf(p(PROSE), false)).toBe('paragraph');
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/dom.js';
import { cleanTitle, headlineCandidates, pageTitle, readMetadata } from '../../src/html/meta.js';

const HEADLINE = 'Hà Giang công bố Chỉ số cải cách hành chính năm 2022';
const page = (head: string, body = '') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

describe('readMetadata', () => {
  it('keys <meta> content by property, name and itemprop, lower-cased, first one winning', () => {
    const $ = page('<meta property="og:title" content="Một"><meta property="og:title" content="Hai"><meta itemprop="datePublished" content="2022-05-25"><meta name="Description" content="  Mô tả  ">');
    const { tags } = readMetadata($);
    expect(tags.get('og:title')).toBe('Một');
    expect(tags.get('datepublished')).toBe('2022-05-25');
    expect(tags.get('description')).toBe('Mô tả');
  });

  it('finds article objects in JSON-LD, in arrays and @graph', () => {
    const ld = (json: string) => page(`<script type="application/ld+json">${json}</script>`);
    expect(readMetadata(ld(`{"@type":"NewsArticle","headline":"${HEADLINE}","datePublished":"2022-05-25T10:05:00+07:00"}`)).articles).toEqual([
      { headline: HEADLINE, datePublished: '2022-05-25T10:05:00+07:00' },
    ]);
    expect(readMetadata(ld(`[{"@type":"BreadcrumbList"},{"@type":["Article"],"headline":"A"}]`)).articles).toEqual([{ headline: 'A', datePublished: undefined }]);
    expect(readMetadata(ld(`{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","headline":"B"}]}`)).articles[0].headline).toBe('B');
  });

  it('survives broken JSON-LD', () => {
    expect(readMetadata(page('<script type="application/ld+json">{"@type": "NewsArticle", </script>')).articles).toEqual([]);
  });
});

describe('cleanTitle', () => {
  it('strips a site name and a section after the headline', () => {
    expect(cleanTitle(`${HEADLINE} - VnExpress`)).toBe(HEADLINE);
    expect(cleanTitle(`${HEADLINE} | Thời sự | Báo Lạng Sơn`)).toBe(HEADLINE);
    expect(cleanTitle(`${HEADLINE} - Zing News | Xã hội`)).toBe(HEADLINE);
    expect(cleanTitle(`${HEADLINE} - baohagiang.vn`)).toBe(HEADLINE);
  });

  it('keeps a long tail, which is part of the headline', () => {
    const title = 'Lạng Sơn: Hội nghị tổng kết - Nhiều kết quả nổi bật trong cải cách thủ tục hành chính năm 2022';
    expect(cleanTitle(title)).toBe(title);
  });

  it('does not take the end of a period for a site name', () => {
    expect(cleanTitle('Tổng kết cải cách hành chính giai đoạn 2011 - 2020')).toBe('Tổng kết cải cách hành chính giai đoạn 2011 - 2020');
    expect(cleanTitle('Tổng kết cải cách hành chính giai đoạn 2011 - 2020 - Báo Đồng Khởi')).toBe('Tổng kết cải cách hành chính giai đoạn 2011 - 2020');
  });

  it('drops an unaccented SEO copy', () => {
    expect(cleanTitle('Đột nhập lò luyện thi công chức-lo luyen thi cong chuc o han')).toBe('Đột nhập lò luyện thi công chức');
  });

  it('prefers a heading of the page found as one segment of the title', () => {
    expect(cleanTitle(`Sở Nội vụ :: ${HEADLINE}`, [HEADLINE])).toBe(HEADLINE);
    expect(cleanTitle(`${HEADLINE}-lo luyen`, [HEADLINE])).toBe(HEADLINE);
    expect(cleanTitle(`Cổng TTĐT tỉnh | ${HEADLINE} | Tin tức`, [HEADLINE])).toBe(HEADLINE);
  });

  it('does not take a heading that is only part of a word run', () => {
    expect(cleanTitle(`${HEADLINE} và các tỉnh`, [HEADLINE])).toBe(`${HEADLINE} và các tỉnh`);
  });

  it('collapses white space', () => {
    expect(cleanTitle(`\n   ${HEADLINE}\u00a0\n`)).toBe(HEADLINE);
  });
});

describe('headlineCandidates', () => {
  it('skips logos, links and headings inside menus or lists', () => {
    const $ = page(
      '',
      `<h1 class="logo"><a href="/">Báo Hà Giang điện tử</a></h1>
       <nav class="menu"><h2>Chuyên mục chính của báo</h2></nav>
       <ul><li><h3>Tin khác trong danh sách liên quan</h3></li></ul>
       <h1 class="title">${HEADLINE}</h1>`,
    );
    expect(headlineCandidates($).map((h) => h.text)).toEqual([HEADLINE]);
  });

  it('takes title-named elements besides headings', () => {
    const $ = page('', `<td class="tieude">${HEADLINE}</td><span class="news-title">Một tiêu đề khác đủ dài</span>`);
    expect(headlineCandidates($).map((h) => h.text)).toEqual([HEADLINE, 'Một tiêu đề khác đủ dài']);
  });
});

describe('pageTitle', () => {
  it('takes the JSON-LD headline first', () => {
    const $ = page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEADLINE}"}</script><meta property="og:title" content="Khác"><title>Khác nữa</title>`);
    expect(pageTitle($)).toMatchObject({ title: HEADLINE, source: 'json-ld' });
  });

  it('then og:title, twitter:title and itemprop headline', () => {
    expect(pageTitle(page(`<meta property="og:title" content="${HEADLINE}"><title>Khác</title>`))).toMatchObject({ title: HEADLINE, source: 'og:title' });
    expect(pageTitle(page(`<meta name="twitter:title" content="${HEADLINE}">`))).toMatchObject({ title: HEADLINE, source: 'twitter:title' });
    expect(pageTitle(page(`<meta itemprop="headline" content="${HEADLINE}">`))).toMatchObject({ title: HEADLINE, source: 'itemprop' });
  });

  it('then the article <h1>, not the logo', () => {
    const $ = page('<title>Báo Hà Giang</title>', `<h1><a href="/"><img alt="logo"></a></h1><h1 class="title">${HEADLINE}</h1>`);
    const title = pageTitle($);
    expect(title).toMatchObject({ title: HEADLINE, source: 'h1' });
    expect(title.element?.attribs.class).toBe('title');
  });

  it('then <title> without the site name, placed on the heading that shows it', () => {
    const $ = page(`<title>${HEADLINE} - Cổng thông tin điện tử</title>`, `<h3 class="Title">${HEADLINE}</h3>`);
    const title = pageTitle($);
    expect(title).toMatchObject({ title: HEADLINE, source: 'title' });
    expect(title.element?.name).toBe('h3');
  });

  it('cleans og:title with the page headline', () => {
    const $ = page(`<meta property="og:title" content="${HEADLINE}-ha giang cong bo chi so">`, `<h1>${HEADLINE}</h1>`);
    expect(pageTitle($).title).toBe(HEADLINE);
  });

  it('decodes entities and collapses spaces', () => {
    const $ = page('<title>5 &quot;bóng hồng&quot;&nbsp; buôn   ma túy</title>');
    expect(pageTitle($).title).toBe('5 "bóng hồng" buôn ma túy');
  });

  it('gives null on a page without any', () => {
    expect(pageTitle(page('', '<p>Chỉ có một đoạn văn.</p>'))).toEqual({ title: null, source: null, element: null });
  });

  it('ignores a "title" longer than any headline', () => {
    expect(pageTitle(page(`<title>${'Ủy Ban Nhân Dân '.repeat(100)}</title>`)).title).toBeNull();
  });
});

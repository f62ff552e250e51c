import { describe, expect, it } from 'vitest';
import { parseHtml, type Element } from '../../src/html/dom.js';
import { readMetadata } from '../../src/html/meta.js';
import { metadataPublished, pagePublished, visiblePublished } from '../../src/html/published.js';

const page = (head: string, body = '') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
const headline = ($: ReturnType<typeof parseHtml>): Element => $('h1').get(0)!;
const fromMeta = (head: string, body = '') => {
  const $ = page(head, body);
  return metadataPublished(readMetadata($));
};

describe('metadataPublished', () => {
  it('reads JSON-LD datePublished first', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-25T10:05:00+07:00"}</script>';
    expect(fromMeta(ld + '<meta property="article:published_time" content="2021-01-01T00:00:00+07:00">')).toBe('2022-05-25T10:05+07:00');
  });

  it('reads article:published_time', () => {
    expect(fromMeta('<meta property="article:published_time" content="2023-01-12T15:20:00+07:00">')).toBe('2023-01-12T15:20+07:00');
  });

  it('skips an empty article:published_time', () => {
    expect(fromMeta('<meta property="article:published_time" content=""><meta itemprop="datePublished" content="2012-12-25">')).toBe('2012-12-25');
  });

  it('reads itemprop=datePublished on a meta, a time or a span', () => {
    expect(fromMeta('<meta itemprop="datePublished" content="2012-12-23T14:02+07:00">')).toBe('2012-12-23T14:02+07:00');
    expect(fromMeta('', '<time itemprop="datePublished" datetime="2019-07-11T16:17:00+07:00">16:17</time>')).toBe('2019-07-11T16:17+07:00');
    expect(fromMeta('', '<span itemprop="datePublished">25/12/2012 10:25</span>')).toBe('2012-12-25T10:25+07:00');
  });

  it('reads the common date <meta> names', () => {
    expect(fromMeta('<meta name="pubdate" content="2020-03-17T07:34:00+07:00">')).toBe('2020-03-17T07:34+07:00');
    expect(fromMeta('<meta name="DC.date.issued" content="2018-05-22">')).toBe('2018-05-22');
  });

  it('reads <time datetime> inside the article', () => {
    expect(fromMeta('', '<article><time datetime="2021-09-17T01:30:00Z">17/9</time></article>')).toBe('2021-09-17T08:30+07:00');
    expect(fromMeta('', '<time pubdate datetime="2021-09-17">17/9</time>')).toBe('2021-09-17');
  });

  it('gives null when the metadata holds no date', () => {
    expect(fromMeta('<meta property="og:title" content="Tin">', '<p>Không có ngày.</p>')).toBeNull();
  });
});

describe('visiblePublished', () => {
  it('takes a date element near the headline', () => {
    const $ = page('', '<div class="detail"><h1>Tin cải cách hành chính</h1><span class="spanTime">Thứ sáu, 28/12/2012, 14:46 GMT+7</span><p>Nội dung.</p></div>');
    expect(visiblePublished($, headline($))).toEqual({ value: '2012-12-28T14:46+07:00', text: 'Thứ sáu, 28/12/2012, 14:46 GMT+7' });
  });

  it('takes a class-less element that is only a date line', () => {
    const $ = page('', '<div><h1>Tin cải cách hành chính</h1><p>Ngày đăng: 12/01/2023 15:20</p><p>Nội dung bài.</p></div>');
    expect(visiblePublished($, headline($))?.value).toBe('2023-01-12T15:20+07:00');
  });

  it('joins a time and a date split over nested elements', () => {
    const $ = page('', '<div><h3 class="Title">Tin</h3><span class="timePost">15:20 PM | <span> 21/12/2012 </span></span></div>');
    expect(visiblePublished($, $('h3').get(0)!)?.value).toBe('2012-12-21T15:20+07:00');
  });

  it('prefers the date nearest the headline to dates in lists of other news', () => {
    const $ = page(
      '',
      `<div class="ticker"><a href="/1"><label class="time">17:39 | 28/12/2012</label></a></div>
       <div class="main"><div class="article"><span class="date">20/12/2012 10:18</span><h1>Tin chính</h1><p>Nội dung.</p></div></div>
       <ul class="other"><li><a href="/2">Tin khác</a> <span class="date">19/12/2012</span></li></ul>`,
    );
    expect(visiblePublished($, headline($))?.value).toBe('2012-12-20T10:18+07:00');
  });

  it("does not take the site header's date far above the headline", () => {
    const $ = page(
      '',
      `<div class="top"><div class="bar"><div class="inner"><span class="today">Thứ bảy, 18/09/2021</span></div></div></div>
       <div class="wrap"><div class="col"><div class="box"><div class="detail"><h1>Tổng kết cải cách hành chính</h1><p>Nội dung bài.</p></div></div></div></div>`,
    );
    expect(visiblePublished($, headline($))).toBeNull();
  });

  it('ignores dates inside sentences', () => {
    const $ = page('', '<div><h1>Tin</h1><p>Sáng 29/10/2020, UBND tỉnh tổ chức hội nghị.</p></div>');
    expect(visiblePublished($, headline($))).toBeNull();
  });
});

describe('pagePublished', () => {
  it('gives a date-only metadata value the time of the visible line of that day', () => {
    const $ = page('<meta itemprop="datePublished" content="2012-12-25">', '<div><h1>Tin</h1><div class="date">Thứ Ba, 25/12/2012 - 10:03</div></div>');
    expect(pagePublished($, headline($), readMetadata($))).toEqual({ value: '2012-12-25T10:03+07:00', line: 'Thứ Ba, 25/12/2012 - 10:03' });
  });

  it('keeps a metadata date-time over a visible line of another day', () => {
    const $ = page('<meta itemprop="datePublished" content="2012-12-23T14:02+07:00">', '<div><h1>Tin</h1><div class="date">24/12/2012 03:04 AM</div></div>');
    expect(pagePublished($, headline($), readMetadata($))).toEqual({ value: '2012-12-23T14:02+07:00', line: null });
  });

  it('falls back to the visible line when the metadata is silent', () => {
    const $ = page('', '<div><h1>Tin</h1><p class="time">Thứ Tư, 26/12/2012 17:14</p></div>');
    expect(pagePublished($, headline($), readMetadata($))?.value).toBe('2012-12-26T17:14+07:00');
  });

  it('gives null on a page with no date at all', () => {
    const $ = page('', '<div><h1>Tin</h1><p>Nội dung không có ngày tháng.</p></div>');
    expect(pagePublished($, headline($), readMetadata($))).toBeNull();
  });
});

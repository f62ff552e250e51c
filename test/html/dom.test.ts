import { describe, expect, it } from 'vitest';
import { ancestors, closest, descendants, hintMatcher, insideMatcher, isHidden, nameOf, parseHtml, squash, textOf } from '../../src/html/dom.js';

describe('parseHtml', () => {
  it('parses uppercase tags and unquoted attributes of old pages', () => {
    const $ = parseHtml('<DIV class=cxtLeft><H1 class=Title>Tin</H1><P class=Normal>Đoạn</P></DIV>');
    expect($('div.cxtLeft h1.Title').text()).toBe('Tin');
    expect($('p.Normal').length).toBe(1);
  });
});

describe('nameOf and hintMatcher', () => {
  it('joins class and id, lower-cased, without dashes and underscores', () => {
    const el = parseHtml('<div class="Tin-Lien_Quan box" id="ctl00_Related"></div>')('div').get(0)!;
    expect(nameOf(el)).toBe('tinlienquan box ctl00related');
    expect(hintMatcher(['tin-lien-quan'])(el)).toBe(true);
    expect(hintMatcher(['related'])(el)).toBe(true);
    expect(hintMatcher(['comment'])(el)).toBe(false);
  });

  it('gives an element without class or id no name', () => {
    expect(nameOf(parseHtml('<p>x</p>')('p').get(0)!)).toBe('');
  });

  it('reads only the start of a huge class attribute', () => {
    const el = parseHtml(`<div class="${'x'.repeat(100_000)} comment"></div>`)('div').get(0)!;
    expect(nameOf(el).length).toBeLessThan(1000);
  });
});

describe('isHidden', () => {
  it('reads inline display:none, visibility:hidden and the hidden attribute', () => {
    const $ = parseHtml('<p style="color:red; display : none">a</p><p style="visibility:hidden">b</p><p hidden>c</p><p style="display:block">d</p>');
    expect($('p').toArray().map(isHidden)).toEqual([true, true, true, false]);
  });
});

describe('text and tree walks', () => {
  const $ = parseHtml('<div id="a"><p>Một <b>hai</b><br>ba</p><script>bốn</script><ul><li id="z">năm</li></ul></div>');

  it('collects visible text, <br> as a space, scripts excluded', () => {
    expect(squash(textOf($('#a').get(0)!))).toBe('Một hai ba năm');
  });

  it('stops soon after a limit', () => {
    const big = parseHtml(`<div>${'<p>chữ</p>'.repeat(10_000)}</div>`)('div').get(0)!;
    expect(textOf(big, 20).length).toBeLessThan(40);
  });

  it('walks descendants in document order and ancestors upwards', () => {
    expect([...descendants($('#a').get(0)!)].map((el) => el.name)).toEqual(['div', 'p', 'b', 'br', 'script', 'ul', 'li']);
    expect(ancestors($('#z').get(0)!).map((el) => el.name)).toEqual(['ul', 'div']);
    expect(closest($('#z').get(0)!, (el) => el.name === 'div')?.attribs.id).toBe('a');
    expect(closest($('#z').get(0)!, (el) => el.name === 'div', 1)).toBeNull();
  });

  it('memoises "inside" tests over ancestors', () => {
    const inList = insideMatcher((el) => el.name === 'ul');
    expect(inList($('#z').get(0)!)).toBe(true);
    expect(inList($('b').get(0)!)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { afterHonorifics, foreignNames } from '../../../src/extract/officials/foreign.js';

const names = (text: string) => foreignNames(text, afterHonorifics(text)).map((span) => text.slice(span.start, span.end));

describe('foreignNames', () => {
  it('reads a name in plain Latin letters after "ông"/"bà" and before a comma or a dash', () => {
    expect(names('Bà Caitlin Wiesen, Trưởng đại diện UNDP tại Việt Nam cho biết.')).toEqual(['Caitlin Wiesen']);
    expect(names('theo ông Ousmane Dione - Giám đốc Quốc gia Ngân hàng Thế giới')).toEqual(['Ousmane Dione']);
    expect(names('Ông Steven Udvar-Hazy, chủ tịch hãng')).toEqual(['Steven Udvar-Hazy']);
  });

  it('needs two words at least, in plain letters', () => {
    expect(names('Ông Trump, Tổng thống Mỹ, nói.')).toEqual([]);
    expect(names('Bà Rịa - Vũng Tàu dẫn đầu.')).toEqual([]);
    expect(names('Ông Nguyễn Văn An, Chủ tịch UBND xã')).toEqual([]);
  });

  it('takes a name with no post after it only where a word is no Vietnamese syllable', () => {
    expect(names('ông Donald Trump nói')).toEqual(['Donald Trump']);
    expect(names('ông Thanh Long nói')).toEqual([]);
  });

  it('leaves out a sentence opener the name ran into', () => {
    expect(names('ông Jean-Claude Juncker Trong một cuộc phỏng vấn')).toEqual(['Jean-Claude Juncker']);
    expect(names('bà Amy Gutmann Trung tâm Penn sẽ')).toEqual(['Amy Gutmann']);
  });

  it('finds nothing without "ông" or "bà"', () => {
    expect(names('Caitlin Wiesen, Trưởng đại diện UNDP')).toEqual([]);
  });
});

describe('foreignNames: after "ngài"', () => {
  it('reads a foreign dignitary called "ngài"', () => {
    const text = 'Thủ tướng gửi lời chúc mừng ngài Hassan Rouhani vừa tái đắc cử.';
    expect(foreignNames(text, afterHonorifics(text)).map((n) => text.slice(n.start, n.end))).toEqual(['Hassan Rouhani']);
  });
});

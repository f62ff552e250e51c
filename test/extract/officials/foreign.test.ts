import { describe, expect, it } from 'vitest';
import { afterHonorifics, foreignNames, mayHoldForeignWord } from '../../../src/extract/officials/foreign.js';

const names = (text: string) => foreignNames(text, afterHonorifics(text)).map((span) => text.slice(span.start, span.end));

describe('foreignNames', () => {
  it('reads a name in plain Latin letters after "ông"/"bà" and before a comma or a dash', () => {
    expect(names('Bà Caitlin Wiesen, Trưởng đại diện UNDP tại Việt Nam cho biết.')).toEqual(['Caitlin Wiesen']);
    expect(names('theo ông Ousmane Dione - Giám đốc Quốc gia Ngân hàng Thế giới')).toEqual(['Ousmane Dione']);
    expect(names('Ông Steven Udvar-Hazy, chủ tịch hãng')).toEqual(['Steven Udvar-Hazy']);
  });

  it('needs plain letters and a word no Vietnamese syllable', () => {
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

  it('reads particles in small letters inside the name', () => {
    expect(names('Ông Ahmad Faizal bin Hassan, Phó Tổng Giám đốc JPA cho biết.')).toEqual(['Ahmad Faizal bin Hassan']);
    expect(names('Bà Ursula von der Leyen phát biểu; ông Bashar al-Jaafari nói.')).toEqual(['Ursula von der Leyen', 'Bashar al-Jaafari']);
  });

  it('reads an apostrophe inside a word ("Ra\'ad") and the particle "dela"', () => {
    expect(names("Cao ủy nhân quyền, ông Zeid Ra'ad Al Hussein ngày 6/6 cáo buộc.")).toEqual(["Zeid Ra'ad Al Hussein"]);
    expect(names('Theo ông Ronald dela Rosa, cảnh sát đã vào cuộc.')).toEqual(['Ronald dela Rosa']);
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

describe('foreignNames: a surname alone after an honorific', () => {
  it('reads "ông Duterte", "bà Haley" where no longer name opens with it', () => {
    expect(names('Ông Duterte nói rằng ông sẽ đi. Bà Haley cho biết.')).toEqual(['Duterte', 'Haley']);
    expect(names('Ông Trump, Tổng thống Mỹ, nói.')).toEqual(['Trump']);
  });

  it('spells it as the whole name the text gives it elsewhere, where one only is given', () => {
    const text = 'Chuyên gia Roger Logan nhận định. Ông Logan cho biết thêm.';
    expect(foreignNames(text, afterHonorifics(text)).map((n) => n.spelt)).toEqual(['Roger Logan']);
    const two = 'Donald Trump và con gái Ivanka Trump đến. Ông Trump phát biểu.';
    expect(foreignNames(two, afterHonorifics(two)).map((n) => [two.slice(n.start, n.end), n.spelt])).toEqual([['Trump', undefined]]);
  });

  it('reads none after "của ông", "đàn ông", before a particle, nor a first name of a longer name', () => {
    expect(names('Trợ lý của ông Trump cho biết. Những người đàn ông Afghanistan đi qua.')).toEqual([]);
    // the particle carries the name on, read whole ("Bashar al-Jaafari"), not as the surname "Bashar"
    expect(names('Ông Bashar al-Jaafari nói. Melania Trump đến; bà Melania cười.')).toEqual(['Bashar al-Jaafari']);
    expect(names('Ông Hùng nói; bà Paris nói.')).toEqual([]);
  });
});

describe('mayHoldForeignWord', () => {
  it.each([
    'Tổng thống Mỹ Donald Trump phát biểu.',
    'Ông O\'Brien, Giám đốc FBI, cho biết.',
    'Phó Giám đốc FBI Andrew McCabe từ chức.',
    'Ngoại trưởng Pháp Jean-Yves Le Drian tới Hà Nội.',
    'cựu Tổng thống Nam H. Long', // an initial inside a run of capitals is no syllable
  ])('is true where a word in Latin letters is no Vietnamese syllable: %s', (text) => {
    expect(mayHoldForeignWord(text)).toBe(true);
  });

  it.each([
    'Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn chủ trì hội nghị.',
    'Ông Nguyễn Văn Nam, Giám đốc Sở Nội vụ, cho biết đến nay 98% hồ sơ trả đúng hạn.',
    'Theo TP. Hồ Chí Minh, UBND huyện Long Thành, tỉnh Ninh Bình.',
    '',
  ])('is false where every such word is a Vietnamese syllable: %s', (text) => {
    expect(mayHoldForeignWord(text)).toBe(false);
  });
});

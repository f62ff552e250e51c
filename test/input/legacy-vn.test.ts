import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { fromTcvn3, fromVni, looksLikeViqr, repairLegacyText } from '../../src/input/legacy-vn.js';
import { toTcvn3, toVni } from './encoders.js';

const latin = (bytes: Buffer) => bytes.toString('latin1');

describe('fromTcvn3', () => {
  it('maps each TCVN3 byte to its letter', () => {
    expect(fromTcvn3('ViÖt Nam')).toBe('Việt Nam');
    expect(fromTcvn3('§¹i héi ®¶ng bé tØnh')).toBe('Đại hội đảng bộ tỉnh');
    expect(fromTcvn3('N¨m 2021, tû lÖ ®¹t 98,5%')).toBe('Năm 2021, tỷ lệ đạt 98,5%');
  });

  it('reads the soft hyphen byte as ư', () => {
    expect(fromTcvn3('ng\u00adêi d©n')).toBe('người dân');
  });

  it('leaves ASCII and characters beyond Latin-1 alone', () => {
    expect(fromTcvn3('UBND 107/2020/NĐ-CP “x”')).toBe('UBND 107/2020/NĐ-CP “x”');
  });

  it('inverts the encoder on every small letter and the hatted capitals', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵĂÂÊÔƠƯĐ';
    expect(fromTcvn3(latin(toTcvn3(letters)))).toBe(letters);
  });
});

describe('fromVni', () => {
  it('joins a vowel and its modifier byte', () => {
    expect(fromVni('Vieät Nam')).toBe('Việt Nam');
    expect(fromVni('Tröôøng Ñaïi hoïc')).toBe('Trường Đại học');
    expect(fromVni('Ñaék Laék, Ñaø Naüng')).toBe('Đắk Lắk, Đà Nẵng');
  });

  it('reads the one-byte letters', () => {
    expect(fromVni('Chæ thò, nghóa, Kyø hoïp, Myõ')).toBe('Chỉ thị, nghĩa, Kỳ họp, Mỹ');
  });

  it('reads capitals with capital or small modifier bytes', () => {
    expect(fromVni('VIEÄT NAM')).toBe('VIỆT NAM');
    expect(fromVni('AÁn')).toBe('Ấn');
  });

  it('keeps a modifier byte that cannot sit on the letter before it', () => {
    expect(fromVni('uâ')).toBe('uâ');
    expect(fromVni('eê')).toBe('eê');
  });

  it('inverts the encoder on every letter, capitals included', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ';
    expect(fromVni(latin(toVni(letters)))).toBe(letters);
    expect(fromVni(latin(toVni(letters.toUpperCase())))).toBe(letters.toUpperCase());
  });
});

describe('repairLegacyText', () => {
  const SENTENCE = 'Hội nghị tổng kết công tác cải cách hành chính năm 2021 của tỉnh đạt nhiều kết quả tốt, người dân hài lòng.';

  it('converts TCVN3 gibberish and says so', () => {
    const repaired = repairLegacyText(latin(toTcvn3(SENTENCE.toLowerCase())));
    expect(repaired.text).toBe(SENTENCE.toLowerCase());
    expect(repaired.encoding).toBe('TCVN3');
    expect(repaired.warnings[0]).toMatch(/TCVN3/);
  });

  it('converts VNI gibberish', () => {
    const repaired = repairLegacyText(latin(toVni(SENTENCE)));
    expect(repaired.text).toBe(SENTENCE);
    expect(repaired.encoding).toBe('VNI');
  });

  it('leaves Unicode Vietnamese, English and short Latin-1 text unchanged', () => {
    for (const text of [SENTENCE, 'The report was presented on Tuesday.', 'Café à Paris', 'Giá 5 € – 10 €']) {
      expect(repairLegacyText(text)).toEqual({ text, warnings: [] });
    }
  });

  it('rejects VIQR with unsupported_encoding', () => {
    const viqr = "Ho^.i nghi. to^?ng ke^t co^ng ta'c ca?i ca'ch ha`nh chi'nh na(m 2021 cu?a ti?nh dda.t nhie^`u ke^t qua? to^t. ";
    expect(looksLikeViqr(viqr.repeat(2))).toBe(true);
    expect(() => repairLegacyText(viqr.repeat(2))).toThrow(InputError);
    try {
      repairLegacyText(viqr.repeat(2));
    } catch (error) {
      expect((error as InputError).code).toBe('unsupported_encoding');
    }
  });

  it('does not take ordinary English with apostrophes for VIQR', () => {
    const english = "It's the province's report; don't worry, o'clock. ".repeat(10);
    expect(looksLikeViqr(english)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isPlainText, isSurelyNfc, normalizeText, toNfc, withPlainSpaces } from '../../src/input/normalize.js';

describe('NFC', () => {
  it('composes NFD Vietnamese', () => {
    const nfd = 'Nguyễn Thị Hằng, Phó Chủ tịch Ủy ban'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hằng, Phó Chủ tịch Ủy ban');
    expect(normalizeText(nfd)).toBe('Nguyễn Thị Hằng, Phó Chủ tịch Ủy ban');
  });

  it('composes a text mixing NFC and NFD words', () => {
    const mixed = 'Hội nghị ' + 'tổng kết'.normalize('NFD') + ' năm ' + 'đạt 99%'.normalize('NFD');
    expect(normalizeText(mixed)).toBe('Hội nghị tổng kết năm đạt 99%');
  });

  it('composes tone marks written in either order after the hat', () => {
    expect(normalizeText('e\u0323\u0302')).toBe('ệ');
    expect(normalizeText('e\u0302\u0323')).toBe('ệ');
  });

  it('composes a mark separated from its letter by a zero-width space', () => {
    expect(normalizeText('Vie\u200b\u0323\u0302t')).toBe('Việt');
  });

  it('returns the very same string when nothing needs composing', () => {
    const s = 'Đã giải quyết 1.234 hồ sơ';
    expect(toNfc(s)).toBe(s);
    expect(normalizeText(s)).toBe(s);
  });
});

describe('spaces and invisible characters', () => {
  it('turns no-break and other odd spaces into plain spaces, one for one', () => {
    expect(normalizeText('98,5\u00a0%')).toBe('98,5 %');
    expect(normalizeText('Hà\u2009Nội\u202fngày\u30001/1 năm')).toBe('Hà Nội ngày 1/1 năm');
  });

  it('turns a tab into two spaces, which keep a table\'s cells apart', () => {
    expect(normalizeText('3\tXã Mường Bú\t186,20\t28.905\tTrụ sở')).toBe('3  Xã Mường Bú  186,20  28.905  Trụ sở');
  });

  it('drops zero-width characters, the BOM, soft hyphens and bidi marks', () => {
    expect(normalizeText('\ufeffCải\u200b cách\u200d hành\u00adchính\u200e 2021\u2060')).toBe('Cải cách hànhchính 2021');
  });

  it('turns stray control characters into spaces rather than keeping them', () => {
    expect(normalizeText('Số\u0007 liệu\u0000 năm\u001b 2020\u0085')).toBe('Số  liệu  năm  2020\n');
  });
});

describe('newlines', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalizeText('Dòng một\r\nDòng hai\rDòng ba\n')).toBe('Dòng một\nDòng hai\nDòng ba\n');
  });

  it('turns Unicode line and paragraph separators into LF', () => {
    expect(normalizeText('Một\u2028Hai\u2029Ba')).toBe('Một\nHai\nBa');
  });
});

describe('full-width forms', () => {
  it('turns full-width digits and percent into ASCII', () => {
    expect(normalizeText('đạt ９９％ kế hoạch')).toBe('đạt 99% kế hoạch');
  });

  it('turns full-width letters and punctuation into ASCII', () => {
    expect(normalizeText('Ｎｇｈị địｎｈ ｓố １０７／２０２０／ＮĐ－ＣＰ')).toBe('Nghị định số 107/2020/NĐ-CP');
  });

  it('turns the small and Arabic percent signs into %', () => {
    expect(normalizeText('12﹪ và 13٪')).toBe('12% và 13%');
  });
});

describe('offsets', () => {
  it('keeps offsets of a clean text unchanged', () => {
    const s = 'Sáng 21/7, UBND tỉnh họp.\nTỷ lệ đạt 98%.';
    expect(normalizeText(s)).toBe(s);
  });

  it('is idempotent', () => {
    const samples = ['Vie\u0323\u0302t\r\nNam\u00a0９９％\u200b', 'a\u0301\u0301', '\ufeff\ufeff', ''];
    for (const s of samples) expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe('order of the steps', () => {
  it('drops a zero-width character between CR and LF before joining them', () => {
    expect(normalizeText('Một\r\u200b\nHai')).toBe('Một\nHai');
  });
});

describe('the NFC quick check', () => {
  it('passes precomposed Vietnamese, ASCII and dashes without normalising', () => {
    for (const s of ['Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', 'giai đoạn 2011 – 2020', 'đạt “99,7%”…', '']) {
      expect(isSurelyNfc(s)).toBe(true);
      expect(s.normalize('NFC')).toBe(s);
    }
  });

  it('fails on combining marks, Hangul jamo and singletons, which NFC may change', () => {
    for (const s of ['Vie\u0302\u0323t Nam', 'tha\u0300nh', '\u1100\u1161', '\u212b', '\u2126']) expect(isSurelyNfc(s)).toBe(false);
  });

  it('never says NFC for a text NFC would change (every BMP code point)', () => {
    for (let c = 0; c < 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isSurelyNfc(s)) expect(s.normalize('NFC')).toBe(s);
    }
  });
});

describe('the plain-text fast path', () => {
  // The step-by-step definition the one-pass implementation must agree with.
  function reference(text: string): string {
    let out = text.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u034f\u180e\ufe00-\ufe0f]/g, '');
    out = out.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
    out = out.replace(/\t/g, '  ');
    out = out.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\v\f\u0000-\u0008\u000e-\u001f\u007f\u0080-\u009f]/g, ' ');
    out = out.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\ufe6a\u066a]/g, '%');
    return out.normalize('NFC');
  }

  it('agrees with the step-by-step definition for every BMP character, alone and before a combining mark', () => {
    for (let c = 0; c < 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [`Tỉnh ${ch} ủy`, `a${ch}\u0301`, `\r${ch}\n`]) expect(normalizeText(s)).toBe(reference(s));
    }
  });

  it('calls a text plain only where normalising would change nothing but its no-break spaces', () => {
    for (let c = 0; c < 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = `Tỉnh\u00a0${String.fromCharCode(c)} ủy`;
      if (isPlainText(s)) expect(normalizeText(s)).toBe(withPlainSpaces(s));
    }
  });

  it('gives a plain text its plain spaces, and keeps everything else as it is', () => {
    expect(isPlainText('Sáng\u00a021/7, UBND tỉnh họp')).toBe(true);
    expect(withPlainSpaces('Sáng\u00a021/7,\u00a0UBND')).toBe('Sáng 21/7, UBND');
    expect(withPlainSpaces('Đạt 98% chỉ tiêu')).toBe('Đạt 98% chỉ tiêu');
    expect(isPlainText('Tỉnh\u200bủy')).toBe(false);
    expect(isPlainText('Ty\u0309 lê\u0323')).toBe(false);
    expect(normalizeText('Ty\u0309\u00a0lê\u0323')).toBe('Tỷ lệ');
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { binarySignature, decodeBytes } from '../../src/input/decode.js';
import { normalizeText, withPlainSpaces } from '../../src/input/normalize.js';
import { toNfd, toTcvn3, toUtf16, toVni, toWindows1258 } from './encoders.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const fixtures = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => readFileSync(join(FIXTURES, n), 'utf8'));

// Sentences written for these tests; every capital in them exists in TCVN3 (no toned capitals).
const SMALL_CAPS_TEXT = [
  'Sáng ngày 12/3/2021, tại hội trường tỉnh, đồng chí Nguyễn Văn Bình, Phó Chủ tịch tỉnh chủ trì hội nghị.',
  'Năm 2020, tỉnh đã giải quyết 12.345 hồ sơ thủ tục hành chính, đạt tỷ lệ 98,5% hồ sơ đúng hạn.',
  'Kế hoạch số 45/KH-UBND về cải cách hành chính giai đoạn 2021 - 2025 được ban hành để thực hiện.',
  'Chỉ số hài lòng của người dân tăng mạnh; tỉnh xếp thứ 12/63 tỉnh, thành phố trong cả nước.',
].join('\n');

function decodeError(bytes: Uint8Array, declared?: string): InputError {
  try {
    decodeBytes(bytes, declared);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('byte order marks', () => {
  it('drops a UTF-8 BOM', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hà Nội', 'utf8')]));
    expect(d.text).toBe('Hà Nội');
    expect(d.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    for (const endian of ['le', 'be'] as const) {
      const d = decodeBytes(toUtf16('Cải cách hành chính 2021', endian));
      expect(d.text).toBe('Cải cách hành chính 2021');
      expect(d.encoding).toBe(`utf-16${endian}`);
    }
  });

  it('reads UTF-16 without a BOM from where its NULs fall', () => {
    const text = 'Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính năm 2021.';
    for (const endian of ['le', 'be'] as const) {
      const d = decodeBytes(toUtf16(text, endian, false));
      expect(d.text).toBe(text);
      expect(d.warnings.join(' ')).toMatch(/without a byte order mark/);
    }
  });

  it('reads UTF-32 with a BOM', () => {
    const text = 'Đà Nẵng 99%';
    const le = Buffer.alloc(4 + 4 * [...text].length);
    le.writeUInt32LE(0xfeff, 0);
    [...text].forEach((c, i) => le.writeUInt32LE(c.codePointAt(0)!, 4 + 4 * i));
    expect(decodeBytes(le).text).toBe(text);
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 4) be.writeUInt32BE(le.readUInt32LE(i), i);
    expect(decodeBytes(be).text).toBe(text);
  });
});

describe('binary content', () => {
  const cases: [string, number[]][] = [
    ['PDF document', [...Buffer.from('%PDF-1.7\n%\xe2\xe3')]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]],
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['gzip archive', [0x1f, 0x8b, 0x08, 0x00]],
  ];
  for (const [name, bytes] of cases) {
    it(`rejects a ${name} by its magic bytes`, () => {
      const error = decodeError(Buffer.from(bytes));
      expect(error.code).toBe('binary');
      expect(error.message).toContain(name);
      expect(binarySignature(Buffer.from(bytes))).toContain(name);
    });
  }

  it('rejects text with NUL bytes scattered in it', () => {
    const bytes = Buffer.from('Báo cáo\u0000\u0000 cải cách\u0000 hành chính \u0000\u0001\u0002', 'utf8');
    expect(decodeError(bytes).code).toBe('binary');
  });

  it('rejects a NUL far beyond the first kilobytes', () => {
    const bytes = Buffer.concat([Buffer.from('Hội nghị tổng kết. '.repeat(2000), 'utf8'), Buffer.from([0, 1, 2, 0])]);
    expect(decodeError(bytes).code).toBe('binary');
  });

  it('rejects bytes dense in control characters', () => {
    const bytes = Buffer.alloc(1000, 0x01);
    bytes.write('Một đoạn văn bản', 0);
    expect(decodeError(bytes).code).toBe('binary');
  });

  it('does not mistake ordinary text starting like a signature word for binary', () => {
    expect(decodeBytes(Buffer.from('PK là viết tắt của phòng khám.', 'utf8')).text).toBe('PK là viết tắt của phòng khám.');
    expect(binarySignature(Buffer.from('%PD', 'latin1'))).toBeNull();
  });
});

describe('UTF-8', () => {
  it('reads valid UTF-8 as is', () => {
    const d = decodeBytes(Buffer.from('Đạt 99,7% chỉ tiêu', 'utf8'));
    expect(d).toEqual({ text: 'Đạt 99,7% chỉ tiêu', encoding: 'utf-8', warnings: [], plain: true });
  });

  it('says the text is plain only where normalizeText would change nothing but its no-break spaces', () => {
    expect(decodeBytes(Buffer.from('Tỷ lệ hồ sơ trả đúng hạn đạt 98%.', 'utf8')).plain).toBe(true);
    expect(decodeBytes(Buffer.from('Tỷ lệ\u00a0hồ sơ đạt 98%.', 'utf8')).plain).toBe(true);
    expect(decodeBytes(Buffer.from('Tỷ lệ\thồ sơ\u200b đạt 98%.', 'utf8')).plain).toBe(false);
    expect(decodeBytes(Buffer.from('Ty\u0309 lê\u0323 đạt 98%.', 'utf8')).plain).toBe(false);
    const texts = fc.string({ unit: 'grapheme', maxLength: 120 });
    fc.assert(
      fc.property(texts, (s) => {
        const d = decodeBytes(Buffer.from(s, 'utf8'));
        if (d.plain) expect(normalizeText(d.text)).toBe(withPlainSpaces(d.text));
      }),
    );
  });

  it('still finds binary content in valid UTF-8 full of control bytes', () => {
    const bytes = Buffer.from('\u0001\u0002\u0003\u0004 Đạt 98% \u0005\u0006\u0007\u0008', 'utf8');
    expect(() => decodeBytes(bytes)).toThrow(/control bytes/);
  });

  it('reads an empty input as empty text', () => {
    expect(decodeBytes(Buffer.alloc(0)).text).toBe('');
  });

  it('replaces a few invalid sequences in otherwise UTF-8 text and says so', () => {
    const good = Buffer.from('Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2021. ', 'utf8');
    const bytes = Buffer.concat([good, Buffer.from([0xc3, 0x28, 0xff]), good]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\ufffd');
    expect(d.text).toContain('Ủy ban nhân dân tỉnh');
    expect(d.warnings.join(' ')).toMatch(/invalid UTF-8/);
  });

  it('keeps a text truncated in the middle of a character readable', () => {
    const bytes = Buffer.from('Cải cách hành chính đạt kết quả tốt, người dân hài lòng với dịch vụ công. Việt', 'utf8');
    const d = decodeBytes(bytes.subarray(0, bytes.length - 1));
    expect(d.text.startsWith('Cải cách hành chính đạt kết quả tốt')).toBe(true);
  });

  it('prefers valid UTF-8 to a wrong declaration and warns', () => {
    const d = decodeBytes(Buffer.from('Thành phố Hồ Chí Minh', 'utf8'), 'windows-1258');
    expect(d.text).toBe('Thành phố Hồ Chí Minh');
    expect(d.warnings.join(' ')).toMatch(/ignored/);
  });

  it('does not warn about a declaration on pure ASCII', () => {
    expect(decodeBytes(Buffer.from('Ha Noi 2021'), 'iso-8859-1').warnings).toEqual([]);
  });

  it('reads characters outside the BMP and every UTF-8 length as TextDecoder does', () => {
    const text = 'Đạt 😀 mức 𝟗𝟗% — ½ 한국 ₫ \u{10ffff} cuối';
    expect(decodeBytes(Buffer.from(text, 'utf8')).text).toBe(text);
  });

  it('gives back any string without control characters, encoded as UTF-8 (property)', () => {
    const plain = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !/[\u0000-\u0008\u000e-\u001f\ufeff]/.test(s));
    fc.assert(
      fc.property(plain, (s) => {
        const bytes = Buffer.from(s, 'utf8');
        expect(decodeBytes(bytes).text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      }),
    );
  });
});

describe('windows-1258 without a declaration', () => {
  it('decodes a sentence with combining tone marks', () => {
    const d = decodeBytes(toWindows1258('Cải cách hành chính tỉnh Quảng Ninh đạt kết quả tốt trong năm qua.'));
    expect(d.encoding).toBe('windows-1258');
    expect(normalizeText(d.text)).toBe('Cải cách hành chính tỉnh Quảng Ninh đạt kết quả tốt trong năm qua.');
  });

  it('round-trips every seed report', () => {
    for (const text of fixtures) {
      const d = decodeBytes(toWindows1258(text));
      expect(d.encoding).toBe('windows-1258');
      expect(normalizeText(d.text)).toBe(normalizeText(text));
    }
  });

  it('follows a declared windows-1258', () => {
    const d = decodeBytes(toWindows1258('Đồng chí Trần Văn Hùng phát biểu.'), 'windows-1258');
    expect(normalizeText(d.text)).toBe('Đồng chí Trần Văn Hùng phát biểu.');
    expect(d.warnings).toEqual([]);
  });
});

describe('legacy Vietnamese font encodings', () => {
  it('converts TCVN3 (ABC) bytes', () => {
    const d = decodeBytes(toTcvn3(SMALL_CAPS_TEXT));
    expect(d.encoding).toBe('TCVN3');
    expect(d.text).toBe(SMALL_CAPS_TEXT);
    expect(d.warnings.join(' ')).toMatch(/TCVN3/);
  });

  it('converts the classic TCVN3 heading', () => {
    const d = decodeBytes(Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc', 'latin1'));
    expect(d.text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc');
  });

  it('converts VNI bytes, capitals included', () => {
    for (const text of [SMALL_CAPS_TEXT, ...fixtures]) {
      const d = decodeBytes(toVni(text));
      expect(d.encoding).toBe('VNI');
      expect(normalizeText(d.text)).toBe(normalizeText(text));
    }
  });

  it('converts the classic VNI heading', () => {
    const d = decodeBytes(Buffer.from('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc', 'latin1'));
    expect(d.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
  });

  it('converts TCVN3 gibberish that arrived as valid UTF-8', () => {
    const gibberish = toTcvn3(SMALL_CAPS_TEXT).toString('latin1');
    const d = decodeBytes(Buffer.from(gibberish, 'utf8'));
    expect(d.encoding).toBe('TCVN3');
    expect(d.text).toBe(SMALL_CAPS_TEXT);
  });

  it('converts VNI gibberish that arrived as valid UTF-8', () => {
    const gibberish = toVni(fixtures[0]).toString('latin1');
    const d = decodeBytes(Buffer.from(gibberish, 'utf8'));
    expect(d.encoding).toBe('VNI');
    expect(normalizeText(d.text)).toBe(normalizeText(fixtures[0]));
  });

  it('converts a TCVN3 page that declares iso-8859-1', () => {
    const d = decodeBytes(toTcvn3(SMALL_CAPS_TEXT), 'iso-8859-1');
    expect(d.text).toBe(SMALL_CAPS_TEXT);
  });

  it('leaves real Unicode Vietnamese alone', () => {
    for (const text of fixtures) {
      const d = decodeBytes(Buffer.from(text, 'utf8'));
      expect(d.text).toBe(text);
      expect(d.warnings).toEqual([]);
    }
  });

  it('leaves French and German in Latin-1 alone', () => {
    const french = 'Le comité a présenté à Paris un rapport détaillé sur la réforme administrative de l’été dernier.';
    expect(decodeBytes(Buffer.from(french, 'utf8')).text).toBe(french);
    const german = 'Die Verwaltungsreform wurde für alle Behörden in München und Köln eingeführt, später überprüft.';
    const d = decodeBytes(Buffer.from(german, 'latin1'));
    expect(d.text).toBe(german);
    expect(d.encoding).not.toBe('TCVN3');
    expect(d.encoding).not.toBe('VNI');
  });

  it('names VIQR as an unsupported encoding', () => {
    const viqr = Buffer.from(
      "Ho^.i nghi. to^?ng ke^t co^ng ta'c ca?i ca'ch ha`nh chi'nh na(m 2021 cu?a ti?nh. " +
        "DDo^`ng chi' Chu? ti.ch UBND ti?nh pha't bie^?u chi? dda.o ta.i ho^.i nghi.. ".repeat(3),
    );
    const error = decodeError(viqr);
    expect(error.code).toBe('unsupported_encoding');
    expect(error.message).toContain('VIQR');
  });
});

describe('unrecognised legacy encodings', () => {
  // Vietnamese letters put on byte values no decoder knows, as VISCII or VPS would be to us.
  function unknownMapping(text: string): Buffer {
    const codes = new Map<string, number>();
    return Buffer.from(
      [...text].map((c) => {
        if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0);
        if (!codes.has(c)) codes.set(c, 0x80 + (codes.size % 0x80));
        return codes.get(c)!;
      }),
    );
  }

  it('names the failure when the plain words are Vietnamese but no reading fits the rest', () => {
    for (const text of fixtures) {
      const error = decodeError(unknownMapping(text));
      expect(error.code).toBe('unsupported_encoding');
      expect(error.message).toMatch(/VISCII or VPS/);
    }
  });

  it('names a declared charset it has no decoder for', () => {
    const error = decodeError(unknownMapping(fixtures[0]), 'VISCII');
    expect(error.code).toBe('unsupported_encoding');
    expect(error.message).toContain('"VISCII"');
  });

  it('does not say so of French or German in Latin-1', () => {
    const french = "Le comité provincial a présenté son rapport annuel sur la réforme administrative aux habitants de la ville, qui l'ont approuvé.";
    expect(decodeBytes(Buffer.from(french, 'latin1')).text).toBe(french);
  });
});

describe('other code pages', () => {
  it('reads Chinese GB18030 without a declaration (the language check rejects it later)', () => {
    const chinese = '行政改革是政府的重要任务，各级机关必须提高服务质量和工作效率。'.repeat(4);
    const bytes = Buffer.from(new Uint8Array(gb18030(chinese)));
    const d = decodeBytes(bytes);
    expect(d.text).toContain('行政改革');
    expect(d.warnings.join(' ')).toMatch(/guessed/);
  });

  it('follows a declared windows-1251', () => {
    const bytes = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decodeBytes(bytes, 'windows-1251').text).toBe('Привет');
  });

  it('reads NFD UTF-8 without change (normalisation composes it later)', () => {
    const d = decodeBytes(toNfd('Việt Nam'));
    expect(d.text).toBe('Việt Nam'.normalize('NFD'));
    expect(normalizeText(d.text)).toBe('Việt Nam');
  });
});

// Node has no GB18030 encoder; build one from the decoder for the characters used above.
function gb18030(text: string): number[] {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const c = decoder.decode(Uint8Array.of(hi, lo));
      if (c.length === 1 && !table.has(c)) table.set(c, [hi, lo]);
    }
  }
  return [...text].flatMap((c) => table.get(c) ?? [c.charCodeAt(0)]);
}

import { describe, expect, it } from 'vitest';
import { findSigners } from '../../../src/extract/officials/signer.js';

function signers(text: string): [string, string][] {
  return findSigners(text).map((s) => [s.roles.map((r) => text.slice(r.start, r.end)).join(' / '), text.slice(s.name.start, s.name.end)]);
}

describe('findSigners', () => {
  it('reads the post above the name, not the "KT."/"TM." line', () => {
    expect(signers('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nNguyễn Văn Sơn')).toEqual([['PHÓ CHỦ TỊCH', 'Nguyễn Văn Sơn']]);
    expect(signers('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLÊ VĂN HƯỞNG\n')).toEqual([['CHỦ TỊCH', 'LÊ VĂN HƯỞNG']]);
    expect(signers('TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ CẢI CÁCH HÀNH CHÍNH\nPhạm Minh Hùng')).toEqual([['VỤ TRƯỞNG VỤ CẢI CÁCH HÀNH CHÍNH', 'Phạm Minh Hùng']]);
    expect(signers('GIÁM ĐỐC\n\nTrần Văn Bảy')).toEqual([['GIÁM ĐỐC', 'Trần Văn Bảy']]);
  });

  it('reads a block set far to the right, the recipients\' heading and items between the post and the name', () => {
    const pad = ' '.repeat(38);
    expect(signers(`${pad}KT. CHỦ TỊCH\n${pad}PHÓ CHỦ TỊCH\nNơi nhận:\n- TT HĐND xã;\n- Lưu: VT.\n${pad}Lê Thị Hằng\n`)).toEqual([['PHÓ CHỦ TỊCH', 'Lê Thị Hằng']]);
  });

  it('needs a post line and a name that starts with a surname', () => {
    expect(signers('CHỦ TỊCH\nỦy Ban Nhân Dân')).toEqual([]);
    expect(signers('NƠI NHẬN\nNguyễn Văn Sơn')).toEqual([]);
    expect(signers('Chủ tịch\nNguyễn Văn Sơn')).toEqual([]);
  });

  it('reads a rank before the name as a role after the post', () => {
    expect(signers('KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nThượng tá Cầm Thị Hương\n')).toEqual([['PHÓ TRƯỞNG PHÒNG / Thượng tá', 'Cầm Thị Hương']]);
    expect(signers('GIÁM ĐỐC\n(Đã ký)\nĐại tá Lê Văn An')).toEqual([['GIÁM ĐỐC / Đại tá', 'Lê Văn An']]);
  });

  it('reads a second post on the line under the first', () => {
    expect(signers('KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC SỞ NỘI VỤ\n\nNguyễn Thành Diệu')).toEqual([['PHÓ TRƯỞNG BAN / GIÁM ĐỐC SỞ NỘI VỤ', 'Nguyễn Thành Diệu']]);
  });

  it('reads a name of three or four syllables from a surname no list holds, not a body\'s name', () => {
    expect(signers('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐầu Thanh Tùng')).toEqual([['PHÓ CHỦ TỊCH', 'Đầu Thanh Tùng']]);
    expect(signers('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nSở Tài Chính')).toEqual([]);
    expect(signers('GIÁM ĐỐC\n\nĐầu Tùng')).toEqual([]);
  });
});

describe('findSigners: a document\'s two columns flattened into lines', () => {
  const pad = (left: string, right: string) => left.padEnd(43) + right;

  it('reads the post beside the recipients and the name under them', () => {
    const block = [
      pad('Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN'),
      pad('- Bộ Nội vụ;', 'KT. CHỦ TỊCH'),
      pad('- TT Tỉnh ủy, TT HĐND tỉnh;', 'PHÓ CHỦ TỊCH'),
      '- CT, các PCT UBND tỉnh;',
      '- Lưu: VT, NC.',
      pad('', 'Hoàng Nam'),
    ].join('\n');
    expect(signers(block)).toEqual([['PHÓ CHỦ TỊCH', 'Hoàng Nam']]);
    const signed = [pad('Nơi nhận:', 'KT. GIÁM ĐỐC'), pad('- Như trên;', 'PHÓ GIÁM ĐỐC'), pad('- Giám đốc, các PGĐ Sở;', '(đã ký)'), '- Lưu: VT, CCHC.', pad('', 'Nguyễn Thị Ngọc Hân')].join('\n');
    expect(signers(signed)).toEqual([['PHÓ GIÁM ĐỐC', 'Nguyễn Thị Ngọc Hân']]);
  });

  it('reads no recipient as a signer', () => {
    expect(signers('Nơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT, NC.\nNguyễn Văn Sơn')).toEqual([]);
  });
});

describe('findSigners: Jrai and Ê Đê names', () => {
  it('reads a name whose syllable joins two capitals with an apostrophe', () => {
    expect(signers("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nSiu H'Lan")).toEqual([['PHÓ GIÁM ĐỐC', "Siu H'Lan"]]);
  });

  it('reads a block quoted whole, its closing quote after the name', () => {
    expect(signers('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Lê Huy”\n\nĐược biết')).toEqual([['PHÓ CHỦ TỊCH', 'Nguyễn Lê Huy']]);
  });

  it('reads a name that opens with such a syllable', () => {
    expect(signers("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nH'Yim Kđoh")).toEqual([['PHÓ CHỦ TỊCH', "H'Yim Kđoh"]]);
    expect(signers('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nK’Sức Ha')).toEqual([['PHÓ CHỦ TỊCH', 'K’Sức Ha']]);
  });
});

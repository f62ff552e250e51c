import { describe, expect, it } from 'vitest';
import { findSigners } from '../../../src/extract/officials/signer.js';

function signers(text: string): [string, string][] {
  return findSigners(text).map((s) => [text.slice(s.role.start, s.role.end), text.slice(s.name.start, s.name.end)]);
}

describe('findSigners', () => {
  it('reads the post above the name, not the "KT."/"TM." line', () => {
    expect(signers('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nNguyễn Văn Sơn')).toEqual([['PHÓ CHỦ TỊCH', 'Nguyễn Văn Sơn']]);
    expect(signers('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLÊ VĂN HƯỞNG\n')).toEqual([['CHỦ TỊCH', 'LÊ VĂN HƯỞNG']]);
    expect(signers('TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ CẢI CÁCH HÀNH CHÍNH\nPhạm Minh Hùng')).toEqual([['VỤ TRƯỞNG VỤ CẢI CÁCH HÀNH CHÍNH', 'Phạm Minh Hùng']]);
    expect(signers('GIÁM ĐỐC\n\nTrần Văn Bảy')).toEqual([['GIÁM ĐỐC', 'Trần Văn Bảy']]);
  });

  it('needs a post line and a name that starts with a surname', () => {
    expect(signers('CHỦ TỊCH\nỦy Ban Nhân Dân')).toEqual([]);
    expect(signers('NƠI NHẬN\nNguyễn Văn Sơn')).toEqual([]);
    expect(signers('Chủ tịch\nNguyễn Văn Sơn')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findFieldSigners } from '../../../src/extract/officials/signer-field.js';

const signers = (text: string) =>
  findFieldSigners(text).map((s) => [text.slice(s.name.start, s.name.end), s.roles.map((r) => text.slice(r.start, r.end))]);

describe('findFieldSigners: the signer among a document page\'s fields', () => {
  it('reads the signer and the post in the next field', () => {
    expect(signers('Loại văn bản: Quyết định\nNgười ký: Dương Văn Tiến\nChức danh: Phó Thủ tướng\nTình trạng: Còn hiệu lực')).toEqual([
      ['Dương Văn Tiến', ['Phó Thủ tướng']],
    ]);
    expect(signers('Người ký: Trần Công Minh\nChức vụ: Phó Chủ tịch UBND tỉnh\nFile đính kèm: 1568.pdf')).toEqual([['Trần Công Minh', ['Phó Chủ tịch UBND tỉnh']]]);
  });

  it('reads fields on one line between bars', () => {
    expect(signers('Số hiệu: 25/2024/NQ-HĐND | Người ký: Lê Thị Hoa | Chức vụ: Chủ tịch HĐND tỉnh')).toEqual([['Lê Thị Hoa', ['Chủ tịch HĐND tỉnh']]]);
  });

  it('reads a signer with no post field, and before a dash', () => {
    expect(signers('Người ký: Nguyễn Minh Lâm\nTrích yếu: Ban hành Quy chế')).toEqual([['Nguyễn Minh Lâm', []]]);
    expect(signers('Người ký: Châu Hồng Phúc - Phó Chủ tịch UBND tỉnh')).toEqual([['Châu Hồng Phúc', []]]);
  });

  it('reads no name that goes on in small letters, nor a body', () => {
    expect(signers('Người ký: Nguyễn Văn A đã ký ban hành.')).toEqual([]);
    expect(signers('Người ký: Ủy ban Nhân dân')).toEqual([]);
    expect(signers('Người ký kết hợp đồng là ông Lý Văn Minh.')).toEqual([]);
  });
});

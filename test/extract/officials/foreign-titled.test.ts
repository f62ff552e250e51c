import { describe, expect, it } from 'vitest';
import { foreignNamesAfterTitles } from '../../../src/extract/officials/foreign-titled.js';

/** Each foreign name found, with the text of its last post before it ('' for a name whose post follows it). */
function found(text: string): [string, string][] {
  return foreignNamesAfterTitles(text, []).map(({ name, roles }) => [text.slice(name.start, name.end), roles.at(-1)?.text ?? '']);
}

describe('foreignNamesAfterTitles: a foreign name after the posts the posts reader knows', () => {
  it.each([
    ['Chủ tịch Hạ viện Paul Ryan phản đối.', [['Paul Ryan', 'Chủ tịch Hạ viện']]],
    ['Phó Giám đốc FBI Andrew McCabe đã trả lời.', [['Andrew McCabe', 'Phó Giám đốc FBI']]],
    ['Giám đốc Tình báo Quốc gia James Clapper xác nhận.', [['James Clapper', 'Giám đốc Tình báo Quốc gia']]],
    ['Giám đốc Viện Công nghệ quốc gia Loyda Barreda cho biết.', [['Loyda Barreda', 'Giám đốc Viện Công nghệ quốc gia']]],
    ['Tổng thư ký Liên hợp quốc António Guterres phát biểu.', [['António Guterres', 'Tổng thư ký Liên hợp quốc']]],
    ['Trung tướng Stephen Townsend chỉ huy liên quân.', [['Stephen Townsend', 'Trung tướng']]],
    ['Tổng Giám đốc Tổ chức Thương mại Thế giới Roberto Azevedo chia sẻ.', [['Roberto Azevedo', 'Tổng Giám đốc Tổ chức Thương mại Thế giới']]],
    ['Đại tá Zhao Xiaozhuo nói rằng quan hệ tốt đẹp.', [['Zhao Xiaozhuo', 'Đại tá']]],
    ['Giám đốc CIA John O. Brennan trả lời.', [['John O. Brennan', 'Giám đốc CIA']]],
    ['Phát biểu tại buổi đón tàu, Đại tá Nerolie McDonald cho biết.', [['Nerolie McDonald', 'Đại tá']]],
    ['Người phát ngôn Điện Kremlin Dmitry Peskov cho biết.', [['Dmitry Peskov', 'Người phát ngôn Điện Kremlin']]],
    ['theo phát ngôn viên Kremlin Dmitry Peskov.', [['Dmitry Peskov', 'phát ngôn viên Kremlin']]],
    ['Ronaldo sẽ là vũ khí để HLV Pep Guardiola chinh phục châu Âu.', [['Pep Guardiola', 'HLV']]],
    ['huấn luyện viên trưởng Juergen Klopp bị chỉ trích.', [['Juergen Klopp', 'huấn luyện viên trưởng']]],
    ['HLV Bayern Munich - Carlo Ancelotti cho biết.', [['Carlo Ancelotti', 'HLV Bayern Munich']]],
    ['Chủ tịch Quốc hội Campuchia Samdech Heng Samrin dẫn đầu đoàn.', [['Heng Samrin', 'Chủ tịch Quốc hội Campuchia']]],
    ['"Chúng tôi sẽ xem xét vụ việc" - phát ngôn viên Lầu Năm Góc Gary Ross thông báo.', [['Gary Ross', 'phát ngôn viên Lầu Năm Góc']]],
    ['“Chúng tôi có mặt ở Syria để xóa sổ IS” – phát ngôn viên Lầu Năm Góc Jeff Davis nói.', [['Jeff Davis', 'phát ngôn viên Lầu Năm Góc']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('foreignNamesAfterTitles: the name of a body or a place, not a person', () => {
  it.each([
    ['Ông Cao Toàn Mỹ, Giám đốc công ty Vina Cyber, khẳng định.'],
    ['Anh đảm nhận chức vụ Giám đốc thể thao của Bayern Munich.'],
    ['Ông Ngô Giáo – Phó Chủ tịch UBND xã Ea Uy – cho biết.'],
    ['Chủ tịch Tập đoàn Sun Group phát biểu.'],
    ['Ông ấy làm Chủ tịch Bayern Munich nhiều năm.'],
    ['Giám đốc Sở Thanh Hóa Long An dự họp.'],
    ['Chủ tịch Tập đoàn TH True Milk phát biểu.'],
    ['Cô là huấn luyện viên quyền lực The Voice - Đông Nhi.'],
    ['Màn trình diễn của The Golden Stars gây ấn tượng.'],
    ['Huấn luyện viên Vietnam Idol Kids thú thực việc này khiến cô áp lực.'],
    ['Ông trở thành huấn luyện viên thứ tư vô địch Premier League ngay mùa đầu.'],
    ['Chính HLV Inter Milan cũng bất ngờ.'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads a person after a bare post where the text calls that name "ông" or "bà" elsewhere', () => {
    expect(found('Chủ tịch Florentino Perez cho biết. Ông Perez nói thêm.')).toEqual([['Florentino Perez', 'Chủ tịch']]);
    expect(found('Giám đốc Jane Doyle phát biểu; bà Jane Doyle nói thêm.')).toEqual([['Jane Doyle', 'Giám đốc']]);
    expect(found('Chủ tịch Bayern Munich cho biết. Ông Hoeness nói thêm.')).toEqual([]);
  });

  it('reads the name before an appositive post, not the body inside the post', () => {
    expect(found('Andy Palmer, chủ tịch của Aston Martin, nói.')).toEqual([['Andy Palmer', '']]);
  });

  it('reads no part of a name whose first word is not known', () => {
    expect(found('Chủ tịch Quốc hội Cuba Esteban Lazo Hernández tiếp đoàn.')).toEqual([]);
  });

  it('reads no name that a particle carries on', () => {
    expect(found('Thống đốc ngân hàng trung ương Qatar Sheikh Abdullah Bin Saoud al-Thani tuyên bố.')).toEqual([]);
  });

  it('leaves a name another reader found', () => {
    const text = 'Chủ tịch Hạ viện Paul Ryan phản đối.';
    const at = text.indexOf('Paul');
    expect(foreignNamesAfterTitles(text, [{ start: at, end: at + 9 }])).toEqual([]);
  });
});

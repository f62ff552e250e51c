import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/extract/officials.js';
import { normalizeText } from '../../src/input/normalize.js';
import { MAX_ROLE_LENGTH } from '../../src/extract/officials/roles.js';
import type { OfficialItem } from '../../src/schema.js';

const context = { reference: null };

function officials(text: string): OfficialItem[] {
  const items = extractOfficials(text, context);
  for (const item of items) expect(text.slice(item.span[0], item.span[1])).toBe(item.text);
  return items;
}

function people(text: string): { name: string; roles: string[] }[] {
  return officials(text).map(({ name, roles }) => ({ name, roles }));
}

/** The text names one person, with these roles. */
function onePerson(text: string, name: string, roles: string[]): void {
  expect(people(text)).toEqual([{ name, roles }]);
}

describe('extractOfficials: appositive after the name', () => {
  it.each([
    ['Đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì buổi làm việc.', 'Nguyễn Văn An', ['Bí thư Huyện ủy']],
    ['Ông Đỗ Văn Hùng – Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết đơn vị đã hoàn thành.', 'Đỗ Văn Hùng', ['Giám đốc Sở Văn hóa, Thể thao và Du lịch']],
    ['Đồng chí Hà Văn Bình, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch UBND tỉnh yêu cầu các sở khẩn trương.', 'Hà Văn Bình', ['Uỷ viên Ban Thường vụ Tỉnh uỷ', 'Phó Chủ tịch UBND tỉnh']],
    ['Ông Phan Văn Mãi, Chủ tịch UBND TP. Hồ Chí Minh cho biết thành phố sẽ làm.', 'Phan Văn Mãi', ['Chủ tịch UBND TP. Hồ Chí Minh']],
    ['TS. Nguyễn Văn Hải, Viện trưởng Viện Khoa học tổ chức nhà nước trình bày tham luận.', 'Nguyễn Văn Hải', ['Viện trưởng Viện Khoa học tổ chức nhà nước']],
    ['Ông Vừ A Dính, Chủ tịch UBND xã Tả Phìn cho biết như vậy.', 'Vừ A Dính', ['Chủ tịch UBND xã Tả Phìn']],
    ['Bà Trần Thị Hương - Phó Chủ tịch Thường trực HĐND huyện phát biểu.', 'Trần Thị Hương', ['Phó Chủ tịch Thường trực HĐND huyện']],
    ['Ông Lò Văn Tiến (Trưởng phòng Nội vụ huyện) cho biết thêm.', 'Lò Văn Tiến', ['Trưởng phòng Nội vụ huyện']],
    ['Đ/c Lương Văn Khoa, Tỉnh ủy viên, Giám đốc Sở Tư pháp đã quán triệt nội dung.', 'Lương Văn Khoa', ['Tỉnh ủy viên', 'Giám đốc Sở Tư pháp']],
    ['Đồng chí Mai Xuân Lộc, Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Nội vụ chủ trì.', 'Mai Xuân Lộc', ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Nội vụ']],
    ['Thượng tướng Lê Văn Khải, Thứ trưởng Bộ Công an, Phó Tổ trưởng Tổ công tác triển khai Đề án 06 của Chính phủ; đại diện các bộ.', 'Lê Văn Khải', ['Thượng tướng', 'Thứ trưởng Bộ Công an', 'Phó Tổ trưởng Tổ công tác triển khai Đề án 06 của Chính phủ']],
    ['Cùng dự có ông Võ Thanh Tùng, Trưởng Thuế tỉnh Tây Ninh.', 'Võ Thanh Tùng', ['Trưởng Thuế tỉnh Tây Ninh']],
    ['Trưởng THADS tỉnh Quảng Ngãi Huỳnh Văn Thạnh cho biết, toàn hệ thống đã thi hành xong.', 'Huỳnh Văn Thạnh', ['Trưởng THADS tỉnh Quảng Ngãi']],
    // districts whose names open with a surname
    ['Bà Lý Thị Dung, Chủ tịch Hội LHPN huyện Hoàng Su Phì cho biết.', 'Lý Thị Dung', ['Chủ tịch Hội LHPN huyện Hoàng Su Phì']],
    ['Ông Lâm Văn Tư, Chủ tịch UBND huyện Trần Đề cho biết.', 'Lâm Văn Tư', ['Chủ tịch UBND huyện Trần Đề']],
    ['Trao đổi với phóng viên, Bí thư Quận ủy Hoàng Mai Phùng Thanh Bình khẳng định.', 'Phùng Thanh Bình', ['Bí thư Quận ủy Hoàng Mai']],
    ['Đoàn công tác do Phó Vụ trưởng Vụ Đào tạo, bồi dưỡng cán bộ, công chức, viên chức Nguyễn Mạnh Cường làm trưởng đoàn đã kiểm tra.', 'Nguyễn Mạnh Cường', ['Phó Vụ trưởng Vụ Đào tạo, bồi dưỡng cán bộ, công chức, viên chức']],
    // a force's high command is a body, no post
    ['Tại Bộ Tư lệnh Vùng Cảnh sát biển 4, Đại tá Trần Văn Hải, Chính ủy Vùng, báo cáo.', 'Trần Văn Hải', ['Đại tá', 'Chính ủy Vùng']],
    // a commune named with a lone capital after its name
    ['Phóng viên trao đổi với ông Thạch Ngọc Sơn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Châu Hưng A, về cách làm.', 'Thạch Ngọc Sơn', ['Phó Bí thư Đảng ủy', 'Chủ tịch UBND xã Châu Hưng A']],
    ['Ông Lê Văn Tâm, Phó Trưởng Thi hành án dân sự tỉnh Kon Tum, cho biết.', 'Lê Văn Tâm', ['Phó Trưởng Thi hành án dân sự tỉnh Kon Tum']],
    ['Theo quyết định, Thứ trưởng Bộ Xây dựng Đỗ Văn Duy giữ chức Phó Bí thư Tỉnh ủy Yên Bái.', 'Đỗ Văn Duy', ['Thứ trưởng Bộ Xây dựng', 'Phó Bí thư Tỉnh ủy Yên Bái']],
    ['Bà Đỗ Thị Thu, công chức Tư pháp – Hộ tịch xã cho biết.', 'Đỗ Thị Thu', ['công chức Tư pháp – Hộ tịch xã']],
    ['Cán bộ Hộ tịch - Tư pháp xã Hướng Tân Hồ Văn Dừa cho biết.', 'Hồ Văn Dừa', ['Cán bộ Hộ tịch - Tư pháp xã Hướng Tân']],
    ['5. Thượng tá Phan Thanh Bình, Trưởng phòng PC06 Công an tỉnh, Tổ viên kiêm Thư ký;', 'Phan Thanh Bình', ['Thượng tá', 'Trưởng phòng PC06 Công an tỉnh', 'Tổ viên', 'Thư ký']],
    ['Ông Bùi Văn Cường được bầu giữ chức Chủ tịch Hội đồng nhân dân tỉnh.', 'Bùi Văn Cường', ['Chủ tịch Hội đồng nhân dân tỉnh']],
    ['Quốc hội phê chuẩn bổ nhiệm bà Đinh Thị Thu Hà giữ chức Bộ trưởng Bộ Tư pháp.', 'Đinh Thị Thu Hà', ['Bộ trưởng Bộ Tư pháp']],
    ['Tại phường Bàn Cờ, ông Lê Minh Khoa được chỉ định giữ chức Bí thư Đảng ủy phường.', 'Lê Minh Khoa', ['Bí thư Đảng ủy phường']],
    ['- Đồng chí Phạm Quốc Bảo, Phó Giám đốc Sở Nội vụ, luân chuyển giữ chức Phó Bí thư Huyện ủy Hương Khê;', 'Phạm Quốc Bảo', ['Phó Giám đốc Sở Nội vụ', 'Phó Bí thư Huyện ủy Hương Khê']],
    ['Ông Đinh Xuân Hòa, Phó Trưởng phòng Nội vụ, được biệt phái giữ chức Phó Chủ tịch UBND xã Đạ Tông chia sẻ.', 'Đinh Xuân Hòa', ['Phó Trưởng phòng Nội vụ', 'Phó Chủ tịch UBND xã Đạ Tông']],
    ['Đồng chí Lê Đình Thắng, Phó Viện trưởng VKSND tỉnh được điều động, bổ nhiệm giữ chức Viện trưởng VKSND khu vực 1.', 'Lê Đình Thắng', ['Phó Viện trưởng VKSND tỉnh', 'Viện trưởng VKSND khu vực 1']],
    ['Đồng chí Lò Văn Pọm được chỉ định làm Bí thư Đảng ủy xã Mường Bám.', 'Lò Văn Pọm', ['Bí thư Đảng ủy xã Mường Bám']],
    ['Ông Tạ Quang Huy, nguyên Chủ tịch UBND huyện, nay đã nghỉ hưu.', 'Tạ Quang Huy', ['nguyên Chủ tịch UBND huyện']],
    ['Đồng chí Ngô Thanh Tùng, Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính (CCHC) đã chủ trì cuộc họp.', 'Ngô Thanh Tùng', ['Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính (CCHC)']],
    ['Ông Kiều Văn Thái, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho hay.', 'Kiều Văn Thái', ['Phó Giám đốc Sở Lao động - Thương binh và Xã hội']],
    ['Thiếu tướng Trần Minh Lệ, Giám đốc Công an tỉnh đã phát biểu.', 'Trần Minh Lệ', ['Thiếu tướng', 'Giám đốc Công an tỉnh']],
    ['Đồng chí Lê Văn Bảo - TUV, Giám đốc Sở Nội vụ cho biết.', 'Lê Văn Bảo', ['TUV', 'Giám đốc Sở Nội vụ']],
    ['Bà Nguyễn Thị Dung - Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh - cho biết thêm.', 'Nguyễn Thị Dung', ['Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh']],
    ['Ông Nguyễn Văn Khải, Chủ tịch UBND phường Lê Lợi cho biết như vậy.', 'Nguyễn Văn Khải', ['Chủ tịch UBND phường Lê Lợi']],
    ['Chủ trì hội nghị có đồng chí Đầu Thanh Tùng, Phó Chủ tịch Thường trực UBND tỉnh.', 'Đầu Thanh Tùng', ['Phó Chủ tịch Thường trực UBND tỉnh']],
  ])('%s', onePerson);

  it('cuts the trailing verb, at a line break too', () => {
    const text = 'Đồng chí Phùng Quang Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\nphát biểu tại hội nghị';
    expect(people(text)).toEqual([{ name: 'Phùng Quang Hải', roles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] }]);
    // a verb of motion, a piece of advice, an honour received, a warning given, a question put at a dialogue
    expect(people('Ông Lê Văn Tuấn, Trưởng phòng Nông nghiệp xuống kiểm tra; ông Lê Văn Bình, Giám đốc Sở khuyên dân không nên đi.')).toEqual([
      { name: 'Lê Văn Tuấn', roles: ['Trưởng phòng Nông nghiệp'] },
      { name: 'Lê Văn Bình', roles: ['Giám đốc Sở'] },
    ]);
    expect(people('Dịp này, ông Nguyễn Văn Khoa, Cục trưởng Cục THADS tỉnh vinh dự được tặng Bằng khen.')).toEqual([
      { name: 'Nguyễn Văn Khoa', roles: ['Cục trưởng Cục THADS tỉnh'] },
    ]);
    expect(people('Ông Vũ Quang Hòa, Giám đốc Trung tâm Dịch vụ việc làm Hà Nội khuyến cáo người lao động.')).toEqual([
      { name: 'Vũ Quang Hòa', roles: ['Giám đốc Trung tâm Dịch vụ việc làm Hà Nội'] },
    ]);
    expect(people('* Ông Lâm Văn Tài, Giám đốc Công ty TNHH Phát Tài hỏi: Thời gian thẩm định còn dài?')).toEqual([
      { name: 'Lâm Văn Tài', roles: ['Giám đốc Công ty TNHH Phát Tài'] },
    ]);
    expect(people('Chủ tọa mời bà Hà Thị Lan, Giám đốc BHXH tỉnh đăng đàn giải trình.')).toEqual([{ name: 'Hà Thị Lan', roles: ['Giám đốc BHXH tỉnh'] }]);
    expect(people('Bà Lê Thị Ngọc Loan, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh dẫn số liệu cho thấy tỷ lệ tăng.')).toEqual([
      { name: 'Lê Thị Ngọc Loan', roles: ['Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh'] },
    ]);
    // the post an election gives after the appositive ("được bầu làm") is left out, as most annotators do
    expect(people('Đồng chí Hà Văn Thụ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện được bầu làm Bí thư Huyện ủy.')).toEqual([
      { name: 'Hà Văn Thụ', roles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] },
    ]);
    // a document cited after "và" is no part of the body's name
    expect(people('Chủ tịch UBND tỉnh bổ nhiệm lại đồng chí Phan Thị Lệ Hằng giữ chức Phó Giám đốc Sở Nội vụ và Quyết định số 514/QĐ-UBND về việc nghỉ hưu.')).toEqual([
      { name: 'Phan Thị Lệ Hằng', roles: ['Phó Giám đốc Sở Nội vụ'] },
    ]);
    // the term is a period of its own
    expect(people('Thủ tướng phê chuẩn đồng chí Vàng Seo Dìn giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.')).toEqual([
      { name: 'Vàng Seo Dìn', roles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
    // an ellipsis ends the clause: "…" is no part of the body's name
    expect(people('Dự có ông Võ Văn Hải, Trưởng Ban Tuyên giáo Tỉnh ủy… Các đại biểu dâng hương.')).toEqual([
      { name: 'Võ Văn Hải', roles: ['Trưởng Ban Tuyên giáo Tỉnh ủy'] },
    ]);
  });

  it('reads the posts of Secretaries of State and deputy secretaries abroad', () => {
    expect(people('Đoàn do ngài Sok Vanna, Quốc vụ khanh Bộ Chức năng công Campuchia làm trưởng đoàn.')).toEqual([
      { name: 'Sok Vanna', roles: ['Quốc vụ khanh Bộ Chức năng công Campuchia'] },
    ]);
    expect(people('Bà Grace Lim, Phó Thư ký thường trực PSD giới thiệu mô hình.')).toEqual([{ name: 'Grace Lim', roles: ['Phó Thư ký thường trực PSD'] }]);
    // an executive director's "điều hành" is no verb there; a province's CIO holds a post
    expect(people('Ông Ngô Văn Tuấn, Phó Giám đốc Sở TT&TT, Giám đốc điều hành LGSP cho biết.')).toEqual([
      { name: 'Ngô Văn Tuấn', roles: ['Phó Giám đốc Sở TT&TT', 'Giám đốc điều hành LGSP'] },
    ]);
    expect(people('Ông Đỗ Mạnh Cường, Giám đốc Sở Thông tin và Truyền thông, CIO tỉnh Thái Bình cho biết.')).toEqual([
      { name: 'Đỗ Mạnh Cường', roles: ['Giám đốc Sở Thông tin và Truyền thông', 'CIO tỉnh Thái Bình'] },
    ]);
    expect(people('Ông Lê Văn Bình, Giám đốc Sở điều hành cuộc họp.')).toEqual([{ name: 'Lê Văn Bình', roles: ['Giám đốc Sở'] }]);
  });

  it('reads a post in the next cell of a table written with "|"', () => {
    expect(people('STT | Họ tên | Chức danh | Phiếu\n1 | Ông Lý Văn Thắng | Chủ tịch HĐND tỉnh | 49 (90,74%)\n2 | Bà Hoàng Thị Lan | Phó Chủ tịch HĐND tỉnh | 44')).toEqual([
      { name: 'Lý Văn Thắng', roles: ['Chủ tịch HĐND tỉnh'] },
      { name: 'Hoàng Thị Lan', roles: ['Phó Chủ tịch HĐND tỉnh'] },
    ]);
  });

  it('reads a public employee\'s and an accountant\'s post after the name', () => {
    expect(people('Kết nạp đảng viên cho bà Võ Thị Ngọc Diễm, viên chức Trung tâm Lưu trữ lịch sử tỉnh.')).toEqual([
      { name: 'Võ Thị Ngọc Diễm', roles: ['viên chức Trung tâm Lưu trữ lịch sử tỉnh'] },
    ]);
    expect(people('Bà Đỗ Thị Mai, kế toán Trung tâm Trợ giúp pháp lý nhà nước cho biết.')).toEqual([
      { name: 'Đỗ Thị Mai', roles: ['kế toán Trung tâm Trợ giúp pháp lý nhà nước'] },
    ]);
    // the posts' words inside a body's name joined by a dash
    expect(people('Bà Trần Thị Mỹ Duyên, Trưởng phòng Công chức - Viên chức cho biết.')).toEqual([
      { name: 'Trần Thị Mỹ Duyên', roles: ['Trưởng phòng Công chức - Viên chức'] },
    ]);
    // the regions a department deals with, joined by a dash
    expect(people('Bà Phùng Thị Lan, Vụ trưởng Vụ Thị trường châu Á - châu Phi. Tiếp đoàn có ông Lê Văn Hòa.')).toEqual([
      { name: 'Phùng Thị Lan', roles: ['Vụ trưởng Vụ Thị trường châu Á - châu Phi'] },
      { name: 'Lê Văn Hòa', roles: [] },
    ]);
  });

  it('reads "phụ trách" and its body as a post after the name, not before it', () => {
    expect(people('Thạc sĩ Đỗ Văn Hưng, phụ trách Trung tâm Kiểm soát bệnh tật tỉnh, cho biết như vậy.')).toEqual([
      { name: 'Đỗ Văn Hưng', roles: ['phụ trách Trung tâm Kiểm soát bệnh tật tỉnh'] },
    ]);
    expect(people('Ông Trần Văn Bình, Phó Giám đốc phụ trách Sở Nội vụ, cho biết.')).toEqual([{ name: 'Trần Văn Bình', roles: ['Phó Giám đốc phụ trách Sở Nội vụ'] }]);
    expect(people('UBND tỉnh giao ông Nguyễn Văn An phụ trách Sở Nội vụ.')).toEqual([{ name: 'Nguyễn Văn An', roles: [] }]);
  });

  it('ends a role list at ";" and reads the next person in the list', () => {
    const text = 'Dự hội nghị có các đồng chí: Lục Văn Toàn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Triệu Thị Lan, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành.';
    expect(people(text)).toEqual([
      { name: 'Lục Văn Toàn', roles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
      { name: 'Triệu Thị Lan', roles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
  });

  it('stops at a comma that is not followed by another post', () => {
    expect(people('Theo ông Vương Đình Quý, Phó Giám đốc Sở Nội vụ, năm nay tỉnh tinh giản 120 người.')).toEqual([
      { name: 'Vương Đình Quý', roles: ['Phó Giám đốc Sở Nội vụ'] },
    ]);
  });
});

describe('extractOfficials: post before the name', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Trần Quốc Bảo phát biểu kết luận.', 'Trần Quốc Bảo', ['Chủ tịch UBND tỉnh']],
    ['Kết luận buổi họp, đồng chí Bí thư Tỉnh ủy Vũ Đức Thắng nhấn mạnh vai trò của người đứng đầu.', 'Vũ Đức Thắng', ['Bí thư Tỉnh ủy']],
    ['Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Nội vụ Hoàng Minh Tuấn đã báo cáo.', 'Hoàng Minh Tuấn', ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Nội vụ']],
    ['Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh dự hội nghị.', 'Hoàng Xuân Ánh', ['Chủ tịch UBND tỉnh Cao Bằng']],
    ['Chủ tịch UBND huyện Mường Nhé Lò Văn Phúc báo cáo kết quả.', 'Lò Văn Phúc', ['Chủ tịch UBND huyện Mường Nhé']],
    ['Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên trao đổi với doanh nghiệp.', 'Nguyễn Hồng Diên', ['Bộ trưởng Bộ Công Thương']],
    ['Phó Thủ tướng Chính phủ Lê Minh Khái chủ trì phiên họp.', 'Lê Minh Khái', ['Phó Thủ tướng Chính phủ']],
    ['Có mặt nguyên Chủ tịch UBND tỉnh Nguyễn Văn Tám.', 'Nguyễn Văn Tám', ['nguyên Chủ tịch UBND tỉnh']],
    ['Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài thăm Thủ đô.', 'Bùi Thị Minh Hoài', ['Bí thư Thành ủy Hà Nội']],
    ['Phó Cục trưởng Cục Thuế Hà Nội Nguyễn Hữu Khang cho biết.', 'Nguyễn Hữu Khang', ['Phó Cục trưởng Cục Thuế Hà Nội']],
    ['Cục trưởng Cục Hải quan Hà Tĩnh Lê Văn Hùng cho biết.', 'Lê Văn Hùng', ['Cục trưởng Cục Hải quan Hà Tĩnh']],
    ['Giám đốc Bệnh viện Đa khoa Vũ Quang Nguyễn Văn Toại chia sẻ.', 'Nguyễn Văn Toại', ['Giám đốc Bệnh viện Đa khoa Vũ Quang']],
    ['Hiệu trưởng Trường THCS Lê Lợi Trần Thị Hoa phát biểu.', 'Trần Thị Hoa', ['Hiệu trưởng Trường THCS Lê Lợi']],
    ['Giám đốc Sở Lao động - Thương binh và Xã hội Nguyễn Thị Lan báo cáo.', 'Nguyễn Thị Lan', ['Giám đốc Sở Lao động - Thương binh và Xã hội']],
    ['Chủ tịch UBND thị xã Sơn Tây Đặng Văn Hòa khẳng định.', 'Đặng Văn Hòa', ['Chủ tịch UBND thị xã Sơn Tây']],
    ['Tổng Bí thư Tô Lâm nhấn mạnh yêu cầu tinh gọn bộ máy.', 'Tô Lâm', ['Tổng Bí thư']],
    ['Dự hội nghị có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đỗ Trọng Hưng.', 'Đỗ Trọng Hưng', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']],
    ['Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Cao Văn Trọng đề nghị các sở tiếp tục.', 'Cao Văn Trọng', ['Chủ tịch UBND tỉnh']],
    ['Chủ tịch UBND thành phố Trần Sỹ Thanh chỉ đạo quyết liệt.', 'Trần Sỹ Thanh', ['Chủ tịch UBND thành phố']],
    ['Chủ tịch UBND huyện Lâm Hà Nguyễn Văn Tùng báo cáo.', 'Nguyễn Văn Tùng', ['Chủ tịch UBND huyện Lâm Hà']],
    ['Chủ tịch UBND xã Tả Phìn Giàng A Chu tiếp đoàn.', 'Giàng A Chu', ['Chủ tịch UBND xã Tả Phìn']],
    ['Bí thư Tỉnh Đoàn Nguyễn Văn An phát biểu.', 'Nguyễn Văn An', ['Bí thư Tỉnh Đoàn']],
    ['Bí thư Đoàn Thanh niên Lê Thị Hà cho biết.', 'Lê Thị Hà', ['Bí thư Đoàn Thanh niên']],
    ['Trưởng Đoàn ĐBQH tỉnh Hà Sỹ Đồng phát biểu.', 'Hà Sỹ Đồng', ['Trưởng Đoàn ĐBQH tỉnh']],
    ['Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.', 'Bùi Thanh Sơn', ['Bộ trưởng Ngoại giao']],
    ['Thứ trưởng Kế hoạch và Đầu tư Trần Quốc Phương dự hội nghị.', 'Trần Quốc Phương', ['Thứ trưởng Kế hoạch và Đầu tư']],
    ['Bộ trưởng Lao động - Thương binh và Xã hội Đào Ngọc Dung phát biểu.', 'Đào Ngọc Dung', ['Bộ trưởng Lao động - Thương binh và Xã hội']],
    ['Theo Trợ lý Bộ trưởng Ngoại giao Phạm Sanh Châu, cơ chế đã sang chu kỳ mới.', 'Phạm Sanh Châu', ['Trợ lý Bộ trưởng Ngoại giao']],
    ['Thư ký Chủ tịch nước Nguyễn Văn An dự họp.', 'Nguyễn Văn An', ['Thư ký Chủ tịch nước']],
  ])('%s', onePerson);

  it('reads a post before and an appositive after the same name', () => {
    const text = 'Phó Thủ tướng thường trực Chính phủ Trịnh Đình Dũng, Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ chủ trì hội nghị.';
    expect(people(text)).toEqual([
      { name: 'Trịnh Đình Dũng', roles: ['Phó Thủ tướng thường trực Chính phủ', 'Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ'] },
    ]);
  });

  it('ends one person\'s list where "và đồng chí" opens the next', () => {
    const text = 'Đồng chí Nông Văn Quý, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh và đồng chí Trần Thị Bích, Giám đốc Sở Nội vụ đồng chủ trì hội nghị.';
    expect(people(text)).toEqual([
      { name: 'Nông Văn Quý', roles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] },
      { name: 'Trần Thị Bích', roles: ['Giám đốc Sở Nội vụ'] },
    ]);
  });

  it('gives each of two people joined by "và" their own post', () => {
    expect(people('Thứ trưởng Bộ Nội vụ Vũ Đăng Minh và Chánh Văn phòng Bộ Trần Văn Bảy cùng dự.')).toEqual([
      { name: 'Vũ Đăng Minh', roles: ['Thứ trưởng Bộ Nội vụ'] },
      { name: 'Trần Văn Bảy', roles: ['Chánh Văn phòng Bộ'] },
    ]);
  });

  it('does not take a post from an earlier clause or another person', () => {
    expect(people('Bằng khen của Chủ tịch UBND tỉnh được trao cho ông Hứa Văn Tư.')).toEqual([{ name: 'Hứa Văn Tư', roles: [] }]);
  });
});

describe('extractOfficials: honorifics without a post', () => {
  it('takes a name called "đồng chí", "ông", "bà" or "Đ/c"', () => {
    expect(people('đồng chí Nguyễn Văn An và đồng chí Trần Văn Bình cùng dự.').map((p) => p.name)).toEqual(['Nguyễn Văn An', 'Trần Văn Bình']);
    expect(people('Bà Phạm Thu Trang cho biết gia đình rất phấn khởi.').map((p) => p.name)).toEqual(['Phạm Thu Trang']);
    expect(people('Đ/c Khổng Minh Đức đã tới dự.').map((p) => p.name)).toEqual(['Khổng Minh Đức']);
  });

  it('carries "các đồng chí" over a list of names', () => {
    expect(people('Dự hội nghị có các đồng chí: Nguyễn Văn Ba, Trần Thị Bốn và Lê Văn Năm.').map((p) => p.name)).toEqual([
      'Nguyễn Văn Ba',
      'Trần Thị Bốn',
      'Lê Văn Năm',
    ]);
  });

  it('takes a full name the text later calls "ông"/"bà" by the given name alone', () => {
    expect(people('Theo chuyên gia kinh tế Cấn Văn Lực, lạm phát sẽ tăng. Ông Lực cho rằng cần thận trọng.')).toEqual([
      { name: 'Cấn Văn Lực', roles: [] },
    ]);
    expect(people('Chị Trần Thị Hoa và anh Lê Văn Hoa đến. Bà Hoa nói.')).toEqual([]);
    expect(people('Ông Lực cho biết, sau đó chuyên gia Cấn Văn Lực nói.')).toEqual([]);
  });

  it('does not take a street after a house number for the person later called by the given name', () => {
    expect(people('Trụ sở trường (43 Trần Duy Hưng, Hà Nội) đã sửa xong. Ông Hưng cho biết.')).toEqual([]);
  });

  it('carries an honorific across "và" to a full name only', () => {
    expect(people('Các ông Nguyễn Văn An và Trần Văn Bình đã tới.').map((p) => p.name)).toEqual(['Nguyễn Văn An', 'Trần Văn Bình']);
    expect(people('Quan hệ giữa ông Cao Toàn Mỹ và Phương Nga được làm rõ.').map((p) => p.name)).toEqual(['Cao Toàn Mỹ']);
  });

  it('takes a namesake of a person of history called "ông" or "bà", never the street or school', () => {
    expect(people('Trao Huy hiệu cho các ông Trần Quốc Toản, Đoàn Mạnh Giao và Vũ Văn Ninh.').map((p) => p.name)).toEqual([
      'Trần Quốc Toản',
      'Đoàn Mạnh Giao',
      'Vũ Văn Ninh',
    ]);
    expect(people('Trường THPT Phan Bội Châu khai giảng; đường Trần Hưng Đạo thông xe.')).toEqual([]);
    // a name that opens with one of history's, no other name after it
    expect(people('Ông Nguyễn Huệ Chí Thái, chuyên gia tư vấn, cho biết.').map((p) => p.name)).toEqual(['Nguyễn Huệ Chí Thái']);
    expect(people('Trên đường Nguyễn Huệ Chí Thái đi bộ.')).toEqual([]);
    // no honorific calls him; his post does
    expect(people('Ông gặp Chủ tịch Ủy ban châu Âu Jean-Claude Juncker tại Brussels.')).toEqual([
      { name: 'Jean-Claude Juncker', roles: ['Chủ tịch Ủy ban châu Âu'] },
    ]);
  });

  it('takes a foreign name after an honorific, with its post where one follows', () => {
    expect(people('Bà Caitlin Wiesen, Trưởng đại diện UNDP tại Việt Nam cho biết chỉ số PAPI tăng.')).toEqual([
      { name: 'Caitlin Wiesen', roles: ['Trưởng đại diện UNDP tại Việt Nam'] },
    ]);
    expect(people('Ông Kamal Malhotra, Điều phối viên thường trú, phát biểu.')).toEqual([{ name: 'Kamal Malhotra', roles: ['Điều phối viên thường trú'] }]);
    expect(people('Ông John Smith, người dân địa phương, cho biết.')).toEqual([{ name: 'John Smith', roles: [] }]);
    expect(people('Ông Michael Spavor nói; ông Moon Jae-in đã tuyên thệ.').map((p) => p.name)).toEqual(['Michael Spavor', 'Moon Jae-in']);
    expect(people('Ông Thanh Long nói.')).toEqual([]);
  });

  it('gives a post after "và" to the foreign name with an initial that follows it, not to the name before', () => {
    expect(people('Tham dự có ông Phạm Tấn Công, Chủ tịch VCCI và Đại sứ Hoa Kỳ tại Việt Nam Marc E. Knapper.')).toEqual([
      { name: 'Phạm Tấn Công', roles: ['Chủ tịch VCCI'] },
      { name: 'Marc E. Knapper', roles: ['Đại sứ Hoa Kỳ tại Việt Nam'] },
    ]);
  });

  it('reads ethnic-minority names', () => {
    expect(people('Ông Ksor Phước cùng bà H’Hen Niê, Phó Chủ tịch UBND xã, đến thăm.').map((p) => p.name)).toEqual(['Ksor Phước', 'H’Hen Niê']);
    expect(people('Chủ tịch HĐND tỉnh Y Thanh Hà Niê Kđăm dự lễ.').map((p) => p.name)).toEqual(['Y Thanh Hà Niê Kđăm']);
    // a table written with tabs: the name's cell, then the post's, then a figure's
    const table = 'STT\tHọ và tên\tChức vụ\n1\tNGUYỄN VĂN HẬU\tPhó Giám đốc Sở Thông tin và Truyền thông\n\nBị cáo\tChức vụ khi phạm tội\tMức án\nĐinh Công Tráng\tnguyên Phó Chủ tịch UBND huyện Bình Sơn\t6 năm tù\n';
    expect(people(normalizeText(table))).toEqual([
      { name: 'Nguyễn Văn Hậu', roles: ['Phó Giám đốc Sở Thông tin và Truyền thông'] },
      { name: 'Đinh Công Tráng', roles: ['nguyên Phó Chủ tịch UBND huyện Bình Sơn'] },
    ]);
    // Chăm families; "Quảng" opens a name only with an honorific before it or a post after it
    expect(people('Các nghệ nhân là bà Đàng Thị Trà và ông Quảng Đại Tâm (61 tuổi).').map((p) => p.name)).toEqual(['Đàng Thị Trà', 'Quảng Đại Tâm']);
    expect(people('Đoàn công tác tỉnh Quảng Nam Lê Văn Dũng đến thăm.').map((p) => p.name)).not.toContain('Quảng Nam Lê Văn Dũng');
    // an Ê Đê teknonym; a given name that also opens a headline ("Tin")
    expect(people('Nhờ ông Ama Thuyết, người có uy tín, bà con đã làm căn cước.').map((p) => p.name)).toEqual(['Ama Thuyết']);
    expect(people('Phóng viên trao đổi với ông Ksor Tin, Giám đốc Sở Nội vụ tỉnh Gia Lai.').map((p) => p.name)).toEqual(['Ksor Tin']);
    expect(people('Ông Nguyễn Văn Hải phát biểu. Bà Lê Thị Mai Tin liên quan: Hội nghị CCHC').map((p) => p.name)).toEqual(['Nguyễn Văn Hải', 'Lê Thị Mai']);
  });

  it('reads a Central Highlands place after a post as the post\'s, not as a name', () => {
    expect(people('Thượng tá Y Thuân Ênuôl, Đồn trưởng Đồn Biên phòng Ia Rvê cho biết.')).toEqual([
      { name: 'Y Thuân Ênuôl', roles: ['Thượng tá', 'Đồn trưởng Đồn Biên phòng Ia Rvê'] },
    ]);
    expect(people('Chỉ huy trưởng Đồn Biên phòng Ea Súp cho biết.')).toEqual([]);
  });

  // "Chi nhánh" after a city is a branch, "Chi" no given name; the deputy political officer and the heads of naval squadrons.
  it.each([
    ['Bị cáo Lê Quý Hiển (nguyên Giám đốc Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh Chi nhánh Thăng Long) khai.', 'Lê Quý Hiển', ['nguyên Giám đốc Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh Chi nhánh Thăng Long']],
    ['Bà Nguyễn Thị Chi, Chủ tịch Hội Phụ nữ xã, cho biết.', 'Nguyễn Thị Chi', ['Chủ tịch Hội Phụ nữ xã']],
    ['Thiếu tá Nông Văn Thạch, Phó Chính trị viên Đồn Biên phòng Quan Lạn, cho biết.', 'Nông Văn Thạch', ['Thiếu tá', 'Phó Chính trị viên Đồn Biên phòng Quan Lạn']],
    ['Thượng tá Trương Công Hậu, Hải đội trưởng Hải đội Biên phòng 2, báo cáo.', 'Trương Công Hậu', ['Thượng tá', 'Hải đội trưởng Hải đội Biên phòng 2']],
    ['Hải đoàn trưởng Hải đoàn Biên phòng 28 Nguyễn Văn An phát biểu.', 'Nguyễn Văn An', ['Hải đoàn trưởng Hải đoàn Biên phòng 28']],
  ])('%s', onePerson);
});

describe('extractOfficials: one item per person', () => {
  it('keeps the first mention that gives posts, and later mentions add nothing', () => {
    const text =
      'Ông Nguyễn Văn Hải cho biết, năm nay tỉnh sẽ tiếp tục. Ông Nguyễn Văn Hải, Giám đốc Trung tâm Phục vụ hành chính công tỉnh khẳng định như vậy. ' +
      'Ông Nguyễn Văn Hải, Bí thư Chi bộ, nói thêm.';
    const items = officials(text);
    expect(items).toHaveLength(1);
    expect(items[0].roles).toEqual(['Giám đốc Trung tâm Phục vụ hành chính công tỉnh']);
    expect(items[0].text).toBe('Nguyễn Văn Hải, Giám đốc Trung tâm Phục vụ hành chính công tỉnh');
  });

  it('reads a signature block: the post on the line above the name', () => {
    const text = 'Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn Sơn\n';
    expect(people(text)).toEqual([{ name: 'Nguyễn Văn Sơn', roles: ['PHÓ CHỦ TỊCH'] }]);
    expect(people('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLÊ VĂN HƯỞNG')).toEqual([{ name: 'Lê Văn Hưởng', roles: ['CHỦ TỊCH'] }]);
    // a rank before the name: the block's reading, which holds the post as well
    expect(people('Nơi nhận:\n- Lưu: PC06.\n\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nThượng tá Cầm Thị Hương\n')).toEqual([{ name: 'Cầm Thị Hương', roles: ['PHÓ TRƯỞNG PHÒNG', 'Thượng tá'] }]);
  });

  it('spans a foreign name read after a post together with the posts read after it', () => {
    const [item] = officials('Nghị sỹ Kim Boo-kyun được chỉ định làm Bộ trưởng Nội vụ.');
    expect(item.roles).toEqual(['Nghị sỹ', 'Bộ trưởng Nội vụ']);
    expect(item.text).toBe('Nghị sỹ Kim Boo-kyun được chỉ định làm Bộ trưởng Nội vụ');
  });
});

describe('extractOfficials: not officials', () => {
  it.each([
    'Tin, ảnh: Thu Huyền',
    'Theo La Văn Tuất/LCĐT',
    'Quang cảnh hội nghị. Ảnh: Lê Minh',
    'HOÀNG HIẾU – THÙY DUNG',
    'ThS. Nguyễn Thanh Giang\nHọc viện Hành chính Quốc gia',
    'BÙI THANH',
    'N.V',
    'UBND thành phố Hải Phòng và UBND tỉnh Cao Bằng đã ký kết; trụ sở ở đường Trần Phú.',
    'Chủ tịch UBND tỉnh Quảng Ninh phát biểu chỉ đạo.',
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; viếng Lăng Chủ tịch Hồ Chí Minh.',
    'Bà con Nguyễn Thị Mai ở thôn 3 phấn khởi.',
    'Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu các cấp tiếp tục.',
    'Chủ tịch UBND xã Trần Phú phát biểu tại buổi lễ.',
    'Bà Rịa Vũng Tàu là tỉnh công nghiệp.',
    'Chủ Tịch UBND Tỉnh Gặp Mặt Các Doanh Nghiệp Nhân Dịp Đầu Xuân Mới',
    'Đà Nẵng, Hà Nội và Lâm Đồng dẫn đầu; Giám đốc Sở Nội vụ tỉnh Lâm Đồng có mặt.',
    'Nguyễn Văn A và Trần Văn B được khen thưởng.',
    'Chủ tịch UBND phường Hoàng Văn Thụ phát biểu.',
    'Chủ tịch UBND thành phố Cao Lãnh phát biểu.',
    'Trụ sở mới ở số 1 đường Nguyễn Tất Thành, gần Trường THPT Lê Quý Đôn.',
    'Bí thư Đoàn Thanh niên phát biểu.',
    'Tết Nhâm Thìn, Chủ tịch UBND tỉnh thăm hỏi các gia đình chính sách.',
    'Nhân dịp Xuân Đinh Dậu, Giám đốc Sở Nội vụ chúc Tết cán bộ.',
    'Thành viên Mai Hoàng bình luận trên diễn đàn.',
  ])('%s', (text) => {
    expect(officials(text)).toEqual([]);
  });

  it('reads a lunar year as a name only after an honorific', () => {
    expect(people('Ông Đinh Dậu, Chủ tịch xã, cho biết.')).toEqual([{ name: 'Đinh Dậu', roles: ['Chủ tịch xã'] }]);
    expect(people('Chủ tịch UBND tỉnh Đinh Văn Dậu dự.')).toEqual([{ name: 'Đinh Văn Dậu', roles: ['Chủ tịch UBND tỉnh'] }]);
  });
});

describe('extractOfficials: seed reports', () => {
  it('reads the seed articles as the gold has them', () => {
    const seed000 = readFileSync('fixtures/000_7e500347ba852232.txt', 'utf8');
    expect(people(seed000)).toEqual([
      { name: 'Hồ Tiến Thiệu', roles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng Ban Chỉ đạo CCHC tỉnh'] },
      { name: 'Nguyễn Long Hải', roles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh', 'Phó Trưởng ban thường trực Ban Chỉ đạo CCHC tỉnh'] },
    ]);
    const seed002 = readFileSync('fixtures/002_31f907290d9b425c.txt', 'utf8');
    expect(people(seed002.slice(0, seed002.indexOf('Tin Liên Quan')))).toEqual([
      { name: 'Nguyễn Văn Vịnh', roles: ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy'] },
      { name: 'Hà Thị Nga', roles: ['Phó Bí thư Thường trực Tỉnh ủy'] },
      { name: 'Nguyễn Hữu Thể', roles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
    const seed004 = readFileSync('fixtures/004_9816fce5774da16b.txt', 'utf8');
    expect(people(seed004)).toEqual([{ name: 'Cao Văn Trọng', roles: ['Chủ tịch UBND tỉnh'] }]);
  });
});

describe('extractOfficials: a name that runs into the next sentence', () => {
  it.each([
    ['Bà Trần Thị Thu Hà Chúng tôi sẽ tiếp tục cải cách thủ tục.', 'Trần Thị Thu Hà'],
    ['Ông Lê Văn Bình Tuy nhiên, việc số hóa hồ sơ còn chậm.', 'Lê Văn Bình'],
    ['Ông Phạm Minh Tuấn Theo đó, tỉnh sẽ giảm 20 thủ tục.', 'Phạm Minh Tuấn'],
    ['Ông Võ Văn Hai Trong đó, có 12 thủ tục mức độ 4.', 'Võ Văn Hai'],
    ['Bà Đỗ Thị Lan Hiện nay, huyện đã có trung tâm một cửa.', 'Đỗ Thị Lan'],
    ['Ông Nguyễn Văn Tường Đây là kết quả đáng ghi nhận.', 'Nguyễn Văn Tường'],
    ['Ông Lê Quang Vinh Tại đây, đoàn đã kiểm tra bộ phận một cửa.', 'Lê Quang Vinh'],
    ['Ông Hồ Văn Thắng Ông Thắng cho biết thêm.', 'Hồ Văn Thắng'],
  ])('%s', (text, name) => {
    expect(people(text).map((p) => p.name)).toEqual([name]);
  });

  it('keeps given names that also open sentences elsewhere', () => {
    expect(people('Chủ tịch UBND tỉnh Nguyễn Văn Nên chủ trì.').map((p) => p.name)).toEqual(['Nguyễn Văn Nên']);
    expect(people('Ông Tiêu Phước Tại cho biết.').map((p) => p.name)).toEqual(['Tiêu Phước Tại']);
    expect(people('Ông Huỳnh Bài, Chủ tịch UBND huyện, cho biết.')).toEqual([{ name: 'Huỳnh Bài', roles: ['Chủ tịch UBND huyện'] }]);
    expect(people('Ông Trần Văn Tuy, Giám đốc Sở Nội vụ, nói.')).toEqual([{ name: 'Trần Văn Tuy', roles: ['Giám đốc Sở Nội vụ'] }]);
    expect(people('Bà Lê Thị Mai Bài viết này nêu rõ.').map((p) => p.name)).toEqual(['Lê Thị Mai']);
    expect(people('Ông Lê Văn Bình Tuy vậy, việc còn chậm.').map((p) => p.name)).toEqual(['Lê Văn Bình']);
    expect(people('Trưởng Đoàn ĐBQH tỉnh Hà Sỹ Đồng phát biểu.').map((p) => p.name)).toEqual(['Hà Sỹ Đồng']);
  });

  it('cuts a name back to the same person named elsewhere in the article', () => {
    const text = 'Bộ trưởng Nguyễn Văn Dũng cho biết sẽ sửa quy định. Ảnh minh họa: Bộ trưởng Nguyễn Văn Dũng Bích Ngọc';
    expect(people(text)).toEqual([{ name: 'Nguyễn Văn Dũng', roles: ['Bộ trưởng'] }]);
  });

  it('ends a name where a post begins without a comma', () => {
    expect(people('GS.TS Lê Văn Vinh Phó Chủ tịch Tổng hội Y học Việt Nam cho rằng cần thận trọng.')).toEqual([
      { name: 'Lê Văn Vinh', roles: ['Phó Chủ tịch Tổng hội Y học Việt Nam'] },
    ]);
  });
});

describe('extractOfficials: one person after another in a list of posts', () => {
  it('starts a new official where a role ends in a personal name', () => {
    expect(people('Dự lễ có Bí thư Tỉnh ủy Đồng Nai Trần Văn Hòa, Chủ tịch UBND tỉnh Lê Minh Đức, lãnh đạo các sở.')).toEqual([
      { name: 'Trần Văn Hòa', roles: ['Bí thư Tỉnh ủy Đồng Nai'] },
      { name: 'Lê Minh Đức', roles: ['Chủ tịch UBND tỉnh'] },
    ]);
    expect(people('Tham dự có Tổng Giám đốc Đài Tiếng nói Việt Nam Phạm Văn Kỷ, Tổng Giám đốc Đài Truyền hình Việt Nam Lê Bình An.')).toEqual([
      { name: 'Phạm Văn Kỷ', roles: ['Tổng Giám đốc Đài Tiếng nói Việt Nam'] },
      { name: 'Lê Bình An', roles: ['Tổng Giám đốc Đài Truyền hình Việt Nam'] },
    ]);
  });

  it('gives the posts joined by "và" to the person they precede', () => {
    const text = 'Dự có Thượng tướng Tô Văn Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Nam.';
    expect(people(text)).toEqual([
      { name: 'Tô Văn Lâm', roles: ['Thượng tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an'] },
      { name: 'Hoàng Trung Nam', roles: ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy Hà Nội'] },
    ]);
  });

  it('ends a role where "và" brings in the next person', () => {
    const text = 'Các bị can gồm Lữ Văn Bình - nguyên Giám đốc Công ty Minh Phát và Đặng Văn Hòa - nguyên Phó Giám đốc Công ty Minh Phát cùng 11 bị can khác.';
    expect(people(text)).toEqual([
      { name: 'Lữ Văn Bình', roles: ['nguyên Giám đốc Công ty Minh Phát'] },
      { name: 'Đặng Văn Hòa', roles: ['nguyên Phó Giám đốc Công ty Minh Phát'] },
    ]);
  });

  it('reads a rank as the next person’s title', () => {
    expect(people('Ông Trần Văn Hưng Phó Giám đốc Sở Giao thông vận tải Thiếu tá Lê Văn Dũng, Đội trưởng Đội CSGT cho biết.')).toEqual([
      { name: 'Trần Văn Hưng', roles: ['Phó Giám đốc Sở Giao thông vận tải'] },
      { name: 'Lê Văn Dũng', roles: ['Thiếu tá', 'Đội trưởng Đội CSGT'] },
    ]);
  });

  it('gives the posts before a colon to every name of the list', () => {
    expect(people('Dự họp có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Văn Đại, Trần Viết Hồng, Lê Minh Thông cùng đại diện các sở.')).toEqual([
      { name: 'Nguyễn Văn Đại', roles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Trần Viết Hồng', roles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Lê Minh Thông', roles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
  });

  it('gives the posts before a colon to every name of the list, before each one\'s own', () => {
    const text =
      'Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Nguyễn Thiện Nhân, Chủ tịch Ủy ban T.Ư MTTQ Việt Nam; Trương Thị Mai - Trưởng ban Dân vận Trung ương; các đồng chí Ủy viên T.Ư Đảng: Hà Ban, Phó Trưởng Ban Tổ chức T.Ư.';
    expect(people(text)).toEqual([
      { name: 'Nguyễn Thiện Nhân', roles: ['Ủy viên Bộ Chính trị', 'Chủ tịch Ủy ban T.Ư MTTQ Việt Nam'] },
      { name: 'Trương Thị Mai', roles: ['Ủy viên Bộ Chính trị', 'Trưởng ban Dân vận Trung ương'] },
      { name: 'Hà Ban', roles: ['Ủy viên T.Ư Đảng', 'Phó Trưởng Ban Tổ chức T.Ư'] },
    ]);
  });

  it('splits posts joined by a dash', () => {
    expect(people('Thứ trưởng - Tổng Giám đốc BHXH Việt Nam Nguyễn Thị Lan cho biết số người tham gia tăng.')).toEqual([
      { name: 'Nguyễn Thị Lan', roles: ['Thứ trưởng', 'Tổng Giám đốc BHXH Việt Nam'] },
    ]);
    expect(people('Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội Trần Văn Phúc nêu vấn đề.')).toEqual([
      { name: 'Trần Văn Phúc', roles: ['Tổng Thư ký Quốc hội', 'Chủ nhiệm Văn phòng Quốc hội'] },
    ]);
  });
});

describe('extractOfficials: where a role ends', () => {
  it.each([
    ['Phóng viên trao đổi với ông Hoàng Văn Nam - Cục trưởng Cục Đường thủy nội địa Việt Nam (VIWA) xung quanh vấn đề này.', 'Hoàng Văn Nam', ['Cục trưởng Cục Đường thủy nội địa Việt Nam (VIWA)']],
    ['Sáng nay, Tổ công tác của Thủ tướng do Bộ trưởng, Chủ nhiệm VPCP Trần Văn Sơn làm trưởng đoàn đã làm việc với tỉnh.', 'Trần Văn Sơn', ['Bộ trưởng', 'Chủ nhiệm VPCP']],
    ['Ông Đỗ Văn Khánh, Thứ trưởng Bộ Ngoại giao cho biết như vậy.', 'Đỗ Văn Khánh', ['Thứ trưởng Bộ Ngoại giao']],
    ['Ông Trịnh Văn Tâm, Trưởng ban chỉ đạo Tây Nguyên cho biết.', 'Trịnh Văn Tâm', ['Trưởng ban chỉ đạo Tây Nguyên']],
    ['Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Phan Văn Dũng trình bày báo cáo.', 'Phan Văn Dũng', ['Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội']],
    ['Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực Nguyễn Công Minh thông tin thêm.', 'Nguyễn Công Minh', ['Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực']],
    ['Quyền Cục trưởng Cục Thi hành án dân sự (THADS) Vũ Quốc Dương cho biết.', 'Vũ Quốc Dương', ['Quyền Cục trưởng Cục Thi hành án dân sự (THADS)']],
    ['Ông Lý Văn Tài, Tổng Thư ký Hội Luật gia tỉnh cho biết.', 'Lý Văn Tài', ['Tổng Thư ký Hội Luật gia tỉnh']],
    ['Bà Nguyễn Thị Hằng, Giám đốc Văn phòng Đăng ký đất đai tỉnh cho biết.', 'Nguyễn Thị Hằng', ['Giám đốc Văn phòng Đăng ký đất đai tỉnh']],
    ['Bà Trần Thị Mai, Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ cho biết.', 'Trần Thị Mai', ['Vụ trưởng Vụ Cải cách hành chính', 'Bộ Nội vụ']],
    ['Bác sĩ Dương Văn Linh, Trưởng khoa Hồi sức Cấp cứu, BV Sản Nhi Quảng Ninh cho biết.', 'Dương Văn Linh', ['Trưởng khoa Hồi sức Cấp cứu', 'BV Sản Nhi Quảng Ninh']],
    ['Tham dự có ông Lê Văn An, Phó Đại sứ Việt Nam tại Đức cùng đại diện các bộ.', 'Lê Văn An', ['Phó Đại sứ Việt Nam tại Đức']],
    ['Bà Nguyễn Thị Mai Hoa, Chánh Văn phòng Điều phối nông thôn mới tỉnh cho biết.', 'Nguyễn Thị Mai Hoa', ['Chánh Văn phòng Điều phối nông thôn mới tỉnh']],
    ['Tham dự có bà Sarah Hooper, Tham tán Phát triển, Đại sứ quán Australia tại Việt Nam cho biết.', 'Sarah Hooper', ['Tham tán Phát triển', 'Đại sứ quán Australia tại Việt Nam']],
    ['Ông Lê Văn Phúc, Phó trưởng Ban thực hiện chính sách BHYT, BHXH Việt Nam cho biết.', 'Lê Văn Phúc', ['Phó trưởng Ban thực hiện chính sách BHYT', 'BHXH Việt Nam']],
    ['Theo Thiếu tá Phạm Hồng Hải, Đội trưởng Đội Tham mưu, Công an TP Đà Nẵng, từ ngày 1/11 đã xử phạt.', 'Phạm Hồng Hải', ['Thiếu tá', 'Đội trưởng Đội Tham mưu', 'Công an TP Đà Nẵng']],
    ['Liên hệ đồng chí Lê Thị Hạnh, chuyên viên Phòng Kiểm soát TTHC, Văn phòng UBND tỉnh (điện thoại 0234.3822.517) để được hướng dẫn.', 'Lê Thị Hạnh', ['chuyên viên Phòng Kiểm soát TTHC', 'Văn phòng UBND tỉnh']],
    ['Ông Hoàng Minh Tuấn, Chủ tịch UBND tỉnh, Trưởng BCĐ CCHC tỉnh chủ trì.', 'Hoàng Minh Tuấn', ['Chủ tịch UBND tỉnh', 'Trưởng BCĐ CCHC tỉnh']],
    ['Ông Thập Minh Hải, Trưởng Ban Dân tộc tỉnh biên soạn tài liệu.', 'Thập Minh Hải', ['Trưởng Ban Dân tộc tỉnh']],
    ['Ông Ksor H’Bin, Trưởng phòng Nội vụ (số điện thoại 0593.853.217) cho biết.', 'Ksor H’Bin', ['Trưởng phòng Nội vụ']],
    ['Giám đốc Sở Nội vụ A Vương cho biết, tỉnh tiếp nhận 500 hồ sơ.', 'A Vương', ['Giám đốc Sở Nội vụ']],
    ['Ông Nguyễn Trọng Khiêm, Phó Giám đốc Sở Nội vụ, Trưởng Đoàn kiểm tra công vụ cho biết.', 'Nguyễn Trọng Khiêm', ['Phó Giám đốc Sở Nội vụ', 'Trưởng Đoàn kiểm tra công vụ']],
    ['Ông Trần Ngọc Lâm, Phó Giám đốc Sở Nội vụ, Tổ trưởng Tổ kiểm tra công vụ cho biết.', 'Trần Ngọc Lâm', ['Phó Giám đốc Sở Nội vụ', 'Tổ trưởng Tổ kiểm tra công vụ']],
    ['Bà Lò Thị Hằng, Phó Chủ tịch UBND tỉnh, Phó Trưởng BCĐ thường trực phát biểu.', 'Lò Thị Hằng', ['Phó Chủ tịch UBND tỉnh', 'Phó Trưởng BCĐ thường trực']],
    ['PGS.TS Trương Quốc Việt, giảng viên cao cấp Học viện Chính trị quốc gia Hồ Chí Minh, lưu ý.', 'Trương Quốc Việt', ['giảng viên cao cấp Học viện Chính trị quốc gia Hồ Chí Minh']],
    ['Nhận xét về quy chế thi, TS.Lê Viết Khuyến - Trưởng ban Đảm bảo chất lượng cho rằng cần sửa.', 'Lê Viết Khuyến', ['Trưởng ban Đảm bảo chất lượng']],
    ['Theo PGS.TS.Nguyễn Văn Minh, Giám đốc Sở Y tế, dịch đã được kiểm soát.', 'Nguyễn Văn Minh', ['Giám đốc Sở Y tế']],
    ['Dự có ông Lê Văn Phước, Phó Trưởng phòng Kiểm soát TTHC, Văn phòng UBND tỉnh.', 'Lê Văn Phước', ['Phó Trưởng phòng Kiểm soát TTHC', 'Văn phòng UBND tỉnh']],
    ['Theo ông Lê Văn An, Vụ trưởng Vụ CCHC, Bộ Nội vụ sẽ tiếp tục rà soát.', 'Lê Văn An', ['Vụ trưởng Vụ CCHC']],
    ['Ông Lê Văn Bình, Trưởng ban Ban Quản lý các KCN Bình Dương phát biểu.', 'Lê Văn Bình', ['Trưởng ban Ban Quản lý các KCN Bình Dương']],
    ['Ông Mai Văn Hoàng, Giám đốc Công ty TNHH Hoàng Phước Minh cho biết doanh thu tăng.', 'Mai Văn Hoàng', ['Giám đốc Công ty TNHH Hoàng Phước Minh']],
    ['Ông Võ Văn Minh, Hiệu trưởng Trường THPT Lê Quý Đôn cho biết điểm chuẩn tăng.', 'Võ Văn Minh', ['Hiệu trưởng Trường THPT Lê Quý Đôn']],
    ['Hiệu trưởng Trường THPT chuyên Phan Bội Châu Nguyễn Văn Sơn cho biết trường đã chuẩn bị.', 'Nguyễn Văn Sơn', ['Hiệu trưởng Trường THPT chuyên Phan Bội Châu']],
    ['Ông Nguyễn Xuân Hòa, nguyên Chủ tịch Hội Đông Y Việt Nam cho rằng nên giữ cây.', 'Nguyễn Xuân Hòa', ['nguyên Chủ tịch Hội Đông Y Việt Nam']],
    ['Cơ bản tán thành báo cáo của Đoàn Chủ tịch MTTQ Việt Nam, Phó Chủ tịch Quốc hội Uông Chu Lưu nêu ý kiến.', 'Uông Chu Lưu', ['Phó Chủ tịch Quốc hội']],
    ['Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc Trương Văn Giang dự tiệc.', 'Trương Văn Giang', ['Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc']],
    ['Đại biểu Nguyễn Thị Thu (đoàn Hà Tĩnh) đề nghị làm rõ trách nhiệm.', 'Nguyễn Thị Thu', ['Đại biểu']],
    ['Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Xuân Cường trả lời chất vấn.', 'Lê Xuân Cường', ['Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn']],
    ['Phó Chủ tịch UBND huyện Thanh Trì - bà Phạm Thị Thu Hằng cho biết.', 'Phạm Thị Thu Hằng', ['Phó Chủ tịch UBND huyện Thanh Trì']],
    ['Đại sứ, Bí thư Đảng ủy Phạm Cao Phúc phát biểu.', 'Phạm Cao Phúc', ['Đại sứ', 'Bí thư Đảng ủy']],
    ['Thay mặt Đảng bộ Đại sứ quán, Phó Bí thư Đảng ủy Bùi Khánh Lâm ôn lại lịch sử.', 'Bùi Khánh Lâm', ['Phó Bí thư Đảng ủy']],
    ['Tại buổi lễ, bà Tống Thị Minh nguyên là Vụ trưởng Vụ Lao động được bổ nhiệm.', 'Tống Thị Minh', ['Vụ trưởng Vụ Lao động']],
    ['Ông Lô Văn Bính thông tin thêm về việc đền bù.', 'Lô Văn Bính', []],
    ['Chị Lê Thị Bình, Phó Chủ tịch UBND xã cho biết.', 'Lê Thị Bình', ['Phó Chủ tịch UBND xã']],
    ['Chánh Văn phòng UBND huyện Đông Anh Hoàng Hải Long cho biết.', 'Hoàng Hải Long', ['Chánh Văn phòng UBND huyện Đông Anh']],
  ])('%s', onePerson);
});

describe('extractOfficials: names that are not officials', () => {
  it.each([
    'Quang cảnh buổi làm việc. Ảnh: Nguyễn Văn Tuấn',
    'Việc giao đất theo quyết định của Chủ tịch Hà Sơn Bình năm 1990 là đúng.',
    'Bộ trưởng Quốc phòng Hàn Quốc Han Min Koo có mặt.',
    'Hội gửi đơn lên Bộ trưởng Bộ Công an về việc điều tra bác sĩ Lê Văn Lương.',
    'Tư lệnh Hạm đội Thái Bình Dương Mỹ đến thăm.',
    'Thủ tướng Thái Lan có chuyến thăm.',
    'Giám đốc BV Bạch Mai cùng các chuyên gia hội chẩn.',
    'Trưởng khoa Tiết niệu BV Đại học Y Dược TP HCM cho biết.',
    'Chủ tịch UBND thành phố Hạ Long cho biết.',
    'Trận đấu có đội trưởng Nguyễn Văn Toàn ghi bàn.',
    'Giám đốc Sở Y tế cho biết anh Nguyễn Văn Nam đã được chữa trị.',
  ])('%s', (text) => {
    expect(officials(text)).toEqual([]);
  });

  it('takes the official after a photo credit, not the credit', () => {
    expect(people('Quang cảnh buổi làm việc. Ảnh: Nguyễn Văn Tuấn Chủ tịch UBND quận 2 Lê Văn Hưng kiến nghị thành phố phân cấp thêm.')).toEqual([
      { name: 'Lê Văn Hưng', roles: ['Chủ tịch UBND quận 2'] },
    ]);
  });
});

describe('extractOfficials: posts of the bank, Party boards, border guards and offices', () => {
  it.each([
    ['Thống đốc Ngân hàng Nhà nước Lê Minh Hưng cho biết lãi suất sẽ giảm.', 'Lê Minh Hưng', ['Thống đốc Ngân hàng Nhà nước']],
    ['Phó Thống đốc NHNN Nguyễn Kim Anh đánh giá cao kết quả.', 'Nguyễn Kim Anh', ['Phó Thống đốc NHNN']],
    ['Phó Ban Tuyên giáo Tỉnh ủy Nguyễn Văn An phát biểu.', 'Nguyễn Văn An', ['Phó Ban Tuyên giáo Tỉnh ủy']],
    ['Bà Lê Thị Hoa, Phó phòng Quản lý rủi ro, cho biết.', 'Lê Thị Hoa', ['Phó phòng Quản lý rủi ro']],
    ['Ông Trần Văn Bình, Kế toán trưởng Công ty, cho biết.', 'Trần Văn Bình', ['Kế toán trưởng Công ty']],
    ['Bà Phạm Kiều Oanh, Phó TGĐ Tổng công ty May Nhà Bè, cho biết.', 'Phạm Kiều Oanh', ['Phó TGĐ Tổng công ty May Nhà Bè']],
    ['Thượng tá Lê Văn Tư, Đồn trưởng Đồn Biên phòng Cà Ròn, cho biết.', 'Lê Văn Tư', ['Thượng tá', 'Đồn trưởng Đồn Biên phòng Cà Ròn']],
    ['Thiếu tá Đỗ Văn Minh, Chính trị viên Ban CHQS huyện, cho biết.', 'Đỗ Văn Minh', ['Thiếu tá', 'Chính trị viên Ban CHQS huyện']],
    ['Ông Trương Đình Tuyển, thành viên Hội đồng Quốc gia giáo dục, cho biết.', 'Trương Đình Tuyển', ['thành viên Hội đồng Quốc gia giáo dục']],
  ])('%s', onePerson);

  it('reads the head of a one-stop desk', () => {
    expect(people('Bà Lê Thị Hoa, Trưởng Bộ phận tiếp nhận và trả kết quả huyện, cho biết.')).toEqual([
      { name: 'Lê Thị Hoa', roles: ['Trưởng Bộ phận tiếp nhận và trả kết quả huyện'] },
    ]);
    expect(people('Trưởng bộ phận một cửa Nguyễn Văn An cho biết.')).toEqual([{ name: 'Nguyễn Văn An', roles: ['Trưởng bộ phận một cửa'] }]);
  });

  it('ends a role at "thông tin" after a proper name, where it is the verb, not inside a body name', () => {
    expect(people('Ông Lê Văn Hiển, Trưởng Công an xã Dương Hà thông tin với PV.')).toEqual([
      { name: 'Lê Văn Hiển', roles: ['Trưởng Công an xã Dương Hà'] },
    ]);
    expect(people('Ông Lê Văn Hiển, Chủ tịch UBND quận Đống Đa thông tin: đối tượng đã bị bắt.')).toEqual([
      { name: 'Lê Văn Hiển', roles: ['Chủ tịch UBND quận Đống Đa'] },
    ]);
    expect(people('Ông Lê Văn Hiển, Giám đốc Trung tâm thông tin, cho biết.')).toEqual([
      { name: 'Lê Văn Hiển', roles: ['Giám đốc Trung tâm thông tin'] },
    ]);
    expect(people('Ông Lê Văn Hiển, Giám đốc Trung tâm Công nghệ thông tin tỉnh cho biết.')).toEqual([
      { name: 'Lê Văn Hiển', roles: ['Giám đốc Trung tâm Công nghệ thông tin tỉnh'] },
    ]);
    expect(people('Ông Huỳnh Văn Hùng, Giám đốc Sở Văn hóa tỉnh kỳ vọng lễ hội sẽ thành công.')).toEqual([
      { name: 'Huỳnh Văn Hùng', roles: ['Giám đốc Sở Văn hóa tỉnh'] },
    ]);
  });

  it('reads the posts before a comma and an honorific when none follow the name', () => {
    expect(people('Trao đổi với PV, Giám đốc Sở Nội vụ, ông Nguyễn Văn An cho biết.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Giám đốc Sở Nội vụ'] },
    ]);
    expect(people('Sau khi làm việc với Chủ tịch UBND tỉnh, ông Nguyễn Văn An cho biết.')).toEqual([{ name: 'Nguyễn Văn An', roles: [] }]);
    expect(people('Công bố quyết định của Thủ tướng, ông Nguyễn Quốc Khánh, Vụ trưởng Vụ Tổ chức cán bộ, đọc quyết định.')).toEqual([
      { name: 'Nguyễn Quốc Khánh', roles: ['Vụ trưởng Vụ Tổ chức cán bộ'] },
    ]);
  });

  it('reads "Chính phủ" whole before a verb ("phủ nhận" is no stop inside it)', () => {
    expect(people('Ông Nguyễn Văn An, Phó Thủ tướng Chính phủ nhận định tình hình.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Phó Thủ tướng Chính phủ'] },
    ]);
  });

  it('ends a role at "phải" and "chưa", not at the "cần" of "Hậu cần"', () => {
    expect(people('Ông Nguyễn Văn Xuân - Phó Ban quản lý di tích phải liên tục nhắc nhở.')).toEqual([
      { name: 'Nguyễn Văn Xuân', roles: ['Phó Ban quản lý di tích'] },
    ]);
    expect(people('Bà Nguyễn Thị Nga - Phó Chủ tịch UBND xã chưa hết lo lắng.')).toEqual([{ name: 'Nguyễn Thị Nga', roles: ['Phó Chủ tịch UBND xã'] }]);
    expect(people('Ông Lê Văn Dư, Phó Tổng cục trưởng Tổng cục Hậu cần - Kỹ thuật, cho biết.')).toEqual([
      { name: 'Lê Văn Dư', roles: ['Phó Tổng cục trưởng Tổng cục Hậu cần - Kỹ thuật'] },
    ]);
  });
});

describe('extractOfficials: romanised Korean names', () => {
  it('keeps the hyphenated last syllable of the given name', () => {
    expect(people('Nhà lãnh đạo Triều Tiên, ông Kim Jong-un, cho biết.').map((p) => p.name)).toEqual(['Kim Jong-un']);
    expect(people('Bà Chu Mi-ae, Chủ tịch đảng Dân chủ, nói.')).toEqual([{ name: 'Chu Mi-ae', roles: ['Chủ tịch đảng Dân chủ'] }]);
    expect(people('Chủ tịch Kim Il-sung (Kim Nhật Thành) đã thăm.').map((p) => p.name)).toEqual(['Kim Il-sung']);
  });

  it('leaves a Vietnamese name before a hyphen as it is', () => {
    expect(people('Ông Nguyễn Văn An-chủ tịch xã nói.').map((p) => p.name)).toEqual(['Nguyễn Văn An']);
  });
});

describe('extractOfficials: foreign names after a post of state', () => {
  it('reads the name with the post and the country before it', () => {
    expect(people('Tổng thống Mỹ Donald Trump và Thủ tướng Nguyễn Xuân Phúc hội đàm.')).toEqual([
      { name: 'Donald Trump', roles: ['Tổng thống Mỹ'] },
      { name: 'Nguyễn Xuân Phúc', roles: ['Thủ tướng'] },
    ]);
    expect(people('Đại sứ Mỹ Ted Osius cho biết; ông Ted Osius nói thêm.')).toEqual([{ name: 'Ted Osius', roles: ['Đại sứ Mỹ'] }]);
  });
});

describe('extractOfficials: hostile input', () => {
  it('finds at most one person in long runs of capitals, commas and names', () => {
    const inputs = [
      'Nguyễn '.repeat(20_000),
      'ông ' + 'Nguyễn Văn A, '.repeat(10_000),
      ','.repeat(100_000),
      'Chủ tịch UBND tỉnh '.repeat(5_000) + 'Trần Văn B',
      '9'.repeat(50_000),
      'Đồng chí ' + 'Bí thư Tỉnh ủy, '.repeat(10_000),
      'Chủ tịch UBND tỉnh: ' + 'Nguyễn Văn A, '.repeat(10_000),
      'Chủ tịch ' + 'Nguyễn Văn A và '.repeat(10_000),
      'ông Trần Văn A, Giám đốc Sở ' + 'Nội vụ '.repeat(20_000),
      'ông Trần Văn A (' + 'Bộ Y tế) ('.repeat(10_000),
      'Ảnh: ' + 'Nguyễn Văn Tuấn Ảnh: '.repeat(10_000),
      'Giám đốc Sở Y tế, ' + 'hộ tịch và chứng thực, '.repeat(5_000) + 'Nguyễn Văn A',
      'Ông A, Chủ tịch UBND tỉnh ' + 'Lê Văn Bình '.repeat(10_000),
    ];
    // Long input of these shapes holds at most one person, and no role longer than a role may be.
    for (const text of inputs) {
      const found = officials(text);
      expect(found.length).toBeLessThanOrEqual(1);
      for (const { roles } of found) expect(roles.every((role) => role.length <= MAX_ROLE_LENGTH)).toBe(true);
    }
  });
});

describe('extractOfficials: a list of foreign ministers', () => {
  it('gives each minister his own post', () => {
    const text = 'Đoàn gồm Bộ trưởng Bộ Ngoại giao Vladimir Makei, Bộ trưởng Bộ Thể thao và Du lịch Alexander Shamko.';
    expect(extractOfficials(text, { reference: null }).map((o) => [o.name, o.roles])).toEqual([
      ['Vladimir Makei', ['Bộ trưởng Bộ Ngoại giao']],
      ['Alexander Shamko', ['Bộ trưởng Bộ Thể thao và Du lịch']],
    ]);
  });
});

describe('extractOfficials: rarer surnames', () => {
  it.each([
    ['Ông Chử Xuân Dũng, Phó Giám đốc Sở GD-ĐT Hà Nội cho biết.', 'Chử Xuân Dũng'],
    ['Giám đốc Sở KH-ĐT TP, ông Sử Ngọc Anh cho biết.', 'Sử Ngọc Anh'],
    ['Ông Bàn Văn Lý kể lại.', 'Bàn Văn Lý'],
    ['Chủ tịch Trung Quốc Tập Cận Bình phát biểu.', 'Tập Cận Bình'],
  ])('%s', (text, name) => {
    expect(extractOfficials(text, { reference: null }).map((o) => o.name)).toEqual([name]);
  });
});

describe('extractOfficials: "cán bộ …" after a name', () => {
  it.each([
    ['Nguyễn Thành Vỹ, cán bộ địa chính xã cho biết.', 'Nguyễn Thành Vỹ', ['cán bộ địa chính xã']],
    ['Vũ Văn Vui (SN 1957), cán bộ tư pháp xã Hải Yến bị khởi tố.', 'Vũ Văn Vui', ['cán bộ tư pháp xã Hải Yến']],
  ])('%s', (text, name, roles) => {
    expect(extractOfficials(text, { reference: null }).map((o) => [o.name, o.roles])).toEqual([[name, roles]]);
  });

  it.each(['Kết quả đánh giá của cán bộ trạm thủy sản Yên Khánh cho thấy.', 'Cán bộ và người dân Đồng Tâm đã đối thoại.'])(
    'reads no post before a name: %s',
    (text) => {
      expect(extractOfficials(text, { reference: null })).toEqual([]);
    },
  );
});

describe('extractOfficials: a name in capitals after an honorific', () => {
  it('gives the name title-cased and the text as written', () => {
    const [item] = extractOfficials('Ông TRẦN ANH TUẤN, Phó Giám đốc Sở Nội vụ cho biết.', { reference: null });
    expect(item.name).toBe('Trần Anh Tuấn');
    expect(item.roles).toEqual(['Phó Giám đốc Sở Nội vụ']);
    expect(item.text).toBe('TRẦN ANH TUẤN, Phó Giám đốc Sở Nội vụ');
  });
});

describe('extractOfficials: a surname alone and the full name', () => {
  it('keeps the full name only where both are given', () => {
    expect(extractOfficials('Tổng thống Trump nói. Sau đó Tổng thống Donald Trump ký lệnh.', { reference: null }).map((o) => o.name)).toEqual([
      'Donald Trump',
    ]);
  });

  it('keeps the surname where it is all the text gives', () => {
    expect(extractOfficials('Chuẩn bị chuyến thăm của Tổng thống Putin tới Việt Nam.', { reference: null }).map((o) => o.name)).toEqual(['Putin']);
  });
});

describe('extractOfficials: a list with a stray space before the comma', () => {
  it('carries the honorific on', () => {
    expect(people('Oan sai xảy ra với các ông Nguyễn Thanh Chấn , Huỳnh Văn Nén.').map((p) => p.name)).toEqual(['Nguyễn Thanh Chấn', 'Huỳnh Văn Nén']);
  });
});

describe('extractOfficials: a given name someone named already holds', () => {
  it('gives "bà Hoa" to the named Giám đốc, not to another Hoa', () => {
    const text = 'Chị Nguyễn Thị Hoa (26 tuổi) cười tươi. Bà Nguyễn Anh Hoa, Giám đốc Sở Tư pháp cho biết thêm. Bà Hoa nói.';
    expect(people(text).map((p) => p.name)).toEqual(['Nguyễn Anh Hoa']);
  });
});

describe('extractOfficials: posts right before "ông"/"bà"', () => {
  it('gives the posts to the person named after the honorific', () => {
    expect(people('Phó chủ tịch UBND TP Hải Phòng ông Lê Thanh Sơn đã chỉ đạo.')).toEqual([
      { name: 'Lê Thanh Sơn', roles: ['Phó chủ tịch UBND TP Hải Phòng'] },
    ]);
  });

  it('gives none across "thay" or "của": the post is another person\'s', () => {
    expect(people('Ông A được bổ nhiệm Giám đốc Nhà hát Tuổi trẻ thay ông Trương Nhuận về hưu.')).toEqual([{ name: 'Trương Nhuận', roles: [] }]);
    expect(people('Quốc hội cho thôi làm nhiệm vụ ĐBQH của ông Võ Kim Cự.')).toEqual([{ name: 'Võ Kim Cự', roles: [] }]);
  });
});

describe('extractOfficials: foreign names after any known post', () => {
  it('finds them with their posts', () => {
    expect(people('Chủ tịch Hạ viện Paul Ryan và Phó Giám đốc FBI Andrew McCabe đã có mặt.')).toEqual([
      { name: 'Paul Ryan', roles: ['Chủ tịch Hạ viện'] },
      { name: 'Andrew McCabe', roles: ['Phó Giám đốc FBI'] },
    ]);
  });

  it('reads no person in a firm named after a post', () => {
    expect(people('Ông Cao Toàn Mỹ, Giám đốc công ty Vina Cyber, khẳng định.').map((p) => p.name)).toEqual(['Cao Toàn Mỹ']);
  });
});

describe('extractOfficials: monks, foreign heads of state and advisers', () => {
  it('reads a dharma name, and the rank in the Sangha before it as a role', () => {
    expect(people('Thượng tọa Thích Thanh Quyết - Trưởng ban Trị sự tỉnh phát biểu.')).toEqual([
      { name: 'Thích Thanh Quyết', roles: ['Thượng tọa', 'Trưởng ban Trị sự tỉnh'] },
    ]);
  });

  it('gives each head of state their own post, across a comma and across "và"', () => {
    expect(people('Điện đàm với Chủ tịch Trung Quốc Tập Cận Bình, Tổng thống Mỹ Donald Trump khẳng định.')).toEqual([
      { name: 'Tập Cận Bình', roles: ['Chủ tịch Trung Quốc'] },
      { name: 'Donald Trump', roles: ['Tổng thống Mỹ'] },
    ]);
    expect(people('Cuộc gặp giữa Tổng thống Milos Zeman và Chủ tịch nước Việt Nam Trần Đại Quang diễn ra.')).toEqual([
      { name: 'Milos Zeman', roles: ['Tổng thống'] },
      { name: 'Trần Đại Quang', roles: ['Chủ tịch nước Việt Nam'] },
    ]);
  });

  it('reads foreign posts after a name, and stops a role at "thừa lệnh"', () => {
    expect(people('Tiếp đồng chí Vu Vỹ Quốc, Tỉnh trưởng tỉnh Phúc Kiến.')).toEqual([{ name: 'Vu Vỹ Quốc', roles: ['Tỉnh trưởng tỉnh Phúc Kiến'] }]);
    expect(people('Ông Nguyễn Văn Nam, Chánh văn phòng UBND TP Hải Phòng thừa lệnh Chủ tịch ký.')).toEqual([
      { name: 'Nguyễn Văn Nam', roles: ['Chánh văn phòng UBND TP Hải Phòng'] },
    ]);
  });

  it('keeps the role of a person whose firm ends in a foreign name', () => {
    expect(people('Ông Nguyễn Công Hoan, Giám đốc Cty Hanoi Redtours cho rằng khách tăng.')).toEqual([
      { name: 'Nguyễn Công Hoan', roles: ['Giám đốc Cty Hanoi Redtours'] },
    ]);
  });
});

describe('extractOfficials: Mường and Thái surnames, heads of university departments', () => {
  it('reads "Lang" and "Trưởng bộ môn"', () => {
    expect(people('Ông Lang Thanh Khôi, Hiệu trưởng Trường Tiểu học Nguyễn Huệ cho hay.')).toEqual([
      { name: 'Lang Thanh Khôi', roles: ['Hiệu trưởng Trường Tiểu học Nguyễn Huệ'] },
    ]);
    expect(people('TS Phan Anh Tuấn (Trưởng bộ môn Luật hình sự) cho biết.')).toEqual([{ name: 'Phan Anh Tuấn', roles: ['Trưởng bộ môn Luật hình sự'] }]);
  });
});

describe('extractOfficials: a name cut to an initial keeps its point', () => {
  it('as written, and one person with a later mention without it', () => {
    expect(people('Nạn nhân là ông Nguyễn Văn T. (78 tuổi). Ông Nguyễn Văn T, người dân, cho biết thêm.').map((p) => p.name)).toEqual(['Nguyễn Văn T.']);
  });

  it('not the point that ends a sentence after a full syllable; initials after one another stay together', () => {
    expect(people('Chủ tịch UBND tỉnh Nguyễn Văn An. Sau đó, đồng chí Phạm H.G trông lớp.').map((p) => p.name)).toEqual(['Nguyễn Văn An', 'Phạm H.G']);
  });
});

describe('extractOfficials: a clause about the person between the name and the post', () => {
  it('is passed over', () => {
    expect(people('Bổ nhiệm ông Trần Văn Bình, sinh ngày 2/3/1970, Chủ tịch UBND huyện, làm Bí thư.')[0]).toEqual({
      name: 'Trần Văn Bình',
      roles: ['Chủ tịch UBND huyện'],
    });
  });

  it('reads "CVP" and "Hạt trưởng", and ends a role at "lại"', () => {
    expect(people('Ông Ngô Xuân Lộc, CVP UBND tỉnh Đắk Nông trả lời.')).toEqual([{ name: 'Ngô Xuân Lộc', roles: ['CVP UBND tỉnh Đắk Nông'] }]);
    expect(people('Ông Y Te Bkrông, Hạt trưởng Hạt kiểm lâm huyện Krông Bông lại khẳng định.')).toEqual([
      { name: 'Y Te Bkrông', roles: ['Hạt trưởng Hạt kiểm lâm huyện Krông Bông'] },
    ]);
  });
});

describe('extractOfficials: the bench at a trial, the surname Ngũ', () => {
  it('reads each', () => {
    expect(people('Chủ tọa Vũ Thanh Lâm tuyên án. Ông Ngũ Duy Anh - Vụ trưởng Vụ Pháp chế phát biểu.')).toEqual([
      { name: 'Vũ Thanh Lâm', roles: ['Chủ tọa'] },
      { name: 'Ngũ Duy Anh', roles: ['Vụ trưởng Vụ Pháp chế'] },
    ]);
  });
});

describe('extractOfficials: districts named like people', () => {
  it('reads no person in "quận Ngũ Hành Sơn"', () => {
    expect(people('Thượng tá Ngô Đình Thu, Phó trưởng Công an quận Ngũ Hành Sơn, TP. Đà Nẵng cho biết.').map((p) => p.name)).toEqual(['Ngô Đình Thu']);
  });
});

describe('extractOfficials: a street named after a heroine', () => {
  it('reads no one called "Bà" in "đường Bà Lê Chân"', () => {
    expect(people('Xe tải đi vào đường Bà Lê Chân, Tôn Đức Thắng bị phạt.')).toEqual([]);
  });
});

describe('extractOfficials: investigators, deputy heads of institutes, the surname Trụ', () => {
  it('reads each', () => {
    expect(people('Điều tra viên cao cấp Nguyễn Nhứt lấy lời khai. Thượng tá Trụ Văn Hải cho biết.')).toEqual([
      { name: 'Nguyễn Nhứt', roles: ['Điều tra viên cao cấp'] },
      { name: 'Trụ Văn Hải', roles: ['Thượng tá'] },
    ]);
    expect(people('PGS.TS Nguyễn Thị Lâm, Viện phó Viện Dinh dưỡng Quốc gia cho biết.')).toEqual([
      { name: 'Nguyễn Thị Lâm', roles: ['Viện phó Viện Dinh dưỡng Quốc gia'] },
    ]);
  });

  it('ends a post at "phát hiện"', () => {
    expect(people('Các điều tra viên phát hiện nhân viên Đào Nguyên Anh có dấu hiệu bất thường.')).toEqual([]);
  });
});

describe('extractOfficials: deputy heads of schools and teams, "TTK"', () => {
  it('reads each', () => {
    expect(people('Bà Nguyễn Thị Hoa, Hiệu phó Trường THCS Kim Liên cho biết. TTK Lê Trí Trường nói thêm.')).toEqual([
      { name: 'Nguyễn Thị Hoa', roles: ['Hiệu phó Trường THCS Kim Liên'] },
      { name: 'Lê Trí Trường', roles: ['TTK'] },
    ]);
  });
});

describe('extractOfficials: a post inside the parenthetical after an age', () => {
  it('is the person\'s', () => {
    expect(people('Ông Lê Trung Kiên (42 tuổi, Đội trưởng Đội đo đạc số 1) cho biết.')).toEqual([
      { name: 'Lê Trung Kiên', roles: ['Đội trưởng Đội đo đạc số 1'] },
    ]);
    expect(people('Tuyên phạt Phạm Mạnh Hùng (SN 1978, nguyên cán bộ Công an tỉnh Đăk Nông) 10 năm tù.')).toEqual([
      { name: 'Phạm Mạnh Hùng', roles: ['nguyên cán bộ Công an tỉnh Đăk Nông'] },
    ]);
  });
});

describe('extractOfficials: admirals, deputy heads of investigation agencies, prosecutors, CEOs, the surname Cáp', () => {
  it('reads each', () => {
    expect(people('Phó Đô đốc Phạm Hoài Nam dự lễ. Đô đốc Harry Harris phát biểu.')).toEqual([
      { name: 'Phạm Hoài Nam', roles: ['Phó Đô đốc'] },
      { name: 'Harry Harris', roles: ['Đô đốc'] },
    ]);
    expect(people('Thượng tá Trần Hải Trung, Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh cho biết.')).toEqual([
      { name: 'Trần Hải Trung', roles: ['Thượng tá', 'Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh'] },
    ]);
    expect(people('Công tố viên Colombia Nelson Martinez cho biết. Ông Cáp Trọng Ngọc kể lại.')).toEqual([
      { name: 'Nelson Martinez', roles: ['Công tố viên Colombia'] },
      { name: 'Cáp Trọng Ngọc', roles: [] },
    ]);
  });

  it('reads the name right after "CEO", with or without the firm', () => {
    expect(people('CEO Tim Cook nhận giải thưởng. CEO Uber - Travis Kalanick rời công ty.')).toEqual([
      { name: 'Tim Cook', roles: ['CEO'] },
      { name: 'Travis Kalanick', roles: ['CEO Uber'] },
    ]);
  });

  it('reads no name in a firm named after its trade', () => {
    expect(people('Sau 2 ngày thi công, CEO của hãng độ Liberty Walk đã hoàn thành bản độ.')).toEqual([]);
  });
});

describe('extractOfficials: a role that holds another person\'s name', () => {
  it('is that person\'s, with the roles beyond it', () => {
    expect(people('Tổng thống Mỹ Donald Trump và người đồng cấp Nga Vladimir Putin có cuộc gặp.')).toEqual([
      { name: 'Donald Trump', roles: ['Tổng thống Mỹ'] },
      { name: 'Vladimir Putin', roles: [] },
    ]);
    expect(people('Sau hội đàm với Thủ tướng Nguyễn Xuân Phúc, Tổng thống Donald Trump nêu rõ.')).toEqual([
      { name: 'Nguyễn Xuân Phúc', roles: ['Thủ tướng'] },
      { name: 'Donald Trump', roles: ['Tổng thống'] },
    ]);
  });

  it('shrinks the mention to what is left', () => {
    const [, rogers] = officials('Kể cả Giám đốc Tình báo Quốc gia Dan Coats, Giám đốc NSA, Đô đốc Mike Rogers và Phó giám đốc NSA.');
    expect(rogers).toMatchObject({ name: 'Mike Rogers', text: 'Giám đốc NSA, Đô đốc Mike Rogers', roles: ['Giám đốc NSA', 'Đô đốc'] });
  });
});

describe('extractOfficials: a dash glued to the post, "kiêm" after a comma, a country hyphenated to a name, "Có" opening a sentence', () => {
  it('reads the post after " -"', () => {
    expect(people('Ông Lô Văn Đồng -Chủ tịch UBND xã Châu Kim cho biết.')).toEqual([
      { name: 'Lô Văn Đồng', roles: ['Chủ tịch UBND xã Châu Kim'] },
    ]);
  });

  it('joins the post after ", kiêm"', () => {
    expect(people('Ông Nguyễn Văn An, nguyên Chủ tịch HĐTV, kiêm Tổng Giám đốc Vinalines bị bắt.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['nguyên Chủ tịch HĐTV', 'Tổng Giám đốc Vinalines'] },
    ]);
  });

  it('leaves a country hyphenated to a name out of it', () => {
    expect(people('Các luật sư được thuê để điều tra ông Donald Trump-Nga.')).toEqual([{ name: 'Donald Trump', roles: [] }]);
    expect(people('Ông Jean-Claude Juncker phát biểu.')).toEqual([{ name: 'Jean-Claude Juncker', roles: [] }]);
  });

  it('ends a name before "Có được", keeps the given name "Có"', () => {
    expect(people('Bí thư Tỉnh ủy Nguyễn Xuân Tiến Có được đất sạch rồi. Ông Nguyễn Hữu Có, Cục trưởng Cục Hải quan cho biết.')).toEqual([
      { name: 'Nguyễn Xuân Tiến', roles: ['Bí thư Tỉnh ủy'] },
      { name: 'Nguyễn Hữu Có', roles: ['Cục trưởng Cục Hải quan'] },
    ]);
  });
});

describe('extractOfficials: a kinship in brackets before the post, deputy police chiefs written short, counsellors', () => {
  it('reads the post after "(vợ bị cáo …)"', () => {
    expect(people('Bị cáo Võ Kiều Oanh (vợ bị cáo Dũng), nguyên Giám đốc Công ty Bảo An bị tuyên phạt.')).toEqual([
      { name: 'Võ Kiều Oanh', roles: ['nguyên Giám đốc Công ty Bảo An'] },
    ]);
  });

  it('reads "Phó Công an" and "tham tán" as posts', () => {
    expect(people('Thượng tá Nguyễn Văn An, Phó Công an huyện Quế Phong cho biết. Ông Nguyễn Văn Bình, tham tán thương mại Việt Nam tại Trung Quốc nói.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Thượng tá', 'Phó Công an huyện Quế Phong'] },
      { name: 'Nguyễn Văn Bình', roles: ['tham tán thương mại Việt Nam tại Trung Quốc'] },
    ]);
  });
});

describe('extractOfficials: "(đều là …)", compounds ending in a stop word, team leaders, deputy chiefs of staff', () => {
  it('reads the post after "(đều là"', () => {
    expect(people('Ông Lê Văn Bình và ông Huỳnh Chiến Thắng (đều là Phó trưởng công an xã Tân Phú) bị thương.')).toEqual([
      { name: 'Lê Văn Bình', roles: [] },
      { name: 'Huỳnh Chiến Thắng', roles: ['Phó trưởng công an xã Tân Phú'] },
    ]);
  });

  it('reads "thiết bị" on in a body\'s name', () => {
    expect(people('Ông Nguyễn Văn An, Giám đốc Công ty Thiết bị y tế cho biết. Ông Lê Văn Hòa, Giám đốc Sở Y tế bị bắt.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Giám đốc Công ty Thiết bị y tế'] },
      { name: 'Lê Văn Hòa', roles: ['Giám đốc Sở Y tế'] },
    ]);
  });

  it('reads "Trưởng nhóm", "Phó Tham mưu trưởng" and "Tổng chỉ huy" as posts', () => {
    expect(people('Bà Đinh Thị Lát, trưởng nhóm nghiên cứu cho biết. Đại tá Trương Văn Phú, Phó Tham mưu trưởng Bộ CHQS tỉnh nói.')).toEqual([
      { name: 'Đinh Thị Lát', roles: ['trưởng nhóm nghiên cứu'] },
      { name: 'Trương Văn Phú', roles: ['Đại tá', 'Phó Tham mưu trưởng Bộ CHQS tỉnh'] },
    ]);
  });
});

describe('extractOfficials: "nhắc" ends a post', () => {
  it('is no part of the role', () => {
    expect(people('Ông Trần Xuân Tĩnh, Chủ tịch UBND xã Phù Đổng nhắc tới đề án.')).toEqual([
      { name: 'Trần Xuân Tĩnh', roles: ['Chủ tịch UBND xã Phù Đổng'] },
    ]);
  });
});

describe('extractOfficials: foreign names with an inner capital or an elided prefix after an honorific', () => {
  it('reads them', () => {
    expect(people('Theo bà Fiona McCormack, Chủ tịch công ty. Ông Ford O\'Connell nhận định.')).toEqual([
      { name: 'Fiona McCormack', roles: ['Chủ tịch công ty'] },
      { name: "Ford O'Connell", roles: [] },
    ]);
  });
});

describe('extractOfficials: the surname Hạc', () => {
  it('reads it', () => {
    expect(people('Thiếu tá Hạc Sơn Linh, Phó trưởng Công an huyện Định Hóa cho biết.')).toEqual([
      { name: 'Hạc Sơn Linh', roles: ['Thiếu tá', 'Phó trưởng Công an huyện Định Hóa'] },
    ]);
  });
});

describe('extractOfficials: members listed after their seat, commune police officers', () => {
  it('reads each member of "Các ủy viên gồm:"', () => {
    expect(people('Các ủy viên gồm: TS. Vũ Thành Tự Anh, TS. Lê Tiến Công; ThS. Nguyễn Văn Bình.').map((p) => p.name)).toEqual([
      'Vũ Thành Tự Anh',
      'Lê Tiến Công',
      'Nguyễn Văn Bình',
    ]);
  });

  it('reads "công an viên" as a post', () => {
    expect(people('Hơn 20h, công an viên Nguyễn Văn Thương vào phòng kiểm tra.')).toEqual([
      { name: 'Nguyễn Văn Thương', roles: ['công an viên'] },
    ]);
  });
});

describe('extractOfficials: a person named after a country', () => {
  it('reads a surname and a country of two words as a name', () => {
    expect(people('Đại biểu Dương Trung Quốc cho rằng cần sửa luật.')).toEqual([{ name: 'Dương Trung Quốc', roles: ['Đại biểu'] }]);
  });

  it('still cuts a country off a body or a post', () => {
    expect(people('Chụp ảnh với các đại biểu Đoàn Việt Nam. Bộ trưởng Ngoại giao Trung Quốc Vương Nghị cho biết.')).toEqual([
      { name: 'Vương Nghị', roles: ['Bộ trưởng Ngoại giao Trung Quốc'] },
    ]);
  });
});

describe('extractOfficials: "đồng thời là" joins the next post', () => {
  it('after a comma or without one', () => {
    expect(people('Ông Tập Cận Bình, Chủ tịch Trung Quốc, đồng thời là Chủ tịch Quân ủy Trung ương phát biểu.')).toEqual([
      { name: 'Tập Cận Bình', roles: ['Chủ tịch Trung Quốc', 'Chủ tịch Quân ủy Trung ương'] },
    ]);
    expect(people('Ông Nguyễn Văn An, Chủ tịch UBND tỉnh đồng thời là Bí thư Tỉnh ủy cho biết.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy'] },
    ]);
  });

  it('"đồng thời" before a verb still ends the post', () => {
    expect(people('Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, đồng thời yêu cầu các sở.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Chủ tịch UBND tỉnh'] },
    ]);
  });
});

describe('extractOfficials: a foreign name before its post, as an appositive', () => {
  it('reads the name and the post after it', () => {
    expect(people('Andrew Lamason, Giám đốc DOC cho biết. "Đó là kỷ lục", John Collier, giám đốc Trung tâm Nghiên cứu nói.')).toEqual([
      { name: 'Andrew Lamason', roles: ['Giám đốc DOC'] },
      { name: 'John Collier', roles: ['giám đốc Trung tâm Nghiên cứu'] },
    ]);
  });

  it('reads no name where the post opens the next clause', () => {
    expect(people('Sau khi rời Saudi Arabia, tổng thống sẽ đến Israel. Với đài Fox News, tân tổng thống Mỹ chỉ trích.')).toEqual([]);
  });
});

describe('extractOfficials: the middle and given names of someone named in full', () => {
  it('are that person', () => {
    expect(people('Bà Nguyễn Mai Phương, Giám đốc Sở Y tế cho biết. Theo bà Mai Phương, dịch đã được khống chế.')).toEqual([
      { name: 'Nguyễn Mai Phương', roles: ['Giám đốc Sở Y tế'] },
    ]);
    expect(people('Ông Nguyễn Văn Hùng phát biểu. Ông Văn Hùng nói thêm.').map((p) => p.name)).toEqual(['Nguyễn Văn Hùng']);
  });

  it('so are the first two syllables of an Ê Đê or Jrai name named in full', () => {
    expect(people('Cùng dự có ông Y Krông Mlô, Giám đốc Sở Nội vụ. Ông Y Krông cho biết năm 2020 tỉnh đạt kết quả tốt.')).toEqual([
      { name: 'Y Krông Mlô', roles: ['Giám đốc Sở Nội vụ'] },
    ]);
    expect(people('Báo cáo do bà Rah Lan Bích trình bày.').map((p) => p.name)).toEqual(['Rah Lan Bích']);
  });
});

describe('extractOfficials: a post before "và" and an academic prefix', () => {
  it('ends there: the prefix opens the next person', () => {
    expect(people('Hội thảo do bà Nông Thị Hà, Giám đốc Sở Nội vụ và TS. Lục Văn Tuyên, Phó Giám đốc Phân viện chủ trì.')).toEqual([
      { name: 'Nông Thị Hà', roles: ['Giám đốc Sở Nội vụ'] },
      { name: 'Lục Văn Tuyên', roles: ['Phó Giám đốc Phân viện'] },
    ]);
    expect(people('Ông Lê Văn Bình, Giám đốc Sở Khoa học và Công nghệ phát biểu.')).toEqual([{ name: 'Lê Văn Bình', roles: ['Giám đốc Sở Khoa học và Công nghệ'] }]);
  });
});

describe('extractOfficials: given names cut to two initials', () => {
  it('keeps both', () => {
    expect(people('Theo lời khai của bà Lý T.T, sự việc xảy ra lúc 9h. Ông Trần V.H. cho biết.').map((p) => p.name)).toEqual(['Lý T.T', 'Trần V.H.']);
  });
});

describe('extractOfficials: a comma inside a body\'s name', () => {
  it('joins "phòng, chống", "khám, chữa"', () => {
    expect(people('Ông Nguyễn Văn An, Phó Trưởng ban Chỉ đạo phòng, chống tội phạm tỉnh cho biết.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Phó Trưởng ban Chỉ đạo phòng, chống tội phạm tỉnh'] },
    ]);
    expect(people('PGS.TS Lương Ngọc Khuê, Cục trưởng Cục Quản lý Khám, chữa bệnh cho biết.')).toEqual([
      { name: 'Lương Ngọc Khuê', roles: ['Cục trưởng Cục Quản lý Khám, chữa bệnh'] },
    ]);
  });
});

describe('extractOfficials: ship captains', () => {
  it('reads "Thuyền trưởng" as a post', () => {
    expect(people('Thuyền trưởng tàu cá QNg 90479 TS Lê Công Hà cho biết.')).toEqual([
      { name: 'Lê Công Hà', roles: ['Thuyền trưởng tàu cá QNg 90479'] },
    ]);
  });
});

describe('extractOfficials: a family after "dòng tộc", "dòng họ"', () => {
  it('is no person', () => {
    expect(people('Trưởng ban Lăng mộ đại diện dòng tộc Nguyễn Phước cho biết.')).toEqual([]);
  });
});

describe('extractOfficials: a port or a station after its word', () => {
  it('is no person, and the post after it is the next name\'s', () => {
    expect(people('Giảm ùn tắc khu vực cảng Cát Lái, Hiệu trưởng Trường đại học Quốc tế, PGS-TS Hồ Thanh Phong cho biết.')).toEqual([
      { name: 'Hồ Thanh Phong', roles: ['Hiệu trưởng Trường đại học Quốc tế'] },
    ]);
  });
});

describe('extractOfficials: judges, prosecutors and attorneys general before a foreign name', () => {
  it('read the name right after the bare post', () => {
    expect(people('Thẩm phán Clark Woodruff cho biết. Tổng chưởng lý Jeff Sessions nói. Công tố viên Frank Abbot tuyên bố.')).toEqual([
      { name: 'Clark Woodruff', roles: ['Thẩm phán'] },
      { name: 'Jeff Sessions', roles: ['Tổng chưởng lý'] },
      { name: 'Frank Abbot', roles: ['Công tố viên'] },
    ]);
  });

  it('a club after a bare head of a body is still no person', () => {
    expect(people('Chủ tịch Bayern Munich phát biểu.')).toEqual([]);
  });
});

describe('extractOfficials: presiding judges of a court\'s division', () => {
  it('reads "Chánh tòa" as a post', () => {
    expect(people('Thẩm phán Nghiêm Thị Lượng, Chánh tòa Hình sự cho biết.')).toEqual([
      { name: 'Nghiêm Thị Lượng', roles: ['Thẩm phán', 'Chánh tòa Hình sự'] },
    ]);
  });
});

describe('extractOfficials: deputy heads written short', () => {
  it('reads "Đồn phó" and "Phó Chi cục" as posts', () => {
    expect(people('Ông Nguyễn Văn An, Đồn phó Đồn Biên phòng Ba Sơn cho biết.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Đồn phó Đồn Biên phòng Ba Sơn'] },
    ]);
  });
});

describe('extractOfficials: posts, a comma, then the name', () => {
  it('reads the posts that open the clause as the name\'s', () => {
    expect(people('Tổng giám đốc DKRA, Phạm Lâm cho rằng giá sẽ tăng.')).toEqual([{ name: 'Phạm Lâm', roles: ['Tổng giám đốc DKRA'] }]);
    expect(people('Bộ trưởng Bộ Quốc phòng, Ngô Xuân Lịch cho biết sẵn sàng thu hồi.')).toEqual([
      { name: 'Ngô Xuân Lịch', roles: ['Bộ trưởng Bộ Quốc phòng'] },
    ]);
  });

  it('reads no rank and its holder\'s name as posts, nor the post of someone else', () => {
    expect(people('Theo thượng tá Thiêm, Lục Gia Khánh mới học hết lớp 8.')).toEqual([]);
    expect(people('Đoàn làm việc với Chủ tịch UBND tỉnh, Nguyễn Văn An nói.')).toEqual([]);
  });
});

describe('extractOfficials: foreign names after a date and a comma, judges with initials', () => {
  it('reads the posts after a date as the next name\'s', () => {
    expect(people('Năm 2012, Bộ trưởng Hải quân Ray Mabus tuyên bố như vậy.')).toEqual([{ name: 'Ray Mabus', roles: ['Bộ trưởng Hải quân'] }]);
    expect(people('Tháng 8/1950, Đô đốc Forrest Sherman, Tham mưu trưởng Hải quân Mỹ yêu cầu.')).toEqual([
      { name: 'Forrest Sherman', roles: ['Đô đốc', 'Tham mưu trưởng Hải quân Mỹ'] },
    ]);
  });

  it('reads every judge of a list', () => {
    expect(people('Hội đồng gồm Thẩm phán Richard R. Clifton, Thẩm phán William Canby và Thẩm phán Michelle Friedland.')).toEqual([
      { name: 'Richard R. Clifton', roles: ['Thẩm phán'] },
      { name: 'William Canby', roles: ['Thẩm phán'] },
      { name: 'Michelle Friedland', roles: ['Thẩm phán'] },
    ]);
  });
});

describe('extractOfficials: spokespeople, heads, leaders, police chiefs, the Pope and the Sangha', () => {
  it('reads the posts before the name', () => {
    expect(people('Phát ngôn viên Bộ Ngoại giao Trung Quốc Lục Khảng cho biết.')).toEqual([
      { name: 'Lục Khảng', roles: ['Phát ngôn viên Bộ Ngoại giao Trung Quốc'] },
    ]);
    expect(people('Người đứng đầu UNHCR Filippo Grandi cho biết.')).toEqual([{ name: 'Filippo Grandi', roles: ['Người đứng đầu UNHCR'] }]);
    expect(people('Lãnh tụ tối cao Iran Ali Khamenei nói.')).toEqual([{ name: 'Ali Khamenei', roles: ['Lãnh tụ tối cao Iran'] }]);
    expect(people('Cảnh sát trưởng Manchester Ian Hopkins cho biết.')).toEqual([{ name: 'Ian Hopkins', roles: ['Cảnh sát trưởng Manchester'] }]);
    expect(people('Giáo hoàng Francis kêu gọi hòa bình.')).toEqual([{ name: 'Francis', roles: ['Giáo hoàng'] }]);
  });

  it('reads the ranks of the Sangha and an abbot', () => {
    expect(people('Thượng tọa Thích Thọ Lạc, trụ trì chùa Keo cho biết.')).toEqual([
      { name: 'Thích Thọ Lạc', roles: ['Thượng tọa', 'trụ trì chùa Keo'] },
    ]);
    expect(people('Hòa thượng Thích Tố Liên đã viên tịch.')).toEqual([{ name: 'Thích Tố Liên', roles: ['Hòa thượng'] }]);
  });

  it('reads no person in the Pentagon nor in a county', () => {
    expect(people('Phát ngôn viên Lầu Năm góc Jeff Davis nói.')).toEqual([{ name: 'Jeff Davis', roles: ['Phát ngôn viên Lầu Năm góc'] }]);
    expect(people('Người phát ngôn Lầu Năm Góc Dana White cho biết.')).toEqual([{ name: 'Dana White', roles: ['Người phát ngôn Lầu Năm Góc'] }]);
    expect(people('Theo Văn phòng cảnh sát trưởng hạt Grand Traverse, người đàn ông này thông báo.')).toEqual([]);
  });
});

describe('extractOfficials: posts, a comma and an honorific before a foreign name', () => {
  it('gives the posts to the name', () => {
    expect(people('Chủ tịch Atletico Madrid, ông Enrique Cerezo cho biết.')).toEqual([{ name: 'Enrique Cerezo', roles: ['Chủ tịch Atletico Madrid'] }]);
    expect(people('Thủ tướng Ba Lan, bà Beata Szydlo bị thương.')).toEqual([{ name: 'Beata Szydlo', roles: ['Thủ tướng Ba Lan'] }]);
    expect(people('Ngoại trưởng Mỹ – ông Rex Tillerson cho biết.')).toEqual([{ name: 'Rex Tillerson', roles: ['Ngoại trưởng Mỹ'] }]);
  });

  it('gives no post of someone the clause names before', () => {
    expect(people('Làm việc với Chủ tịch Atletico Madrid, ông Enrique Cerezo nói.')).toEqual([{ name: 'Enrique Cerezo', roles: [] }]);
  });

  it('reads leaders of parties and groups', () => {
    expect(people('Ông Jeremy Corbyn, thủ lĩnh Công đảng đối lập, cho biết.')).toEqual([{ name: 'Jeremy Corbyn', roles: ['thủ lĩnh Công đảng đối lập'] }]);
  });
});

describe('extractOfficials: deputy heads of a hospital department, heads of a station', () => {
  it('reads the posts', () => {
    expect(people('BS. Phan Việt Tâm Anh - Phó khoa Tim mạch chia sẻ.')).toEqual([{ name: 'Phan Việt Tâm Anh', roles: ['Phó khoa Tim mạch'] }]);
    expect(people('Ông Nguyễn Xuân Vinh - nguyên Trưởng Đài Truyền thanh TP Uông Bí đề nghị.')).toEqual([
      { name: 'Nguyễn Xuân Vinh', roles: ['nguyên Trưởng Đài Truyền thanh TP Uông Bí'] },
    ]);
  });
});

describe('extractOfficials: leaders, negotiators, names with an inner capital, "Phó" before a post of state', () => {
  it('reads them', () => {
    expect(people('Nhà lãnh đạo Triều Tiên Kim Jong-un thị sát.')).toEqual([{ name: 'Kim Jong-un', roles: ['Nhà lãnh đạo Triều Tiên'] }]);
    expect(people('Thượng nghị sĩ John McCain cho biết.')).toEqual([{ name: 'John McCain', roles: ['Thượng nghị sĩ'] }]);
    expect(people('Sau đó, Phó giám đốc FBI Andrew McCabe đảm nhiệm.')).toEqual([{ name: 'Andrew McCabe', roles: ['Phó giám đốc FBI'] }]);
    expect(people('Có mặt cựu Phó Giám đốc CIA Avril Haines.')).toEqual([{ name: 'Avril Haines', roles: ['cựu Phó Giám đốc CIA'] }]);
  });

  it('reads no "quyền" of "chính quyền" as a prefix', () => {
    expect(people('Chính sách của chính quyền Tổng thống Mỹ Donald Trump.')).toEqual([{ name: 'Donald Trump', roles: ['Tổng thống Mỹ'] }]);
  });
});

describe('extractOfficials: the Chinese surname Du', () => {
  it('reads the name after a post', () => {
    expect(people('Chủ tịch Chính hiệp Trung Quốc Du Chính Thanh cho biết.')).toEqual([
      { name: 'Du Chính Thanh', roles: ['Chủ tịch Chính hiệp Trung Quốc'] },
    ]);
    expect(people('Du khách Nguyễn Văn An cho biết.')).toEqual([]);
  });
});

describe('extractOfficials: posts, a comma, then a foreign name', () => {
  it('gives the posts to the name', () => {
    // "Ông Moon", called so by the name alone, is counted as the guide counts everyone called "ông"
    expect(people('Ông Moon chọn Tỉnh trưởng tỉnh Nam Jeolla, Lee Nak-yon, làm Thủ tướng.')).toEqual([
      { name: 'Moon', roles: [] },
      { name: 'Lee Nak-yon', roles: ['Tỉnh trưởng tỉnh Nam Jeolla'] },
    ]);
    expect(people('Trước đó, Thị trưởng London, Sadiq Khan, đã lên tiếng.')).toEqual([{ name: 'Sadiq Khan', roles: ['Thị trưởng London'] }]);
  });

  it('gives no post that follows "làm" (someone else\'s), and reads no country as a name', () => {
    expect(people('Ông Ross làm Bộ trưởng Thương mại, Peter Navarro làm cố vấn.').map((p) => p.name)).not.toContain('Peter Navarro');
    expect(people('Họp tại Riyadh, Saudi Arabia ngày 17/5.')).toEqual([]);
  });
});

describe('extractOfficials: a surname alone and the whole name', () => {
  it('names the person by the whole name the text gives', () => {
    expect(people('Chuyên gia Roger Logan nhận định. Ông Logan cho biết thêm.')).toEqual([{ name: 'Roger Logan', roles: [] }]);
  });

  it('keeps the post of the surname\'s mention where the whole name has none', () => {
    expect(people('Ông Donald Trump đến Hà Nội. Tổng thống Trump phát biểu.')).toEqual([{ name: 'Donald Trump', roles: ['Tổng thống'] }]);
  });

  it('reads no post for a surname alone from the words around it', () => {
    expect(people('Sau khi thẩm phán chặn sắc lệnh, ông Trump chỉ trích; ông Flentje, Tổng thống Mỹ nói.')).toEqual([
      { name: 'Trump', roles: [] },
      { name: 'Flentje', roles: [] },
    ]);
  });
});

describe('extractOfficials: the surname Thiệu, a brigadier general abroad', () => {
  it('reads each', () => {
    expect(people('Thiếu tướng Thiệu Quang Minh cho biết.')).toEqual([{ name: 'Thiệu Quang Minh', roles: ['Thiếu tướng'] }]);
    expect(people('Chuẩn tướng Restituto Padilla trong một tuyên bố cho biết.')).toEqual([{ name: 'Restituto Padilla', roles: ['Chuẩn tướng'] }]);
  });
});

describe('extractOfficials: stop words inside compounds of body names', () => {
  it('reads "giao thông", "giao dịch", "bạn đọc" as words of the body, not the verb after the post', () => {
    expect(people('Ông Khuất Việt Hùng, Phó Chủ tịch Ủy ban An toàn giao thông quốc gia, cho rằng xe đạp tiện lợi.')).toEqual([
      { name: 'Khuất Việt Hùng', roles: ['Phó Chủ tịch Ủy ban An toàn giao thông quốc gia'] },
    ]);
    expect(people('Ông Lê Duy Phong, nguyên Trưởng Ban bạn đọc báo điện tử Giáo dục Việt Nam cho biết.')).toEqual([
      { name: 'Lê Duy Phong', roles: ['nguyên Trưởng Ban bạn đọc báo điện tử Giáo dục Việt Nam'] },
    ]);
    expect(people('Bà Nguyễn Thị Hoa, Trưởng phòng giao dịch Điện Biên Phủ cho biết.')).toEqual([
      { name: 'Nguyễn Thị Hoa', roles: ['Trưởng phòng giao dịch Điện Biên Phủ'] },
    ]);
  });

  it('still ends the post at "giao" the verb, and at "đảm nhiệm"', () => {
    expect(people('Phó Chủ tịch UBND tỉnh Nguyễn Văn An giao Sở Nội vụ thực hiện.')).toEqual([{ name: 'Nguyễn Văn An', roles: ['Phó Chủ tịch UBND tỉnh'] }]);
    expect(people('Ông Trần Văn Phúc – Phó giám đốc Sở NN-PTNT Bình Định đảm nhiệm chức trách tổ trưởng.')).toEqual([
      { name: 'Trần Văn Phúc', roles: ['Phó giám đốc Sở NN-PTNT Bình Định'] },
    ]);
  });
});

describe('extractOfficials: a post labelling an entry before the honorific', () => {
  it('is the first role where the name\'s own post follows; not in a headline that quotes another', () => {
    expect(people('- Trưởng đoàn: Bà Triệu Thị Hằng, Giám đốc Sở Nội vụ.\n- Phó Trưởng đoàn: Ông Hoàng Văn Phúc, Phó Chánh Văn phòng UBND tỉnh.')).toEqual([
      { name: 'Triệu Thị Hằng', roles: ['Trưởng đoàn', 'Giám đốc Sở Nội vụ'] },
      { name: 'Hoàng Văn Phúc', roles: ['Phó Trưởng đoàn', 'Phó Chánh Văn phòng UBND tỉnh'] },
    ]);
    expect(people('Tổng Bí thư: Ông Đinh La Thăng thời làm giao thông là cán bộ năng nổ.')).toEqual([{ name: 'Đinh La Thăng', roles: [] }]);
  });
});

describe('extractOfficials: "kiêm" right after the name', () => {
  it('joins a post held too, after a post before the name', () => {
    expect(people('Dự có Giám đốc Sở Kế hoạch và Đầu tư Nguyễn Thị Hạnh kiêm Phó Trưởng ban Thường trực Ban Chỉ đạo DDCI tỉnh.')).toEqual([
      { name: 'Nguyễn Thị Hạnh', roles: ['Giám đốc Sở Kế hoạch và Đầu tư', 'Phó Trưởng ban Thường trực Ban Chỉ đạo DDCI tỉnh'] },
    ]);
  });
});

describe('extractOfficials: a district named after a person of history', () => {
  it('is the place after its post, not a person', () => {
    expect(people('Quyết định yêu cầu Chủ tịch UBND huyện Trần Văn Thời kiểm điểm trách nhiệm.')).toEqual([]);
  });
});

describe("extractOfficials: a commune's civil servant named by the legal title before the name", () => {
  it('reads the title, unlike a bare "công chức"', () => {
    expect(people('Trả lời, công chức Địa chính - Xây dựng Nguyễn Văn Toản cho biết hồ sơ đang chờ.')).toEqual([{ name: 'Nguyễn Văn Toản', roles: ['công chức Địa chính - Xây dựng'] }]);
    expect(people('Theo công chức tư pháp - hộ tịch Lường Văn Dương, bản ở xa.')).toEqual([{ name: 'Lường Văn Dương', roles: ['công chức tư pháp - hộ tịch'] }]);
    expect(people('Một công chức Nguyễn Văn An cho biết.')).toEqual([]);
  });
});

describe("extractOfficials: a woman's name after a post's ward or commune", () => {
  it('is the person, the place left unnamed, unless a heroine whose name places bear', () => {
    expect(people('Bí thư Đảng ủy phường Nông Thị Hải Yến báo cáo.')).toEqual([{ name: 'Nông Thị Hải Yến', roles: ['Bí thư Đảng ủy phường'] }]);
    expect(people('Chủ tịch UBND xã Lò Thị Mai cho biết.')).toEqual([{ name: 'Lò Thị Mai', roles: ['Chủ tịch UBND xã'] }]);
    expect(people('Chủ tịch UBND phường Võ Thị Sáu cho biết.')).toEqual([]);
    expect(people('Người dân phường Lê Thị Hoa phản ánh.')).toEqual([]);
  });

  it('is the person too with a listed surname, a man as well, not a commune from an unlisted one or a hero', () => {
    expect(people('Tại xã Lũng Cú, Chủ tịch UBND xã Sùng Mí Páo cho biết.')).toEqual([{ name: 'Sùng Mí Páo', roles: ['Chủ tịch UBND xã'] }]);
    expect(people('Theo Chủ tịch UBND xã Hà Văn Tuyên, xã được thành lập năm 2025.')).toEqual([{ name: 'Hà Văn Tuyên', roles: ['Chủ tịch UBND xã'] }]);
    expect(people('Tiếp đoàn có Bí thư Đảng ủy xã Rơ Mah Blơi.')).toEqual([{ name: 'Rơ Mah Blơi', roles: ['Bí thư Đảng ủy xã'] }]);
    expect(people('Ông Tráng Ba Điện, Chủ tịch UBND xã Tả Văn Chư cho biết.')).toEqual([{ name: 'Tráng Ba Điện', roles: ['Chủ tịch UBND xã Tả Văn Chư'] }]);
    expect(people('Ông Phạm Quang Huy, Chủ tịch UBND phường Nguyễn Trung Trực, cho biết.')).toEqual([
      { name: 'Phạm Quang Huy', roles: ['Chủ tịch UBND phường Nguyễn Trung Trực'] },
    ]);
  });

  it('reads "cán bộ" before a comma and an honorific as that person\'s post, not before a list', () => {
    expect(people('Sau đó, cán bộ địa chính xã, ông Dương Xuân Hải tiếp tục hợp thức hồ sơ.')).toEqual([{ name: 'Dương Xuân Hải', roles: ['cán bộ địa chính xã'] }]);
    expect(people('Đề nghị xử lý 3 công chức hải quan Nguyễn Thị Phong Lan, Mai Thị Cẩm Vân.')).toEqual([]);
  });

  it('keeps a name of five syllables whole where its second surname stands second', () => {
    expect(people('Bà Trần Lê Thị Xuân Loan cho biết.')).toEqual([{ name: 'Trần Lê Thị Xuân Loan', roles: [] }]);
  });

  it('reads no name of two syllables from a surname inside a district\'s name, unless a post stands before it', () => {
    expect(people('Tại buổi làm việc với huyện Si Ma Cai, Trưởng đoàn kiểm tra đề nghị huyện khắc phục.')).toEqual([]);
    expect(people('Theo Phó Chủ tịch UBND huyện Mộ Đức Vũ Nhân, mô hình đã nhân rộng.')).toEqual([{ name: 'Vũ Nhân', roles: ['Phó Chủ tịch UBND huyện Mộ Đức'] }]);
  });
});

describe('extractOfficials: a signer set in capitals', () => {
  it('is named in the usual capitalisation, the span on the capitals', () => {
    const text = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTRẦN VĂN KHIÊM';
    expect(officials(text).map((o) => [o.name, o.text])).toEqual([['Trần Văn Khiêm', 'PHÓ CHỦ TỊCH\n\nTRẦN VĂN KHIÊM']]);
    expect(people("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nSIU H'LAN")).toEqual([{ name: "Siu H'Lan", roles: ['PHÓ GIÁM ĐỐC'] }]);
  });
});

describe('extractOfficials: "làm" after a post', () => {
  it('gives no role after a name with its post before it: "làm" hooks a predicate there', () => {
    expect(people('Ban Chỉ đạo gồm 27 thành viên. Chủ tịch UBND tỉnh Trần Văn Lực làm Trưởng ban.')).toEqual([
      { name: 'Trần Văn Lực', roles: ['Chủ tịch UBND tỉnh'] },
    ]);
    expect(people('Hội đồng do Thủ tướng Chính phủ Phạm Minh Chính làm Chủ tịch.')).toEqual([{ name: 'Phạm Minh Chính', roles: ['Thủ tướng Chính phủ'] }]);
    expect(people('Đồng chí Lâm Thị Cẩm Tú được bầu giữ chức Bí thư Đảng ủy xã.')).toEqual([{ name: 'Lâm Thị Cẩm Tú', roles: ['Bí thư Đảng ủy xã'] }]);
  });

  it('names a person called "ông" or "bà" by the given name alone, where the text never writes the full name', () => {
    expect(people('"Chúng tôi sẽ làm hết sức", ông Hùng nói. Theo ông Hùng, xã đã xong.')).toEqual([{ name: 'Hùng', roles: [] }]);
    expect(people('Ông Nguyễn Văn Hùng, Chủ tịch UBND xã, cho biết. Theo ông Hùng, xã đã xong.')).toEqual([
      { name: 'Nguyễn Văn Hùng', roles: ['Chủ tịch UBND xã'] },
    ]);
  });

  it('gives no role after a foreign name with a post of state before it either', () => {
    expect(people('Đoàn do Ngoại trưởng Mỹ John Kerry làm trưởng đoàn.')).toEqual([{ name: 'John Kerry', roles: ['Ngoại trưởng Mỹ'] }]);
    expect(people('Đoàn Nghị sĩ Nhật Bản do Nghị sĩ Tabata Hiroaki làm Trưởng đoàn.')).toEqual([{ name: 'Tabata Hiroaki', roles: ['Nghị sĩ'] }]);
    expect(people('Đoàn do Thị trưởng thành phố Changwon Hong Nam-pyo làm trưởng đoàn.')).toEqual([
      { name: 'Hong Nam-pyo', roles: ['Thị trưởng thành phố Changwon'] },
    ]);
    // an appositive after a comma is still the person's post
    expect(people('Ngoại trưởng Mỹ John Kerry, Trưởng đoàn Mỹ, phát biểu.')).toEqual([{ name: 'John Kerry', roles: ['Ngoại trưởng Mỹ', 'Trưởng đoàn Mỹ'] }]);
  });

  it('ends the post: what follows "làm" is a predicate, not an appositive, in capitals too', () => {
    expect(people('Tổ kiểm tra do đ/c Đặng Văn Khánh - Trưởng phòng Nội vụ huyện làm tổ trưởng đã kiểm tra.')).toEqual([
      { name: 'Đặng Văn Khánh', roles: ['Trưởng phòng Nội vụ huyện'] },
    ]);
    expect(people('Đoàn kiểm tra do bà Lò Thị Mai, Giám đốc Sở Nội vụ làm Trưởng đoàn đã làm việc tại 5 xã.')).toEqual([
      { name: 'Lò Thị Mai', roles: ['Giám đốc Sở Nội vụ'] },
    ]);
    expect(people('Ông Hoàng Vĩnh Bảo, Thứ trưởng Bộ TT&TT làm Chủ tịch Hội đồng thẩm định.')).toEqual([
      { name: 'Hoàng Vĩnh Bảo', roles: ['Thứ trưởng Bộ TT&TT'] },
    ]);
    expect(people('Ông Trần Văn An, Giám đốc Trung tâm Dịch vụ việc làm tỉnh cho biết.')).toEqual([
      { name: 'Trần Văn An', roles: ['Giám đốc Trung tâm Dịch vụ việc làm tỉnh'] },
    ]);
  });

  it('ends the post at "chỉ ra"', () => {
    expect(people('Đồng chí Lê Ngọc Thu, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy chỉ ra, 2 chỉ tiêu chưa đạt.')).toEqual([
      { name: 'Lê Ngọc Thu', roles: ['Ủy viên Ban Thường vụ', 'Trưởng Ban Tổ chức Tỉnh ủy'] },
    ]);
  });

  it('ends the post at "thông tin" after a place\'s kind', () => {
    expect(people('Bà Lê Thị Mỹ Xuyên, Phó Chánh Văn phòng UBND tỉnh thông tin, tỉnh sẽ thí điểm.')).toEqual([
      { name: 'Lê Thị Mỹ Xuyên', roles: ['Phó Chánh Văn phòng UBND tỉnh'] },
    ]);
  });
});

describe('extractOfficials: a surname no list holds, before "Thị" or "Văn"', () => {
  it('reads the name in a list, after a post, after a rank', () => {
    expect(people('Cùng dự có các đồng chí: Hà Văn Tuyển, Chủ tịch UBND huyện; Sa Văn Khiêm, Phó Chủ tịch UBND huyện.')).toEqual([
      { name: 'Hà Văn Tuyển', roles: ['Chủ tịch UBND huyện'] },
      { name: 'Sa Văn Khiêm', roles: ['Phó Chủ tịch UBND huyện'] },
    ]);
    expect(people('Trả lời, Phó Chủ tịch UBND huyện Cà Thị Hương cho biết hồ sơ bị chậm.')).toEqual([{ name: 'Cà Thị Hương', roles: ['Phó Chủ tịch UBND huyện'] }]);
    expect(people('Ngày 28-6, đại tá Trà Văn Lào, Trưởng Công an quận Gò Vấp, cho biết.')).toEqual([
      { name: 'Trà Văn Lào', roles: ['đại tá', 'Trưởng Công an quận Gò Vấp'] },
    ]);
    expect(people('Ông Ong Văn Lình – Phó Chủ tịch UBND xã Dương Hòa cho biết.').map((p) => p.name)).toEqual(['Ong Văn Lình']);
  });

  it('reads no person in a body, a place, a credit or a street named so', () => {
    expect(people('Chiều 10/6, Sở Văn Hóa – Thể Thao Khánh Hòa đã tổ chức lễ phát động.')).toEqual([]);
    expect(people('Phó Giám đốc Sở Văn Hóa Thể Thao Và Du Lịch phát biểu.').map((p) => p.name)).toEqual([]);
    expect(people('Ông Tráng Ba Điện, Chủ tịch UBND xã Tả Văn Chư cho biết.').map((p) => p.name)).toEqual(['Tráng Ba Điện']);
    expect(people('Những gốc cây bị cưa. Ảnh: Đình Văn')).toEqual([]);
    expect(people('Anh Thành bán hàng trên vỉa hè đường Hai Bà Trưng Văn Minh - Uyên Phương')).toEqual([]);
  });

  it('reads no name in brackets after "bà nội", surname listed or not', () => {
    expect(people('Tú theo chân bà nội (Bùi Thị Báo - 1945) lên Sài Gòn mưu sinh.')).toEqual([]);
  });
});

describe('extractOfficials: the post of an organisation in Viet Nam', () => {
  it('keeps "tại Việt Nam" on the post', () => {
    expect(people('Bà Helen Morrow, Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam cho biết.')).toEqual([
      { name: 'Helen Morrow', roles: ['Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam'] },
    ]);
    expect(people('Ông Park Sung-min, Giám đốc Văn phòng KOICA tại Việt Nam phát biểu.')).toEqual([
      { name: 'Park Sung-min', roles: ['Giám đốc Văn phòng KOICA tại Việt Nam'] },
    ]);
  });

  it('keeps a province on the post of a foreign community\'s body', () => {
    expect(people('Ông Kim Sung-min, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Đồng Nai, cho biết.')).toEqual([
      { name: 'Kim Sung-min', roles: ['Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Đồng Nai'] },
    ]);
    expect(people('Bà Lê Thị Hoa, Phó Chủ tịch Hội Doanh nghiệp Đài Loan tại Bình Dương phát biểu.')).toEqual([
      { name: 'Lê Thị Hoa', roles: ['Phó Chủ tịch Hội Doanh nghiệp Đài Loan tại Bình Dương'] },
    ]);
    expect(people('Ông Nguyễn Văn An, Chủ tịch Hội Doanh nghiệp Nhật Bản tại buổi gặp mặt cho biết.')).toEqual([
      { name: 'Nguyễn Văn An', roles: ['Chủ tịch Hội Doanh nghiệp Nhật Bản'] },
    ]);
    expect(people('Ông Trần Văn Nam, Giám đốc Sở Nội vụ tại Hà Nội cho biết.')).toEqual([{ name: 'Trần Văn Nam', roles: ['Giám đốc Sở Nội vụ'] }]);
  });

  it('still ends a post at "tại" before a place or an event', () => {
    expect(people('Ông Nguyễn Văn An, Giám đốc Sở Nội vụ tại buổi làm việc cho biết.')).toEqual([{ name: 'Nguyễn Văn An', roles: ['Giám đốc Sở Nội vụ'] }]);
    expect(people('Ông Nguyễn Văn Cường, Phó Chủ tịch UBND tỉnh tại Việt Nam Expo.')).toEqual([{ name: 'Nguyễn Văn Cường', roles: ['Phó Chủ tịch UBND tỉnh'] }]);
  });
});

describe('extractOfficials: "công chức" and "chuyên viên" after a name', () => {
  it('reads them as posts after the name', () => {
    expect(people('Tại xã Nam Mẫu, chị Triệu Thị Mai, công chức Tư pháp – Hộ tịch cho biết.')).toEqual([{ name: 'Triệu Thị Mai', roles: ['công chức Tư pháp – Hộ tịch'] }]);
    expect(people('Bà Vũ Minh Hằng, chuyên viên Văn phòng UBND tỉnh nói.')).toEqual([{ name: 'Vũ Minh Hằng', roles: ['chuyên viên Văn phòng UBND tỉnh'] }]);
  });

  it('reads no person before them: a group and its place', () => {
    expect(people('Công chức Tư pháp xã Nguyễn Văn Bình đã tiếp dân.')).toEqual([]);
  });
});

describe('extractOfficials: a post, "là", then the person called so', () => {
  it('gives the post before "là" to the person', () => {
    expect(people('Bí thư Huyện ủy Kỳ Lạc là đồng chí Vi Thị Thanh, Phó Chủ tịch HĐND tỉnh.')).toEqual([
      { name: 'Vi Thị Thanh', roles: ['Bí thư Huyện ủy Kỳ Lạc', 'Phó Chủ tịch HĐND tỉnh'] },
    ]);
    expect(people('Các văn bản do Phó Chủ tịch quận Ngô Quyền là ông Trần Hữu Xuân ký cấp.')).toEqual([{ name: 'Trần Hữu Xuân', roles: ['Phó Chủ tịch quận Ngô Quyền'] }]);
  });

  it('not a post someone else holds before it', () => {
    expect(people('Làm việc với Giám đốc Sở là ông Lê Văn Dũng.')).toEqual([{ name: 'Lê Văn Dũng', roles: [] }]);
  });
});

describe('extractOfficials: Ê Đê and Jrai names opened by "Y" and "H"', () => {
  it('reads names of three syllables, and "Y" names of two after an honorific', () => {
    expect(people('Cùng dự có các đồng chí: H Yim Kđoh, Phó Chủ tịch UBND tỉnh; Y Ji Niê, Giám đốc Sở Nội vụ.').map((p) => p.name)).toEqual(['H Yim Kđoh', 'Y Ji Niê']);
    expect(people('Theo ông Y Khuyên, Phó Giám đốc Trung tâm, hồ sơ đã xong.').map((p) => p.name)).toEqual(['Y Khuyên']);
  });

  it('reads no initial before a capitalised word, nor a school of medicine', () => {
    expect(people('Gia đình lo hậu sự cho bà H Nạn nhân được xác định là bà Phan Thị H. (SN 1963).').map((p) => p.name)).toEqual(['Phan Thị H.']);
    expect(people('Hiệu trưởng Trường Cao đẳng Y Dược tỉnh phát biểu.')).toEqual([]);
  });
});

describe('extractOfficials: what follows a post and is no part of it', () => {
  it('leaves out the term and a count of others after "và", keeps the higher place in brackets as the post\'s last words', () => {
    expect(people('Ông Lê Đình Tuấn, nguyên Chủ tịch UBND huyện (nhiệm kỳ 2011 - 2016) bị khiển trách.')).toEqual([{ name: 'Lê Đình Tuấn', roles: ['nguyên Chủ tịch UBND huyện'] }]);
    expect(people('ông Quách Văn Tùng, nguyên Chủ tịch UBND huyện (giai đoạn 2020 - 2023) bị kiểm điểm.')).toEqual([{ name: 'Quách Văn Tùng', roles: ['nguyên Chủ tịch UBND huyện'] }]);
    expect(people('đồng chí Sùng Mí Chư, Bí thư Đảng ủy xã (chỉ định) phát biểu.')).toEqual([{ name: 'Sùng Mí Chư', roles: ['Bí thư Đảng ủy xã'] }]);
    // a former post in brackets: a role of its own
    expect(people('ông Mai Xuân Bình, Phó Giám đốc Sở Xây dựng (nguyên Giám đốc Sở GTVT) cho biết.')).toEqual([
      { name: 'Mai Xuân Bình', roles: ['Phó Giám đốc Sở Xây dựng', 'nguyên Giám đốc Sở GTVT'] },
    ]);
    expect(people('bà Ma Thị Thúy, Trưởng phòng Công chức, viên chức cho biết.')).toEqual([{ name: 'Ma Thị Thúy', roles: ['Trưởng phòng Công chức, viên chức'] }]);
    expect(people('ông Lê Văn Trung, Trưởng phòng Quản lý vận tải, phương tiện và người lái (Sở GTVT) cho biết.')).toEqual([
      { name: 'Lê Văn Trung', roles: ['Trưởng phòng Quản lý vận tải, phương tiện và người lái (Sở GTVT)'] },
    ]);
    expect(people('đồng chí Phan Đình Nghị, Bí thư Tỉnh ủy khóa XIX tái cử Bí thư Tỉnh ủy khóa XX.')).toEqual([{ name: 'Phan Đình Nghị', roles: ['Bí thư Tỉnh ủy khóa XIX'] }]);
    // the president-elect's post
    expect(people('Tổng thống đắc cử Emmanuel Macron cho biết.').map((p) => p.roles)).toEqual([['Tổng thống đắc cử']]);
    expect(people('trách nhiệm thuộc về Trưởng phòng Giáo dục và Đào tạo huyện thời kỳ 2019 - 2021 là ông Hồ Sỹ Lợi.')).toEqual([
      { name: 'Hồ Sỹ Lợi', roles: ['Trưởng phòng Giáo dục và Đào tạo huyện'] },
    ]);
    expect(people('Ông Đoàn Văn Phúc, Chủ tịch UBND xã Dương Tơ (huyện Phú Quốc) cho biết.')).toEqual([{ name: 'Đoàn Văn Phúc', roles: ['Chủ tịch UBND xã Dương Tơ (huyện Phú Quốc)'] }]);
    expect(people('Ông Đoàn Văn Phúc, Chủ tịch UBND xã Dương Tơ (huyện Phú Quốc), Bí thư Đảng ủy xã cho biết.')).toEqual([
      { name: 'Đoàn Văn Phúc', roles: ['Chủ tịch UBND xã Dương Tơ (huyện Phú Quốc)', 'Bí thư Đảng ủy xã'] },
    ]);
    expect(people('Theo ông Đoàn Văn Phúc, Phó Chủ tịch UBND phường Thọ Quang (quận Sơn Trà) phường đã lập danh sách.')).toEqual([
      { name: 'Đoàn Văn Phúc', roles: ['Phó Chủ tịch UBND phường Thọ Quang (quận Sơn Trà)'] },
    ]);
    expect(people('Bà Cầm Thị Nhung, Trưởng phòng Giáo dục và Đào tạo huyện và 6 công chức tham mưu bị kiểm điểm.')).toEqual([
      { name: 'Cầm Thị Nhung', roles: ['Trưởng phòng Giáo dục và Đào tạo huyện'] },
    ]);
  });

  it('keeps a body\'s parent in brackets, and reads the post held now after "nay là"', () => {
    expect(people('Ông Phạm Minh Hùng, Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ) cho biết.')).toEqual([
      { name: 'Phạm Minh Hùng', roles: ['Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ)'] },
    ]);
    expect(people('Ông Hà Văn Sơn, nguyên Trưởng phòng Nội vụ huyện, nay là Phó Chủ tịch UBND huyện, bị khiển trách.')).toEqual([
      { name: 'Hà Văn Sơn', roles: ['nguyên Trưởng phòng Nội vụ huyện', 'Phó Chủ tịch UBND huyện'] },
    ]);
  });
});

describe('extractOfficials: a namesake of a person of history with a post after a comma', () => {
  it('is a person; the street named after the same is not', () => {
    expect(people('Dự có các đồng chí: Nguyễn Minh Lâm, Phó Chủ tịch UBND tỉnh; Lê Hồng Phong, Cục trưởng Cục Thuế tỉnh.').map((p) => p.name)).toEqual([
      'Nguyễn Minh Lâm',
      'Lê Hồng Phong',
    ]);
    expect(people('Trụ sở tại số 5 Lê Hồng Phong, phường 1.')).toEqual([]);
  });
});

describe('extractOfficials: sets 120 to 127', () => {
  it('reads a Bahnar name of three syllables after an honorific', () => {
    expect(people('Điều động và bổ nhiệm ông A Thanh Dũng, Phó Chánh Văn phòng UBND tỉnh, đến nhận công tác.')).toEqual([
      { name: 'A Thanh Dũng', roles: ['Phó Chánh Văn phòng UBND tỉnh'] },
    ]);
  });

  it('knows the posts of judgment enforcement and court mediation', () => {
    expect(people('Chấp hành viên Hoàng Thị Lan chia sẻ.')).toEqual([{ name: 'Hoàng Thị Lan', roles: ['Chấp hành viên'] }]);
  });

  it('reads a district named after a person of history as the place', () => {
    expect(people('Bà Lâm Thị Bé, Hòa giải viên TAND huyện Trần Văn Thời, nguyên Thẩm phán, chia sẻ.')).toEqual([
      { name: 'Lâm Thị Bé', roles: ['Hòa giải viên TAND huyện Trần Văn Thời', 'nguyên Thẩm phán'] },
    ]);
  });
});

describe('extractOfficials: names after "đồng chí" read as after "ông", "bà"', () => {
  it('reads a K\'Ho name of one word and a foreign name', () => {
    expect(people("Dự có đồng chí K'Liêm, Phó Chủ tịch UBND tỉnh.")).toEqual([{ name: "K'Liêm", roles: ['Phó Chủ tịch UBND tỉnh'] }]);
    expect(people('Tổng Bí thư đã tiếp đồng chí Jose Ramon Balaguer Cabrera, Bí thư Trung ương Đảng Cuba.')).toEqual([
      { name: 'Jose Ramon Balaguer Cabrera', roles: ['Bí thư Trung ương Đảng Cuba'] },
    ]);
  });

  it('reads a name of no listed surname with a post after it', () => {
    expect(people('Đồng chí Thuận Hữu, Ủy viên Trung ương Đảng, Tổng biên tập Báo Nhân dân, phát biểu.')).toEqual([
      { name: 'Thuận Hữu', roles: ['Ủy viên Trung ương Đảng', 'Tổng biên tập Báo Nhân dân'] },
    ]);
  });
});

describe('extractOfficials: a headline that shortens a post', () => {
  it('takes the post as the body writes it out', () => {
    expect(people('Bộ trưởng Lê Vĩnh Tân: Xử lý nghiêm cán bộ gây phiền hà\nChiều 14/11/2018, Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân trả lời chất vấn.')).toEqual([
      { name: 'Lê Vĩnh Tân', roles: ['Bộ trưởng Bộ Nội vụ'] },
    ]);
  });

  it('keeps the headline where the body writes no more, and a first mention in the body', () => {
    expect(people('Phó Thủ tướng Nguyễn Hòa Khánh thăm tỉnh\nSáng 5/3, Phó Thủ tướng Nguyễn Hòa Khánh làm việc với tỉnh.')).toEqual([
      { name: 'Nguyễn Hòa Khánh', roles: ['Phó Thủ tướng'] },
    ]);
    expect(people('Tin vắn\nBộ trưởng Lê Vĩnh Tân phát biểu. Sau đó, Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân trả lời.')).toEqual([{ name: 'Lê Vĩnh Tân', roles: ['Bộ trưởng'] }]);
  });
});

describe('extractOfficials: the Khmer surname "Sơn"', () => {
  it('opens a name of three syllables with a post after it, not a place', () => {
    expect(people('Dự có các đồng chí: Nguyễn Ngọc Hè, Phó Chủ tịch UBND thành phố; Sơn Hồng Phước, Trưởng Ban Dân tộc thành phố.')).toEqual([
      { name: 'Nguyễn Ngọc Hè', roles: ['Phó Chủ tịch UBND thành phố'] },
      { name: 'Sơn Hồng Phước', roles: ['Trưởng Ban Dân tộc thành phố'] },
    ]);
    expect(people('Tỉnh Sơn La, Phó Chủ tịch tỉnh dự.')).toEqual([]);
  });
});

describe('extractOfficials: a post in the plural before a list of names', () => {
  it('gives the post to every name of the list', () => {
    expect(people('Tham dự có các Thứ trưởng Cao Thị Liên, Vũ Khắc Mạnh.')).toEqual([
      { name: 'Cao Thị Liên', roles: ['Thứ trưởng'] },
      { name: 'Vũ Khắc Mạnh', roles: ['Thứ trưởng'] },
    ]);
    expect(people('Dự có các Phó Chủ tịch UBND tỉnh Lê Văn Ân, Trần Văn Bình và Nguyễn Thị Cúc.').map((p) => p.roles)).toEqual([
      ['Phó Chủ tịch UBND tỉnh'],
      ['Phó Chủ tịch UBND tỉnh'],
      ['Phó Chủ tịch UBND tỉnh'],
    ]);
  });

  it('gives the post a verb gives the last name of a plural list to every name of it', () => {
    expect(people('Các ông Nguyễn Văn Hải và Lê Văn Dũng được bầu làm Phó Chủ tịch HĐND tỉnh.')).toEqual([
      { name: 'Nguyễn Văn Hải', roles: ['Phó Chủ tịch HĐND tỉnh'] },
      { name: 'Lê Văn Dũng', roles: ['Phó Chủ tịch HĐND tỉnh'] },
    ]);
    expect(people('Hôm qua, các ông Nguyễn Văn An, Lê Văn Bình được bầu giữ chức Phó Chủ tịch HĐND tỉnh.').map((p) => p.roles)).toEqual([
      ['Phó Chủ tịch HĐND tỉnh'],
      ['Phó Chủ tịch HĐND tỉnh'],
    ]);
    expect(people('Ông Trần Văn Tư và Lê Văn Năm được bầu làm Ủy viên.').map((p) => p.roles)).toEqual([[], ['Ủy viên']]);
    // each name called by an honorific of its own: a list as well
    expect(people('Kỳ họp đã bầu bà Xa Thị Thu Hằng và ông Nguyễn Mạnh Toàn giữ chức Phó Chủ tịch HĐND tỉnh.').map((p) => p.roles)).toEqual([
      ['Phó Chủ tịch HĐND tỉnh'],
      ['Phó Chủ tịch HĐND tỉnh'],
    ]);
    expect(people('bà Hà Thị An, ông Lê Văn Bình và bà Trần Thị Cúc được bầu làm Ủy viên.').map((p) => p.roles)).toEqual([['Ủy viên'], ['Ủy viên'], ['Ủy viên']]);
    expect(people('Ông Lê Văn An, Giám đốc Sở Nội vụ và ông Hà Văn Bình giữ chức Phó Chủ tịch HĐND tỉnh.').map((p) => p.roles)).toEqual([
      ['Giám đốc Sở Nội vụ'],
      ['Phó Chủ tịch HĐND tỉnh'],
    ]);
    expect(people('Các ông Hà Văn Hùng, Phó Giám đốc Sở và Lò Văn Puôn được bầu làm Ủy viên.').map((p) => p.roles)).toEqual([['Phó Giám đốc Sở'], ['Ủy viên']]);
  });

  it('reads the plural before "đồng chí" and the post', () => {
    expect(people('Các đồng chí Phó Trưởng phòng Tài nguyên và Môi trường quận Lưu Hoàng Nam và Diệp Thanh Sang bị cảnh cáo.')).toEqual([
      { name: 'Lưu Hoàng Nam', roles: ['Phó Trưởng phòng Tài nguyên và Môi trường quận'] },
      { name: 'Diệp Thanh Sang', roles: ['Phó Trưởng phòng Tài nguyên và Môi trường quận'] },
    ]);
    expect(people('Đồng chí Phó Chủ tịch UBND tỉnh Lê Văn Hùng và Trần Thị Mai dự.')).toEqual([
      { name: 'Lê Văn Hùng', roles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Trần Thị Mai', roles: [] },
    ]);
  });
});

describe('extractOfficials: "Sơn" and "Văn" after an honorific', () => {
  it('opens a name of three syllables called "ông"', () => {
    expect(people('Hôm qua, ông Sơn Thanh Tùng nói tốt.')).toEqual([{ name: 'Sơn Thanh Tùng', roles: [] }]);
    expect(people('Quận Sơn Trà có 7 phường; tại Sơn La có 12 huyện.')).toEqual([]);
  });

  it('as "Văn" does, a surname mostly found second', () => {
    expect(people('Đó là ông Văn Tấn Lãnh (68 tuổi, ngụ thôn Phú Mỹ).')).toEqual([{ name: 'Văn Tấn Lãnh', roles: [] }]);
    expect(people('Tại Văn Miếu Quốc Tử Giám có 82 bia tiến sĩ.')).toEqual([]);
  });
});

describe('extractOfficials: local posts: hamlets, associations, units, workshops, hospital units, village elders, rangers, chief editors', () => {
  it.each([
    ['Ấp trưởng ấp Phú Hòa Nguyễn Văn Tám cho biết.', 'Nguyễn Văn Tám', ['Ấp trưởng ấp Phú Hòa']],
    ['Ông Nguyễn Đình Nỷ - Xóm trưởng xóm Sơn Phú cho biết.', 'Nguyễn Đình Nỷ', ['Xóm trưởng xóm Sơn Phú']],
    ['Thôn trưởng Hà Văn Tư nói.', 'Hà Văn Tư', ['Thôn trưởng']],
    ['Tại đây, Hội trưởng Hội Khuyến học xã Lê Thị Mai cho biết.', 'Lê Thị Mai', ['Hội trưởng Hội Khuyến học xã']],
    ['Bà Trần Thị Nữ, Chi hội trưởng Chi hội Luật sư tỉnh cho biết.', 'Trần Thị Nữ', ['Chi hội trưởng Chi hội Luật sư tỉnh']],
    ['Tiểu đoàn trưởng Trần Văn Hùng báo cáo.', 'Trần Văn Hùng', ['Tiểu đoàn trưởng']],
    ['Quản đốc phân xưởng Đỗ Văn Nam cho biết.', 'Đỗ Văn Nam', ['Quản đốc phân xưởng']],
    ['Kiến trúc sư trưởng TP Hồ Chí Minh Trần Quốc Thái cho biết.', 'Trần Quốc Thái', ['Kiến trúc sư trưởng TP Hồ Chí Minh']],
    ['Bác sĩ Trần Châu Thái, Trưởng Đơn vị Mắt cho biết.', 'Trần Châu Thái', ['Trưởng Đơn vị Mắt']],
    ['Già làng Rơ Châm Blơk (làng Đê Chí, xã Ia Bă) cho biết.', 'Rơ Châm Blơk', ['Già làng']],
    ['Ông Thạch Sang, Người có uy tín ấp Tà Ca, cho biết.', 'Thạch Sang', ['Người có uy tín ấp Tà Ca']],
    ['Kiểm lâm viên Vàng Seo Sử (bìa trái) tuần tra rừng.', 'Vàng Seo Sử', ['Kiểm lâm viên']],
    ['GS Đỗ Minh Châu, Tổng Chủ biên bộ sách Tiếng Việt lớp 1, cho biết.', 'Đỗ Minh Châu', ['Tổng Chủ biên bộ sách Tiếng Việt lớp 1']],
    ['Theo ông Huỳnh Văn Phước, Trưởng Chi cục Thống kê tỉnh, quý I có 298 doanh nghiệp.', 'Huỳnh Văn Phước', ['Trưởng Chi cục Thống kê tỉnh']],
    ['Bà Lê Thị Hoa, Trưởng Trạm Y tế xã Tân Lập cho biết.', 'Lê Thị Hoa', ['Trưởng Trạm Y tế xã Tân Lập']],
    ['Ông Lò Văn Pọm, Phó Trưởng Hạt Kiểm lâm huyện cho biết.', 'Lò Văn Pọm', ['Phó Trưởng Hạt Kiểm lâm huyện']],
  ])('%s', onePerson);

  it('reads no post in "chủ biên" alone, which is as often the verb', () => {
    expect(people('Cuốn sách do bà Đỗ Thị Châu chủ biên đã ra mắt.').map((p) => p.roles)).toEqual([[]]);
  });

  it('a unit\'s name is no one called by the given name ("đồng chí Lữ đoàn trưởng")', () => {
    expect(people('Sau đó, đồng chí Lữ đoàn trưởng Lữ đoàn 28 ra thông báo.')).toEqual([]);
  });
});

describe('extractOfficials: the judicial support professions', () => {
  it.each([
    ['Trợ giúp viên pháp lý Phạm Văn Khải giải đáp thắc mắc.', 'Phạm Văn Khải', ['Trợ giúp viên pháp lý']],
    ['Văn phòng do công chứng viên Thân Văn Hùng làm Trưởng Văn phòng.', 'Thân Văn Hùng', ['công chứng viên']],
    ['Trưởng Văn phòng Thừa phát lại Vinh Nguyễn Đình Khôi kiến nghị.', 'Nguyễn Đình Khôi', ['Trưởng Văn phòng Thừa phát lại Vinh']],
  ])('%s', onePerson);
});

describe('extractOfficials: bodies whose name holds a word that would end a role ("và", "trong", "mới", "bằng", "dự", commas)', () => {
  it.each([
    ['Ông Bùi Đức Thịnh, Trưởng Ban Chỉ đạo giải phóng mặt bằng dự án đường Vành đai 4 chủ trì.', 'Bùi Đức Thịnh', ['Trưởng Ban Chỉ đạo giải phóng mặt bằng dự án đường Vành đai 4']],
    ['Bà Lê Thị Mộng Tuyền, Chủ tịch Hội đồng bồi thường, hỗ trợ và tái định cư huyện cho biết.', 'Lê Thị Mộng Tuyền', ['Chủ tịch Hội đồng bồi thường, hỗ trợ và tái định cư huyện']],
    ['Ông Nguyễn Văn Hiếu, Chủ tịch Hội đồng bồi thường, hỗ trợ, tái định cư thị xã nói.', 'Nguyễn Văn Hiếu', ['Chủ tịch Hội đồng bồi thường, hỗ trợ, tái định cư thị xã']],
    ['Ông Lê Hùng Sơn, Chánh Văn phòng Điều phối xây dựng nông thôn mới tỉnh, cho biết.', 'Lê Hùng Sơn', ['Chánh Văn phòng Điều phối xây dựng nông thôn mới tỉnh']],
    ['Ông Thào A Lử, Trưởng Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng xã cho biết.', 'Thào A Lử', ['Trưởng Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng xã']],
    ['Ông Võ Minh Hiếu, Trưởng phòng Quản lý nhà và thị trường bất động sản cho biết.', 'Võ Minh Hiếu', ['Trưởng phòng Quản lý nhà và thị trường bất động sản']],
  ])('%s', onePerson);
});

describe('extractOfficials: the Cơ Ho clans open names', () => {
  it('reads "Cil Ka Thương" whole', () => {
    expect(people('Bà Cil Ka Thương (44 tuổi), Giám đốc HTX kể lại. Bà Cil Ka Thương (bìa trái) giới thiệu.')).toEqual([{ name: 'Cil Ka Thương', roles: ['Giám đốc HTX'] }]);
  });
});

describe('extractOfficials: the Cơ Tu clans open names', () => {
  it.each([
    ['Bà Zơ Râm Thị Ngân, Phó Chủ tịch UBND huyện Tây Giang cho biết.', 'Zơ Râm Thị Ngân', ['Phó Chủ tịch UBND huyện Tây Giang']],
    ['Ông Bríu Quân, Bí thư Huyện ủy Tây Giang, phát biểu.', 'Bríu Quân', ['Bí thư Huyện ủy Tây Giang']],
    ['Chủ tịch UBND huyện Alăng Thị Sương cho biết.', 'Alăng Thị Sương', ['Chủ tịch UBND huyện']],
    ['ông Bhling Mia, Phó Chủ tịch UBND tỉnh, dự lễ.', 'Bhling Mia', ['Phó Chủ tịch UBND tỉnh']],
  ])('%s', onePerson);
});

describe('extractOfficials: bodies named by where they sit, with "tại" and the place', () => {
  it.each([
    ['Ông Trần Văn Bình, Chủ tịch Hội người Việt Nam tại Lào phát biểu tại buổi lễ.', 'Trần Văn Bình', ['Chủ tịch Hội người Việt Nam tại Lào']],
    ['Chủ tịch Hội Người Việt Nam tại Cộng hòa Séc, ông Nguyễn Duy Nhiên cho biết.', 'Nguyễn Duy Nhiên', ['Chủ tịch Hội Người Việt Nam tại Cộng hòa Séc']],
    ['Ông Lê Văn Hòa, Tham tán Thương mại, Trưởng Thương vụ Việt Nam tại Mỹ cho biết.', 'Lê Văn Hòa', ['Tham tán Thương mại', 'Trưởng Thương vụ Việt Nam tại Mỹ']],
    ['Ông Phạm Quốc Khánh, Trưởng Cơ quan thường trú TTXVN tại Bangkok cho biết.', 'Phạm Quốc Khánh', ['Trưởng Cơ quan thường trú TTXVN tại Bangkok']],
    ['Ông Nguyễn Văn Thắng, Giám đốc Chi nhánh Ngân hàng SHB tại Cẩm Phả cho biết.', 'Nguyễn Văn Thắng', ['Giám đốc Chi nhánh Ngân hàng SHB tại Cẩm Phả']],
  ])('%s', onePerson);

  // A talk's subject after "về" ("về kết quả này", "về kết quả và giải pháp", "về tình hình …", "về nguyên nhân …") is no part of the body; a body's topic is.
  it.each([
    ['Phóng viên trao đổi với ông Lê Đình Hùng, Trưởng Ban Chỉ đạo CCHC huyện về kết quả này.', 'Lê Đình Hùng', ['Trưởng Ban Chỉ đạo CCHC huyện']],
    ['Ông Trần Văn An, Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính cho biết.', 'Trần Văn An', ['Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính']],
    ['PV trao đổi với bà Nông Thị Hà, Phó Trưởng Ban Chỉ đạo giảm nghèo tỉnh về kết quả và giải pháp những tháng cuối năm.', 'Nông Thị Hà', ['Phó Trưởng Ban Chỉ đạo giảm nghèo tỉnh']],
    ['Ông Lò Văn Thắng, Phó Trưởng Ban Chỉ đạo CCHC huyện về tình hình 9 tháng năm 2020.', 'Lò Văn Thắng', ['Phó Trưởng Ban Chỉ đạo CCHC huyện']],
    ['Bà Trần Thị Vân, Phó Trưởng ban Thường trực Ban Chỉ đạo CCHC tỉnh về nguyên nhân và giải pháp.', 'Trần Thị Vân', ['Phó Trưởng ban Thường trực Ban Chỉ đạo CCHC tỉnh']],
  ])('%s', onePerson);

  // Bodies whose names hold a comma, "và" or a name-like word: the merged office of the deputies, council and committee,
  // the justice department's drafting office, a school's youth union, the board of economic and industrial zones;
  // the inspection commission's staff; a full name right after a hamlet head's post is the head.
  it.each([
    ['Bà Lương Thị Mai Phương, Phó Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, cho biết.', 'Lương Thị Mai Phương', ['Phó Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh']],
    ['Thành viên đoàn gồm: Nguyễn Hữu Phước, Kiểm tra viên chính Cơ quan UBKT Tỉnh ủy.', 'Nguyễn Hữu Phước', ['Kiểm tra viên chính Cơ quan UBKT Tỉnh ủy']],
    ['Ông Phạm Văn Tuân, Trưởng phòng Xây dựng và kiểm tra văn bản QPPL cho biết.', 'Phạm Văn Tuân', ['Trưởng phòng Xây dựng và kiểm tra văn bản QPPL']],
    ['Theo anh Nguyễn Quốc Trung, Bí thư Đoàn Trường Đại học Cần Thơ, năm 2023 đội hình hỗ trợ.', 'Nguyễn Quốc Trung', ['Bí thư Đoàn Trường Đại học Cần Thơ']],
    ['Trưởng ban Ban Quản lý Khu kinh tế, công nghiệp tỉnh Lê Văn Thuận cho biết.', 'Lê Văn Thuận', ['Trưởng ban Ban Quản lý Khu kinh tế, công nghiệp tỉnh']],
    ['Trưởng thôn Nguyễn Văn An cho biết, thôn có 200 hộ.', 'Nguyễn Văn An', ['Trưởng thôn']],
    ['Tổ do Trưởng ấp Nguyễn Thị Bé Tám làm tổ trưởng.', 'Nguyễn Thị Bé Tám', ['Trưởng ấp']],
    ['Trưởng thôn Phú Mỹ Nguyễn Văn An cho biết.', 'Nguyễn Văn An', ['Trưởng thôn Phú Mỹ']],
  ])('%s', onePerson);

  it('reads a hamlet\'s name after its head\'s post or its kind as the hamlet, no person', () => {
    expect(people('Trưởng thôn Hoàng Xá cho biết.')).toEqual([]);
    expect(people('Người dân thôn Nguyễn Văn Trỗi phản ánh.')).toEqual([]);
  });

  it('reads Ra Glai family names', () => {
    expect(people('Đ/c Pi Năng Thị Hồng Nhiên, Bí thư Huyện ủy chủ trì; dự có Đ/c Katơr Thanh Sơn, Phó Bí thư Huyện ủy.')).toEqual([
      { name: 'Pi Năng Thị Hồng Nhiên', roles: ['Bí thư Huyện ủy'] },
      { name: 'Katơr Thanh Sơn', roles: ['Phó Bí thư Huyện ủy'] },
    ]);
    expect(people('Bà Mấu Thị Huyền, Phó Chủ tịch UBND huyện Bác Ái, và ông Bo Bo Văn Hùng, Chủ tịch UBND xã Phước Thành, dự.')).toEqual([
      { name: 'Mấu Thị Huyền', roles: ['Phó Chủ tịch UBND huyện Bác Ái'] },
      { name: 'Bo Bo Văn Hùng', roles: ['Chủ tịch UBND xã Phước Thành'] },
    ]);
  });

  it('a meeting\'s place is no part of the role', () => {
    expect(people('Ông Trần Văn Bình, Chủ tịch Hội Nông dân tỉnh phát biểu tại hội nghị.')).toEqual([{ name: 'Trần Văn Bình', roles: ['Chủ tịch Hội Nông dân tỉnh'] }]);
  });
});

describe('extractOfficials: monarchs, heads of state and Arabic names', () => {
  it.each([
    ['Quốc trưởng Norodom Sihanouk gửi thư.', 'Norodom Sihanouk', ['Quốc trưởng']],
    ['Quốc vương Campuchia Norodom Sihamoni tiếp đoàn.', 'Norodom Sihamoni', ['Quốc vương Campuchia']],
    ['Nhà vua Hà Lan Willem-Alexander, 50 tuổi, lái máy bay.', 'Willem-Alexander', ['Nhà vua Hà Lan']],
    ['Thái tử Anh Charles nhận định như vậy.', 'Charles', ['Thái tử Anh']],
    ['Thủ lĩnh IS Abu Bakr al-Baghdadi bị tiêu diệt.', 'Abu Bakr al-Baghdadi', ['Thủ lĩnh IS']],
    ['Quốc vương Saudi Arabia Salman Bin Abdul Aziz (phải) tại Riyadh.', 'Salman Bin Abdul Aziz', ['Quốc vương Saudi Arabia']],
    ['Bộ trưởng Quốc phòng Qatar Khalid Al Attiyah phát biểu.', 'Khalid Al Attiyah', ['Bộ trưởng Quốc phòng Qatar']],
    ['Phó Tổng thống Mỹ Al Gore phát biểu.', 'Al Gore', ['Phó Tổng thống Mỹ']],
    ['Đó là anh trai của lãnh đạo Triều Tiên Kim Jong Un.', 'Kim Jong Un', ['lãnh đạo Triều Tiên']],
    ['Nhà lãnh đạo Cuba Raul Castro phát biểu.', 'Raul Castro', ['Nhà lãnh đạo Cuba']],
    ['Giống như COO Sheryl Sandberg, ông khuyên như vậy.', 'Sheryl Sandberg', ['COO']],
  ])('%s', onePerson);

  it.each([
    // where an Arabic name with capitalised particles starts is not known
    'Quốc vương Kuwait Sheikh Sabah Al-Ahmad Al-Sabah từ UAE sang Qatar.',
    // a cup, a place, a queen of the screen, the word "Quốc" of a country
    'Barcelona vào chung kết Cúp Nhà vua Chính Luis Enrique thừa nhận.',
    'Thái tử Abu Dhabi đồng thời là Phó Tư lệnh Tối cao.',
    'Nữ hoàng sắc đẹp Vũ Hoàng Điệp bị cho là dùng chiêu trò.',
    'Ảnh: Reuters Essam al-Bedaiwi',
    // a club's or a firm's leadership, no country between
    'Theo lãnh đạo Bayern Munich, hợp đồng đã xong.',
    'Lãnh đạo Warburg Pincus cho biết.',
  ])('no official: %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('"Trung Quốc Vương Nghị" is a country and a name, not a king', () => {
    expect(people('Bộ trưởng Ngoại giao Trung Quốc Vương Nghị cho biết.')).toEqual([{ name: 'Vương Nghị', roles: ['Bộ trưởng Ngoại giao Trung Quốc'] }]);
  });
});

describe('extractOfficials: a team’s coach', () => {
  it.each([
    ['Trước trận đấu, HLV Nguyễn Hữu Thắng cho biết đội đã sẵn sàng.', 'Nguyễn Hữu Thắng', ['HLV']],
    ['HLV trưởng Hoàng Anh Tuấn công bố danh sách.', 'Hoàng Anh Tuấn', ['HLV trưởng']],
    ['Huấn luyện viên trưởng Mai Đức Chung hài lòng.', 'Mai Đức Chung', ['Huấn luyện viên trưởng']],
    ['Đích thân HLV Arsene Wenger xác nhận tin này.', 'Arsene Wenger', ['HLV']],
    ['Đội bóng của tân HLV Ernesto Valverde thắng đậm.', 'Ernesto Valverde', ['tân HLV']],
    ['Barcelona vào chung kết Cúp Nhà vua Chính HLV Luis Enrique thừa nhận.', 'Luis Enrique', ['HLV']],
  ])('%s', (text, name, roles) => {
    onePerson(text, name, roles);
  });

  it('reads no person in a league named after a coach and a verb', () => {
    expect(people('HLV Zidane mừng chức vô địch La Liga cùng học trò.')).toEqual([]);
  });
});

describe('extractOfficials: where an appositive\'s posts end', () => {
  it.each([
    [
      'Phóng viên trao đổi với đồng chí Lý Văn Minh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Quảng Trị về kết quả công tác năm 2023.',
      'Lý Văn Minh',
      ['Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Quảng Trị'],
    ],
    [
      'Tỉnh ủy công bố quyết định cho ông Lý Văn Minh, Tỉnh ủy viên, Giám đốc Sở Y tế thôi giữ chức vụ Bí thư Đảng ủy Sở.',
      'Lý Văn Minh',
      ['Tỉnh ủy viên', 'Giám đốc Sở Y tế'],
    ],
    ['Ông Lý Văn Minh, Phó Chủ tịch Ủy ban quốc gia về người cao tuổi phát biểu.', 'Lý Văn Minh', ['Phó Chủ tịch Ủy ban quốc gia về người cao tuổi']],
    ['Tại xã Lũng Cú, ông Vàng Mí Chúng, Chủ tịch UBND xã, cho biết.', 'Vàng Mí Chúng', ['Chủ tịch UBND xã']],
    ['Báo cáo của Bí thư Huyện ủy Đắk Hà Trần Thị Ngọc Liên cho thấy.', 'Trần Thị Ngọc Liên', ['Bí thư Huyện ủy Đắk Hà']],
    ['Ông Siu Bă, Trưởng làng Dơ Keo cho biết bà con đã quen làm thủ tục.', 'Siu Bă', ['Trưởng làng Dơ Keo']],
    ['Ông Đinh Văn Hyưk, Trưởng làng Kon Sơ Lăng phấn khởi cho biết làng đã có điện.', 'Đinh Văn Hyưk', ['Trưởng làng Kon Sơ Lăng']],
    ['Bà Lý Thị Minh, Phó Giám đốc Sở Tư pháp thông tin, năm nay sở đã số hóa hồ sơ.', 'Lý Thị Minh', ['Phó Giám đốc Sở Tư pháp']],
    ['Ông Lý Văn Minh, Phó Cục trưởng Cục Phòng, chống HIV/AIDS, Bộ Y tế thông tin về dịch bệnh.', 'Lý Văn Minh', ['Phó Cục trưởng Cục Phòng, chống HIV/AIDS', 'Bộ Y tế']],
    ['Ông Lý Văn Minh, Trưởng phòng Nghiệp vụ Y Sở Y tế Hải Phòng cho biết.', 'Lý Văn Minh', ['Trưởng phòng Nghiệp vụ Y Sở Y tế Hải Phòng']],
    ['Ông Y Khoa Niê, Phó Giám đốc cho biết.', 'Y Khoa Niê', ['Phó Giám đốc']],
    ['Điều dưỡng trưởng Khoa Khám bệnh Lý Thị Minh cho biết.', 'Lý Thị Minh', ['Điều dưỡng trưởng Khoa Khám bệnh']],
    ['"Giờ đỡ vất vả", chị Dua nói, được ông Giàng A Chu, Trưởng bản Háng Cuốn Rùa dịch lại.', 'Giàng A Chu', ['Trưởng bản Háng Cuốn Rùa']],
    [
      'Tại nhà văn hóa bản Chế Cu Nha, cán bộ xã làm việc. Ông Sùng A Lử, Chủ tịch UBND xã Chế Cu Nha cho biết xã có 9 bản.',
      'Sùng A Lử',
      ['Chủ tịch UBND xã Chế Cu Nha'],
    ],
    ['Chủ tịch UBND huyện Đắk Tô Lý Văn Minh phát biểu.', 'Lý Văn Minh', ['Chủ tịch UBND huyện Đắk Tô']],
    ['Bị cáo khai chi cho ông Lý Văn Minh (thời điểm đó đang là Phó Chánh thanh tra Sở) số tiền trên.', 'Lý Văn Minh', ['Phó Chánh thanh tra Sở']],
    ['Bà Lý Thị Minh (nay là Phó Giám đốc Sở Tư pháp) cho biết.', 'Lý Thị Minh', ['Phó Giám đốc Sở Tư pháp']],
    ['Ông Lý Văn Minh, Chánh VP UBND TP.HCM chủ trì buổi họp báo.', 'Lý Văn Minh', ['Chánh VP UBND TP.HCM']],
    ['Ông Lý Văn Minh được điều động giữ chức Trưởng ban Tuyên giáo Thành ủy Đà Nẵng Theo đó, có 27 nội dung.', 'Lý Văn Minh', ['Trưởng ban Tuyên giáo Thành ủy Đà Nẵng']],
    ['Bà Lý Thị Minh, Phó cục trưởng Cục Văn hóa cơ sở không đồng tình với ý kiến này.', 'Lý Thị Minh', ['Phó cục trưởng Cục Văn hóa cơ sở']],
    ['Ông Lý Văn Minh - cán bộ Trung tâm nộp lại 30 triệu đồng.', 'Lý Văn Minh', ['cán bộ Trung tâm']],
    ['Ông Lý Văn Minh, Chủ tịch UBND huyện Tuy Phước cho biết.', 'Lý Văn Minh', ['Chủ tịch UBND huyện Tuy Phước']],
    ['Tặng hoa cho ông Lý Văn Minh, tân Phó Bí thư Tỉnh ủy Yên Bái Sáng 8/2, Tỉnh ủy tổ chức Hội nghị.', 'Lý Văn Minh', ['tân Phó Bí thư Tỉnh ủy Yên Bái']],
    ['Ông Lý Văn Minh, Bí thư Quận ủy Thanh Khê Cụ thể, ông sẽ giữ chức mới.', 'Lý Văn Minh', ['Bí thư Quận ủy Thanh Khê']],
    ['Bà Lý Thị Minh, Trưởng phòng Theo dõi cải cách hành chính cho biết.', 'Lý Thị Minh', ['Trưởng phòng Theo dõi cải cách hành chính']],
    ['Ông Lý Văn Minh, Phó Tổng giám đốc hãng hàng không Vietnam Airlines cho biết.', 'Lý Văn Minh', ['Phó Tổng giám đốc hãng hàng không Vietnam Airlines']],
    ['VKSND truy tố Lý Thị Minh (SN 1982, quê Thái Nguyên), nguyên trưởng phòng kinh doanh công ty Cascon tội lừa đảo chiếm đoạt tài sản.', 'Lý Thị Minh', ['nguyên trưởng phòng kinh doanh công ty Cascon']],
    ['Đồng chí Lý Văn Minh, Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương cho biết.', 'Lý Văn Minh', ['Vụ trưởng Vụ Địa phương I', 'Ban Tổ chức Trung ương']],
    // the place's kind in small letters between the parent body and the place's name; "giải đáp" reports as "trả lời" does
    ['Bà Lê Thị Thanh Hương, Trưởng phòng Chế độ BHXH, BHXH tỉnh Thanh Hóa trả lời như sau:', 'Lê Thị Thanh Hương', ['Trưởng phòng Chế độ BHXH', 'BHXH tỉnh Thanh Hóa']],
    ['Đại tá Đặng Văn Tuấn, Trưởng phòng Tham mưu, Công an TP Đà Nẵng giải đáp.', 'Đặng Văn Tuấn', ['Đại tá', 'Trưởng phòng Tham mưu', 'Công an TP Đà Nẵng']],
    ['Bà Thi Thị Tuyết Nhung, Trưởng ban Văn hóa – Xã hội, HĐND TP cho biết.', 'Thi Thị Tuyết Nhung', ['Trưởng ban Văn hóa – Xã hội', 'HĐND TP']],
    ['Thảo luận tại tổ, đại biểu Lý Thị Minh (Đoàn ĐBQH tỉnh Quảng Nam) đề nghị bảo đảm các nghị định.', 'Lý Thị Minh', ['đại biểu', 'Đoàn ĐBQH tỉnh Quảng Nam']],
    ['Bà Lý Thị Minh (Đoàn ĐBQH tỉnh Bắc Giang), Phó Chủ nhiệm Ủy ban Pháp luật cho biết.', 'Lý Thị Minh', ['Đoàn ĐBQH tỉnh Bắc Giang', 'Phó Chủ nhiệm Ủy ban Pháp luật']],
    ['Khởi tố Lý Văn Minh (SN: 1983; trú tại: xã Tịnh Đông, huyện Sơn Tịnh) nguyên cán bộ Địa chính xã Sơn Dung.', 'Lý Văn Minh', ['nguyên cán bộ Địa chính xã Sơn Dung']],
    // the places after the post's own, after commas, are left out (annotators split 19 to 18 over keeping them)
    ['Ông Lý Văn Minh, Chủ tịch UBND xã Tam Văn, huyện Lang Chánh, tỉnh Thanh Hóa cho biết.', 'Lý Văn Minh', ['Chủ tịch UBND xã Tam Văn']],
    ['Ông Lý Văn Minh, Phó chánh thanh tra, Sở GTVT Hà Tĩnh cho hay.', 'Lý Văn Minh', ['Phó chánh thanh tra', 'Sở GTVT Hà Tĩnh']],
    ['Ông Lý Văn Minh, Phó Chủ tịch UBND huyện Di Linh, huyện đang tập trung thực hiện.', 'Lý Văn Minh', ['Phó Chủ tịch UBND huyện Di Linh']],
    ['Ông Lý Văn Minh, Trưởng Công an xã Tân Lập, Phó Chủ tịch UBND xã cho biết.', 'Lý Văn Minh', ['Trưởng Công an xã Tân Lập', 'Phó Chủ tịch UBND xã']],
    [
      'Năm nay, huyện Hoàng Su Phì đã đưa bưu điện về thôn. Theo ông Vương Ngọc Tuấn, Chủ tịch UBND huyện Hoàng Su Phì, huyện phấn đấu đạt 50%.',
      'Vương Ngọc Tuấn',
      ['Chủ tịch UBND huyện Hoàng Su Phì'],
    ],
    ['Đại biểu đề nghị Trưởng phòng Tài chính - Kế hoạch huyện Lương Thị Mỹ Duyên làm rõ nguyên nhân.', 'Lương Thị Mỹ Duyên', ['Trưởng phòng Tài chính - Kế hoạch huyện']],
    ['Bà Ma Thị Thúy, Trưởng phòng Phổ biến, giáo dục pháp luật cho biết.', 'Ma Thị Thúy', ['Trưởng phòng Phổ biến, giáo dục pháp luật']],
    ['Bà Lý Thị Minh, Trưởng khoa Hồi sức tích cực, chống độc cho biết.', 'Lý Thị Minh', ['Trưởng khoa Hồi sức tích cực, chống độc']],
    [
      'Ông Lý Văn Minh, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh cho biết.',
      'Lý Văn Minh',
      ['Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh'],
    ],
    ['Ông Lý Văn Minh, Trưởng Ban Bồi thường, giải phóng mặt bằng huyện cho biết.', 'Lý Văn Minh', ['Trưởng Ban Bồi thường, giải phóng mặt bằng huyện']],
    ['Ông Lý Văn Minh, Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ cho biết.', 'Lý Văn Minh', ['Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ']],
    ['Bà Lý Thị Minh, Trưởng phòng Cải cách hành chính – Văn thư, lưu trữ cho biết.', 'Lý Thị Minh', ['Trưởng phòng Cải cách hành chính – Văn thư, lưu trữ']],
    ['Ông Lý Văn Minh, Cục trưởng Cục Việc làm (Bộ Lao động – Thương binh và Xã hội cũ) được bổ nhiệm.', 'Lý Văn Minh', ['Cục trưởng Cục Việc làm (Bộ Lao động – Thương binh và Xã hội cũ)']],
    ['Ông Lý Văn Minh - Trưởng khoa Nam học (Bệnh viện Nam học và Hiếm muộn Hà Nội)  GS-TS Đỗ Trọng Hiếu cho biết.', 'Lý Văn Minh', ['Trưởng khoa Nam học (Bệnh viện Nam học và Hiếm muộn Hà Nội)']],
    ['Trước đó, đồng chí Lý Văn Minh được Bộ Chính trị chỉ định giữ chức Bí thư Thành ủy Cần Thơ khóa I. Đồng chí phát biểu.', 'Lý Văn Minh', ['Bí thư Thành ủy Cần Thơ khóa I']],
    ['Kết quả bầu:\n- Phó Bí thư Thường trực: đồng chí Lý Văn Minh (24/25 phiếu, đạt 96%).', 'Lý Văn Minh', ['Phó Bí thư Thường trực']],
    [
      'Ông Lý Văn Minh, Phó Trưởng ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh cho biết.',
      'Lý Văn Minh',
      ['Phó Trưởng ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh'],
    ],
    [
      'Ông Lý Văn Minh, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh cho biết.',
      'Lý Văn Minh',
      ['Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh'],
    ],
    [
      'Ông Lý Văn Minh, Giám đốc Sở Thông tin và Truyền thông, được điều động làm Phó Giám đốc Sở Khoa học và Công nghệ.',
      'Lý Văn Minh',
      ['Giám đốc Sở Thông tin và Truyền thông', 'Phó Giám đốc Sở Khoa học và Công nghệ'],
    ],
    [
      'Tỉnh ủy chỉ định bà Lý Thị Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Bình (cũ) giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị.',
      'Lý Thị Minh',
      ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Bình (cũ)', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị'],
    ],
    [
      'Đồng chí Lý Văn Minh, Trưởng Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh chủ trì.',
      'Lý Văn Minh',
      ['Trưởng Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh'],
    ],
    ['Ông Lý Văn Minh, Giám đốc Công ty TNHH Gỗ nội thất Tân Phát (TX. Tân Uyên) cho biết.', 'Lý Văn Minh', ['Giám đốc Công ty TNHH Gỗ nội thất Tân Phát (TX. Tân Uyên)']],
    ['Ông Lý Văn Minh, Phó Chủ tịch UBND quận 1 (TPHCM) cho biết.', 'Lý Văn Minh', ['Phó Chủ tịch UBND quận 1 (TPHCM)']],
    ['Tại kỳ họp, ông Vũ Quang Các, Vụ trưởng Vụ Quản lý quy hoạch khẳng định.', 'Vũ Quang Các', ['Vụ trưởng Vụ Quản lý quy hoạch']],
    ['Bà Lý Thị Minh, Trưởng phòng Kê khai và Kế toán thuế, Cục Thuế tỉnh cho biết.', 'Lý Thị Minh', ['Trưởng phòng Kê khai và Kế toán thuế', 'Cục Thuế tỉnh']],
    ['Bà Lý Thị Minh, Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT huyện phát biểu.', 'Lý Thị Minh', ['Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT huyện']],
  ])('%s', onePerson);
});

describe('extractOfficials: a post shared by a list after a colon', () => {
  it('ends where a semicolon follows names joined by commas', () => {
    expect(people('Dự có các đồng chí Phó Chủ tịch UBND tỉnh: Nông Văn Bảo, Vũ Thị Thanh Hoa; TS. Lý Văn Minh, Phó Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ.')).toEqual([
      { name: 'Nông Văn Bảo', roles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Vũ Thị Thanh Hoa', roles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Lý Văn Minh', roles: ['Phó Vụ trưởng Vụ Cải cách hành chính', 'Bộ Nội vụ'] },
    ]);
  });

  it('goes on across semicolons between entries with posts of their own', () => {
    expect(people('Dự có các đồng chí Ủy viên Bộ Chính trị: Trần Văn An, Bí thư Tỉnh ủy; Lê Thị Bình, Chủ tịch UBND tỉnh.')).toEqual([
      { name: 'Trần Văn An', roles: ['Ủy viên Bộ Chính trị', 'Bí thư Tỉnh ủy'] },
      { name: 'Lê Thị Bình', roles: ['Ủy viên Bộ Chính trị', 'Chủ tịch UBND tỉnh'] },
    ]);
  });
});

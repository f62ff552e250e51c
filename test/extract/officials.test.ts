import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/extract/officials.js';
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
    ['Ông Bùi Văn Cường được bầu giữ chức Chủ tịch Hội đồng nhân dân tỉnh.', 'Bùi Văn Cường', ['Chủ tịch Hội đồng nhân dân tỉnh']],
    ['Quốc hội phê chuẩn bổ nhiệm bà Đinh Thị Thu Hà giữ chức Bộ trưởng Bộ Tư pháp.', 'Đinh Thị Thu Hà', ['Bộ trưởng Bộ Tư pháp']],
    ['Ông Tạ Quang Huy, nguyên Chủ tịch UBND huyện, nay đã nghỉ hưu.', 'Tạ Quang Huy', ['nguyên Chủ tịch UBND huyện']],
    ['Đồng chí Ngô Thanh Tùng, Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính (CCHC) đã chủ trì cuộc họp.', 'Ngô Thanh Tùng', ['Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính (CCHC)']],
    ['Ông Kiều Văn Thái, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho hay.', 'Kiều Văn Thái', ['Phó Giám đốc Sở Lao động - Thương binh và Xã hội']],
    ['Thiếu tướng Trần Minh Lệ, Giám đốc Công an tỉnh đã phát biểu.', 'Trần Minh Lệ', ['Thiếu tướng', 'Giám đốc Công an tỉnh']],
    ['Đồng chí Lê Văn Bảo - TUV, Giám đốc Sở Nội vụ cho biết.', 'Lê Văn Bảo', ['TUV', 'Giám đốc Sở Nội vụ']],
    ['Bà Nguyễn Thị Dung - Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh - cho biết thêm.', 'Nguyễn Thị Dung', ['Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh']],
    ['Ông Nguyễn Văn Khải, Chủ tịch UBND phường Lê Lợi cho biết như vậy.', 'Nguyễn Văn Khải', ['Chủ tịch UBND phường Lê Lợi']],
  ])('%s', (text, name, roles) => {
    expect(people(text)).toEqual([{ name, roles }]);
  });

  it('cuts the trailing verb, at a line break too', () => {
    const text = 'Đồng chí Phùng Quang Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\nphát biểu tại hội nghị';
    expect(people(text)).toEqual([{ name: 'Phùng Quang Hải', roles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] }]);
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
  ])('%s', (text, name, roles) => {
    expect(people(text)).toEqual([{ name, roles }]);
  });

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

  it('reads ethnic-minority names', () => {
    expect(people('Ông Ksor Phước cùng bà H’Hen Niê, Phó Chủ tịch UBND xã, đến thăm.').map((p) => p.name)).toEqual(['Ksor Phước', 'H’Hen Niê']);
    expect(people('Chủ tịch HĐND tỉnh Y Thanh Hà Niê Kđăm dự lễ.').map((p) => p.name)).toEqual(['Y Thanh Hà Niê Kđăm']);
  });
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
    expect(people('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLÊ VĂN HƯỞNG')).toEqual([{ name: 'LÊ VĂN HƯỞNG', roles: ['CHỦ TỊCH'] }]);
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
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Chủ tịch Hồ Chí Minh từng dạy.',
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
  ])('%s', (text) => {
    expect(officials(text)).toEqual([]);
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

describe('extractOfficials: hostile input', () => {
  it('stays linear on long runs of capitals, commas and names', () => {
    const inputs = [
      'Nguyễn '.repeat(20_000),
      'ông ' + 'Nguyễn Văn A, '.repeat(10_000),
      ','.repeat(100_000),
      'Chủ tịch UBND tỉnh '.repeat(5_000) + 'Trần Văn B',
      '9'.repeat(50_000),
      'Đồng chí ' + 'Bí thư Tỉnh ủy, '.repeat(10_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      officials(text);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});

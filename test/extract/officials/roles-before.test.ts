import { describe, expect, it } from 'vitest';
import { rolesBefore, rolesBeforeColon, rolesBeforeDash } from '../../../src/extract/officials/roles-before.js';

function checked(text: string, roles: { text: string; start: number; end: number }[]): string[] {
  return roles.map((r) => {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    return r.text;
  });
}

const before = (text: string, name: string, floor = 0): string[] => checked(text, rolesBefore(text, text.indexOf(name), floor));

describe('rolesBefore', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Lý Văn Minh phát biểu.', ['Chủ tịch UBND tỉnh']],
    ['Sáng 3/5, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lý Văn Minh dự.', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']],
    ['Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh Lý Văn Minh trao quà.', ['Phó Chủ tịch UBND tỉnh']],
    ['Bằng khen của Chủ tịch UBND tỉnh cho Lý Văn Minh.', []],
    ['Các đại biểu, Lý Văn Minh và những người khác.', []],
    ['Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Nội vụ Lý Văn Minh báo cáo.', ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Nội vụ']],
    ['Tổ công tác của Thủ tướng do Bộ trưởng, Chủ nhiệm VPCP Lý Văn Minh dẫn đầu.', ['Bộ trưởng', 'Chủ nhiệm VPCP']],
    ['Ủy viên Ban Bí thư, Trưởng Ban Tổ chức Trung ương Lý Văn Minh dự.', ['Ủy viên Ban Bí thư', 'Trưởng Ban Tổ chức Trung ương']],
    ['Trưởng Đoàn ĐBQH tỉnh Lý Văn Minh phát biểu.', ['Trưởng Đoàn ĐBQH tỉnh']],
    ['Thứ trưởng - Tổng Giám đốc BHXH Việt Nam Lý Văn Minh cho biết.', ['Thứ trưởng', 'Tổng Giám đốc BHXH Việt Nam']],
    ['Kết luận, Bộ trưởng-Chủ nhiệm Văn phòng Chính phủ Lý Văn Minh cho biết.', ['Bộ trưởng', 'Chủ nhiệm Văn phòng Chính phủ']],
    ['Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu Lý Văn Minh dự.', ['Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu']],
    ['Quyền Cục trưởng Cục Thi hành án dân sự (THADS) Lý Văn Minh cho biết.', ['Quyền Cục trưởng Cục Thi hành án dân sự (THADS)']],
    ['Chủ tịch UBND TP. Cần Thơ Lý Văn Minh cho biết.', ['Chủ tịch UBND TP. Cần Thơ']],
    ['Công ty của Giám đốc Sở và Lý Văn Minh hợp tác.', []],
    ['Bộ trưởng Bộ Công an về việc điều tra bác sĩ Lý Văn Minh.', []],
    // a body of sixteen words, its country last
    ['Hội kiến Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc Trung Quốc Lý Văn Minh.', ['Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc Trung Quốc']],
    ['Theo Chi cục trưởng Chi cục Thủy lợi - Sở Nông nghiệp và Phát triển Nông thôn tỉnh Hậu Giang Lý Văn Minh.', ['Chi cục trưởng Chi cục Thủy lợi - Sở Nông nghiệp và Phát triển Nông thôn tỉnh Hậu Giang']],
  ])('%s', (text, roles) => {
    expect(before(text, 'Lý Văn Minh')).toEqual(roles);
  });

  it('does not read past the floor (the previous person’s mention)', () => {
    const text = 'Thứ trưởng Bộ Nội vụ Vũ Đăng Minh và Chánh Văn phòng Bộ Lý Văn Minh cùng dự.';
    expect(before(text, 'Lý Văn Minh', text.indexOf(' và'))).toEqual(['Chánh Văn phòng Bộ']);
  });

  it('reads the posts before a colon for a list of names', () => {
    const text = 'các đồng chí Phó Chủ tịch UBND tỉnh: Lý Văn Minh, Trần Văn Hùng';
    expect(checked(text, rolesBeforeColon(text, text.indexOf('Lý'), 0))).toEqual(['Phó Chủ tịch UBND tỉnh']);
    expect(rolesBeforeColon('Ảnh: Lý Văn Minh', 5, 0)).toEqual([]);
  });

  it('reads the posts before a dash and an honorific', () => {
    const text = 'Phó Chủ tịch UBND huyện - bà Lý Thị Minh';
    expect(checked(text, rolesBeforeDash(text, text.indexOf('bà'), 0))).toEqual(['Phó Chủ tịch UBND huyện']);
    expect(rolesBeforeDash('Hội nghị, bà Lý Thị Minh', 10, 0)).toEqual([]);
  });
});

describe('rolesBefore: a body’s parent after a comma', () => {
  it.each([
    ['Phó Vụ trưởng Vụ Tư pháp, Bộ Kế hoạch và Đầu tư Lý Văn Minh nhận xét.', ['Phó Vụ trưởng Vụ Tư pháp, Bộ Kế hoạch và Đầu tư']],
    ['Trưởng phòng Cấp phép xây dựng, Sở Xây dựng Lý Văn Minh cho hay.', ['Trưởng phòng Cấp phép xây dựng, Sở Xây dựng']],
    ['nguyên Chủ tịch UBND xã Cửa Dương, huyện Phú Quốc Lý Văn Minh bị bắt.', ['nguyên Chủ tịch UBND xã Cửa Dương, huyện Phú Quốc']],
    ['Phó Chủ tịch UBND tỉnh, Trưởng ban Lý Văn Minh phát biểu.', ['Phó Chủ tịch UBND tỉnh', 'Trưởng ban']],
  ])('%s', (text, expected) => {
    expect(before(text, 'Lý Văn Minh')).toEqual(expected);
  });

  it('needs a post before the comma', () => {
    expect(before('Làm việc với Sở Nội vụ, tỉnh Quảng Nam Lý Văn Minh cho biết.', 'Lý Văn Minh')).toEqual([]);
  });
});

describe('rolesBefore: "ĐB", a post only right before the name', () => {
  it('reads "ĐB" before a name', () => {
    expect(before('Theo ĐB Lý Văn Minh (Hưng Yên), cần sửa luật.', 'Lý Văn Minh')).toEqual(['ĐB']);
  });

  it('keeps posts listed before it', () => {
    expect(before('Ủy viên Trung ương Đảng, ĐB Lý Văn Minh phát biểu.', 'Lý Văn Minh')).toEqual(['Ủy viên Trung ương Đảng', 'ĐB']);
  });

  it.each([
    'Trả lời ĐB, Thống đốc Ngân hàng Nhà nước Lý Văn Minh khẳng định.',
    'Trao đổi lại với ĐB Vân, Bộ trưởng Nội vụ Lý Văn Minh cho rằng.',
    'Làm rõ những vấn đề ĐB quan tâm, Bộ trưởng Y tế Lý Văn Minh cho rằng.',
  ])('leaves the deputies out of the next post: %s', (text) => {
    const posts = before(text, 'Lý Văn Minh');
    expect(posts).toHaveLength(1);
    expect(posts[0]).not.toContain('ĐB');
  });
});

describe('rolesBefore: a post with a given name alone is another person', () => {
  it('leaves "Bí thư Thăng" out of the next name’s posts', () => {
    expect(before('Báo cáo với Bí thư Thăng, Chủ tịch UBND quận 2 Lý Văn Minh cho biết.', 'Lý Văn Minh')).toEqual(['Chủ tịch UBND quận 2']);
  });

  it.each([
    ['Chủ tịch Hội, Trưởng ban Lý Văn Minh phát biểu.', ['Chủ tịch Hội', 'Trưởng ban']],
    ['Giám đốc Sở, Trưởng ban Lý Văn Minh phát biểu.', ['Giám đốc Sở', 'Trưởng ban']],
  ])('keeps a post with a body named in one word: %s', (text, expected) => {
    expect(before(text, 'Lý Văn Minh')).toEqual(expected);
  });
});

describe('rolesBefore: a comma inside a body’s name', () => {
  it.each([
    ['Cục trưởng Cục Quản lý chất lượng nông, lâm, thủy sản Nguyễn Như Tiệp cho biết.', 'Cục trưởng Cục Quản lý chất lượng nông, lâm, thủy sản'],
    ['Cục trưởng Cục Quản lý Khám, chữa bệnh (Bộ Y tế) Lương Ngọc Khuê cho biết.', 'Cục trưởng Cục Quản lý Khám, chữa bệnh (Bộ Y tế)'],
  ])('%s', (text, role) => {
    expect(before(text, text.includes('Tiệp') ? 'Nguyễn Như Tiệp' : 'Lương Ngọc Khuê')).toEqual([role]);
  });
});

describe('rolesBefore: a foreign name inside the words before a name is another person', () => {
  it.each([
    ['HLV Conte vô địch Premier League năm ngoái.', 'Premier League'],
    ['Martial đang bị HLV Jose Mourinho tìm cách đẩy khỏi Old Trafford.', 'Old Trafford'],
    ['Đô đốc Kuznetsov thuộc Hạm đội Phương Bắc được điều động.', 'Phương Bắc'],
  ])('%s', (text, name) => {
    expect(before(text, name)).toEqual([]);
  });

  it.each([
    ['Giám đốc Google của Việt Nam Lý Văn Minh cho biết.', 'Lý Văn Minh', ['Giám đốc Google của Việt Nam']],
    ['Nhà sáng lập kiêm CEO của Tesla và SpaceX Elon Musk nói.', 'Elon Musk', ['CEO của Tesla và SpaceX']],
  ])('keeps a firm named in the body: %s', (text, name, roles) => {
    expect(before(text, name)).toEqual(roles);
  });
});

describe('rolesBefore: a post right before a rank is the same person\'s', () => {
  it.each([
    ['Chiều 26/01, Phó Giám đốc Công an tỉnh Đại tá Lý Văn Minh kiểm tra.', ['Phó Giám đốc Công an tỉnh', 'Đại tá']],
    ['Dự có Bộ trưởng Bộ Công an Đại tướng Lý Văn Minh.', ['Bộ trưởng Bộ Công an', 'Đại tướng']],
    // a longer rank holds the rank; "và" opens another person
    ['Dự có Phó Đô đốc Lý Văn Minh.', ['Phó Đô đốc']],
    ['Quốc vụ khanh Bộ Quốc phòng và Đại tướng Lý Văn Minh dự.', ['Đại tướng']],
  ])('%s', (text, roles) => {
    expect(before(text, 'Lý Văn Minh')).toEqual(roles);
  });
});

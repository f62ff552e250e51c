import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProvince } from '../../src/extract/province.js';

describe('extractProvince', () => {
  it.each([
    ['UBND tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác cải cách hành chính.', 'Lạng Sơn'],
    ['Sáng nay, UBND tỉnh Lào Cai họp phiên thường kỳ tháng 6.', 'Lào Cai'],
    ['Thành phố Đà Nẵng đưa nền tảng công dân số vào sử dụng.', 'Đà Nẵng'],
    ['Chỉ số cải cách hành chính của TP. Hồ Chí Minh tăng 3 bậc.', 'Hồ Chí Minh'],
    ['TP.HCM đẩy mạnh chuyển đổi số; tỉnh Bình Dương cũng vậy. TP.HCM dẫn đầu.', 'Hồ Chí Minh'],
    ['Tỉnh Thanh Hoá triển khai dịch vụ công trực tuyến toàn trình.', 'Thanh Hóa'],
    ['Kết quả PAR Index của tỉnh Bà Rịa - Vũng Tàu năm 2023.', 'Bà Rịa - Vũng Tàu'],
    ['UBND tỉnh Thừa Thiên Huế chỉ đạo rà soát thủ tục.', 'Thừa Thiên Huế'],
    ['Đắk Lắk: Nâng cao chất lượng phục vụ\n\nTỉnh Đắk Lắk đã số hóa hồ sơ.', 'Đắk Lắk'],
  ])('%s', (text, province) => {
    expect(extractProvince(text)).toBe(province);
  });

  it.each([
    ['Bác sĩ Bệnh viện Nhi đồng 1 (TP.HCM) cho biết; bệnh nhi ở TP.HCM đã ổn định.', 'Hồ Chí Minh'],
    ['Ngày 6/2, Tp.HCM khởi công dự án; Tp HCM sẽ hoàn thành năm sau.', 'Hồ Chí Minh'],
    ['CLB tại TP.Cần Thơ đã trình bày; TP.Cần Thơ sẽ xem xét.', 'Cần Thơ'],
    ['Người dân (Hà Nội) xếp hàng; cửa hàng ở quận 1 (Hà Nội) cũng vậy.', 'Hà Nội'],
  ])('%s', (text, province) => {
    expect(extractProvince(text)).toBe(province);
  });

  it('finds a form at the start, after an opener, and not inside a longer word', () => {
    expect(extractProvince('Hà Nội: nâng cao chất lượng\n\nUBND thành phố Hà Nội họp.')).toBe('Hà Nội');
    expect(extractProvince('Khai mạc hội chợ\n“TP.HCM sẵn sàng”, ông nói; (TP.HCM) đã chuẩn bị.')).toBe('Hồ Chí Minh');
    expect(extractProvince('Dự án Hàng Nội địa; Hàng Nội và Hà Nộix.')).toBeNull();
  });

  it('does not read an ocean or a lower-case word as a province', () => {
    expect(extractProvince('Khu vực châu Á-Thái Bình Dương và châu Á - Thái Bình Dương hợp tác.')).toBeNull();
    expect(extractProvince('Bộ Chỉ huy Thái bình dương của Mỹ; Thái bình dương rộng lớn.')).toBeNull();
  });

  it('weighs the title and lead over a passing mention later', () => {
    const text = 'Tỉnh Nghệ An công bố chỉ số hài lòng\n\nUBND tỉnh Nghệ An vừa công bố kết quả.\n\n' + 'Nội dung. '.repeat(80) + 'Đoàn công tác tỉnh Hà Tĩnh tới học tập.';
    expect(extractProvince(text)).toBe('Nghệ An');
  });

  it('uses a title given apart from the body', () => {
    expect(extractProvince('Năm nay, tỉnh đã giảm 20% thủ tục.', 'Quảng Trị: giảm 20% thủ tục hành chính')).toBe('Quảng Trị');
  });

  it('is null when no province is named, or only in passing', () => {
    expect(extractProvince('UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính.')).toBeNull();
    expect(extractProvince('Hội nghị có đại diện các bộ, ngành.\n\n' + 'Nội dung. '.repeat(80) + 'Một đại biểu đến từ Nam Định.')).toBeNull();
  });

  it('does not read a dateline or a person as the subject', () => {
    expect(extractProvince('Hà Nội (TTXVN 18/4) - Bộ Nội vụ công bố chỉ số của 6 vùng kinh tế.')).toBeNull();
    expect(extractProvince('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Chủ tịch Hồ Chí Minh dạy.')).toBeNull();
    expect(extractProvince('Các nước ven Thái Bình Dương hợp tác; Thái Bình Dương rộng lớn.')).toBeNull();
  });

  it('is null when several provinces are named alike (a national ranking)', () => {
    expect(extractProvince('Dẫn đầu là TP. Hải Phòng; đứng cuối là tỉnh Kiên Giang.')).toBeNull();
  });

  it('reads the seed reports', () => {
    expect(extractProvince(readFileSync('fixtures/000_7e500347ba852232.txt', 'utf8'))).toBe('Lạng Sơn');
    const seed002 = readFileSync('fixtures/002_31f907290d9b425c.txt', 'utf8');
    expect(extractProvince(seed002.slice(0, seed002.indexOf('Tin Liên Quan')))).toBe('Lào Cai');
    expect(extractProvince(readFileSync('fixtures/004_9816fce5774da16b.txt', 'utf8'))).toBeNull();
  });

  it('names no province in hostile input', () => {
    for (const text of ['tỉnh '.repeat(30_000), 'Hà '.repeat(40_000), ','.repeat(100_000)]) {
      expect(extractProvince(text)).toBeNull();
    }
  });
});

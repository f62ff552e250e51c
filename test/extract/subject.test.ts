import { describe, expect, it } from 'vitest';
import { countSubject, percentageSubject, rankingSubject } from '../../src/extract/subject.js';

/** Subject of the percentage written `figure` in `text` (first occurrence). */
function ofPercent(text: string, figure: string): string | undefined {
  const start = text.indexOf(figure);
  const subject = percentageSubject(text, start, start + figure.length);
  if (subject !== undefined) expect(text.includes(subject)).toBe(true);
  return subject;
}

function ofCount(text: string, figure: string, unit: string): string | undefined {
  const start = text.indexOf(figure);
  const unitStart = text.indexOf(unit, start + figure.length);
  const subject = countSubject(text, unitStart, unitStart + unit.length, start);
  if (subject !== undefined) expect(text.includes(subject)).toBe(true);
  return subject;
}

function ofRanking(text: string, phrase: string): string | undefined {
  const subject = rankingSubject(text, text.indexOf(phrase));
  if (subject !== undefined) expect(text.includes(subject)).toBe(true);
  return subject;
}

describe('percentageSubject', () => {
  it('takes the measured noun after the figure', () => {
    expect(ofPercent('Toàn tỉnh đã tiếp nhận hồ sơ, trong đó 99,7% số hồ sơ đã giải quyết.', '99,7%')).toBe('số hồ sơ đã giải quyết');
    expect(ofPercent('Có 100% TTHC được niêm yết công khai; còn lại', '100%')).toBe('TTHC được niêm yết công khai');
    expect(ofPercent('gần 50% người dân trưởng thành có tài khoản.', '50%')).toBe('người dân trưởng thành có tài khoản');
  });

  it('follows a list of nouns across commas', () => {
    expect(ofPercent('100% cán bộ, công chức, viên chức sử dụng thư điện tử.', '100%')).toBe('cán bộ, công chức, viên chức sử dụng thư điện tử');
  });

  it('takes the named measure before its predicate', () => {
    expect(ofPercent('Tỷ lệ hồ sơ trả đúng hạn đạt trên 98%.', '98%')).toBe('Tỷ lệ hồ sơ trả đúng hạn');
    expect(ofPercent('Chỉ số hài lòng trung bình cả nước là 87,16%.', '87,16%')).toBe('Chỉ số hài lòng trung bình cả nước');
    expect(ofPercent('Theo báo cáo, tỉ lệ hồ sơ trực tuyến đạt tỉ lệ 94%.', '94%')).toBe('tỉ lệ hồ sơ trực tuyến');
    expect(ofPercent('tỷ lệ người dùng internet tăng từ 75% lên 80%.', '80%')).toBe('tỷ lệ người dùng internet');
  });

  it('skips an anchor that is an object ("đạt tỷ lệ cao")', () => {
    expect(ofPercent('Tỷ lệ giải quyết đúng hạn đạt tỷ lệ cao, trung bình đạt 99%.', '99%')).toBe('Tỷ lệ giải quyết đúng hạn');
  });

  it('keeps two measures of one sentence apart', () => {
    const text = 'Tỷ lệ hồ sơ trực tuyến đạt 60% và tỷ lệ thanh toán trực tuyến đạt 45%.';
    expect(ofPercent(text, '60%')).toBe('Tỷ lệ hồ sơ trực tuyến');
    expect(ofPercent(text, '45%')).toBe('tỷ lệ thanh toán trực tuyến');
  });

  it('takes a share of the population, not a verb that opens like a counted noun', () => {
    expect(ofPercent('chiếm 22% dân số toàn huyện', '22%')).toBe('dân số toàn huyện');
    expect(ofPercent('lãi tăng 40%, đồng thời đặt mục tiêu mới', '40%')).toBeUndefined();
  });

  it('does not take "số" from "thiểu số", "chuyển đổi số"', () => {
    expect(ofPercent('đồng bào dân tộc thiểu số cũng thấp hơn 10%.', '10%')).toBe('đồng bào dân tộc thiểu số');
    expect(ofPercent('Tỉnh đẩy mạnh chuyển đổi số tiếp cận 30%.', '30%')).not.toMatch(/^số/);
  });

  it('gives nothing where the sentence names no measure', () => {
    expect(ofPercent('(tăng 3,47% so với năm trước)', '3,47%')).toBeUndefined();
    expect(ofPercent('cao hơn 1,71% so với năm 2022', '1,71%')).toBeUndefined();
  });

  it('falls back to a short noun phrase before the predicate', () => {
    expect(ofPercent('tỉnh cao nhất là 94,07%, tỉnh thấp nhất là 85,54%.', '85,54%')).toBe('tỉnh thấp nhất');
  });

  it('never carries another percentage', () => {
    expect(ofPercent('Nhóm B đạt kết quả Chỉ số từ 80% - dưới 90%.', '90%')).not.toMatch(/%/);
  });
});

describe('countSubject', () => {
  it('takes the unit with its modifiers', () => {
    expect(ofCount('đã giảm 203 chỉ tiêu biên chế hành chính và 2.458 chỉ tiêu biên chế sự nghiệp', '203', 'chỉ tiêu')).toBe('chỉ tiêu biên chế hành chính');
    expect(ofCount('gồm 3.595 TTHC mới và thay thế, 977 TTHC sửa đổi', '3.595', 'TTHC')).toBe('TTHC mới và thay thế');
    expect(ofCount('đã thu về 28.372 phiếu hợp lệ.', '28.372', 'phiếu')).toBe('phiếu hợp lệ');
  });

  it('stops before the next figure and its connector', () => {
    expect(ofCount('mức độ 3 là 1.089 thủ tục và mức độ 4 là 450 thủ tục', '1.089', 'thủ tục')).toBeUndefined();
    expect(ofCount('tổng số 30.000 phiếu phát ra tại 63 tỉnh', '30.000', 'phiếu')).toBe('phiếu phát ra');
  });

  it('stops at a comma before a phrase that only opens like a counted noun', () => {
    expect(ofCount('xử phạt 2.229 tổ chức, đồng thời buộc khắc phục hậu quả', '2.229', 'tổ chức')).toBeUndefined();
    expect(ofCount('tiếp nhận 850 kiến nghị được xử lý, giải quyết xong', '850', 'kiến nghị')).toBe('kiến nghị được xử lý');
    expect(ofCount('khen thưởng 18 tác giả, tác phẩm, công trình xuất sắc', '18', 'tác giả')).toBe('tác giả, tác phẩm, công trình xuất sắc');
  });

  it('stops at a comma before a counted noun that opens a clause', () => {
    expect(ofCount('Với giá khoảng 2,5 triệu đồng, bạn sẽ sở hữu chiếc điện thoại', '2,5', 'đồng')).toBeUndefined();
    expect(ofCount('Giữa trưa nắng 40 độ, nam thanh niên cầm dao đâm người', '40', 'độ')).toBeUndefined();
  });

  it('stops at a comparison or a result', () => {
    expect(ofCount('tiếp nhận 28.817 hồ sơ TTHC, đạt 93,5%', '28.817', 'hồ sơ')).toBe('hồ sơ TTHC');
    expect(ofCount('giảm 12 đơn vị sự nghiệp công lập giai đoạn 2021 - 2025', '12', 'đơn vị')).toBe('đơn vị sự nghiệp công lập');
    expect(ofCount('tăng 5 bậc lên vị trí thứ 10', '5', 'bậc')).toBeUndefined();
  });

  it('takes a measure stated by a predicate right before the figure', () => {
    expect(ofCount('Chỉ số CCHC của huyện đạt 89,16 điểm.', '89,16', 'điểm')).toBe('Chỉ số CCHC của huyện');
    expect(ofCount('Chỉ số SIPAS được xác định với tổng số 30 phiếu', '30', 'phiếu')).toBeUndefined();
  });
});

describe('rankingSubject', () => {
  it('names the index before the ranking', () => {
    expect(ofRanking('Chỉ số PAR INDEX xếp 9/63 tỉnh', 'xếp')).toBe('Chỉ số PAR INDEX');
    expect(ofRanking('(tăng 26 bậc); PCI xếp thứ 16/63', 'xếp')).toBe('PCI');
    expect(ofRanking('Kết quả Chỉ số SIPAS 2021 đạt 88,64%, xếp vị thứ 16/63', 'xếp')).toBe('Kết quả Chỉ số SIPAS 2021');
  });

  it('gives nothing without an index name', () => {
    expect(ofRanking('Gia Lai đứng thứ 19', 'đứng')).toBeUndefined();
  });
});

describe('countSubject: a slash before a figure closes the phrase', () => {
  it('leaves the slash out', () => {
    expect(ofCount('Năm 2023 có 6.243 hồ sơ trễ hạn/81.560 hồ sơ tiếp nhận.', '6.243', 'hồ sơ')).toBe('hồ sơ trễ hạn');
    expect(ofCount('Giá vàng lên 1.233,80 USD/ounce.', '1.233,80', 'USD')).toBe('USD/ounce');
  });
});

describe('countSubject: a level, a right, a half or a gram after a comma opens a clause', () => {
  it('ends the subject at the comma', () => {
    const text = 'Giá vàng lên 1.233,80 USD/ounce, mức cao nhất kể từ phiên 11/11.';
    const at = text.indexOf('USD');
    expect(countSubject(text, at, at + 3, text.indexOf('1.233'))).toBe('USD/ounce');
  });
});

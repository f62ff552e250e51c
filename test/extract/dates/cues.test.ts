import { describe, expect, it } from 'vitest';
import { endsDateRange, hasDateCue, opensBracketedDayRange, opensDateRange, wordBefore } from '../../../src/extract/dates/cues.js';

/** Whether the year-less figure `figure` inside `text` reads as a date. */
function cued(text: string, figure: string): boolean {
  const index = text.indexOf(figure);
  return hasDateCue(text, index, index + figure.length, figure.includes('/') ? '/' : figure.includes('.') ? '.' : '-');
}

describe('wordBefore', () => {
  it('finds the word across spaces and a comma', () => {
    expect(wordBefore('Sáng 21/7', 5)).toEqual({ word: 'Sáng', start: 0, comma: false });
    expect(wordBefore('Hà Nội, 12/3', 8)).toEqual({ word: 'Nội', start: 3, comma: true });
    expect(wordBefore('(TTXVN 12/3)', 7)).toEqual({ word: 'TTXVN', start: 1, comma: false });
    expect(wordBefore('TP. 18/4', 4)).toEqual({ word: 'TP.', start: 0, comma: false });
  });

  it('needs one to three spaces and a word', () => {
    expect(wordBefore('21/7', 0)).toBeNull();
    expect(wordBefore('x(21/7', 2)).toBeNull();
    expect(wordBefore('Sáng     21/7', 9)).toBeNull();
    expect(wordBefore('2023, 6/6', 6)).toBeNull();
  });
});

describe('hasDateCue', () => {
  it.each([
    ['Sáng 21/7, Tỉnh ủy họp', '21/7'],
    ['ngày 26/9 tại hội trường', '26/9'],
    ['Chiều 23/6 tại hội trường', '23/6'],
    ['Sáng nay 9/4, UBND xã', '9/4'],
    ['hôm 5/8 vừa qua', '5/8'],
    ['từ 1/7 đến nay', '1/7'],
    ['đến 30/6 hằng năm', '30/6'],
    ['trước 15/12 các đơn vị', '15/12'],
    ['Thứ Năm, 11/7 tỉnh họp', '11/7'],
    ['Đà Nẵng (TTXVN 12/3) Các sở', '12/3'],
    ['Đà Nẵng, 12/3 - Sở Tư pháp', '12/3'],
    ['Hà Nội, 5/5 (TTXVN) - Liên đoàn Thương mại', '5/5'],
    ['Sáng 26-5, Hội đồng', '26-5'],
    ['ngày 24/7 tỉnh tổ chức lễ', '24/7'],
    ['Sáng nay (9/4), Sở Tài chính', '9/4'],
    ['Chiều qua (15/3) đoàn kiểm tra', '15/3'],
    ['vào thứ Năm (11/7) tới', '11/7'],
    ['vào ngày 20.11 hằng năm', '20.11'],
    ['Sáng 6.10, tại hội trường', '6.10'],
    ['hôm 18.9 vừa qua', '18.9'],
    ['Tối qua 11-8 ở', '11-8'],
    ['sáng mai 13.8 sẽ khai mạc', '13.8'],
    ['Chiều nay, 10.2 theo khảo sát', '10.2'],
    ['vào khoảng 9h sáng nay – 6.2, một du khách', '6.2'],
    ['Hôm qua - 11/5, tin đồn lan truyền', '11/5'],
    ['xảy ra khi chiều nay – 7/6, một chiếc máy bay', '7/6'],
    ['Sáng qua, 9/2, đoàn đã tới', '9/2'],
    ['Hôm nay, 14/5, Bộ công bố', '14/5'],
    ['tổ chức ngày 16 - 18/10 tới', '18/10'],
    ['trong 2 ngày 3-4/11, nhằm', '4/11'],
    ['ngày 21 và 22/8', '22/8'],
    ['kéo dài đến hết 19/11, hội chợ', '19/11'],
    ['từ 12/9 đến 3/10', '12/9'],
    ['trước 9/3 tại hội trường', '9/3'],
    ['nhân dịp 20/10 này', '20/10'],
    ['nộp báo cáo trước 28/9.', '28/9'],
    ['Bản tin THỜI SỰ 17/4: nhiều tin', '17/4'],
    ['Đà Nẵng (12/3) – Sở Tư pháp', '12/3'],
    ['giai đoạn 3 từ 17-6 áp dụng cho 46 tỉnh', '17-6'],
    ['từ 20/8 bắt đầu nhận hồ sơ', '20/8'],
    ['từ 1/7 chính thức vận hành', '1/7'],
    ['bảo đảm đến 30/6 giải ngân đạt trên 45%', '30/6'],
    ['ngày mở thưởng 3 đợt (31/1, 3/2 và 6/2 tức mùng 10 tháng Giêng)', '31/1'],
    ['Đoàn làm việc vào các ngày (12/3, 15/3 và 18/3) tại huyện', '12/3'],
    ['đến 30/9 đạt trên 75% kế hoạch', '30/9'],
    ['Thời tiết 5/6: Hà Nội tiếp tục nắng nóng\nDự báo hôm nay', '5/6'],
    ['hưởng ứng Ngày Đại dương thế giới 8-6. Thông qua', '8-6'],
    ['Ngày Dân số thế giới 11-7 với chủ đề', '11-7'],
    ['ngày đăng ký cuối cùng là 26/05. Năm 2016', '26/05'],
    ['số hồ sơ trễ hạn giảm so với thời điểm 30/9. Sở đã', '30/9'],
    ['nhận thưởng trong ngày thần tài 6.2. Trong 3 khách hàng', '6.2'],
    ['Sau ngày khủng bố 11.9, hầm được gia cố', '11.9'],
    ['Theo ông Tuấn, từ 17.3, Công an thành phố bổ sung 12 điểm', '17.3'],
    ['Phó chủ tịch cho rằng đến 31.7, UBND thành phố sẽ rà soát', '31.7'],
    ['trong 2 ngày đầu năm mới (2/2 và 3/2). Ngân hàng', '2/2'],
    ['Hội nghị tổ chức ngày 14-7 và 21-7. Sau đó', '21-7'],
    ['nhất là vào dịp 30-4 và 1-5 vừa rồi', '1-5'],
    ['Tính đến thời điểm 31.5, tổng tài sản', '31.5'],
    ['tại thời điểm ngày 1/7 có hiệu lực', '1/7'],
    ['Cổ phiếu lao dốc từ phiên giao dịch 17/5, khi đó', '17/5'],
    ['những tín hiệu tích cực trong phiên 29/5 nhanh chóng', '29/5'],
    ['Ngày giao dịch không hưởng quyền là 25/05 và', '25/05'],
    ['Nhận định chứng khoán 22/5: Tâm lý lạc quan\nHầu hết', '22/5'],
    ['Chung kết: 01h45 - 25/5: Ajax 0-2 Man Utd', '25/5'],
    ['AFC Champions League 13:00 - 24/05: Jeju United', '24/05'],
    ['trận chung kết FA Cup với Arsenal (23h30, 27/5) trước khi', '27/5'],
    ['Lịch thi đấu 22h – 22/6: Australia vs Cameroon', '22/6'],
    ['trận bán kết diễn ra khoảng 1h, 21/5. Chỉ cần', '21/5'],
    ['Lịch thi đấu tháng 2: 22h00 11/02 MU - Watford', '11/02'],
  ])('"%s" makes %s a date', (text, figure) => {
    expect(cued(text, figure)).toBe(true);
  });

  it.each([
    ['Năm nay, 6/6 huyện đều tăng', '6/6'],
    ['Hiện nay, 3.4 triệu người', '3.4'],
    ['xếp thứ 2/7 huyện', '2/7'],
    ['hoàn thành 35/35 ngành', '35/35'],
    ['phục vụ 24/7.', '24/7'],
    ['Tổng đài 24/7.', '24/7'],
    ['từ 10-12 hồ sơ', '10-12'],
    ['Kết quả năm nay\nSố xã đạt chuẩn 3/4: còn một xã', '3/4'],
    ['ngày hội có 2-3 nghìn người', '2-3'],
    ['Ngày công bình quân là 2/3 số ngày', '2/3'],
    ['phiên họp có 2/3 số đại biểu tán thành', '2/3'],
    ['tại thời điểm biểu quyết 2/3 số đại biểu', '2/3'],
    ['tại thời điểm 1/2 số hộ đã nộp', '1/2'],
    ['trong ngày làm việc 5/7 huyện đã nộp', '5/7'],
    ['Giá tăng từ 17.3 lên 18.2 nghìn đồng', '17.3'],
    ['DXG mới được đẩy qua 16.8. Hôm nay giảm', '16.8'],
    ['trong ngày đầu tiên 3/4 số thí sinh', '3/4'],
    ['Ngày 14-7 và 2-3 hồ sơ được nhận', '2-3'],
    ['nội dung.\nTrang 2/6\nTiếp theo', '2/6'],
    ['Ngày 14-7, 21-7 hồ sơ', '21-7'],
    ['Tỷ lệ đạt 3/4: chưa như mong muốn\nNăm nay', '3/4'],
    ['Đà Nẵng, 12-3 - Sở Tư pháp', '12-3'],
    ['Hải Phòng 2/3 số xã', '2/3'],
    ['Toàn tỉnh có Hải Dương, 5/5 (100%) huyện đạt', '5/5'],
    ['2/3 số xã', '2/3'],
    ['tăng (2/3) so với', '2/3'],
    ['đạt 20.11 điểm', '20.11'],
    ['qua 4-5 tháng', '4-5'],
    ['đạt 2.5 điểm', '2.5'],
    ['chiếm tới 3/4 diện tích canh tác', '2/3'],
    ['chỉ bằng 1/4 đến 1/5 mức cũ', '1/5'],
    ['sau 3/4 quãng đường', '2/3'],
    ['chiếm hết 3/4, nên người', '2/3'],
    ['Trong 24h, 5/7 huyện có mưa to', '5/7'],
    ['Trong 24h qua, 12/15 tỉnh có mưa', '12/15'],
    ['Lúc 20h - 3/4 số xe đã qua trạm', '3/4'],
    ['Sau 48h, 5/6 người bệnh đã khỏi', '5/6'],
    ['Kết quả các xã (5/7, 6/8 và 7/9 tiêu chí)', '5/7'],
    ['Tỷ lệ đạt (2/3, 3/4 và 4/5 số xã)', '2/3'],
  ])('"%s" leaves %s no date', (text, figure) => {
    expect(cued(text, figure)).toBe(false);
  });
});

describe('ranges of dates', () => {
  const at = (text: string, figure: string) => text.indexOf(figure);
  const endOf = (text: string, figure: string) => text.indexOf(figure) + figure.length;

  it('a figure after a date and a dash ends a range of dates', () => {
    expect(endsDateRange('(24/6/1967-24/6/2017)', at('(24/6/1967-24/6/2017)', '24/6/2017'), true)).toBe(true);
    expect(endsDateRange('từ ngày 4/6-30/8/2017', at('từ ngày 4/6-30/8/2017', '30/8'), true)).toBe(true);
    expect(endsDateRange('từ 29/4 – 2/5 nghỉ lễ', at('từ 29/4 – 2/5 nghỉ lễ', '2/5'), false)).toBe(true);
  });

  it('a figure after a lone day and a dash ends a range of days only when it has a year', () => {
    const text = 'xét xử (25-26/2/2016), tăng 3-8/3 số';
    expect(endsDateRange(text, at(text, '26/2'), true)).toBe(true);
    expect(endsDateRange(text, at(text, '8/3'), false)).toBe(false);
  });

  it('a dash inside a longer run of figures is no range', () => {
    const text = 'vị trí lần lượt 1-2-3. 6. 1968';
    expect(endsDateRange(text, at(text, '3. 6'), true)).toBe(false);
  });

  it('a date followed by a dash and a day/month opens a range', () => {
    expect(opensDateRange('(24/6/1967-24/6/2017)', endOf('(24/6/1967-24/6/2017)', '24/6/1967'))).toBe(true);
    expect(opensDateRange('từ 26/1 - 1/2,', endOf('từ 26/1 - 1/2,', '26/1'))).toBe(true);
    expect(opensDateRange('ngày 12/3-2020', endOf('ngày 12/3-2020', '12/3'))).toBe(false);
  });

  it('the end of a range is a date when its start is one', () => {
    expect(cued('Nghỉ Tết từ 26/1-1/2 và', '1/2')).toBe(true);
    expect(cued('hai ngày (30/5-31/5) diễn ra', '31/5')).toBe(true);
    expect(cued('Tỷ lệ đạt 1/2-3/4 chỉ tiêu', '3/4')).toBe(false);
  });

  it('two days and months alone in brackets after words, the second later, are a range of dates', () => {
    expect(cued('Trong 2 tuần đầu (1/7 - 14/7), các xã tiếp nhận hồ sơ.', '1/7')).toBe(true);
    expect(cued('Trong 2 tuần đầu (1/7 - 14/7), các xã tiếp nhận hồ sơ.', '14/7')).toBe(true);
    expect(cued('Đợt kiểm tra (25/9 – 3/10) đã kết thúc.', '25/9')).toBe(true);
    expect(cued('Tỷ lệ giảm (1/2 - 3/4) số hồ sơ.', '1/2')).toBe(false);
    expect(cued('Kết quả (5/7 - 3/7) không đổi.', '5/7')).toBe(false);
    expect(cued('Kết quả 63%(15/7 - 20/7) không đổi.', '15/7')).toBe(false);
  });
});

describe('a slashed day/month before "đến" and another', () => {
  it('is the start of a range of dates', () => {
    expect(cued('Hà Nội 3/3 đến 5/3 sẽ có mưa.', '3/3')).toBe(true);
    expect(cued('Giải đấu diễn ra 12/7 tới 20/7 tại Hà Nội.', '12/7')).toBe(true);
  });

  it('is no date when what follows is counted', () => {
    expect(cued('Tỷ số 3/5 đến 4/5 người dân đồng ý.', '3/5')).toBe(false);
  });
});

describe('holidays named by their day, dotted lists', () => {
  it('reads a day/month after "lễ", slashed or dotted', () => {
    expect(cued('Trong kỳ nghỉ lễ 30/4 vừa qua.', '30/4')).toBe(true);
    expect(cued('Dịp lễ 30.4 - 1.5, giá phòng tăng.', '30.4')).toBe(true);
    expect(cued('Ngày 4.9 là ngày nghỉ bù cho ngày Quốc khánh 2.9.', '2.9')).toBe(true);
  });

  it('reads a dotted day/month listed after one', () => {
    expect(cued('Dịp nghỉ lễ 30.4 và 1.5 năm nay.', '1.5')).toBe(true);
    expect(cued('Ngày 12.7 và 13.7, Sở GDCK tổ chức.', '13.7')).toBe(true);
  });

  it('reads no date in figures listed after one', () => {
    expect(cued('Giá 2.5 và 3.5 USD.', '3.5')).toBe(false);
  });
});

describe('a hyphenated day/month after "từ" and before a whole date', () => {
  it('opens a range of dates', () => {
    expect(cued('Tính từ 1-1 đến hết 30-4-2017, đã có 148 vụ.', '1-1')).toBe(true);
  });

  it('a range of figures stays one', () => {
    expect(cued('Mỗi ngày từ 10-12 đến 15-20 hồ sơ.', '10-12')).toBe(false);
  });
});

describe('days listed with commas after "ngày"', () => {
  it('cue the last one', () => {
    expect(cued('Vào ngày 18, 19, 20/4, đơn vị này phân luồng.', '20/4')).toBe(true);
    expect(cued('Ngày 11, 12/7, Bộ công bố điểm sàn.', '12/7')).toBe(true);
  });

  it('a list of figures without "ngày" cues nothing', () => {
    expect(cued('Các nhóm 1, 2, 3/4 số hộ.', '3/4')).toBe(false);
  });
});

describe('a day and month alone in brackets after words', () => {
  it('is a date', () => {
    expect(cued('Vào đúng mùng 1 Tết (28/1), cô gái đăng ảnh.', '28/1')).toBe(true);
    expect(cued('Bệnh nhân đi cấp cứu ngay trong đêm mùng 4 (31/1).', '31/1')).toBe(true);
    expect(cued('Hai ngày sau (8.6), bà Thảo mang tiền tới.', '8.6')).toBe(true);
  });

  it('is no date after "%" or as a common fraction', () => {
    expect(cued('Xếp hạng 4 (31/1).', '31/1')).toBe(false);
    expect(cued('Tỷ lệ giao bóng 63%(5/6) trong trận.', '5/6')).toBe(false);
    expect(cued('Một nửa (1/2) số hộ.', '1/2')).toBe(false);
  });
});

describe('opensBracketedDayRange', () => {
  it('finds "(" and a first day and a dash before the figure', () => {
    const text = 'Trong 4 ngày (1-4/6), Bắc Bộ có mưa.';
    expect(opensBracketedDayRange(text, text.indexOf('4/6'))).toBe(true);
    expect(opensBracketedDayRange(text, text.indexOf('ngày'))).toBe(false);
  });
});

describe('a listing entry\'s date line, a day and month and a clock time alone', () => {
  it('is a date on a line of its own', () => {
    expect(cued('Kích hoạt tài khoản định danh\n12/03 08:45\nĐến ngày 10/3, Công an tỉnh', '12/03')).toBe(true);
  });

  it('is no date inside a sentence or with words after the time', () => {
    expect(cued('Có 3/4 08:45 xã đã nộp.', '3/4')).toBe(false);
    expect(cued('\n12/03 08:45 giờ\n', '12/03')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { afterHonorifics } from '../../../src/extract/officials/foreign.js';
import { loneGivenNames } from '../../../src/extract/officials/given-names.js';

const lone = (text: string): string[] => loneGivenNames(text, afterHonorifics(text)).map((n) => text.slice(n.start, n.end));

describe('loneGivenNames', () => {
  it.each([
    ['Theo ông Quân, với dự án lớn cần làm rõ trách nhiệm.', ['Quân']],
    ['"Chúng tôi sẽ làm hết sức", ông Hùng nói.', ['Hùng']],
    ['Bà Nguyệt, một bệnh nhân ở huyện bên, cho biết đã chờ hai ngày.', ['Nguyệt']],
    ['Ông Định cho biết thêm: năm nay xã làm được 3 km đường.', ['Định']],
    ['Cũng theo bà Hẳng, trong sự cố quy trình vẫn được bảo đảm.', ['Hẳng']],
    // once each, however often called
    ['Ông Thắng cho biết. Theo ông Thắng, dân rất đồng tình.', ['Thắng']],
    ['Đồng chí Tư phát biểu chỉ đạo.', ['Tư']],
    // a longer word of a run is not the given name, nor a word apart from any run
    ['Ông Nguyễn Văn Hoan nghỉ hưu. Ông Hoa thay.', ['Hoa']],
    ['Ông Hùng. Hùng Vương là đường lớn, ông Lâm nói.', ['Lâm']],
    ['Quảng, Lâm và các xã khác. Ông Lâm cho biết.', ['Lâm']],
    // the south calls people by their place among the children, then the given name
    ['Ông Ba Hùng (ấp Hòa Thạnh) nói: năm rồi bán được giá. Bà Tư Lan hỏi thêm.', ['Ba Hùng', 'Tư Lan']],
    ['Chuyện khởi nghiệp của ông Năm Phích.', ['Năm Phích']],
  ])('%s', (text, expected) => {
    expect(lone(text)).toEqual(expected);
  });

  it.each([
    // the full name is written: other readers name the person
    'Ông Nguyễn Văn Quân, Giám đốc Sở, cho biết. Theo ông Quân, cần làm rõ.',
    'Tổng thống Moon Jae-in tới thăm. Ông Moon cho biết.',
    // a force called by its branch
    'Đối tượng đâm vào xe của một đồng chí Cảnh sát nhằm thoát thân.',
    'Đồng chí Công an xã đã có mặt kịp thời.',
    // written in full after being called, or as the run's last word before a point
    'Ông Quân cho biết. Anh Trần Minh Quân phụ trách.',
    'Theo ông Quân, phụ trách là Trần Minh Quân.',
    // a post, not a name
    'Ông Giám đốc cho biết sẽ xử lý.',
    'Bà Chủ tịch xã đã ký.',
    // places, gods, kin, foreigners and what a known person is called
    'Bà Rịa - Vũng Tàu dẫn đầu.',
    'Khu di tích chùa Bà Tấm đông khách.',
    'Bãi nghêu ở mũi ông Cọp chết hàng loạt.',
    'Ngày 23 tháng Chạp cúng ông Táo về trời.',
    'Tưởng nhớ tổ tiên, ông bà Với nhà khá giả.',
    'Đàn ông Việt hay đàn ông Tây đều vậy. Ông Tây trộm điện thoại.',
    'Ông Kim Văn Sơn (bà con quen gọi là ông Năm) phát biểu.',
    // a common surname alone, which calls no one by name
    'Ông Nguyễn cho biết.',
    // a name of several words after the honorific
    'Ông Lê Văn Lâm cho biết.',
  ])('no lone given name: %s', (text) => {
    expect(lone(text)).toEqual([]);
  });
});

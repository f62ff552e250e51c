import { describe, expect, it } from 'vitest';
import { foreignNamesAfterPosts } from '../../../src/extract/officials/foreign-posts.js';

/** Each name after a post of state, with its role. */
function found(text: string): [string, string][] {
  return foreignNamesAfterPosts(text).map(({ name, role }) => {
    expect(text.slice(role.start, role.end)).toBe(role.text);
    return [text.slice(name.start, name.end), role.text];
  });
}

describe('foreignNamesAfterPosts', () => {
  it.each([
    ['Tổng thống Mỹ Donald Trump cho biết.', [['Donald Trump', 'Tổng thống Mỹ']]],
    ['Ngoại trưởng John Kerry đã tới Hà Nội.', [['John Kerry', 'Ngoại trưởng']]],
    ['Tổng thống Mỹ George W. Bush thăm Việt Nam.', [['George W. Bush', 'Tổng thống Mỹ']]],
    ['Thủ tướng Canada Justin Trudeau phát biểu.', [['Justin Trudeau', 'Thủ tướng Canada']]],
    ['Thủ tướng Nhật Bản Shinzo Abe duyệt đội danh dự.', [['Shinzo Abe', 'Thủ tướng Nhật Bản']]],
    ['Thị trưởng bang Hamburg Olaf Scholz tiếp đoàn.', [['Olaf Scholz', 'Thị trưởng bang Hamburg']]],
    ['Do Thị trưởng thành phố Changwon Hong Nam-pyo làm trưởng đoàn.', [['Hong Nam-pyo', 'Thị trưởng thành phố Changwon']]],
    ['Ông bắt tay Cảnh sát trưởng thành phố Manchester Ian Hopkins.', [['Ian Hopkins', 'Cảnh sát trưởng thành phố Manchester']]],
    ['Tổng thống Hàn Quốc Park Geun-hye bác bỏ cáo buộc.', [['Park Geun-hye', 'Tổng thống Hàn Quốc']]],
    ['Ảnh: Tổng thống Mỹ Donald Trump Trong khuôn khổ chuyến thăm.', [['Donald Trump', 'Tổng thống Mỹ']]],
    ['Đại sứ Hoa Kỳ tại Việt Nam Ted Osius cho biết.', [['Ted Osius', 'Đại sứ Hoa Kỳ tại Việt Nam']]],
    ['Đại sứ Nga Sergey Kislyak tại Nhà Trắng đã nói.', [['Sergey Kislyak', 'Đại sứ Nga']]],
    ['Ngoại trưởng Úc Julia Bishop tại thủ đô Canberra nói.', [['Julia Bishop', 'Ngoại trưởng Úc']]],
    // after a foreign country a leader's name may be written in syllables Vietnamese has too; honorifics are neither role nor name
    ['Ông nhận chuông từ Thủ tướng Campuchia Hun Sen.', [['Hun Sen', 'Thủ tướng Campuchia']]],
    ['Thủ tướng Campuchia Samdech Techo Hun Sen cảnh báo.', [['Hun Sen', 'Thủ tướng Campuchia']]],
    // the sentence ends the name: the next one's capitals are not read on
    ['Lệnh của Tổng thống Trump. Anh Fadi Kassar ôm con.', [['Trump', 'Tổng thống']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Chủ tịch UBND tỉnh Long An dự.',
    'Bộ trưởng Bộ Công Thương Trần Tuấn Anh cho biết.',
    'Giám đốc Samsung Vietnam phát biểu.',
    'Thủ tướng Nguyễn Xuân Phúc chủ trì.',
    'Tổng thống Mỹ thăm Việt Nam.',
    // a Vietnamese city after "thành phố": no foreign name
    'Thị trưởng thành phố Hồ Chí Minh Lê Văn Thành.',
    'Thị trưởng thành phố New York tiếp đoàn.',
  ])('no foreign name: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('foreignNamesAfterPosts: a ministry between the post and the name', () => {
  it.each([
    ['Bộ trưởng Bộ Y tế Lào Bounkong Syhavong báo cáo.', 'Bounkong Syhavong', 'Bộ trưởng Bộ Y tế Lào'],
    ['Thứ trưởng Bộ Tư pháp Mỹ Rod Rosenstein cho biết.', 'Rod Rosenstein', 'Thứ trưởng Bộ Tư pháp Mỹ'],
    ['có Bộ trưởng Bộ Thể thao và Du lịch Alexander Shamko dự.', 'Alexander Shamko', 'Bộ trưởng Bộ Thể thao và Du lịch'],
  ])('%s', (text, name, role) => {
    expect(foreignNamesAfterPosts(text).map((p) => [text.slice(p.name.start, p.name.end), p.role.text])).toEqual([[name, role]]);
  });

  it('stops at a verb of the clause', () => {
    expect(foreignNamesAfterPosts('Bộ trưởng Bộ Quốc phòng chụp ảnh cùng Đại tướng Neang Phat.')).toEqual([]);
  });
});

describe('foreignNamesAfterPosts: a surname alone after a head of state or government', () => {
  it.each([
    ['con gái Tổng thống Trump và', 'Trump', 'Tổng thống'],
    ['Về phần mình, Thủ tướng Bulgaria Borisov nói.', 'Borisov', 'Thủ tướng Bulgaria'],
    ['Tổng thống Nga Putin cho biết.', 'Putin', 'Tổng thống Nga'],
    ['Gần đây, tổng thống Trump ký sắc lệnh.', 'Trump', 'tổng thống'],
    ['Theo ngoại trưởng Tillerson, Bộ Ngoại giao đã thu xếp.', 'Tillerson', 'ngoại trưởng'],
    // after any other post, a country between leaves the foreign word no other reading
    ['Bộ trưởng Quốc phòng Nga Shoigu nói.', 'Shoigu', 'Bộ trưởng Quốc phòng Nga'],
    ['Thứ trưởng Ngoại giao Nga Ryabkov nhấn mạnh.', 'Ryabkov', 'Thứ trưởng Ngoại giao Nga'],
    ['Phó Thủ tướng Nga Rogozin cảnh báo.', 'Rogozin', 'Phó Thủ tướng Nga'],
    ['Tổng thống Nga V. Putin có nhiều toan tính.', 'V. Putin', 'Tổng thống Nga'],
    ['Chủ tịch nước và Tổng thống Belarus A. Lukashenko đã ký Tuyên bố chung.', 'A. Lukashenko', 'Tổng thống Belarus'],
    ['Thủ tướng Hàn Quốc L. Nak-yon đã tiếp đoàn.', 'L. Nak-yon', 'Thủ tướng Hàn Quốc'],
    ['Chủ tịch nước mời Tổng thống A. Lukashenko thăm Việt Nam.', 'A. Lukashenko', 'Tổng thống'],
  ])('%s', (text, name, role) => {
    expect(foreignNamesAfterPosts(text).map((p) => [text.slice(p.name.start, p.name.end), p.role.text])).toEqual([[name, role]]);
  });

  it.each(['Tổng thống Philippines cho biết.', 'Thống đốc Texas nói.', 'Thủ tướng Anh nói.'])(
    'reads no surname in "%s"',
    (text) => {
      expect(foreignNamesAfterPosts(text)).toEqual([]);
    },
  );
});

describe('foreignNamesAfterPosts: heads of bodies across the body’s acronym, legislators', () => {
  it.each([
    ['Tổng thư ký IPU Martin Chungong phát biểu.', 'Martin Chungong', 'Tổng thư ký IPU'],
    ['Ông Trump sa thải Giám đốc FBI James Comey.', 'James Comey', 'Giám đốc FBI'],
    ['Thượng nghị sĩ Marco Rubio đặt câu hỏi.', 'Marco Rubio', 'Thượng nghị sĩ'],
  ])('%s', (text, name, role) => {
    expect(foreignNamesAfterPosts(text).map((p) => [text.slice(p.name.start, p.name.end), p.role.text])).toEqual([[name, role]]);
  });

  it.each(['Chủ tịch Bayern Munich cho biết.', 'Chủ tịch Tập đoàn Khaisilk Group cho biết.', 'Giám đốc PR Global Institute nói.'])(
    'reads no name in a firm or a club: %s',
    (text) => {
      expect(foreignNamesAfterPosts(text)).toEqual([]);
    },
  );
});

describe('foreignNamesAfterPosts: a hyphenated first name', () => {
  it('reads "Jean-Yves Le Drian" whole', () => {
    const text = 'Ngoại trưởng Pháp Jean-Yves Le Drian cho biết.';
    expect(foreignNamesAfterPosts(text).map((p) => text.slice(p.name.start, p.name.end))).toEqual(['Jean-Yves Le Drian']);
  });
});

describe('foreignNamesAfterPosts: names of three words', () => {
  it.each([
    ['Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan cho biết.', [['Recep Tayyip Erdogan', 'Tổng thống Thổ Nhĩ Kỳ']]],
    ['Chiến dịch của Tổng thống Juan Manuel Santos đã nhận tiền.', [['Juan Manuel Santos', 'Tổng thống']]],
    ['Tổng thống Hàn Quốc Moon Jae In triệu tập cuộc họp.', [['Moon Jae In', 'Tổng thống Hàn Quốc']]],
    ['Bộ trưởng Ngoại giao Iran Mohammad Javad Zarif nói.', [['Mohammad Javad Zarif', 'Bộ trưởng Ngoại giao Iran']]],
    ['Thủ tướng Canada Justin Trudeau phát biểu.', [['Justin Trudeau', 'Thủ tướng Canada']]],
  ])('reads the third word after a post of state or its country: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves a city after a post of a city or a state to the role', () => {
    expect(found('Thị trưởng Bogota Enrique Penalosa thông báo.')).toEqual([['Enrique Penalosa', 'Thị trưởng Bogota']]);
    expect(found('Cảnh sát trưởng Manchester Ian Hopkins cho biết.')).toEqual([['Ian Hopkins', 'Cảnh sát trưởng Manchester']]);
  });
});

describe('foreignNamesAfterPosts: names with a particle', () => {
  it.each([
    ['Tổng thống Syria Bashar al-Assad cho biết.', [['Bashar al-Assad', 'Tổng thống Syria']]],
    ['Tổng thống Bashar al-Assad. Trong khi đó, Nga phản đối.', [['Bashar al-Assad', 'Tổng thống']]],
    ['Cựu Thủ tướng Qatar Hamid bin Jasim từng nói.', [['Hamid bin Jasim', 'Cựu Thủ tướng Qatar']]],
    ['Ngoại trưởng Bahrain Sheikh Khalid bin Ahmed Al Khalifa nói.', [['Sheikh Khalid bin Ahmed Al Khalifa', 'Ngoại trưởng Bahrain']]],
    ['Bộ trưởng Quốc phòng Đức Ursula von der Leyen thăm đơn vị.', [['Ursula von der Leyen', 'Bộ trưởng Quốc phòng Đức']]],
    ['Tổng thống Brazil Luiz Inácio Lula da Silva phát biểu.', [['Luiz Inácio Lula da Silva', 'Tổng thống Brazil']]],
    ['Tổng Giám đốc IATA Alexandre de Juniac kêu gọi.', [['Alexandre de Juniac', 'Tổng Giám đốc IATA']]],
  ])('reads the whole name: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads none where capitals run on after the name, a full stop lost, or a word is glued after it', () => {
    expect(found('Chính quyền Tổng thống Syria Bashar al-Assad Ankara phản đối.')).toEqual([]);
    expect(found('Lật đổ Tổng thống Syria Bashar al-Assad-mục tiêu của phe đối lập.')).toEqual([]);
  });
});

describe('foreignNamesAfterPosts: a prefix of the post', () => {
  it('is part of the role', () => {
    expect(found('Điều này được cựu Tổng thống Mỹ Barack Obama khẳng định.')).toEqual([['Barack Obama', 'cựu Tổng thống Mỹ']]);
  });

  it('is not "quyền" of "chính quyền", the administration', () => {
    expect(found('Chính sách của chính quyền Tổng thống Mỹ Donald Trump gây tranh cãi.')).toEqual([['Donald Trump', 'Tổng thống Mỹ']]);
  });
});

describe('foreignNamesAfterPosts: names with accents and particles', () => {
  it.each([
    ['Ngoại trưởng Venezuela Delcy Rodríguez cũng bày tỏ.', 'Delcy Rodríguez', 'Ngoại trưởng Venezuela'],
    ['Giám đốc LHP Cannes Thierry Frémaux dự lễ.', 'Thierry Frémaux', 'Giám đốc LHP Cannes'],
  ])('%s', (text, name, role) => {
    expect(foreignNamesAfterPosts(text).map((p) => [text.slice(p.name.start, p.name.end), p.role.text])).toEqual([[name, role]]);
  });

  it('reads a name a particle goes on with whole, never a part of it', () => {
    expect(found('Tổng thống Ai Cập Abdel Fattah al-Sisi hội đàm.')).toEqual([['Abdel Fattah al-Sisi', 'Tổng thống Ai Cập']]);
    expect(found('Cựu Tổng thống Brazil Luiz Inácio Lula da Silva bác bỏ.')).toEqual([['Luiz Inácio Lula da Silva', 'Cựu Tổng thống Brazil']]);
    expect(found('Tổng thống Bashar al-Assad nói.')).toEqual([['Bashar al-Assad', 'Tổng thống']]);
  });
});

// Long hostile strings, shared by test/adversarial.test.ts (every record they give stays valid,
// every span holds its text) and scripts/linearity.js (time grows linearly with their length).
// Each builds a string of about `n` units of its repeating pattern.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Given names, to write many distinct names. */
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lâm', 'Minh', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Uyên', 'Vinh', 'Xuân', 'Yến'];

export const HOSTILE = {
  'digits': (n) => '9'.repeat(n),
  'dotted digits 1.1.1.1': (n) => '1.'.repeat(n),
  'commas': (n) => ','.repeat(2 * n),
  'comma digits 1,1,1': (n) => '1,'.repeat(n),
  'spaced digits': (n) => '12 '.repeat(n),
  'a row number before a line of figures': (n) => `\n1 Sở Tư pháp${' 1'.repeat(n)} x`,
  'slashes 1/1/1': (n) => '1/'.repeat(n),
  'dashes 1-1-1': (n) => '1-'.repeat(n),
  'percent signs': (n) => '%'.repeat(2 * n),
  'percentages 1% 1%': (n) => '1% '.repeat(n),
  'decimal percent run': (n) => '9,'.repeat(n) + '5%',
  'thousands run': (n) => '1.000'.repeat(n) + ' hồ sơ',
  'capitalised syllables': (n) => 'Nguyễn Văn '.repeat(n),
  'capitalised run without spaces': (n) => 'NgũNgũ'.repeat(n),
  'title words': (n) => 'Phó Chủ tịch UBND tỉnh '.repeat(n),
  'honorifics': (n) => 'ông bà đồng chí '.repeat(n),
  'decree prefixes': (n) => 'Nghị định số 1/'.repeat(n),
  'document symbols': (n) => 'số 107/2020/NĐ-CP'.repeat(n),
  'symbol letters': (n) => '1/2020/QĐ-'.repeat(n),
  'date words': (n) => 'ngày 1 tháng '.repeat(n),
  'dates': (n) => 'ngày 12/3/2021 '.repeat(n),
  'period words': (n) => 'giai đoạn 2020 - '.repeat(n),
  'years': (n) => '2020 – 2021 – '.repeat(n),
  'ranking words': (n) => 'xếp thứ 1/'.repeat(n),
  'count words': (n) => 'tăng 1 triệu '.repeat(n),
  'qualifiers': (n) => 'trên gần hơn đạt '.repeat(n),
  'parentheses': (n) => '('.repeat(n) + '1' + ')'.repeat(n),
  'spaces': (n) => ' '.repeat(2 * n) + '1%',
  'newlines': (n) => '\n'.repeat(2 * n) + 'Sáng 21/7',
  'letters': (n) => 'a'.repeat(2 * n),
  'alternating letters and digits': (n) => 'a1'.repeat(n),
  'mixed punctuation': (n) => '.,;:-/%'.repeat(n >> 2),
  'colon times': (n) => '10:05, '.repeat(n),
  'a post before endless places': (n) => 'ông Trần Văn A, Giám đốc Sở ' + 'Nội vụ '.repeat(n),
  'a name list after a post': (n) => 'Chủ tịch ' + 'Nguyễn Văn A và '.repeat(n),
  'open brackets after a name': (n) => 'ông Trần Văn A (' + 'Bộ Y tế) ('.repeat(n),
  'photo credits': (n) => 'Ảnh: ' + 'Nguyễn Văn Tuấn Ảnh: '.repeat(n),
  'a surname after an honorific': (n) => 'ông Smith nói. '.repeat(n),
  'surnames after honorifics': (n) => Array.from({ length: n }, (_, i) => `ông Smith${String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26))} nói. `).join(''),
  'a foreign name after a bare post': (n) => 'Chủ tịch Bob Smith nói. '.repeat(n),
  'a post, then endless commas': (n) => 'Giám đốc Sở Y tế, ' + 'hộ tịch và chứng thực, '.repeat(n) + 'Nguyễn Văn A',
  'list of places': (n) => 'xếp thứ 1, thứ 2, '.repeat(n),
  'first places': (n) => 'đứng đầu '.repeat(n),
  'ranking nouns': (n) => 'thứ hạng '.repeat(n) + 'từ 1/2 xuống 2/3',
  'ranges of figures': (n) => 'từ 1 đến '.repeat(n),
  'percent ranges': (n) => '5%-'.repeat(n),
  'a list of figures before a sign': (n) => '1, '.repeat(n) + 'và 5%',
  'figures listed with semicolons': (n) => '1; '.repeat(n) + 'và 2 %',
  'pairs of figures': (n) => '1 và '.repeat(n) + '2 xã',
  'moves before a sign': (n) => 'từ 1 xuống '.repeat(n) + '2%',
  'times before days': (n) => '8h30 - '.repeat(n) + '25/5',
  'periods from a year': (n) => 'từ năm 2011 đến '.repeat(n),
  'province words': (n) => 'tỉnh '.repeat(n),
  'a place name run': (n) => 'Hà '.repeat(n),
  'weekdays': (n) => 'Thứ bảy, '.repeat(n),
  'month words': (n) => ' tháng '.repeat(n),
  'kinds of documents': (n) => 'Nghị quyết '.repeat(n),
  'cited documents': (n) => 'Nghị định số 1/NĐ-CP, '.repeat(n),
  'recipients beside a signature': (n) => 'Nơi nhận:            KT. CHỦ TỊCH\n' + '- Sở Nội vụ;            PHÓ CHỦ TỊCH\n'.repeat(n),
  'header numbers': (n) => 'Số: 1/KH-UBND\n'.repeat(n),
  'ranges of dates': (n) => 'từ 1/2 đến '.repeat(n) + '3/4/2020',
  'named places after a bare number': (n) => 'Đề án 06 xã Hòa '.repeat(n),
  'amounts over a slash': (n) => '1 tỷ đồng/'.repeat(n) + '2 tỷ đồng',
  'initials after a post and "và"': (n) => 'Chủ tịch VCCI và Đại sứ Mỹ Marc E. '.repeat(n),
  'verbs of appointment after posts': (n) => 'ông Lê Văn An, Phó Giám đốc Sở, luân chuyển giữ chức '.repeat(n),
  'names and posts in one list': (n) => 'Lê Văn An, Phó Giám đốc Sở, '.repeat(n),
  'a ranking row of endless cells': (n) => 'Xếp hạng PAR INDEX' + ' 12/63'.repeat(n) + ' x',
  'rows under a header with places': (n) => 'Năm Điểm Xếp hạng\n' + '2016 76,51% 27/63\n'.repeat(n),
  'headers with places and no rows': (n) => 'Năm Điểm Xếp hạng Tên\n'.repeat(n),
  'ranking words after a lone bar': (n) => '|' + ' xếp hạng'.repeat(n),
  'a bar table with a column of places': (n) => 'Đơn vị | Điểm | Xếp hạng\n' + 'Sở Tư pháp | 91,2 | 1\n'.repeat(n),
  'list lines opening with places': (n) => '- Hạng 1: Sở Tư pháp\n'.repeat(n),
  'academic prefixes glued to names': (n) => 'TS.Lê Văn An, '.repeat(n),
  'table cells after names': (n) => '| Ông Lý Văn Thắng | Chủ tịch HĐND tỉnh '.repeat(n),
  'foreign names with particles after posts': (n) => 'Tổng thống Syria Bashar al-Assad và Ngoại trưởng Qatar Hamid bin Jasim bin Ali, '.repeat(n >> 2),
  'given names alone after honorifics': (n) => Array.from({ length: n >> 1 }, (_, i) => `ông ${GIVEN[i % 18]} nói, bà ${GIVEN[(i / 18) % 18 | 0]} Lê, `).join(''),
  // no punctuation: one stretch of letters and spaces, each given name read around its occurrences
  'given names alone in one unbroken stretch': (n) => Array.from({ length: n >> 1 }, (_, i) => `ông ${GIVEN[i % 18]} nói với bà ${GIVEN[(i / 18) % 18 | 0]} `).join(''),
  // a chairman named after the commune's post, each distinct run searched for elsewhere once
  'chairmen named after communes': (n) => Array.from({ length: n >> 2 }, (_, i) => `Chủ tịch UBND xã Sùng ${GIVEN[i % 18]} ${GIVEN[(i / 18) % 18 | 0]} phát biểu; `).join(''),
  // a document page's signer field each, the post's field searched for near each only
  'signers among document fields': (n) => 'Người ký: Nguyễn Văn An\n'.repeat(n >> 2),
  // a district's chairman named after the post, each distinct run searched for after "huyện" once
  'chairmen named after districts': (n) => Array.from({ length: n >> 2 }, (_, i) => `Chủ tịch UBND huyện Hoàng ${GIVEN[i % 18]} ${GIVEN[(i / 18) % 18 | 0]}, huyện Hoàng ${GIVEN[i % 18]} ${GIVEN[(i / 18) % 18 | 0]} đạt; `).join(''),
  'distinct names of four syllables': (n) => Array.from({ length: n >> 2 }, (_, i) => `ông Nguyễn ${GIVEN[i % 18]} ${GIVEN[(i / 18) % 18 | 0]} ${GIVEN[(i / 324) % 18 | 0]}, `).join(''),
};

/** Hostile page shapes: the HTML around a short article, about `n` units of the pattern. */
export const HOSTILE_PAGES = {
  'nested divs': (n) => '<div>'.repeat(n) + '%ARTICLE%' + '</div>'.repeat(n),
  'nested divs never closed': (n) => '<div>'.repeat(n) + '%ARTICLE%',
  'unclosed paragraphs and list items': (n) => '<p>Đoạn<li>mục'.repeat(n >> 1) + '%ARTICLE%',
  'a lone "<" run': (n) => '<'.repeat(n) + '%ARTICLE%',
  'an unterminated comment': (n) => '%ARTICLE%<!-- ' + 'Tin liên quan '.repeat(n >> 3),
  'short lines': (n) => `<div>${'Dòng ngắn<br>'.repeat(n >> 1)}</div>%ARTICLE%`,
};

/**
 * The seed reports of `fixtures`, each cut where its body ends (so that every copy is extracted
 * from), repeated to about `bytes` and cut at a line's end: a real article grown large.
 */
export function grownArticle(fixtures, findBodyEnd, bytes) {
  const bodies = readdirSync(fixtures)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(join(fixtures, n), 'utf8'))
    .map((text) => text.slice(0, findBodyEnd(text)).trim())
    .join('\n\n');
  const unit = Buffer.from(bodies + '\n\n', 'utf8');
  const whole = Buffer.concat(Array.from({ length: Math.ceil(bytes / unit.length) }, () => unit));
  return whole.subarray(0, whole.lastIndexOf(0x0a, bytes) + 1);
}

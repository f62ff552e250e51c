import { describe, expect, it } from 'vitest';
import { placesInRows } from '../../src/extract/ranking-rows.js';

const places = (text: string): (number | undefined)[][] => placesInRows(text).map((p) => (p.of === undefined ? [p.rank] : [p.rank, p.of]));

describe('placesInRows: a table row labelled with its ranking', () => {
  it.each([
    ['Xếp hạng PAR INDEX 38/63 41/63 29/63', [[38, 63], [41, 63], [29, 63]]],
    ['Thứ hạng | 12/63 | 9/63 |', [[12, 63], [9, 63]]],
    ['- Xếp hạng SIPAS: 5/63 3/63', [[5, 63], [3, 63]]],
    ['Chỉ số\tNăm 2022\nXếp hạng\t14/63\t10/63', [[14, 63], [10, 63]]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('reads no row that goes on in words, nor a total below its place', () => {
    expect(places('Xếp hạng 12/63 tỉnh, thành phố trong năm 2023.')).toEqual([]);
    expect(places('Xếp hạng chỉ số 63/12 năm nay')).toEqual([]);
    expect(places('Tỷ lệ hồ sơ 38/63 41/63')).toEqual([]);
  });
});

describe('placesInRows: a list line opening with its place', () => {
  it('reads "Hạng N:" before the name of the one placed', () => {
    expect(places('- Hạng 1: Sở Tư pháp – 78,62 điểm\n- Hạng 2: Sở Kế hoạch và Đầu tư – 77,90 điểm\n+ Hạng 20 – Sở Xây dựng')).toEqual([[1], [2], [20]]);
    expect(places('Hạng 5/21: UBND huyện Ba Vì')).toEqual([[5, 21]]);
  });

  it('reads no class of hospitals or a count after the colon', () => {
    expect(places('- Hạng 1: 5 bệnh viện\n- Hạng 2: 12 bệnh viện')).toEqual([]);
    expect(places('Bệnh viện hạng 1: Bệnh viện Đa khoa tỉnh')).toEqual([]);
  });
});

describe('placesInRows: the rows under a header with a column of places', () => {
  it('reads each row\'s place in the column, up to a line without one', () => {
    const table = 'Năm PAR INDEX Xếp hạng SIPAS\n2016 76,51% 27/63 80,12%\n2017 79,88% 18/63 82,47%\n\nNhư vậy tăng 9 bậc, 3/5 huyện đạt.';
    expect(places(table)).toEqual([[27, 63], [18, 63]]);
    expect(places('Đơn vị | Điểm | Thứ hạng\nSở Tư pháp | 91,2 | 1/21\nSở Y tế | 90,1 | 2/21')).toEqual([[1, 21], [2, 21]]);
    // a year in another column's name: "So với năm 2022"
    expect(places('Tỉnh | Kết quả | Xếp hạng | So với năm 2022\nLâm Đồng | 88,05% | 17/63 | tăng 5 bậc\nGia Lai | 85,22% | 44/63 | giảm 2 bậc')).toEqual([[17, 63], [44, 63]]);
  });

  it('reads a labelled row under such a header once', () => {
    expect(places('Năm Chỉ số Xếp hạng\nXếp hạng PAR INDEX 38/63 41/63')).toEqual([[38, 63], [41, 63]]);
  });

  it('reads no share with its unit, no date, nor a sentence for a header', () => {
    expect(places('Đơn vị Xếp hạng\nHuyện Ba Vì 12/15 hồ sơ')).toEqual([]);
    expect(places('Đơn vị Xếp hạng\nNgày 12/5/2023 họp')).toEqual([]);
    expect(places('Điểm 2023 | Xếp hạng | Điểm 12.5\nHuyện A | 12/15 | 80')).toEqual([]);
    expect(places('Tỉnh đã có nhiều cố gắng để cải thiện thứ hạng trong những năm qua, nhưng kết quả chưa như mong muốn và cần tiếp tục.\n2023 12/63')).toEqual([]);
  });
});

describe('placesInRows: a place alone in a column of places', () => {
  it('is read under the header cell naming the column (every annotated table of the kind has it)', () => {
    expect(places('STT | Cơ quan | Điểm | Xếp hạng\n1 | Sở Tư pháp | 91,24 | 1\n2 | Sở Nội vụ | 89,60 | 2')).toEqual([[1], [2]]);
    expect(places('Đơn vị | Hạng 2022 | Hạng 2023 | Thay đổi\nTP. Kon Tum | 2 | 1 | +1\nHuyện Đắk Hà | 1 | 2 | -1')).toEqual([[2], [1], [1], [2]]);
  });

  it('reads on past rows left out and a group\'s label, and stops where the table does', () => {
    expect(places('Thứ hạng | Bộ | Chỉ số (%)\n1 | Bộ Tư pháp | 90,02%\n...\n17 | Bộ Y tế | 79,88%\nỞ chỉ số thành phần, 3 bộ tăng.')).toEqual([[1], [17]]);
    expect(places('STT | Đơn vị | Xếp hạng\nA. Khối sở, ban, ngành\n1 | Sở Tư pháp | 1\nB. Khối huyện\n1 | Huyện A | 2')).toEqual([[1], [2]]);
    expect(places('STT | Đơn vị | Điểm\n1 | Sở Tư pháp | 91,2')).toEqual([]);
  });

  it('reads a place out of its total there once', () => {
    expect(places('Cơ quan | Điểm | Xếp hạng\nSở Tư pháp | 91,24 | 1/21')).toEqual([[1, 21]]);
  });
});

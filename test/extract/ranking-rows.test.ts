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

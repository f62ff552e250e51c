import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/documents.js';
import { attachIssued } from '../../src/refine/issued.js';
import type { DateItem, Items } from '../../src/schema.js';

const context = { reference: null };

/** A date item at the first occurrence of `written` in `text`. */
function dateAt(text: string, written: string, value: string, yearImplied = false): DateItem {
  const start = text.indexOf(written);
  return { text: written, span: [start, start + written.length], value, yearImplied };
}

function items(text: string, dates: DateItem[]): Items {
  return { dates, periods: [], officials: [], percentages: [], counts: [], documents: extractDocuments(text, context), rankings: [] };
}

describe('attachIssued', () => {
  it('gives a document the date written after it with "ngày"', () => {
    const text = 'Theo Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ.';
    const out = attachIssued(items(text, [dateAt(text, '14/9/2020', '2020-09-14')]), context, text);
    expect(out.documents[0].issued).toBe('2020-09-14');
  });

  it('accepts a comma, "ban hành ngày" and dates written in words', () => {
    const a = 'Kế hoạch số 12/KH-UBND, ngày 05 tháng 7 năm 2019 của UBND tỉnh';
    expect(attachIssued(items(a, [dateAt(a, '05 tháng 7 năm 2019', '2019-07-05')]), context, a).documents[0].issued).toBe('2019-07-05');
    const b = 'Quyết định số 45/QĐ-UBND ban hành ngày 3/2/2021';
    expect(attachIssued(items(b, [dateAt(b, '3/2/2021', '2021-02-03')]), context, b).documents[0].issued).toBe('2021-02-03');
    const c = 'Chỉ thị số 03/CT-UBND ngày 27/02/2017 của UBND tỉnh';
    expect(attachIssued(items(c, [dateAt(c, 'ngày 27/02/2017', '2017-02-27')]), context, c).documents[0].issued).toBe('2017-02-27');
  });

  it('gives each document of a list its own date', () => {
    const text = 'Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 và Nghị định số 37/2014/NĐ-CP ngày 05/5/2014';
    const out = attachIssued(items(text, [dateAt(text, '04/4/2014', '2014-04-04'), dateAt(text, '05/5/2014', '2014-05-05')]), context, text);
    expect(out.documents.map((d) => d.issued)).toEqual(['2014-04-04', '2014-05-05']);
  });

  it('leaves a document alone when the date is not its own', () => {
    const far = 'Thực hiện Nghị quyết số 30c/NQ-CP, tỉnh đã tổ chức hội nghị ngày 14/9/2020.';
    expect(attachIssued(items(far, [dateAt(far, '14/9/2020', '2020-09-14')]), context, far).documents[0].issued).toBeUndefined();
    const words = 'Quyết định số 9/QĐ-UBND có hiệu lực từ 1/1/2021';
    expect(attachIssued(items(words, [dateAt(words, '1/1/2021', '2021-01-01')]), context, words).documents[0].issued).toBeUndefined();
    const before = 'Ngày 28/10/2020, UBND tỉnh ban hành văn bản số 2410/UBND-KSTT';
    expect(attachIssued(items(before, [dateAt(before, '28/10/2020', '2020-10-28')]), context, before).documents[0].issued).toBeUndefined();
  });

  it('does not take a year it had to guess', () => {
    const text = 'Quyết định số 12/QĐ-UBND ngày 3/2 của UBND tỉnh';
    const out = attachIssued(items(text, [dateAt(text, '3/2', '2021-02-03', true)]), context, text);
    expect(out.documents[0].issued).toBeUndefined();
  });

  it('without the text, trusts only a gap as short as " ngày "', () => {
    const text = 'Nghị định số 108/2020/NĐ-CP ngày 14/9/2020; Nghị định 113, năm sau, ngày 1/1/2021';
    const out = attachIssued(items(text, [dateAt(text, '14/9/2020', '2020-09-14'), dateAt(text, '1/1/2021', '2021-01-01')]), context);
    expect(out.documents.map((d) => d.issued)).toEqual(['2020-09-14', undefined]);
  });

  it('returns the items unchanged when there is nothing to join', () => {
    const text = 'Không có văn bản nào.';
    const input = items(text, []);
    expect(attachIssued(input, context, text)).toBe(input);
  });
});

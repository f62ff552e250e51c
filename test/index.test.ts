import { describe, expect, it } from 'vitest';
import { extract, isErrorRecord } from '../src/index.js';

describe('library entry', () => {
  it('extracts a record from text, naming the source', () => {
    const record = extract('UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính.', { source: 'memo.txt' });
    expect(isErrorRecord(record)).toBe(false);
    expect(record.source).toBe('memo.txt');
  });

  it('defaults the source to "-" and accepts bytes', () => {
    const record = extract(new TextEncoder().encode('Tỷ lệ hồ sơ trả đúng hạn đạt trên 98%.'));
    expect(record.source).toBe('-');
    expect(isErrorRecord(record)).toBe(false);
  });

  it('turns bad input into an error record instead of throwing', () => {
    expect(extract('   ')).toMatchObject({ error: { code: 'empty' } });
  });
});

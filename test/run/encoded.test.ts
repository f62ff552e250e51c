import { describe, expect, it } from 'vitest';
import { ndjsonFormat } from '../../src/output/ndjson.js';
import { encodeRecord, packChunks, type Encoded } from '../../src/run/encoded.js';
import type { Record } from '../../src/schema.js';

const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());

describe('encodeRecord', () => {
  it('formats the record and counts its items per kind; an error record has no counts', () => {
    const failed: Record = { source: 'hỏng.txt', error: { code: 'not_found', message: 'hỏng.txt: no such file' } };
    const encoded = encodeRecord(failed, ndjsonFormat);
    expect(encoded).toEqual({ source: 'hỏng.txt', chunk: JSON.stringify(failed) + '\n', error: true, counts: [] });
  });
});

describe('packChunks', () => {
  const batch = (): Encoded[] =>
    ['Tỉnh ủy Hà Tĩnh đạt 98,5%\n', '', 'giảm 315 người\n', 'Nghị định số 107/2020/NĐ-CP\n'].map((chunk, i) => ({ source: `${i}.txt`, chunk, error: false, counts: [] }));

  it('turns every chunk into UTF-8 bytes on one buffer, each view holding exactly its own text', () => {
    const encoded = batch();
    const before = encoded.map((e) => e.chunk);
    const buffer = packChunks(encoded);
    for (const [i, e] of encoded.entries()) {
      expect(e.chunk).toBeInstanceOf(Uint8Array);
      expect((e.chunk as Uint8Array).buffer).toBe(buffer);
      expect(text(e.chunk)).toBe(before[i]);
    }
    expect(buffer.byteLength).toBe(Buffer.byteLength(before.join('')));
  });

  it('the buffer can move to another thread and the views come back whole', () => {
    const encoded = batch();
    const expected = encoded.map((e) => e.chunk);
    const buffer = packChunks(encoded);
    const moved = structuredClone(encoded, { transfer: [buffer] });
    expect(buffer.byteLength).toBe(0); // detached here: moved, not copied
    expect(moved.map((e) => text(e.chunk))).toEqual(expected);
  });

  it('takes chunks that are bytes already', () => {
    const encoded: Encoded[] = [{ source: 'a', chunk: Buffer.from('Sở Nội vụ\n'), error: false, counts: [] }];
    packChunks(encoded);
    expect(text(encoded[0].chunk)).toBe('Sở Nội vụ\n');
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendSink, atomicSink, stdoutSink } from '../../src/output/sink.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-sink-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('stdoutSink', () => {
  it('passes the chunks on in order, at the latest on the next turn of the event loop', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    const sink = stdoutSink(out);
    await sink.write('dòng 1\n');
    await sink.write('dòng 2\n');
    await tick();
    expect(chunks.join('')).toBe('dòng 1\ndòng 2\n');
    await sink.write('dòng 3\n');
    await sink.commit();
    expect(chunks.join('')).toBe('dòng 1\ndòng 2\ndòng 3\n');
  });

  it('takes UTF-8 bytes and text alike, in order', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const sink = stdoutSink(out);
    await sink.write('[\n');
    await sink.write(new TextEncoder().encode('{"tỉnh":"Hà Tĩnh"}'));
    await sink.write(',\n');
    await sink.write(Buffer.from('{"tỉnh":"Đắk Lắk"}'));
    await sink.write('\n]\n');
    await sink.commit();
    expect(Buffer.concat(chunks).toString()).toBe('[\n{"tỉnh":"Hà Tĩnh"},\n{"tỉnh":"Đắk Lắk"}\n]\n');
  });

  it('waits while the destination is behind (backpressure), and loses nothing', async () => {
    let received = '';
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk, _encoding, callback) {
        received += String(chunk);
        setTimeout(callback, 1);
      },
    });
    const sink = stdoutSink(slow);
    const line = 'x'.repeat(999) + '\n';
    for (let i = 0; i < 300; i++) await sink.write(line);
    await sink.commit();
    await new Promise((resolve) => slow.end(resolve));
    expect(received.length).toBe(300 * 1000);
  });

  it('rejects writes once the destination has failed', async () => {
    const broken = new Writable({ write: (_chunk, _encoding, callback) => callback(new Error('đĩa đầy')) });
    const sink = stdoutSink(broken);
    await sink.write('a\n');
    await tick();
    await tick();
    await expect(sink.write('b\n')).rejects.toThrow('đĩa đầy');
  });
});

describe('atomicSink', () => {
  it('the file appears only on commit', async () => {
    const path = join(dir, 'out.json');
    const sink = await atomicSink(path);
    await sink.write('[]\n');
    await tick();
    expect(existsSync(path)).toBe(false);
    await sink.commit();
    expect(readFileSync(path, 'utf8')).toBe('[]\n');
  });

  it('abort keeps the old file', async () => {
    const path = join(dir, 'old.json');
    writeFileSync(path, 'cũ');
    const sink = await atomicSink(path);
    await sink.write('mới');
    sink.abort();
    expect(readFileSync(path, 'utf8')).toBe('cũ');
  });
});

describe('appendSink', () => {
  it('appends to what is there, creating the file if needed', async () => {
    const path = join(dir, 'log.ndjson');
    for (const line of ['{"source":"a"}\n', '{"source":"b"}\n']) {
      const sink = await appendSink(path);
      await sink.write(line);
      await sink.commit();
    }
    expect(readFileSync(path, 'utf8')).toBe('{"source":"a"}\n{"source":"b"}\n');
  });

  it('lines written before an abort stay', async () => {
    const path = join(dir, 'crash.ndjson');
    const sink = await appendSink(path);
    await sink.write('{"source":"a"}\n');
    sink.abort();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(path, 'utf8')).toBe('{"source":"a"}\n');
  });
});

// A folder of hostile inputs, generated here, through the built CLI: every file is accounted
// for with a record, the error codes are the documented ones, decoded text gives the same
// items as its clean original, and the exit code is 1.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, KINDS, Record, isErrorRecord } from '../src/schema.js';
import { ensureBuilt, runCli, type CliResult } from './helpers/cli.js';
import { toNfd, toTcvn3, toUtf16, toVni, toWindows1258 } from './input/encoders.js';

const isRoot = process.getuid?.() === 0;
const FIXTURES = join(import.meta.dirname, '../fixtures');
const [seedA, seedB] = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(FIXTURES, n), 'utf8'));

// Written for this test; no toned capitals, which TCVN3 cannot write.
const OWN = [
  'Sáng ngày 12/3/2021, tại hội trường tỉnh, đồng chí Nguyễn Văn Bình, Phó Chủ tịch tỉnh chủ trì hội nghị tổng kết công tác cải cách hành chính.',
  'Năm 2020, tỉnh đã giải quyết 12.345 hồ sơ thủ tục hành chính, đạt tỷ lệ 98,5% hồ sơ đúng hạn; giảm 315 người so với năm trước.',
  'Kế hoạch số 45/KH-UBND về cải cách hành chính giai đoạn 2021 - 2025 được ban hành để thực hiện Nghị định số 107/2020/NĐ-CP.',
  'Chỉ số hài lòng của người dân tăng mạnh; tỉnh xếp thứ 12/63 tỉnh, thành phố trong cả nước.',
].join('\n\n');

const ENGLISH =
  'The provincial people’s committee held a conference on Tuesday to review the administrative reform programme. ' +
  'Officials reported that most public services are now available online and that citizens are broadly satisfied. ' +
  'The province ranked twelfth of sixty-three in the national index, up from twentieth the year before.';
const CHINESE = '省人民委员会于星期二召开会议，总结行政改革工作。官员报告说，大多数公共服务现已在网上提供，公民总体满意。该省在全国指数中排名第十二位，比前一年的第二十位有所上升。';
const VIQR = "Ho^.i nghi. to^?ng ke^t co^ng ta'c ca?i ca'ch ha`nh chi'nh na(m 2021 cu?a ti?nh. DDo^`ng chi' Chu? ti.ch UBND ti?nh pha't bie^?u chi? dda.o ta.i ho^.i nghi.. ".repeat(4);

/** Vietnamese in a byte mapping no decoder knows (as VISCII or VPS would be to us). */
function unknownLegacy(text: string): Buffer {
  const codes = new Map<string, number>();
  const bytes: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0));
    else {
      if (!codes.has(c)) codes.set(c, 0x80 + (codes.size % 0x80));
      bytes.push(codes.get(c)!);
    }
  }
  return Buffer.from(bytes);
}

const MAX_BYTES = 400_000;
type Expected = 'ok' | ErrorCode;

let dir: string;
let result: CliResult;
let records: Map<string, Record>;
const expected = new Map<string, Expected>();

function put(name: string, content: string | Buffer, outcome: Expected): void {
  writeFileSync(join(dir, name), content);
  expected.set(join(dir, name), outcome);
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'cchc-hostile-'));
  put('clean-a.txt', seedA, 'ok');
  put('clean-b.txt', seedB, 'ok');
  put('clean-own.txt', OWN, 'ok');
  put('empty.txt', '', 'empty');
  put('whitespace.txt', '  \n\t \u00a0\r\n\u200b\n', 'empty');
  put('tiny.txt', 'Hà Nội', 'ok');
  put('pdf.txt', Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(64, 7)]), 'binary');
  put('jpeg.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), 'binary');
  put('zip.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), 'binary');
  put('nul.txt', Buffer.from(`${OWN}\u0000\u0000\u0000${OWN}`, 'utf8'), 'binary');
  put('invalid-utf8.txt', Buffer.concat([Buffer.from(seedA, 'utf8'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff])]), 'ok');
  put('utf16le.txt', toUtf16(seedA, 'le'), 'ok');
  put('utf16be.txt', toUtf16(seedA, 'be'), 'ok');
  put('windows-1258.txt', toWindows1258(seedA), 'ok');
  put('tcvn3.txt', toTcvn3(OWN), 'ok');
  put('vni.txt', toVni(seedB), 'ok');
  put('nfd.txt', toNfd(seedA), 'ok');
  put('english.txt', ENGLISH, 'not_vietnamese');
  put('chinese.txt', CHINESE, 'not_vietnamese');
  put('viqr.txt', VIQR, 'unsupported_encoding');
  put('unknown-legacy.txt', unknownLegacy(seedB), 'unsupported_encoding');
  put('huge.txt', (seedA + '\n').repeat(Math.ceil((MAX_BYTES + 1) / Buffer.byteLength(seedA))), 'too_large');
  put('broken.html', `<html><body><div><p>${OWN.split('\n\n').join('<p>')}<div><b><i>`, 'ok');
  symlinkSync('self.txt', join(dir, 'self.txt'));
  expected.set(join(dir, 'self.txt'), 'unreadable');
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'gone.txt'));
  expected.set(join(dir, 'gone.txt'), 'not_found');
  mkdirSync(join(dir, 'sub'));
  symlinkSync(dir, join(dir, 'sub/loop')); // back to the top: walked once, adds nothing
  // chmod 000 denies reading to everyone but root; as root the case proves nothing and is
  // expected to read normally (walk.test.ts and read.test.ts skip their own such cases).
  put('locked.txt', OWN, isRoot ? 'ok' : 'unreadable');
  chmodSync(join(dir, 'locked.txt'), 0o000);
  writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x43]));
  writeFileSync(join(dir, 'notes.md'), 'not walked: not a default extension');

  const missing = join(dir, 'missing.txt');
  const photo = join(dir, 'photo.jpg');
  expected.set(missing, 'not_found');
  expected.set(photo, 'binary');
  result = runCli(['--format', 'ndjson', '--max-bytes', String(MAX_BYTES), '--quiet', dir, missing, photo]);
  records = new Map();
  for (const line of result.stdout.split('\n').filter(Boolean)) {
    const record = JSON.parse(line) as Record;
    records.set(record.source, record);
  }
}, 180_000);

afterAll(() => {
  if (!dir) return;
  chmodSync(join(dir, 'locked.txt'), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

function itemsOf(source: string): unknown {
  const record = records.get(join(dir, source));
  if (!record || isErrorRecord(record)) return record;
  return Object.fromEntries(KINDS.map((k) => [k, record[k]]));
}

describe('a folder of hostile inputs through the CLI', () => {
  it('exits 1 and writes nothing but whole JSON lines', () => {
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout.endsWith('\n')).toBe(true);
  });

  it('accounts for every input with exactly one record', () => {
    const lines = result.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(expected.size);
    expect([...records.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it('gives each input the outcome it should have', () => {
    const outcomes = Object.fromEntries([...records].map(([source, r]) => [source.slice(dir.length + 1), isErrorRecord(r) ? r.error.code : 'ok']));
    const wanted = Object.fromEntries([...expected].map(([source, e]) => [source.slice(dir.length + 1), e]));
    expect(outcomes).toEqual(wanted);
  });

  it('uses only documented error codes and explains each', () => {
    const documented = new Set<string>(ErrorCode.options.filter((c) => c !== 'usage'));
    for (const record of records.values()) {
      expect(Record.safeParse(record).success).toBe(true);
      if (isErrorRecord(record)) {
        expect(documented.has(record.error.code)).toBe(true);
        expect(record.error.message.length).toBeGreaterThan(5);
      }
    }
  });

  it('names the encoding it cannot convert', () => {
    const viqr = records.get(join(dir, 'viqr.txt'))!;
    expect(isErrorRecord(viqr) && viqr.error.message).toContain('VIQR');
  });

  it('gives decoded and normalised text the same items as the clean original', () => {
    const clean = itemsOf('clean-a.txt');
    expect(clean).toBeDefined();
    for (const variant of ['utf16le.txt', 'utf16be.txt', 'windows-1258.txt', 'nfd.txt']) expect(itemsOf(variant), variant).toEqual(clean);
    expect(itemsOf('vni.txt')).toEqual(itemsOf('clean-b.txt'));
    expect(itemsOf('tcvn3.txt')).toEqual(itemsOf('clean-own.txt'));
  });

  it('says in warnings how a document was decoded', () => {
    const warnings = (name: string) => {
      const r = records.get(join(dir, name))!;
      return isErrorRecord(r) ? [] : r.warnings;
    };
    expect(warnings('tcvn3.txt').join(' ')).toMatch(/TCVN3/);
    expect(warnings('vni.txt').join(' ')).toMatch(/VNI/);
    expect(warnings('invalid-utf8.txt').join(' ')).toMatch(/invalid UTF-8/);
    expect(warnings('clean-a.txt')).toEqual([]);
  });
});

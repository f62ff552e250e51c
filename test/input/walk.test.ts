import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXTENSIONS, walkInputs, type InputRef } from '../../src/input/walk.js';

const isRoot = process.getuid?.() === 0;
let root: string;

async function collect(inputs: string[], extensions = DEFAULT_EXTENSIONS): Promise<InputRef[]> {
  const refs: InputRef[] = [];
  for await (const ref of walkInputs(inputs, { extensions })) refs.push(ref);
  return refs;
}

const rel = (refs: InputRef[]) => refs.map((r) => (r.source.startsWith(root) ? r.source.slice(root.length + 1) : r.source));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cchc-walk-'));
  mkdirSync(join(root, 'news/2020'), { recursive: true });
  mkdirSync(join(root, 'news/2021'), { recursive: true });
  writeFileSync(join(root, 'news/2020/b.txt'), 'Bài hai');
  writeFileSync(join(root, 'news/2020/a.txt'), 'Bài một');
  writeFileSync(join(root, 'news/2021/trang.HTML'), '<p>Trang</p>');
  writeFileSync(join(root, 'news/2021/anh.jpg'), 'not text');
  writeFileSync(join(root, 'news/2021/ghi-chu.md'), '# ghi chú');
  writeFileSync(join(root, 'news/top.htm'), '<p>Đầu</p>');
  // A loop back to an ancestor, a link to itself and a link to nothing.
  symlinkSync(join(root, 'news'), join(root, 'news/2021/back-to-news'));
  symlinkSync('self.txt', join(root, 'news/self.txt'));
  symlinkSync(join(root, 'nowhere.txt'), join(root, 'news/gone.txt'));
  symlinkSync(join(root, 'nowhere'), join(root, 'news/gone-folder'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('folders', () => {
  it('walks recursively in name order, taking .txt, .html and .htm in any case', async () => {
    const refs = await collect([join(root, 'news')]);
    expect(rel(refs)).toEqual(['news/2020/a.txt', 'news/2020/b.txt', 'news/2021/trang.HTML', 'news/gone.txt', 'news/self.txt', 'news/top.htm']);
  });

  it('does not follow a symlink back into a folder already walked', async () => {
    const refs = await collect([join(root, 'news/2021')]);
    // back-to-news leads to news/, which is walked once, then its 2021 is not walked again.
    expect(rel(refs).filter((s) => s.endsWith('trang.HTML'))).toHaveLength(1);
  });

  it('reports a dangling link and a self link with a wanted extension as errors', async () => {
    const refs = await collect([join(root, 'news')]);
    const gone = refs.find((r) => r.source.endsWith('gone.txt'))!;
    const self = refs.find((r) => r.source.endsWith('self.txt'))!;
    expect(gone.kind === 'error' && gone.error.code).toBe('not_found');
    expect(self.kind === 'error' && self.error.code).toBe('unreadable');
    expect(self.kind === 'error' && self.error.message).toMatch(/symbolic links/);
  });

  it('takes other extensions with --ext', async () => {
    const refs = await collect([join(root, 'news')], ['.md']);
    expect(rel(refs)).toEqual(['news/2021/ghi-chu.md']);
  });

  it('walks a folder given twice only once', async () => {
    const refs = await collect([join(root, 'news/2020'), join(root, 'news/2020')]);
    expect(rel(refs)).toEqual(['news/2020/a.txt', 'news/2020/b.txt']);
  });

  // Skipped as root: root reads through chmod 000, so the case cannot be made.
  it.skipIf(isRoot)('reports a folder it may not read', async () => {
    const locked = join(root, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'x.txt'), 'x');
    chmodSync(locked, 0o000);
    try {
      const refs = await collect([locked]);
      expect(refs).toHaveLength(1);
      expect(refs[0].kind === 'error' && refs[0].error.code).toBe('unreadable');
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('files, patterns and standard input', () => {
  it('takes a named file whatever its extension', async () => {
    const refs = await collect([join(root, 'news/2021/anh.jpg')]);
    expect(refs).toEqual([{ source: join(root, 'news/2021/anh.jpg'), kind: 'file', path: join(root, 'news/2021/anh.jpg') }]);
  });

  it('gives a missing input an error ref in its place, keeping the order', async () => {
    const refs = await collect([join(root, 'news/2020/a.txt'), join(root, 'khong-co.txt'), join(root, 'news/2020/b.txt')]);
    expect(refs.map((r) => r.kind)).toEqual(['file', 'error', 'file']);
    expect(refs[1].kind === 'error' && refs[1].error.code).toBe('not_found');
  });

  it('treats a path through a file as missing', async () => {
    const refs = await collect([join(root, 'news/2020/a.txt/x.txt')]);
    expect(refs[0].kind === 'error' && refs[0].error.code).toBe('not_found');
  });

  it('expands glob patterns in sorted order', async () => {
    const refs = await collect([join(root, 'news/**/*.txt')]);
    expect(rel(refs)).toEqual(['news/2020/a.txt', 'news/2020/b.txt']);
  });

  it('reports a pattern that matches nothing', async () => {
    const refs = await collect([join(root, 'news/**/*.pdf')]);
    expect(refs).toHaveLength(1);
    expect(refs[0].kind === 'error' && refs[0].error.code).toBe('not_found');
    expect(refs[0].kind === 'error' && refs[0].error.message).toMatch(/no files match/);
  });

  it('passes "-" through as standard input', async () => {
    expect(await collect(['-'])).toEqual([{ source: '-', kind: 'stdin' }]);
  });
});

describe('large folders', () => {
  it('walks a folder of 20,000 files lazily and completely', async () => {
    const big = join(root, 'big');
    mkdirSync(big);
    for (let i = 0; i < 20_000; i++) writeFileSync(join(big, `${String(i).padStart(5, '0')}.txt`), '');
    const iterator = walkInputs([big, join(root, 'news/2020')], { extensions: DEFAULT_EXTENSIONS });
    const first = await iterator.next();
    expect(first.value?.source).toBe(join(big, '00000.txt'));
    let count = 1;
    let last = '';
    for await (const ref of iterator) {
      count++;
      last = ref.source;
    }
    expect(count).toBe(20_002);
    expect(last).toBe(join(root, 'news/2020/b.txt'));
  });
});

import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/run/progress.js';

describe('Progress', () => {
  it('shows documents, rate and errors; done/total once the total is known', () => {
    const counts = { documents: 0, errors: 0 };
    const progress = new Progress(new PassThrough(), counts);
    try {
      counts.documents = 50;
      counts.errors = 1;
      expect(progress.line()).toMatch(/^50 documents, \d+ docs\/s, 1 error$/);
      progress.setTotal(200);
      counts.errors = 3;
      expect(progress.line()).toMatch(/^50\/200 documents, \d+ docs\/s, 3 errors$/);
    } finally {
      progress.stop();
    }
  });

  it('clears its line on stop only when it drew one', () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (chunk) => chunks.push(String(chunk)));
    new Progress(out, { documents: 0, errors: 0 }).stop();
    expect(chunks.join('')).toBe('');
  });

  it('redraws the line in place a few times a second, then clears it', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const out = new PassThrough();
      const chunks: string[] = [];
      out.on('data', (chunk) => chunks.push(String(chunk)));
      const counts = { documents: 7, errors: 0 };
      const progress = new Progress(out, counts);
      vi.advanceTimersByTime(600);
      progress.stop();
      out.end();
      const written = chunks.join('');
      expect(written.startsWith('\r\x1b[K7 documents')).toBe(true);
      expect(written.match(/\r\x1b\[K7 documents/g)).toHaveLength(2);
      expect(written.endsWith('\r\x1b[K')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/run/ordered.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* numbers(n: number, pulled?: { count: number }): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    if (pulled) pulled.count++;
    yield i;
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('orderedMap', () => {
  it('yields results in source order although later items finish first', async () => {
    const delays = [30, 1, 20, 0, 10, 5, 0, 25];
    const result = await collect(orderedMap(numbers(delays.length), async (i) => (await sleep(delays[i]), i * 10), 4));
    expect(result).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
  });

  it('keeps at most `window` items started and not yet yielded', async () => {
    let started = 0;
    let yielded = 0;
    let most = 0;
    const fn = async (i: number) => {
      started++;
      most = Math.max(most, started - yielded);
      await sleep(i % 3 === 0 ? 8 : 0);
      return i;
    };
    for await (const _ of orderedMap(numbers(60), fn, 5)) yielded++;
    expect(yielded).toBe(60);
    expect(most).toBeLessThanOrEqual(5);
    expect(most).toBeGreaterThan(1); // it does run items concurrently
  });

  it('a slow first item holds back only the window, not the whole source', async () => {
    const pulled = { count: 0 };
    const results = orderedMap(numbers(1000, pulled), async (i) => (await sleep(i === 0 ? 30 : 0), i), 6);
    const first = await results.next();
    expect(first.value).toBe(0);
    expect(pulled.count).toBeLessThanOrEqual(7);
    await results.return(undefined);
  });

  it('pulls the source lazily and stops pulling when the consumer stops', async () => {
    const pulled = { count: 0 };
    for await (const i of orderedMap(numbers(10_000, pulled), async (i) => i, 3)) if (i === 4) break;
    expect(pulled.count).toBeLessThanOrEqual(8);
  });

  it('handles an empty source and a window of one', async () => {
    expect(await collect(orderedMap(numbers(0), async (i) => i, 4))).toEqual([]);
    expect(await collect(orderedMap(numbers(5), async (i) => -i, 1))).toEqual([-0, -1, -2, -3, -4]);
  });

  it('rejects a window below one', async () => {
    await expect(collect(orderedMap(numbers(3), async (i) => i, 0))).rejects.toThrow(RangeError);
  });
});

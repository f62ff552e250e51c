import { describe, expect, it } from 'vitest';
import { fnv1a, inShard, parseShard } from '../../src/run/shard.js';

const sources = Array.from({ length: 2000 }, (_, i) => `corpus/${i % 7}/bao-cao-cchc-${i}.txt`);

describe('parseShard', () => {
  it('reads K/N, 1-based', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard('4/4')).toEqual({ index: 4, count: 4 });
    expect(parseShard(' 2/3 ')).toEqual({ index: 2, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '1/0', '2', '1/2/3', 'a/b', '-1/2', '', '1.5/2'])('rejects %j', (value) => {
    expect(() => parseShard(value)).toThrow(RangeError);
  });
});

describe('fnv1a', () => {
  it('is the standard 32-bit FNV-1a, over UTF-8 bytes', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    // "đ" is two UTF-8 bytes (C4 91), not one UTF-16 unit.
    expect(fnv1a('đ')).toBe(fnv1a('\u0111'));
    expect(fnv1a('đ')).not.toBe(fnv1a('\u0011'));
  });
});

describe('inShard', () => {
  it.each([1, 2, 3, 5, 8])('N = %i: every source in exactly one shard', (count) => {
    const shards = Array.from({ length: count }, (_, k) => ({ index: k + 1, count }));
    const owners = sources.map((source) => shards.filter((shard) => inShard(source, shard)).length);
    expect(new Set(owners)).toEqual(new Set([1]));
  });

  it('spreads sources about evenly', () => {
    const sizes = [1, 2, 3, 4].map((index) => sources.filter((s) => inShard(s, { index, count: 4 })).length);
    for (const size of sizes) expect(size).toBeGreaterThan(400);
  });

  it('depends only on the source string', () => {
    const shard = { index: 2, count: 3 };
    expect(sources.map((s) => inShard(s, shard))).toEqual(sources.map((s) => inShard(s, shard)));
  });
});

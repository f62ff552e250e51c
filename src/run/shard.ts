// --shard K/N: every machine runs the same command over the same inputs and keeps the
// documents whose source hashes to its shard, so N outputs partition one run's records.
export interface Shard {
  /** 1-based: 1..count. */
  index: number;
  count: number;
}

const SHARD = /^(\d{1,6})\/(\d{1,6})$/;
const encoder = new TextEncoder();

export function parseShard(value: string): Shard {
  const match = SHARD.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new RangeError(`expected K/N with 1 ≤ K ≤ N, got "${value}"`);
  return { index, count };
}

/** 32-bit FNV-1a over the UTF-8 bytes: the same on every machine, Node version and run. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether the document named `source` (the path as walked from the inputs given) belongs to `shard`. */
export function inShard(source: string, shard: Shard): boolean {
  return fnv1a(source) % shard.count === shard.index - 1;
}

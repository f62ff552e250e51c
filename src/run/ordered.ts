/**
 * Maps `source` through `fn` with at most `window` calls running or finished-but-not-yet-
 * yielded at any time, and yields the results in source order. The window is the reorder
 * buffer: a slow document holds back at most `window - 1` finished ones, never the whole run.
 * `fn` must not reject (turn failures into values); the source is pulled lazily.
 */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, got ${window}`);
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<R>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else pending.push(fn(next.value));
      }
      const head = pending.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

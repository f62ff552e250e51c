// A stand-in worker for test/workers/pool.test.ts: echoes each document's bytes as text, dies
// (ends its thread) on a document whose source contains "crash", and fills its heap until the
// pool's limit ends it on one whose source contains "huge".
export default function echo(tasks) {
  return tasks.map((task) => {
    if (task.source.includes('crash')) process.exit(3);
    if (task.source.includes('huge')) {
      const held = [];
      for (;;) held.push(new Array(100_000).fill(task.source));
    }
    return { source: task.source, error: { code: 'empty', message: Buffer.from(task.bytes).toString('utf8') } };
  });
}

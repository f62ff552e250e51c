// A stand-in worker for test/workers/pool.test.ts: echoes each document's bytes as text, and
// dies (ends its thread) on a document whose source contains "crash".
export default function echo(tasks) {
  return tasks.map((task) => {
    if (task.source.includes('crash')) process.exit(3);
    return { source: task.source, error: { code: 'empty', message: Buffer.from(task.bytes).toString('utf8') } };
  });
}

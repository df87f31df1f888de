import cluster, { type Worker } from 'node:cluster';

/**
 * Forks `count` serving workers that share one listening socket (node:cluster) and resolves with their URL once
 * all of them listen. A worker that dies is replaced; SIGINT/SIGTERM stop them all. Every worker is a whole
 * server on the same store: SQLite in WAL mode lets them read at once, and writes wait for each other (up to the
 * busy timeout), so several workers suit read-heavy serving.
 */
export async function serveWithWorkers(
  count: number,
  beforeExit: () => Promise<void> | undefined = () => undefined,
): Promise<string> {
  let stopping = false;
  // Workers only serve: the primary runs and schedules integration runs (one job process per SQLite file).
  const fork = () => cluster.fork({ SEXTANT_WORKER: '1', SEXTANT_JOBS: '0' });
  const listening = Array.from({ length: count }, () => waitForListening(fork()));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    process.stderr.write(`worker ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
    fork();
  });
  const stop = (signal: string) => {
    stopping = true;
    process.stdout.write(`\n${signal}: shutting down ${count} workers\n`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
    const stopped = Promise.resolve(beforeExit()).catch(() => {});
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) void stopped.then(() => process.exit(0));
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  const urls = await Promise.all(listening);
  return urls[0]!;
}

function waitForListening(worker: Worker): Promise<string> {
  return new Promise((resolve, reject) => {
    worker.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type === 'listening' && message.url) resolve(message.url);
    });
    worker.once('exit', (code) => reject(new Error(`a worker exited with code ${code} before it listened`)));
  });
}

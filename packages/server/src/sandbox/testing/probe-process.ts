// A test-only sandbox process entry (never the entry of a run, so no uploaded code reaches it): started by
// layers.test.ts through launchSandboxProcess inside the same layers as a run, it tries what an isolate
// escape would try and reports over IPC what the operating system let it do.
import { readFileSync } from 'node:fs';
import net from 'node:net';

export interface ProbeTask {
  /** Files to read; each answers 'read' or the error code. */
  files: string[];
  /** A 127.0.0.1 port to connect to. */
  port: number;
}

export interface ProbeReport {
  uid: number;
  gid: number;
  cwd: string;
  reads: Record<string, string>;
  connect: string;
  openFilesLimit: string;
  coreFileLimit: string;
}

function tryRead(file: string): string {
  try {
    readFileSync(file);
    return 'read';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(5_000, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** A soft limit as /proc/self/limits says ('Max open files', 'Max core file size'). */
function limit(name: string): string {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((row) => row.startsWith(name));
    return line?.split(/\s{2,}/)[1] ?? 'unknown';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'unknown';
  }
}

process.once('message', async (task: ProbeTask) => {
  const reads = Object.fromEntries(task.files.map((file) => [file, tryRead(file)]));
  const report: ProbeReport = {
    uid: process.getuid?.() ?? -1,
    gid: process.getgid?.() ?? -1,
    cwd: process.cwd(),
    reads,
    connect: await tryConnect(task.port),
    openFilesLimit: limit('Max open files'),
    coreFileLimit: limit('Max core file size'),
  };
  process.send?.(report, () => process.exit(0));
});

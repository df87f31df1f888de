import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHILD = new URL('./job-server-child.ts', import.meta.url).pathname;

export interface JobServerProcess {
  url: string;
  /** The first admin's key when this start bootstrapped the catalog. */
  apiKey: string | null;
  child: ChildProcess;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts a real server process on a database (a PostgreSQL URL or a SQLite file) with a fast worker loop: polls
 * every 100 ms, schedules every second, leases of 5 s. Resolves when it listens.
 */
export async function spawnJobServer(database: {
  databaseUrl: string | undefined;
  sqliteFile: string | undefined;
}): Promise<JobServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-jobs-child-'));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CHILD], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: database.databaseUrl ?? '',
      SEXTANT_SQLITE_FILE: database.sqliteFile ?? '',
      SEXTANT_DATA_DIR: dataDir,
      SEXTANT_SECRET_KEY: '11'.repeat(32),
      PORT: '0',
      SEXTANT_JOB_POLL_MS: '100',
      SEXTANT_SCHEDULER_TICK_SECONDS: '1',
      SEXTANT_JOB_LEASE_SECONDS: '5',
    },
  });
  let output = '';
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const started = await new Promise<{ url: string; apiKey: string | null }>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`job server exited with ${code}:\n${output}`)));
  });
  return {
    ...started,
    child,
    output: () => output,
    kill: async (signal) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}

/** Polls `check` every 100 ms until it returns a value, or fails after `timeoutMs` saying what it waited for. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

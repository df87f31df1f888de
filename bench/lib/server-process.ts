import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_DIST = join(ROOT, 'packages/cli/dist/bundle/main.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** The first-start admin key printed by `serve`. */
  apiKey: string | undefined;
  /** Milliseconds from spawn to the line announcing the URL. */
  startedMs: number;
  stop(): Promise<void>;
}

/**
 * Starts `sextant serve` from the built CLI (the production path) in its own process on a free port and waits
 * for it to print its URL. `dataDir` defaults to a fresh temporary folder (an empty store).
 */
export async function startServerProcess(
  options: { dataDir?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {},
): Promise<ServerProcess> {
  if (!existsSync(CLI_DIST)) throw new Error('packages/cli/dist is missing: run `npm run build` first');
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sextant-bench-'));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [CLI_DIST, 'serve', '--port', '0', '--data-dir', dataDir, ...(options.args ?? [])],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const startedMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 100));
  const apiKey = /(sxt_[A-Za-z0-9_-]+)/.exec(output)?.[1];
  return {
    child,
    url,
    apiKey,
    startedMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

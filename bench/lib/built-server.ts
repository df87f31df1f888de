// A catalog server started as users start it: the built CLI (`sextant serve`) in its own process, on a fresh
// SQLite file. Benchmarks that quote the server's memory read that process's peak RSS (VmHWM), which holds the
// server alone: no benchmark driver, no TypeScript loader (tsx alone adds over 100 MB to a process).
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'packages/cli/bin/sextant.js');
// USER_HZ: 100 on every Linux Node runs on.
const CLOCK_TICKS_PER_SECOND = 100;

export interface BuiltServer {
  url: string;
  apiKey: string;
  /** The server process's peak resident memory so far, in MB (Linux /proc; NaN elsewhere). */
  peakRssMb(): number;
  /** The server process's CPU time so far (user + system, all threads), in seconds (Linux /proc; NaN elsewhere). */
  cpuSeconds(): number;
  close(): Promise<void>;
}

export async function startBuiltServer(env: Record<string, string> = {}): Promise<BuiltServer> {
  if (!existsSync(join(ROOT, 'packages/cli/dist')))
    throw new Error('run `npm run build` first: this bench starts the built server');
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-bench-server-'));
  // SERVER_NODE_ARGS='--trace-gc' and the like: node flags for the server alone, to see where its memory goes.
  const nodeArgs = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, CLI, 'serve', '--port', '0', '--data-dir', dataDir],
    {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', SEXTANT_ADMIN_PASSWORD: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let serving = false;
  const { url, apiKey } = await new Promise<{ url: string; apiKey: string }>((resolve, reject) => {
    const check = () => {
      const url = /serving (http:\/\/\S+)/.exec(output)?.[1];
      const apiKey = /(sxt_[A-Za-z0-9_-]+)/.exec(output)?.[1];
      if (url && apiKey) {
        serving = true;
        resolve({ url, apiKey });
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!serving) output += chunk.toString();
      // SERVER_OUTPUT=FILE: the server's output (logs, --trace-gc lines) goes on to that file once it serves.
      else if (process.env.SERVER_OUTPUT) appendFileSync(process.env.SERVER_OUTPUT, chunk);
      check();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`sextant serve exited with ${code}: ${output}`)));
  });
  return {
    url,
    apiKey,
    peakRssMb() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
        return kb / 1024;
      } catch {
        return Number.NaN;
      }
    },
    cpuSeconds() {
      try {
        // Fields 14 and 15 of /proc/PID/stat (after the parenthesised command name): utime, stime in clock ticks.
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
      } catch {
        return Number.NaN;
      }
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

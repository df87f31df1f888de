import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const HOST = fileURLToPath(new URL('./testing/orphan-host.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The sandbox processes `pid` forked (it has other children too, such as esbuild's service). */
function sandboxChildrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('sandbox-process'))
      .map((line) => Number.parseInt(line, 10));
  } catch {
    return []; // ps exits 1 when there is none
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `check` every 100 ms until it holds, for at most `limitMs` (a bound, not a timing assertion). */
async function waitFor(check: () => boolean, limitMs: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < limitMs; ) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('a sandbox process whose server dies', { timeout: 90_000 }, () => {
  it('ends too, instead of running on to its time limit', async () => {
    const host = spawn(process.execPath, ['--conditions=source', '--import', TSX, HOST], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const hostPid = host.pid!;
    let output = '';
    host.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    let sandboxPid: number | undefined;
    try {
      // Kill the host only once the isolate is looping: a sandbox process with no job yet exits by itself.
      expect(await waitFor(() => output.includes('looping'), 60_000)).toBe(true);
      sandboxPid = sandboxChildrenOf(hostPid)[0];
      expect(sandboxPid).toBeDefined();
      host.kill('SIGKILL');
      expect(await waitFor(() => !isAlive(sandboxPid!), 20_000)).toBe(true);
    } finally {
      host.kill('SIGKILL');
      if (sandboxPid && isAlive(sandboxPid)) process.kill(sandboxPid, 'SIGKILL');
    }
  });
});

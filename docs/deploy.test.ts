/**
 * Starts the systemd unit of docs/deploy.md the way systemd would: its `ExecStart` command line as written (the
 * installed `/usr/local/bin/sextant` is the built CLI bundle here), its `Environment=` lines, in its
 * `WorkingDirectory`, with two test-only changes: a temporary data dir and a free port. Then checks /readyz, the
 * metrics the unit turns on, and that SIGTERM stops it cleanly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const CLI = new URL('../packages/cli/dist/bundle/main.js', import.meta.url).pathname;
const doc = readFileSync(join(import.meta.dirname, 'deploy.md'), 'utf8');
const unit = /```ini\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

/** `Key=value` lines of the unit, in order (comments and sections aside). */
function directives(name: string): string[] {
  return unit
    .split('\n')
    .filter((line) => line.startsWith(`${name}=`))
    .map((line) => line.slice(name.length + 1));
}

test('the systemd unit’s ExecStart serves, is ready, serves metrics and stops on SIGTERM', async () => {
  expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
  const [execStart] = directives('ExecStart');
  const [program, ...args] = execStart!.split(/\s+/);
  expect(program).toBe('/usr/local/bin/sextant');
  const env: Record<string, string> = {};
  for (const assignment of directives('Environment')) {
    const [key, ...value] = assignment.split('=');
    env[key!] = value.join('=');
  }
  expect(env.SEXTANT_METRICS).toBe('1');
  expect(directives('WorkingDirectory')).toEqual(['/var/lib/sextant']);
  const stateDir = mkdtempSync(join(tmpdir(), 'sextant-unit-'));
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: stateDir,
    env: {
      PATH: process.env.PATH,
      ...env,
      SEXTANT_DATA_DIR: stateDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const seen = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /serving (http:\/\/\S+)/.exec(output)?.[1];
        if (found && /sxt_[A-Za-z0-9_-]+/.test(output)) resolve(found);
      };
      child.stdout!.on('data', seen);
      child.stderr!.on('data', seen);
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    expect(existsSync(join(stateDir, 'sextant.db'))).toBe(true);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { store: 'ok', migrations: 'ok', jobs: 'ok' },
    });
    const key = /(sxt_[A-Za-z0-9_-]+)/.exec(output)![1];
    const metrics = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${key}` } });
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('sextant_http_requests_total{method="GET",route="/readyz"');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 120_000);

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, type RunningServer, startServer } from '@sextant/server';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The README's API tour must work as written: run its shell block with curl against a real server on a real socket.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const tour = /<!-- readme-tour:start -->\s*```sh\n([\s\S]*?)```\s*<!-- readme-tour:end -->/.exec(readme)?.[1];

let server: RunningServer;
beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-readme-'));
  server = await startServer(loadConfig({}, { dataDir, sqliteFile: join(dataDir, 'sextant.db'), port: 0 }), {
    logger: false,
    adminPassword: 'readme-password',
  });
});
afterAll(async () => {
  await server?.close();
});

test('the README has an API tour block', () => {
  expect(tour).toBeTruthy();
  expect(tour).toContain('curl');
});

// Async on purpose: the server lives in this process, so a synchronous child would block the event loop it needs.
const run = promisify(execFile);

test('every command of the README tour succeeds and answers JSON', async () => {
  const commands = tour!
    .split(/\n(?=\S)/)
    .map((c) => c.trim())
    .filter((c) => c && !c.startsWith('#'))
    .map((c) => c.replace(/^(#.*\n)+/, ''));
  expect(commands.length).toBeGreaterThanOrEqual(4);
  for (const command of commands) {
    const { stdout: output } = await run('bash', ['-euo', 'pipefail', '-c', command], {
      env: { ...process.env, SEXTANT: server.url, SEXTANT_API_KEY: server.bootstrap!.apiKey },
      encoding: 'utf8',
    });
    expect(() => JSON.parse(output), `${command}\n→ ${output}`).not.toThrow();
    expect(output).not.toContain('s3cr3t');
  }
});

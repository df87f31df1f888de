import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterEach, describe, expect, test } from 'vitest';

/**
 * Shell tours in the README and docs/ must work as written. A tour is a ```sh block between `<!-- tour:start -->`
 * and `<!-- tour:end -->`; it runs in bash (`set -euo pipefail`, so `curl -sf` failures fail it) against a fresh
 * server on a real socket, with $SEXTANT and $SEXTANT_API_KEY set as the docs tell readers to set them.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const docs = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const TOUR = /<!-- tour:start -->\s*```sh\n([\s\S]*?)```\s*<!-- tour:end -->/g;
const tours = docs.flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(TOUR)].map((m, i) => ({
    file,
    index: i + 1,
    script: m[1]!,
  })),
);
// Async on purpose: the server lives in this process, so a synchronous child would block the event loop it needs.
const run = promisify(execFile);

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('the README has a tour', () => {
  expect(tours.some((t) => t.file === 'README.md')).toBe(true);
});

describe.each(tours)('$file tour $index', ({ script }) => {
  test('runs without error against a real server and leaks no secret', async () => {
    server = await startTestServer({ adminPassword: 'tour-password', label: 'tour' });
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: mkdtempSync(join(tmpdir(), 'sextant-tour-cwd-')),
      env: { ...process.env, SEXTANT: server.url, SEXTANT_API_KEY: server.bootstrap!.apiKey },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(stdout.length).toBeGreaterThan(0);
    expect(stdout).not.toContain('s3cr3t');
  });
});

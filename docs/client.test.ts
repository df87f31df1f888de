/** Runs the TypeScript examples of docs/client.md as written, against a real server, with tsx. */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const doc = readFileSync(join(import.meta.dirname, 'client.md'), 'utf8');
const examples = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-client-password', label: 'docs-client' });
}, 120_000);
afterAll(async () => server?.close());

/** Writes the example inside the repository (so `@sextant/client` resolves to the workspace) and runs it. */
async function runExample(source: string, name: string): Promise<string> {
  const dir = join(ROOT, 'test-output', 'docs-client');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mts`);
  writeFileSync(file, source);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', file],
    {
      cwd: ROOT,
      env: { ...process.env, SEXTANT: server.url, SEXTANT_API_KEY: server.bootstrap!.apiKey },
      encoding: 'utf8',
    },
  );
  return stdout;
}

test('the page has its two examples', () => {
  expect(examples).toHaveLength(2);
});

test('the first example searches and creates a tag', async () => {
  const out = await runExample(examples[0]!, 'use');
  expect(out).toContain('201 reviewed');
});

test('the retry example probes /healthcheck once', async () => {
  expect((await runExample(examples[1]!, 'retries')).trim()).toBe('200');
});

/**
 * Runs the curl commands of docs/dbt.md against a real server on a real socket, in a folder whose `target/` holds a
 * dbt project's artifacts (copied from the shared fixtures at test time). If the doc drifts from the API, this fails.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const FIXTURE = join(import.meta.dirname, '../../shared/fixtures/dbt/dbt-bouncer/dbt_18');
const present = existsSync(FIXTURE);
if (!present && process.env.CI === 'true')
  throw new Error(`dbt fixtures missing at ${FIXTURE} (required under CI=true)`);
if (!present) console.warn(`[docs/dbt.md] fixtures absent at ${FIXTURE}: the doc's commands are SKIPPED`);

const doc = readFileSync(join(import.meta.dirname, 'dbt.md'), 'utf8');
const curlBlocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((b) => b.includes('curl'));

let server: RunningServer;
let cwd: string;
beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-dbt-password', label: 'docs-dbt' });
  cwd = mkdtempSync(join(tmpdir(), 'sextant-docs-dbt-project-'));
  mkdirSync(join(cwd, 'target'));
  if (present)
    for (const f of ['manifest.json', 'run_results.json', 'catalog.json'])
      copyFileSync(join(FIXTURE, f), join(cwd, 'target', f));
});
afterAll(async () => {
  await server?.close();
});

describe.skipIf(!present)('docs/dbt.md commands', () => {
  test('the doc has the create, upload/trigger and failing_tests commands', () => {
    expect(curlBlocks).toHaveLength(3);
  });

  test('each curl block runs and answers without an error body', async () => {
    const env = { ...process.env, SEXTANT_URL: server.url, SEXTANT_API_KEY: server.bootstrap!.apiKey };
    // Asynchronous on purpose: the server answers from this same process, so a blocking exec would deadlock.
    const run = async (block: string, id = '') =>
      (
        await promisify(execFile)(
          'bash',
          ['-euo', 'pipefail', '-c', block.replaceAll('curl -s', 'curl -sS --fail-with-body')],
          {
            cwd,
            env: { ...env, ID: id },
            encoding: 'utf8',
          },
        )
      ).stdout;
    const created = JSON.parse(await run(curlBlocks[0]!)) as { id: string };
    const synced = await run(curlBlocks[1]!, created.id);
    expect(synced).toContain('"status":"succeeded"');
    expect(JSON.parse(await run(curlBlocks[2]!, created.id))).toEqual({ warning: [], failing: [] });
  });
});

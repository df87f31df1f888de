/**
 * Runs the curl commands of docs/dbt.md against a real server on a real socket, in a folder whose `target/` holds a
 * dbt project's artifacts (copied from the shared fixtures at test time). If the doc drifts from the API, this fails.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { curlBlocksOf, runDocBlock } from './support/doc-commands.js';

const FIXTURE = join(import.meta.dirname, '../../shared/fixtures/dbt/dbt-bouncer/dbt_18');
const present = existsSync(FIXTURE);
if (!present && process.env.CI === 'true')
  throw new Error(`dbt fixtures missing at ${FIXTURE} (required under CI=true)`);
if (!present) console.warn(`[docs/dbt.md] fixtures absent at ${FIXTURE}: the doc's commands are SKIPPED`);

const curlBlocks = curlBlocksOf('dbt.md');

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
  test('the doc has the create, upload/trigger, legacy upload and failing_tests commands', () => {
    expect(curlBlocks).toHaveLength(4);
  });

  test('each curl block runs and answers without an error body', async () => {
    const run = (block: string, ID = '') => runDocBlock(block, { server, cwd, vars: { ID } });
    const created = JSON.parse(await run(curlBlocks[0]!)) as { id: string };
    const synced = await run(curlBlocks[1]!, created.id);
    expect(synced).toContain('"status":"succeeded"');
    // The legacy routes: manifest, then run results, each answering its own finished sync record.
    const legacy = await run(curlBlocks[2]!, created.id);
    expect(legacy.match(/"status":"succeeded"/g)).toHaveLength(2);
    expect(JSON.parse(await run(curlBlocks[3]!, created.id))).toEqual({ warning: [], failing: [] });
  });
});

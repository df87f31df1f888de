import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserError } from '../run-cli.js';
import { runDbtUpload } from './dbt.js';

const FIXTURE = join(
  process.env.SEXTANT_FIXTURES ?? join(import.meta.dirname, '../../../../../shared/fixtures'),
  'dbt/dbt-bouncer/dbt_18',
);
const present = existsSync(FIXTURE);
if (!present && process.env.CI === 'true')
  throw new Error(`dbt fixtures missing at ${FIXTURE} (required under CI=true)`);
if (!present) console.warn(`[cli dbt] fixtures absent at ${FIXTURE}: the upload test is SKIPPED`);

let server: RunningServer;
let key: string;
let integrationId: string;

beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'cli-dbt-password', label: 'cli-dbt' });
  key = server.bootstrap!.apiKey;
  const created = await fetch(`${server.url}/api/v1/integration/integrations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'dbt', type: 'dbt' }),
  });
  integrationId = ((await created.json()) as { id: string }).id;
});
afterAll(async () => {
  await server?.close();
});

function output() {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stdout, text: () => text };
}

describe('sextant dbt upload', () => {
  test.skipIf(!present)(
    'uploads a target folder over HTTP, triggers the sync and prints its summary',
    async () => {
      const target = mkdtempSync(join(tmpdir(), 'sextant-target-'));
      for (const file of ['manifest.json', 'run_results.json', 'catalog.json'])
        copyFileSync(join(FIXTURE, file), join(target, file));
      const out = output();
      await runDbtUpload(
        target,
        { integration: integrationId, server: server.url },
        { env: { SEXTANT_API_KEY: key }, stdout: out.stdout },
      );
      expect(out.text()).toMatch(/^dbt sync \S+ succeeded: \d+ created, 0 updated/);
      expect(out.text()).toMatch(/lineage: \d+ resolved, \d+ pending, \d+ rejected/);
      const dry = output();
      await runDbtUpload(
        target,
        { integration: integrationId, server: server.url, dryRun: true },
        { env: { SEXTANT_API_KEY: key }, stdout: dry.stdout },
      );
      expect(dry.text()).toMatch(/^dbt sync \S+ \(dry run\) succeeded: 0 created, 0 updated, \d+ unchanged/);
    },
  );

  test.skipIf(!present)(
    'a target folder with only manifest.json (dbt parse) uploads and syncs with a warning',
    async () => {
      const target = mkdtempSync(join(tmpdir(), 'sextant-parse-'));
      copyFileSync(join(FIXTURE, 'manifest.json'), join(target, 'manifest.json'));
      const out = output();
      await runDbtUpload(
        target,
        { integration: integrationId, server: server.url, json: true },
        { env: { SEXTANT_API_KEY: key }, stdout: out.stdout },
      );
      const record = JSON.parse(out.text());
      expect(record.status).toBe('succeeded');
      expect(record.warnings.map((w: { message: string }) => w.message)).toContainEqual(
        expect.stringMatching(/^no run_results: dbt test results unchanged/),
      );
    },
  );

  test('without SEXTANT_API_KEY, a folder or a reachable integration it is a user error', async () => {
    const io = { env: {}, stdout: new PassThrough() };
    await expect(runDbtUpload('target', { integration: 'x', server: server.url }, io)).rejects.toThrow(
      /SEXTANT_API_KEY/,
    );
    const withKey = { env: { SEXTANT_API_KEY: key }, stdout: new PassThrough() };
    await expect(
      runDbtUpload('/nonexistent/target', { integration: 'x', server: server.url }, withKey),
    ).rejects.toThrow(UserError);
    const empty = mkdtempSync(join(tmpdir(), 'sextant-empty-'));
    await expect(runDbtUpload(empty, { integration: 'x', server: server.url }, withKey)).rejects.toThrow(
      /manifest\.json not found/,
    );
  });
});

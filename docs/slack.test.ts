/**
 * Runs the curl commands of docs/slack.md against a real server on a real socket, with the Slack API URL pointing
 * at a local fake Slack. If the doc drifts from the API, this fails.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, type RunningServer, startServer } from '@sextant/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../packages/server/src/slack/testing/fake-slack.js';
import { applySync } from '../packages/server/src/sync/apply-sync.js';
import { runRecords, tableRun } from '../packages/server/src/sync/sync-test-support.js';

const TOKEN = 'xoxb-docs-slack';
const doc = readFileSync(join(import.meta.dirname, 'slack.md'), 'utf8');
const curlBlocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((b) => b.includes('curl'));

let server: RunningServer;
let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack({
    tokens: [TOKEN],
    channels: [
      { id: 'C0123456789', name: 'data-alerts' },
      { id: 'G0000000001', name: 'data-team', is_private: true },
    ],
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-docs-slack-'));
  server = await startServer(
    loadConfig({}, { dataDir, sqliteFile: join(dataDir, 'sextant.db'), port: 0, slackApiUrl: fake.apiUrl }),
    { logger: false, adminPassword: 'docs-slack-password' },
  );
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

describe('docs/slack.md commands', () => {
  test('the doc has the connect, list, settings and subscribe commands', () => {
    expect(curlBlocks).toHaveLength(4);
  });

  test('each curl block runs against the server and the fake Slack', async () => {
    const env = {
      ...process.env,
      SEXTANT: server.url,
      SEXTANT_API_KEY: server.bootstrap!.apiKey,
      SLACK_BOT_TOKEN: TOKEN,
    };
    // Asynchronous on purpose: the server answers from this same process, so a blocking exec would deadlock.
    const run = async (block: string, extra: Record<string, string> = {}) =>
      JSON.parse(
        (
          await promisify(execFile)(
            'bash',
            ['-euo', 'pipefail', '-c', block.replaceAll('curl -s', 'curl -sS --fail-with-body')],
            { env: { ...env, ...extra }, encoding: 'utf8' },
          )
        ).stdout,
      );
    const created = await run(curlBlocks[0]!);
    expect(created).toMatchObject({ type: 'slack', credentials: { token: '********' } });
    expect(await run(curlBlocks[1]!)).toEqual([
      { id: 'C0123456789', name: 'data-alerts' },
      { id: 'G0000000001', name: 'data-team' },
    ]);
    expect(await run(curlBlocks[2]!)).toMatchObject({ channel: 'C0123456789', stale_threshold: 0.2 });
    const { workspace_id } = created;
    const warehouse = await server.store.db
      .insertInto('integrations')
      .values({
        id: 'docs-slack-warehouse',
        workspace_id,
        name: 'Warehouse',
        type: 'custom',
        import_policy: 'smart',
        auto_stale: 1,
        properties: '{}',
        teams: '[]',
        schedule_enabled: 0,
        scheduled_extractions_hour: 0,
        scheduled_extractions_frequency: 1,
        created_at: created.created_at,
        updated_at: created.created_at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await applySync(server.store, {
      integrationId: warehouse.id,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('orders', ['id']) }),
    });
    const table = await server.store.db
      .selectFrom('resources')
      .select('id')
      .where('title', '=', 'orders')
      .executeTakeFirstOrThrow();
    expect(await run(curlBlocks[3]!, { RESOURCE_ID: table.id })).toMatchObject({
      resource_id: table.id,
      channel: 'C0123456789',
    });
  });
});

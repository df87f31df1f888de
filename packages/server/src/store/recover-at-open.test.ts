import { hostname } from 'node:os';
import { expect, test } from 'vitest';
import { newId } from '../lib/ids.js';
import { createSyncTarget, forEachBackend, type TestStore } from '../testing/index.js';
import { openStore } from './database.js';

// Opening the store (any process: the CLI, a server) marks failed the syncs whose process is gone, so a killed CLI
// import does not stay `running` until a server starts (issue 16, defect 5). A live one in another process is left.
const LONG_AGO = '2020-01-01T00:00:00.000Z';

async function insertRunningSync(store: TestStore, owner: string, heartbeatAt: string): Promise<string> {
  const { integrationId, workspaceId } = await createSyncTarget(store);
  const id = newId();
  await store.db
    .insertInto('syncs')
    .values({
      id,
      workspace_id: workspaceId,
      integration_id: integrationId,
      source: 'jsonl',
      status: 'running',
      dry_run: 0,
      started_at: LONG_AGO,
      finished_at: null,
      counts: '{}',
      warnings: '[]',
      error: null,
      logs: '[]',
      triggered_by: null,
      owner_id: owner,
      heartbeat_at: heartbeatAt,
    })
    .execute();
  return id;
}

/** A pid that is surely not running: the highest possible one, above any kernel's pid_max default. */
const DEAD_PID = 4_194_304 + 17;

forEachBackend('opening the store recovers interrupted syncs', (store) => {
  test('stale heartbeat or a dead process on this host: failed; fresh heartbeat or a live process: left', async () => {
    const now = new Date().toISOString();
    const staleElsewhere = await insertRunningSync(store(), 'other-host:12:abcd', LONG_AGO);
    const freshElsewhere = await insertRunningSync(store(), 'other-host:13:abcd', now);
    const deadHere = await insertRunningSync(store(), `${hostname()}:${DEAD_PID}:abcd`, now);
    // Our parent is alive: its sync stays even with an old heartbeat (on SQLite a long sync transaction keeps the
    // heartbeat from being written, yet the import is alive).
    const aliveHere = await insertRunningSync(store(), `${hostname()}:${process.ppid}:abcd`, LONG_AGO);
    const reopened = await openStore({
      databaseUrl: store().databaseUrl,
      sqliteFile: store().sqliteFile ?? '',
      poolSize: 2,
    });
    await reopened.close();
    const rows = await store()
      .db.selectFrom('syncs')
      .select(['id', 'status', 'error', 'finished_at'])
      .where('id', 'in', [staleElsewhere, freshElsewhere, deadHere, aliveHere])
      .execute();
    const statusOf = (id: string) => rows.find((r) => r.id === id)!;
    for (const id of [staleElsewhere, deadHere]) {
      expect(statusOf(id).status).toBe('failed');
      expect(statusOf(id).finished_at).not.toBeNull();
      expect(JSON.parse(statusOf(id).error!)).toMatchObject({
        code: 'sync_failed',
        message: expect.stringContaining('interrupted'),
      });
    }
    expect(statusOf(freshElsewhere).status).toBe('running');
    expect(statusOf(aliveHere).status).toBe('running');
  });
});

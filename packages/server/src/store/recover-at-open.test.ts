import { hostname } from 'node:os';
import { expect, test } from 'vitest';
import {
  createSyncTarget,
  forEachBackend,
  insertRunningSync,
  LONG_AGO,
  type TestStore,
} from '../testing/index.js';
import { openStore } from './database.js';

// Opening the store (any process: the CLI, a server) marks failed the syncs whose process is gone, so a killed CLI
// import does not stay `running` until a server starts (issue 16, defect 5). A live one in another process is left.
/** A running sync of a new integration, leased by `owner`, which last beat at `heartbeatAt`. */
async function runningSync(store: TestStore, owner: string, heartbeatAt: string): Promise<string> {
  return insertRunningSync(store, await createSyncTarget(store), {
    owner_id: owner,
    heartbeat_at: heartbeatAt,
  });
}

/** A pid that is surely not running: the highest possible one, above any kernel's pid_max default. */
const DEAD_PID = 4_194_304 + 17;

forEachBackend('opening the store recovers interrupted syncs', (store) => {
  test('stale heartbeat or a dead process on this host: failed; fresh heartbeat or a live process: left', async () => {
    const now = new Date().toISOString();
    const staleElsewhere = await runningSync(store(), 'other-host:12:abcd', LONG_AGO);
    const freshElsewhere = await runningSync(store(), 'other-host:13:abcd', now);
    const deadHere = await runningSync(store(), `${hostname()}:${DEAD_PID}:abcd`, now);
    // Our parent is alive: its sync stays even with an old heartbeat (on SQLite a long sync transaction keeps the
    // heartbeat from being written, yet the import is alive).
    const aliveHere = await runningSync(store(), `${hostname()}:${process.ppid}:abcd`, LONG_AGO);
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

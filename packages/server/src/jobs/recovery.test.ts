import { expect, test } from 'vitest';
import { newId } from '../lib/ids.js';
import { PROCESS_OWNER_ID } from '../store/jobs/index.js';
import {
  createSyncTarget,
  forEachBackend,
  insertRunningSync,
  LONG_AGO,
  type TestStore,
} from '../testing/index.js';
import { manualJobService } from './testing/job-test-support.js';

async function statusOf(store: TestStore, id: string) {
  return store.db
    .selectFrom('syncs')
    .select(['status', 'error', 'finished_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

forEachBackend('recovery of interrupted runs', (store) => {
  test('a running sync whose process stopped beating (a killed import) is marked failed; live ones are left', async () => {
    const { integrationId, workspaceId } = await createSyncTarget(store());
    const dead = await insertRunningSync(
      store(),
      { integrationId, workspaceId },
      {
        owner_id: 'gone-host:1234:abcd',
        heartbeat_at: LONG_AGO,
      },
    );
    const legacy = await insertRunningSync(
      store(),
      { integrationId, workspaceId },
      {
        owner_id: null,
        heartbeat_at: null,
      },
    );
    const alive = await insertRunningSync(
      store(),
      { integrationId, workspaceId },
      {
        owner_id: 'other-host:1:beef',
        heartbeat_at: new Date().toISOString(),
      },
    );
    const mine = await insertRunningSync(
      store(),
      { integrationId, workspaceId },
      {
        owner_id: PROCESS_OWNER_ID,
        heartbeat_at: LONG_AGO,
      },
    );
    await manualJobService(store()).tick();
    for (const id of [dead, legacy]) {
      const row = await statusOf(store(), id);
      expect(row.status).toBe('failed');
      expect(row.finished_at).not.toBeNull();
      expect(JSON.parse(row.error!)).toMatchObject({
        code: 'sync_failed',
        message: 'interrupted: the server stopped during the run',
      });
    }
    expect((await statusOf(store(), alive)).status).toBe('running');
    expect((await statusOf(store(), mine)).status).toBe('running');
  });

  test('a queued run is not interrupted (it has no process yet); a claimed run whose process died frees its slot', async () => {
    const { integrationId, workspaceId } = await createSyncTarget(store());
    const syncId = await insertRunningSync(
      store(),
      { integrationId, workspaceId },
      {
        owner_id: null,
        heartbeat_at: null,
      },
    );
    const jobId = newId();
    await store()
      .db.insertInto('jobs')
      .values({
        id: jobId,
        workspace_id: workspaceId,
        integration_id: integrationId,
        sync_id: syncId,
        trigger: 'manual',
        status: 'queued',
        owner_id: null,
        created_at: LONG_AGO,
        started_at: null,
      })
      .execute();
    const loop = manualJobService(store(), { concurrency: 0 });
    await loop.tick();
    expect((await statusOf(store(), syncId)).status).toBe('running');
    // Claimed by a process that then died: its heartbeat stops.
    await store()
      .db.updateTable('jobs')
      .set({ status: 'running', owner_id: 'gone:1:x' })
      .where('id', '=', jobId)
      .execute();
    await store()
      .db.updateTable('syncs')
      .set({ owner_id: 'gone:1:x', heartbeat_at: LONG_AGO })
      .where('id', '=', syncId)
      .execute();
    await manualJobService(store(), { concurrency: 0 }).tick();
    expect((await statusOf(store(), syncId)).status).toBe('failed');
    expect(await store().db.selectFrom('jobs').selectAll().where('id', '=', jobId).execute()).toEqual([]);
  });
});

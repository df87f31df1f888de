import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, runRecords, tableRun } from '../sync/sync-test-support.js';
import { BackgroundCheckpoint } from './background-checkpoint.js';
import { openStore } from './database.js';

test('a sync leaves its pages in the WAL, and the background checkpoint moves them into the database file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sextant-checkpoint-')), 'catalog.db');
  const store = await openStore({ sqliteFile: file });
  try {
    // The store's own background checkpoint would race the measurement: sync without it.
    const { integrationId } = await createSyncTarget(store);
    await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
    const before = statSync(file).size;
    const columns = Array.from({ length: 12_000 }, (_, i) => `column_${i}`);
    await applySync(
      { ...store, checkpointSoon: () => {} },
      { integrationId, source: 'jsonl', records: runRecords({ resources: tableRun('wide', columns) }) },
    );
    // The sync's connection did not checkpoint when it committed: the rows are in the WAL only.
    expect(statSync(file).size).toBe(before);
    const autocheckpoint = async () =>
      (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db)).rows[0]
        ?.wal_autocheckpoint;
    expect(await autocheckpoint()).toBe(0);
    // Over 1,000 pages: the automatic checkpoint would have run at commit.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1000 * 4096);
    let done = 0;
    const checkpoint = new BackgroundCheckpoint(file, () => done++);
    checkpoint.request();
    checkpoint.request(); // one more after the running one, not two at once
    await checkpoint.settle();
    expect(done).toBe(2);
    expect(statSync(file).size).toBeGreaterThan(before + 1000 * 4096);
    // The store's own: the automatic checkpoint is back on for the connection's other writes once it is done.
    store.checkpointSoon();
    await expect.poll(autocheckpoint).toBe(1000);
  } finally {
    await store.close();
  }
});

import { expect, test } from 'vitest';
import { newId } from '../../lib/ids.js';
import { applySync } from '../../sync/index.js';
import { createSyncTarget, forEachBackend, runRecords, tableRun } from '../../testing/index.js';
import { maxRowid } from '../sync/bulk-load-indexes.js';
import { refreshSearchIndex } from './refresh-search-index.js';

/*
 * The search refresh rule on its own (refresh-search-index.ts): after a sync, exactly the integration's rows stamped
 * at or after the run's start are indexed again, rows it inserted included (on SQLite, those above the rowid the
 * run started from); rows of other integrations, and rows the run did not write, keep their old entries.
 */
forEachBackend('refreshSearchIndex', (store, backend) => {
  const RUN_START = '2030-01-02T03:04:05.000Z';
  const BEFORE_RUN = '2001-01-01T00:00:00.000Z';

  async function find(workspaceId: string, word: string): Promise<string[]> {
    const found = await store().flags.searchEngine.findCandidates(store().db, {
      scope: { workspaceId, archive: false, filters: {} },
      query: { text: word, words: [word], lastIsPrefix: false },
      limit: 50,
      enough: 50,
    });
    return [...found.rows.keys()].sort();
  }

  test('indexes again exactly the rows of the integration the run wrote, inserted ones included', async () => {
    const { workspaceId, integrationId } = await createSyncTarget(store());
    const other = await createSyncTarget(store(), { workspaceId });
    const run = { resources: tableRun('orders', ['id']) };
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
    await applySync(store(), {
      integrationId: other.integrationId,
      source: 'jsonl',
      records: runRecords(run),
    });
    const { db, flags } = store();
    const rowidsAfter = backend === 'sqlite' ? await maxRowid(db, flags, 'resources') : undefined;
    const rowOf = (integration: string, databuilderId: string) =>
      db
        .selectFrom('resources')
        .selectAll()
        .where('integration_id', '=', integration)
        .where('databuilder_id', '=', databuilderId)
        .executeTakeFirstOrThrow();
    const orders = await rowOf(integrationId, 'db.public.orders');
    const column = await rowOf(integrationId, 'db.public.orders.id');
    const otherOrders = await rowOf(other.integrationId, 'db.public.orders');

    // What a run writes (stamped with its start), what it leaves (older stamps), and another integration's rows.
    const describe = (id: string, updatedAt: string) =>
      db
        .updateTable('resources')
        .set({ description: 'zebrafish', updated_at: updatedAt })
        .where('id', '=', id)
        .execute();
    await describe(orders.id, RUN_START);
    await describe(column.id, BEFORE_RUN);
    await describe(otherOrders.id, RUN_START);
    const inserted = newId();
    await db
      .insertInto('resources')
      .values({
        ...orders,
        id: inserted,
        databuilder_id: 'db.public.okapi',
        title: 'okapi',
        title_lower: 'okapi',
        title_full: 'shop.public.okapi',
        description: 'quokka',
        created_at: RUN_START,
        updated_at: RUN_START,
      })
      .execute();
    // Writes alone do not reach the full-text index (titles are also found through their own column index, so the
    // words looked for are in descriptions): that is the refresh's job.
    expect(await find(workspaceId, 'zebrafish')).toEqual([]);
    expect(await find(workspaceId, 'quokka')).toEqual([]);

    await refreshSearchIndex(db, flags, { integrationId, since: RUN_START, rowidsAfter });
    expect(await find(workspaceId, 'zebrafish')).toEqual([orders.id]);
    expect(await find(workspaceId, 'quokka')).toEqual([inserted]);
  });
});

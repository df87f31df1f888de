import { afterEach, expect, test } from 'vitest';
import { applySync } from '../../sync/index.js';
import { createSyncTarget, forEachBackend, runRecords, tableRun } from '../../testing/index.js';
import { isBulkLoad, maxRowid, restoreIndexes, suspendIndexes } from './bulk-load-indexes.js';
import { selectSql } from './raw-sql.js';

/*
 * The bulk-load rules on their own: only SQLite drops indexes (PostgreSQL would lock readers out), only the listed
 * secondary ones, and they come back exactly as they were, by restoreIndexes or by a rollback. A load is "bulk"
 * only on SQLite, from the minimum row count on, and when it brings more rows than the table holds.
 */
forEachBackend('bulk-load indexes', (store, backend) => {
  const SUSPENDABLE = [
    'resources_parent',
    'resources_workspace_stale_created',
    'resources_workspace_title',
    'resources_workspace_type_created',
  ];

  const indexes = async (): Promise<Array<{ name: string; sql: string }>> =>
    backend === 'sqlite'
      ? selectSql(
          store().db,
          store().flags,
          `select name, sql from sqlite_master where type = 'index' and tbl_name = 'resources' and sql is not null
           order by name`,
        )
      : selectSql(
          store().db,
          store().flags,
          `select indexname as name, indexdef as sql from pg_indexes where tablename = 'resources' order by indexname`,
        );

  const minRows = process.env.SEXTANT_BULK_LOAD_MIN_ROWS;
  afterEach(() => {
    if (minRows === undefined) delete process.env.SEXTANT_BULK_LOAD_MIN_ROWS;
    else process.env.SEXTANT_BULK_LOAD_MIN_ROWS = minRows;
  });

  test('suspends the listed secondary indexes on SQLite only, and restores them as they were', async () => {
    const before = await indexes();
    expect(before.map((index) => index.name)).toEqual(expect.arrayContaining(SUSPENDABLE));
    await store()
      .db.transaction()
      .execute(async (trx) => {
        const suspended = await suspendIndexes(trx, store().flags, 'resources');
        if (backend === 'postgres') {
          expect(suspended).toBeUndefined();
          return;
        }
        expect(suspended?.definitions.map((d) => d.name).sort()).toEqual(SUSPENDABLE);
        const during = await selectSql<{ name: string }>(
          trx,
          store().flags,
          `select name from sqlite_master where type = 'index' and tbl_name = 'resources'`,
        );
        const names = during.map((row) => row.name);
        for (const name of SUSPENDABLE) expect(names).not.toContain(name);
        // The keys stay: the upsert needs (integration_id, databuilder_id).
        expect(names.length).toBeGreaterThan(0);
        await restoreIndexes(trx, store().flags, suspended);
      });
    expect(await indexes()).toEqual(before);
  });

  test('a rollback brings suspended indexes back', async () => {
    const before = await indexes();
    await expect(
      store()
        .db.transaction()
        .execute(async (trx) => {
          await suspendIndexes(trx, store().flags, 'resources');
          throw new Error('the load failed');
        }),
    ).rejects.toThrow('the load failed');
    expect(await indexes()).toEqual(before);
  });

  test('a load is bulk only on SQLite, from the minimum on, and when it outnumbers the table', async () => {
    const { integrationId } = await createSyncTarget(store());
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('orders', ['id', 'amount']) }),
    });
    process.env.SEXTANT_BULK_LOAD_MIN_ROWS = '10';
    const { db, flags } = store();
    const held = backend === 'sqlite' ? await maxRowid(db, flags, 'resources') : 0;
    if (backend === 'sqlite') expect(held).toBeGreaterThanOrEqual(4);
    const rows = Math.max(held, 10) + 1;
    expect(await isBulkLoad(db, flags, { table: 'resources', rows })).toBe(backend === 'sqlite');
    expect(await isBulkLoad(db, flags, { table: 'resources', rows: 9, tableRows: 0 })).toBe(false);
    expect(await isBulkLoad(db, flags, { table: 'resources', rows: 50, tableRows: 50 })).toBe(false);
    expect(await isBulkLoad(db, flags, { table: 'resources', rows: 51, tableRows: 50 })).toBe(
      backend === 'sqlite',
    );
  });
});

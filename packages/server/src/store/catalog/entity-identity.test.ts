import { expect, test } from 'vitest';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../../sync/sync-test-support.js';
import { forEachBackend } from '../../testing/index.js';
import { warehouseTable } from '../../testing/lineage-resolution.js';
import { findEntitySources, normalizeDialect } from './entity-sources.js';

/**
 * Entity identity (issue 15 item 5; docs/lineage.md "Entities and sources"): the physical address is host +
 * database + schema + name, the host where both integrations know theirs, the names compared per dialect.
 */
forEachBackend('entity identity: host and dialect case rules', (store) => {
  /** Two integrations, each with one table, in a new workspace; answers how many sources the first one's has. */
  const sourcesOfPair = async (
    a: { name: string; host?: string; dialect?: string },
    b: { name: string; host?: string; dialect?: string },
  ) => {
    const { workspaceId, integrationId: first } = await createSyncTarget(store());
    const { integrationId: second } = await createSyncTarget(store(), { workspaceId });
    for (const [integrationId, side] of [
      [first, a],
      [second, b],
    ] as const) {
      await store()
        .db.updateTable('integrations')
        .set({ address_host: side.host ?? null, address_dialect: side.dialect ?? null })
        .where('id', '=', integrationId)
        .execute();
      await applySync(store(), {
        integrationId,
        source: 'jsonl',
        records: runRecords({ resources: warehouseTable('shop', 'public', side.name) }),
      });
    }
    const table = await store()
      .db.selectFrom('resources')
      .select('id')
      .where('integration_id', '=', first)
      .where('entity_type', '=', 'table')
      .executeTakeFirstOrThrow();
    return (await findEntitySources(store().db, { workspaceId, id: table.id })).length;
  };

  test('PostgreSQL and BigQuery names are case-sensitive; Snowflake, MySQL and unknown dialects are not', async () => {
    expect(
      await sourcesOfPair({ name: 'Orders', dialect: 'postgres' }, { name: 'orders', dialect: 'postgres' }),
    ).toBe(1);
    expect(
      await sourcesOfPair({ name: 'Orders', dialect: 'postgres' }, { name: 'Orders', dialect: 'postgres' }),
    ).toBe(2);
    expect(
      await sourcesOfPair({ name: 'Orders', dialect: 'bigquery' }, { name: 'orders', dialect: 'bigquery' }),
    ).toBe(1);
    expect(
      await sourcesOfPair({ name: 'ORDERS', dialect: 'snowflake' }, { name: 'orders', dialect: 'snowflake' }),
    ).toBe(2);
    expect(
      await sourcesOfPair({ name: 'Orders', dialect: 'mysql' }, { name: 'orders', dialect: 'mysql' }),
    ).toBe(2);
    // An import names no dialect: it joins whichever table has its name in any case.
    expect(await sourcesOfPair({ name: 'Orders', dialect: 'postgres' }, { name: 'orders' })).toBe(2);
    // Two known dialects are two warehouses.
    expect(
      await sourcesOfPair({ name: 'orders', dialect: 'postgres' }, { name: 'orders', dialect: 'mysql' }),
    ).toBe(1);
  });

  test('two connectors on different hosts are two tables; a source without a host joins either', async () => {
    const pg = (host?: string) => ({ name: 'orders', dialect: 'postgres', ...(host ? { host } : {}) });
    expect(await sourcesOfPair(pg('db-a.internal'), pg('db-b.internal'))).toBe(1);
    expect(await sourcesOfPair(pg('db-a.internal'), pg('db-a.internal'))).toBe(2);
    expect(await sourcesOfPair(pg('db-a.internal'), pg())).toBe(2);
  });

  test('dialect names are normalised', () => {
    expect(['PostgreSQL', 'postgres', 'MariaDB', 'Snowflake'].map(normalizeDialect)).toEqual([
      'postgres',
      'postgres',
      'mysql',
      'snowflake',
    ]);
  });
});

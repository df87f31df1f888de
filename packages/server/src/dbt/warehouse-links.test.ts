import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, runRecords, tableRun } from '../sync/sync-test-support.js';
import { createTestStore, type TestStore } from '../testing/index.js';
import { syncDbtArtifacts } from './sync-dbt.js';
import { dbtFixturesPresent, FIXTURE_SETS, loadFixtureSet } from './testing/fixture-sets.js';

const present = dbtFixturesPresent();

/**
 * A dbt node and the warehouse table it builds are two resources of two integrations; the link between them is
 * an `external_table` reference that must wait (pending) until the warehouse integration brings the table, then
 * heal without a new dbt run, matching names case-insensitively.
 */
describe.skipIf(!present)('dbt warehouse links', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
  });
  afterAll(async () => {
    await store?.dispose();
  });

  const resourceId = async (integrationId: string, databuilderId: string) =>
    (
      await store.db
        .selectFrom('resources')
        .select('id')
        .where('integration_id', '=', integrationId)
        .where('databuilder_id', '=', databuilderId)
        .executeTakeFirstOrThrow()
    ).id;

  test('a model links to its warehouse table once the warehouse integration brings it', async () => {
    const dbt = await createSyncTarget(store);
    const record = await syncDbtArtifacts(
      store,
      loadFixtureSet(FIXTURE_SETS.find((s) => s.name === 'ol-postgres')!),
      {
        integrationId: dbt.integrationId,
      },
    );
    // 5 models and 3 seeds build 8 tables in postgres.public; none is in the workspace yet.
    const pending = await store.db
      .selectFrom('pending_lineage')
      .select(['from_resource_id', 'to_ref'])
      .where('integration_id', '=', dbt.integrationId)
      .where('to_ref', 'like', '%external_table%')
      .execute();
    expect(pending).toHaveLength(8);
    expect(record.counts.lineage_rejected).toBe(0);

    const warehouse = await createSyncTarget(store, { workspaceId: dbt.workspaceId });
    const run = tableRun('ORDERS', ['ORDER_ID', 'AMOUNT']).map((r) =>
      r.entity_type === 'database'
        ? { ...r, title: 'POSTGRES' }
        : r.entity_type === 'schema'
          ? { ...r, title: 'PUBLIC', database: 'POSTGRES' }
          : r,
    );
    const tableRecord = run.find((r) => r.entity_type === 'table')!;
    Object.assign(tableRecord, { database: 'POSTGRES', schema: 'PUBLIC' });
    await applySync(store, {
      integrationId: warehouse.integrationId,
      source: 'jsonl',
      records: runRecords({ resources: run }),
    });

    const model = await resourceId(dbt.integrationId, 'model.jaffle_shop.orders');
    const table = await resourceId(warehouse.integrationId, 'db.public.ORDERS');
    const edge = await store.db
      .selectFrom('lineage')
      .select('id')
      .where('from_resource_id', '=', model)
      .where('to_resource_id', '=', table)
      .execute();
    expect(edge).toHaveLength(1);
  });
});

import type { Kysely } from 'kysely';
import { expect, test } from 'vitest';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, edge, internal, runRecords } from '../../sync/sync-test-support.js';
import { forEachBackend } from '../../testing/index.js';
import { edgeNames, warehouseTable } from '../../testing/lineage-resolution.js';
import { reresolveAllReferences } from './0024_entity_identity.js';

forEachBackend('migration 0024: references resolved again with today’s rules', (store) => {
  test('a reference an older version left on a dbt node of its own project moves to the warehouse table', async () => {
    const { workspaceId, integrationId: dbt } = await createSyncTarget(store());
    const relation = { type: 'external_table' as const, database: 'shop', schema: 'raw', table: 'customers' };
    const node = (id: string) => ({
      entity_type: 'table' as const,
      databuilder_id: id,
      title: 'customers',
      schema: 'raw',
      database: 'shop',
    });
    await applySync(store(), {
      integrationId: dbt,
      source: 'dbt',
      records: runRecords({
        resources: [node('seed.p.customers'), node('source.p.raw.customers')],
        lineages: [
          edge(internal('seed.p.customers'), relation),
          edge(relation, internal('source.p.raw.customers')),
        ],
      }),
    });
    const { integrationId: warehouse } = await createSyncTarget(store(), { workspaceId });
    await applySync(store(), {
      integrationId: warehouse,
      source: 'jsonl',
      records: runRecords({ resources: warehouseTable('shop', 'raw', 'customers') }),
    });
    const healed = [
      `${dbt}:seed.p.customers → ${warehouse}:shop.raw.customers`,
      `${warehouse}:shop.raw.customers → ${dbt}:source.p.raw.customers`,
    ].sort();
    expect(await edgeNames(store(), workspaceId)).toEqual(healed);

    // What an older version kept: the seed and the source linked to each other, the warehouse table unlinked.
    const idOf = async (databuilderId: string) =>
      (
        await store()
          .db.selectFrom('resources')
          .select('id')
          .where('integration_id', '=', dbt)
          .where('databuilder_id', '=', databuilderId)
          .executeTakeFirstOrThrow()
      ).id;
    const [seed, source] = [await idOf('seed.p.customers'), await idOf('source.p.raw.customers')];
    await store().db.deleteFrom('lineage').where('workspace_id', '=', workspaceId).execute();
    await store()
      .db.updateTable('pending_lineage')
      .set({ to_target_id: source })
      .where('from_resource_id', '=', seed)
      .execute();
    await store()
      .db.updateTable('pending_lineage')
      .set({ from_target_id: seed })
      .where('to_resource_id', '=', source)
      .execute();
    await store()
      .db.insertInto('lineage')
      .values({
        id: 'old-edge',
        workspace_id: workspaceId,
        from_resource_id: seed,
        to_resource_id: source,
        is_manual: 0,
        integration_id: dbt,
        sync_id: null,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    expect(await edgeNames(store(), workspaceId)).toEqual([
      `${dbt}:seed.p.customers → ${dbt}:source.p.raw.customers`,
    ]);

    await store()
      .db.transaction()
      .execute((trx) => reresolveAllReferences(trx as unknown as Kysely<unknown>));
    expect(await edgeNames(store(), workspaceId)).toEqual(healed);
  });
});

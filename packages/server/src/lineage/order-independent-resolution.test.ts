import type { DeclaredLineage, Resource } from '@sextant/sdk';
import { expect, test } from 'vitest';
import { deleteIntegrationRow } from '../store/integrations/integrations.js';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, edge, internal, runRecords } from '../sync/sync-test-support.js';
import { forEachBackend } from '../testing/index.js';
import { edgeNames, warehouseTable } from '../testing/lineage-resolution.js';

const external = (database: string | null, schema: string | null, table: string) => ({
  type: 'external_table' as const,
  table,
  ...(schema ? { schema } : {}),
  ...(database ? { database } : {}),
});

forEachBackend('order-independent lineage resolution', (store) => {
  const sync = (
    integrationId: string,
    source: string,
    resources: Resource[],
    lineages: DeclaredLineage[] = [],
  ) => applySync(store(), { integrationId, source, records: runRecords({ resources, lineages }) });

  test('a healed reference heals again when its table leaves with one integration and returns with another', async () => {
    const { workspaceId, integrationId: bi } = await createSyncTarget(store());
    await sync(
      bi,
      'jsonl',
      [{ entity_type: 'dashboard', databuilder_id: 'd1' }],
      [edge(external('shop', 'public', 'orders'), internal('d1'))],
    );
    const { integrationId: first } = await createSyncTarget(store(), { workspaceId });
    await sync(first, 'jsonl', warehouseTable('shop', 'public', 'orders'));
    expect(await edgeNames(store(), workspaceId)).toEqual([`${first}:shop.public.orders → ${bi}:d1`]);

    await store()
      .db.transaction()
      .execute((trx) => deleteIntegrationRow(trx, first));
    expect(await edgeNames(store(), workspaceId)).toEqual([]);
    const { integrationId: second } = await createSyncTarget(store(), { workspaceId });
    await sync(second, 'csv', warehouseTable('shop', 'public', 'orders'));
    // No new BI run: the reference was kept and resolves to the table's new source.
    expect(await edgeNames(store(), workspaceId)).toEqual([`${second}:shop.public.orders → ${bi}:d1`]);
  });

  test('a dbt seed and a source of the same relation link to the warehouse table that arrives after them', async () => {
    const { workspaceId, integrationId: dbt } = await createSyncTarget(store());
    const relation = external('shop', 'raw', 'customers');
    await sync(
      dbt,
      'dbt',
      [
        {
          entity_type: 'table',
          databuilder_id: 'seed.p.customers',
          title: 'customers',
          schema: 'raw',
          database: 'shop',
        },
        {
          entity_type: 'table',
          databuilder_id: 'source.p.raw.customers',
          title: 'customers',
          schema: 'raw',
          database: 'shop',
        },
      ],
      [edge(internal('seed.p.customers'), relation), edge(relation, internal('source.p.raw.customers'))],
    );
    const { integrationId: warehouse } = await createSyncTarget(store(), { workspaceId });
    await sync(warehouse, 'jsonl', warehouseTable('shop', 'raw', 'customers'));
    expect(await edgeNames(store(), workspaceId)).toEqual(
      [
        `${dbt}:seed.p.customers → ${warehouse}:shop.raw.customers`,
        `${warehouse}:shop.raw.customers → ${dbt}:source.p.raw.customers`,
      ].sort(),
    );
  });

  test("a model's builds link never resolves to another dbt project's model", async () => {
    const { workspaceId, integrationId: projectA } = await createSyncTarget(store());
    const model = (id: string): Resource => ({
      entity_type: 'table',
      databuilder_id: id,
      title: 'orders',
      schema: 'analytics',
      database: 'shop',
    });
    const builds = (id: string) => edge(internal(id), external('shop', 'analytics', 'orders'));
    await sync(projectA, 'dbt', [model('model.a.orders')], [builds('model.a.orders')]);
    const { integrationId: projectB } = await createSyncTarget(store(), { workspaceId });
    await sync(projectB, 'dbt', [model('model.b.orders')], [builds('model.b.orders')]);
    expect(await edgeNames(store(), workspaceId)).toEqual([]);

    const { integrationId: warehouse } = await createSyncTarget(store(), { workspaceId });
    await sync(warehouse, 'jsonl', warehouseTable('shop', 'analytics', 'orders'));
    expect(await edgeNames(store(), workspaceId)).toEqual(
      [
        `${projectA}:model.a.orders → ${warehouse}:shop.analytics.orders`,
        `${projectB}:model.b.orders → ${warehouse}:shop.analytics.orders`,
      ].sort(),
    );
  });

  test('an unqualified reference keeps its most specific match when a second table of that name arrives', async () => {
    const { workspaceId, integrationId: jobs } = await createSyncTarget(store());
    const run = {
      resources: warehouseTable('shop', 'mart', 'daily_users'),
      lineages: [edge(external(null, null, 'users'), internal('shop.mart.daily_users'))],
    };
    await sync(jobs, 'sdk', run.resources, run.lineages);
    const { integrationId: first } = await createSyncTarget(store(), { workspaceId });
    await sync(first, 'jsonl', warehouseTable('shop', 'public', 'users'));
    const expected = [`${first}:shop.public.users → ${jobs}:shop.mart.daily_users`];
    expect(await edgeNames(store(), workspaceId)).toEqual(expected);

    const { integrationId: second } = await createSyncTarget(store(), { workspaceId });
    await sync(second, 'jsonl', warehouseTable('crm', 'public', 'users'));
    expect(await edgeNames(store(), workspaceId)).toEqual(expected);
    // The declaring integration's next run agrees, and says the name is ambiguous.
    const again = await sync(jobs, 'sdk', run.resources, run.lineages);
    expect(await edgeNames(store(), workspaceId)).toEqual(expected);
    expect(again.counts).toMatchObject({ lineage_resolved: 1, lineage_rejected: 0 });
    expect(again.warnings).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('"users" is ambiguous: 2 resources match'),
      }),
    ]);
  });

  test('a dbt source and model of one relation, and a second project modelling it, agree in any order', async () => {
    // Seed 2118104080 of the resolution-order property test: C's source first resolved to C's own model (no
    // warehouse table), which C's model builds too; when A's model arrived the source moved to it, and the new
    // edge took the id the kept edge C.model → C.source still had.
    const users = external('shop', 'raw', 'users');
    const node = (id: string): Resource => ({
      entity_type: 'table',
      databuilder_id: id,
      title: 'users',
      schema: 'raw',
      database: 'shop',
    });
    const syncs = {
      A: (id: string) =>
        sync(id, 'dbt', [node('model.p.shop.raw.users')], [edge(internal('model.p.shop.raw.users'), users)]),
      B: (id: string) => sync(id, 'jsonl', warehouseTable('shop', 'public', 'orders')),
      C: (id: string) =>
        sync(
          id,
          'dbt',
          [node('source.p.shop.raw.users'), node('model.p.shop.raw.users')],
          [edge(users, internal('source.p.shop.raw.users')), edge(internal('model.p.shop.raw.users'), users)],
        ),
    };
    const play = async (order: Array<keyof typeof syncs>) => {
      const { workspaceId } = await createSyncTarget(store());
      const ids = new Map<string, string>();
      for (const name of order) {
        const { integrationId } = await createSyncTarget(store(), { workspaceId });
        ids.set(integrationId, name);
        await syncs[name](integrationId);
      }
      const names = await edgeNames(store(), workspaceId);
      return names.map((line) => line.replaceAll(/[0-9a-f-]{36}/g, (id) => ids.get(id) ?? id)).sort();
    };
    const expected = [
      'A:model.p.shop.raw.users → C:source.p.shop.raw.users',
      'C:model.p.shop.raw.users → C:source.p.shop.raw.users',
    ];
    expect(await play(['B', 'C', 'A'])).toEqual(expected);
    expect(await play(['C', 'A', 'B'])).toEqual(expected);
    expect(await play(['A', 'C', 'B'])).toEqual(expected);
    expect(await play(['A', 'B', 'C'])).toEqual(expected);
  });
});

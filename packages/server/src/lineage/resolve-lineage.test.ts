import { expect, test } from 'vitest';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, edge, internal, runRecords, tableRun } from '../sync/sync-test-support.js';
import { forEachBackend } from '../testing/index.js';

const table = (name: string, schema?: string, database?: string) => ({
  type: 'external_table' as const,
  table: name,
  ...(schema ? { schema } : {}),
  ...(database ? { database } : {}),
});

forEachBackend('lineage resolution', (store) => {
  test('external tables resolve by name across integrations, case-insensitively and partially qualified', async () => {
    const { workspaceId, integrationId: warehouse } = await createSyncTarget(store());
    await applySync(store(), {
      integrationId: warehouse,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('Orders', ['id']) }),
    });
    const { integrationId: bi } = await createSyncTarget(store(), { workspaceId });
    const dashboard = [{ entity_type: 'dashboard', databuilder_id: 'd1', title: 'Sales' }];
    const lineages = [
      edge(table('orders'), internal('d1')),
      edge(table('ORDERS', 'Public'), internal('d1')),
      edge({ type: 'external_column', table: 'orders', column: 'ID', database: 'shop' }, internal('d1')),
    ];
    const record = await applySync(store(), {
      integrationId: bi,
      source: 'jsonl',
      records: runRecords({ resources: dashboard, lineages }),
    });
    expect(record.counts).toMatchObject({ lineage_resolved: 3, lineage_pending: 0, lineage_rejected: 0 });
    const edges = await store()
      .db.selectFrom('lineage')
      .select(['from_resource_id'])
      .where('integration_id', '=', bi)
      .execute();
    expect(new Set(edges.map((e) => e.from_resource_id)).size).toBe(2);
  });

  test('several matches link to the most specific one and are reported as ambiguous', async () => {
    const { workspaceId, integrationId: a } = await createSyncTarget(store());
    await applySync(store(), {
      integrationId: a,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('users', []) }),
    });
    const { integrationId: b } = await createSyncTarget(store(), { workspaceId });
    const other = tableRun('users', []).map((r) =>
      r.entity_type === 'table' ? { ...r, schema: 'auth' } : r,
    );
    await applySync(store(), {
      integrationId: b,
      source: 'jsonl',
      records: runRecords({ resources: other }),
    });
    const { integrationId: c } = await createSyncTarget(store(), { workspaceId });
    const record = await applySync(store(), {
      integrationId: c,
      source: 'jsonl',
      records: runRecords({
        resources: [{ entity_type: 'dashboard', databuilder_id: 'd1' }],
        lineages: [edge(table('users'), internal('d1')), edge(table('users', 'auth'), internal('d1'))],
      }),
    });
    // Neither `users` is more specific than the other: the tie breaks by content (database, then schema:
    // `auth` before `public`), whatever the order they arrived in.
    expect(record.counts).toMatchObject({ lineage_resolved: 2, lineage_rejected: 0 });
    expect(record.warnings).toEqual([
      {
        file: 'lineages.jsonl',
        line: 1,
        message: expect.stringContaining(
          'table "users" is ambiguous: 2 resources match, linked to the most specific',
        ),
      },
    ]);
  });

  test('unknown internal ids are rejected with a warning naming the line', async () => {
    const { integrationId } = await createSyncTarget(store());
    const record = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({
        resources: tableRun('t', ['a']),
        lineages: [edge(internal('db.public.t.a'), internal('ghost'))],
      }),
    });
    expect(record.counts.lineage_rejected).toBe(1);
    expect(record.warnings[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining('"ghost" is not declared'),
    });
  });

  test('unmatched external references wait as pending and heal when another integration brings the table', async () => {
    const { workspaceId, integrationId: bi } = await createSyncTarget(store());
    const run = {
      resources: [{ entity_type: 'dashboard', databuilder_id: 'd1' }],
      lineages: [
        edge(
          {
            type: 'tables_from_query',
            sql: 'select * from analytics.revenue r join analytics.costs c on r.id = c.id',
          },
          internal('d1'),
        ),
      ],
    };
    const first = await applySync(store(), { integrationId: bi, source: 'jsonl', records: runRecords(run) });
    expect(first.counts).toMatchObject({ lineage_pending: 2, lineage_resolved: 0 });
    const again = await applySync(store(), { integrationId: bi, source: 'jsonl', records: runRecords(run) });
    expect(again.counts).toMatchObject({ lineage_pending: 2 });
    expect(
      await store().db.selectFrom('pending_lineage').selectAll().where('integration_id', '=', bi).execute(),
    ).toHaveLength(2);

    const { integrationId: warehouse } = await createSyncTarget(store(), { workspaceId });
    const revenue = tableRun('revenue', ['id']).map((r) => ({
      ...r,
      ...(r.entity_type === 'table' ? { schema: 'analytics' } : {}),
    }));
    await applySync(store(), {
      integrationId: warehouse,
      source: 'jsonl',
      records: runRecords({ resources: revenue }),
    });
    const edges = await store()
      .db.selectFrom('lineage')
      .selectAll()
      .where('integration_id', '=', bi)
      .execute();
    expect(edges).toHaveLength(1);
    const pending = await store()
      .db.selectFrom('pending_lineage')
      .selectAll()
      .where('integration_id', '=', bi)
      .execute();
    // Both references stay (re-resolved whenever a candidate changes); only `costs` still waits for a target.
    expect(pending.filter((p) => p.from_target_id === null).map((p) => p.match_key)).toEqual(['costs']);
    expect(pending.map((p) => p.match_key).sort()).toEqual(['costs', 'revenue']);
    // The BI integration's next run finds the edge already there and keeps it.
    const third = await applySync(store(), { integrationId: bi, source: 'jsonl', records: runRecords(run) });
    expect(third.counts).toMatchObject({ lineage_resolved: 1, lineage_pending: 1 });
    const kept = await store()
      .db.selectFrom('lineage')
      .selectAll()
      .where('integration_id', '=', bi)
      .execute();
    expect(kept.map((e) => e.id)).toEqual(edges.map((e) => e.id));
  });
});

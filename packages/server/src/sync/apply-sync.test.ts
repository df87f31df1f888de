import { expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import { findSyncTarget } from '../store/sync/index.js';
import { forEachBackend } from '../testing/index.js';
import { applySync } from './apply-sync.js';
import { getIntegrationSync } from './read-syncs.js';
import { createSyncTarget, dumpCatalog, edge, internal, runRecords, tableRun } from './sync-test-support.js';

forEachBackend('applySync', (store) => {
  test('creates a hierarchy with parents and full titles, then skips it unchanged', async () => {
    const { integrationId } = await createSyncTarget(store());
    const run = { resources: tableRun('orders', ['id', 'amount']) };
    const first = await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
    expect(first.status).toBe('succeeded');
    expect(first.counts).toMatchObject({ created: 5, updated: 0, unchanged: 0, staled: 0 });
    const rows = await store()
      .db.selectFrom('resources')
      .selectAll()
      .where('integration_id', '=', integrationId)
      .execute();
    const byDb = new Map(rows.map((row) => [row.databuilder_id, row]));
    expect(byDb.get('db.public.orders.id')?.parent_id).toBe(byDb.get('db.public.orders')?.id);
    expect(byDb.get('db.public.orders')?.parent_id).toBe(byDb.get('db.public')?.id);
    expect(byDb.get('db.public.orders.id')?.title_full).toBe('shop.public.orders.id');
    const before = await dumpCatalog(store());
    const second = await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
    expect(second.counts).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await dumpCatalog(store())).toBe(before);
  });

  test('a run addressed by the target a caller found answers the record as stored, no longer running', async () => {
    const { integrationId } = await createSyncTarget(store());
    const target = await findSyncTarget(store().db, store().flags, { integrationId, lock: false });
    const run = { resources: tableRun('orders', ['id']) };
    const record = await applySync(store(), { target: target!, source: 'jsonl', records: runRecords(run) });
    expect(record).toMatchObject({
      status: 'succeeded',
      integration_id: integrationId,
      counts: { created: 4 },
    });
    expect(record.finished_at).not.toBeNull();
    const stored = await getIntegrationSync(store(), {
      workspaceId: target!.workspace_id,
      integrationId,
      syncId: record.id,
    });
    expect(record).toEqual(stored);
  });

  test("the record's log times each step of the run, in order, up to the commit", async () => {
    const { integrationId } = await createSyncTarget(store());
    const resources = tableRun('orders', ['id']);
    const lineages = [edge(internal('db.public.orders'), internal('db.public.orders.id'))];
    const record = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources, lineages }),
    });
    const row = await store()
      .db.selectFrom('syncs')
      .select('logs')
      .where('id', '=', record.id)
      .executeTakeFirstOrThrow();
    const logs = JSON.parse(row.logs) as Array<{ message: string; ms?: number }>;
    const steps = logs.map((log) => log.message);
    const expected = [
      'streamed records',
      'rebuilt indexes',
      'linked parents',
      'staled',
      'indexed for search',
      'resolved lineage',
      'replaced lineage',
      'replaced pending lineage',
      'healed',
      'sync applied',
      'committed',
    ];
    expect(steps.filter((step) => expected.includes(step))).toEqual(expected);
    for (const log of logs.filter(
      (entry) => expected.includes(entry.message) && entry.message !== 'sync applied',
    ))
      expect(typeof log.ms, log.message).toBe('number');
  });

  test('links children declared before their parents', async () => {
    const { integrationId } = await createSyncTarget(store());
    const resources = tableRun('orders', ['id']).reverse();
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords({ resources }) });
    const rows = await store()
      .db.selectFrom('resources')
      .selectAll()
      .where('integration_id', '=', integrationId)
      .execute();
    const byDb = new Map(rows.map((row) => [row.databuilder_id, row]));
    expect(byDb.get('db.public.orders.id')?.parent_id).toBe(byDb.get('db.public.orders')?.id);
    expect(byDb.get('db.public.orders.id')?.title_full).toBe('shop.public.orders.id');
  });

  test('stales absent resources, keeps their user edits, revives them', async () => {
    const { integrationId } = await createSyncTarget(store());
    const full = tableRun('orders', ['id', 'amount']);
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords({ resources: full }) });
    await store()
      .db.updateTable('resources')
      .set({ user_values: JSON.stringify({ description: 'mine' }), description: 'mine' })
      .where('databuilder_id', '=', 'db.public.orders.amount')
      .where('integration_id', '=', integrationId)
      .execute();
    const shrunk = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: full.slice(0, 4) }),
    });
    expect(shrunk.counts).toMatchObject({ staled: 1, unchanged: 4 });
    const stale = await store()
      .db.selectFrom('resources')
      .selectAll()
      .where('databuilder_id', '=', 'db.public.orders.amount')
      .where('integration_id', '=', integrationId)
      .executeTakeFirstOrThrow();
    expect(stale).toMatchObject({ stale: 1, description: 'mine' });
    const back = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: full }),
    });
    expect(back.counts).toMatchObject({ revived: 1, unchanged: 4, staled: 0 });
    const revived = await store()
      .db.selectFrom('resources')
      .selectAll()
      .where('id', '=', stale.id)
      .executeTakeFirstOrThrow();
    expect(revived).toMatchObject({ stale: 0, stale_at: null, description: 'mine' });
  });

  test('a resource declared twice does not hide one left out: it is still staled', async () => {
    const { integrationId } = await createSyncTarget(store());
    const full = tableRun('orders', ['id', 'amount']);
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords({ resources: full }) });
    // As many declarations as the integration has resources, but `amount` is missing and `id` comes twice.
    const again = [...full.slice(0, 4), full[3]!];
    const record = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: again }),
    });
    expect(record.counts).toMatchObject({ staled: 1 });
  });

  test('does not stale when the integration disables it', async () => {
    const { integrationId } = await createSyncTarget(store(), { autoStale: false });
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('t', ['a']) }),
    });
    const record = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: [] }),
    });
    expect(record.counts.staled).toBe(0);
  });

  test('a failing record leaves the catalog as it was and the failed sync recorded', async () => {
    const { integrationId } = await createSyncTarget(store());
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('t', ['a']) }),
    });
    const before = await dumpCatalog(store());
    const bad = [...tableRun('t', ['a', 'b']), { entity_type: 'table', databuilder_id: 'x', title: 'x' }];
    const error = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: bad }),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.details.problems).toEqual([
      { file: 'resources.jsonl', line: 6, field: 'schema', message: 'tables need a schema name' },
      { file: 'resources.jsonl', line: 6, field: 'database', message: 'tables need a database name' },
    ]);
    expect(await dumpCatalog(store())).toBe(before);
    const failed = await store()
      .db.selectFrom('syncs')
      .selectAll()
      .where('id', '=', error.details.sync_id)
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
  });

  test('a dry run counts the same and changes nothing', async () => {
    const { integrationId } = await createSyncTarget(store());
    const before = await dumpCatalog(store());
    const records = runRecords({ resources: tableRun('t', ['a']) });
    const dry = await applySync(store(), { integrationId, source: 'jsonl', records, dryRun: true });
    expect(dry).toMatchObject({ dry_run: true, status: 'succeeded', counts: { created: 4 } });
    expect(await dumpCatalog(store())).toBe(before);
  });

  test('replaces lineage by the difference and never touches manual edges', async () => {
    const { integrationId } = await createSyncTarget(store());
    const resources = tableRun('t', ['a', 'b', 'c']);
    const lineages = [
      edge(internal('db.public.t.a'), internal('db.public.t.b')),
      edge(internal('db.public.t.b'), internal('db.public.t.c')),
    ];
    const first = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources, lineages }),
    });
    expect(first.counts.lineage_resolved).toBe(2);
    const edges = await store()
      .db.selectFrom('lineage')
      .selectAll()
      .where('integration_id', '=', integrationId)
      .execute();
    const kept = edges.find((e) => e.from_resource_id !== edges[0]!.to_resource_id) ?? edges[0]!;
    const manual = {
      ...edges[0]!,
      id: `${edges[0]!.id.slice(0, -4)}ffff`,
      is_manual: 1 as const,
      integration_id: null,
    };
    await store().db.insertInto('lineage').values(manual).execute();
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources, lineages: lineages.slice(1) }),
    });
    const after = await store()
      .db.selectFrom('lineage')
      .selectAll()
      .where('workspace_id', '=', manual.workspace_id)
      .execute();
    expect(after).toHaveLength(2);
    expect(after.find((e) => e.is_manual === 1)?.id).toBe(manual.id);
    const unchanged = after.find((e) => e.is_manual === 0)!;
    expect(edges.map((e) => e.id)).toContain(unchanged.id);
    void kept;
  });

  test('a databuilder_id repeated in a later batch of a first sync keeps the last declaration', async () => {
    const { integrationId } = await createSyncTarget(store());
    const columns = Array.from({ length: 2500 }, (_, i) => `c${i}`);
    const resources = [
      ...tableRun('wide', columns),
      { ...tableRun('wide', ['c1'])[3]!, description: 'last' },
    ];
    const record = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources }),
    });
    expect(record.counts).toMatchObject({ created: 2503, updated: 1 });
    expect(record.warnings).toEqual([
      { message: expect.stringContaining('1 resources repeat an earlier databuilder_id') },
    ]);
    const column = await store()
      .db.selectFrom('resources')
      .select('description')
      .where('integration_id', '=', integrationId)
      .where('databuilder_id', '=', 'db.public.wide.c1')
      .executeTakeFirstOrThrow();
    expect(column.description).toBe('last');
  });

  test('an edge declared again in a later batch of a first sync is written once', async () => {
    const { integrationId } = await createSyncTarget(store());
    const columns = Array.from({ length: 60 }, (_, i) => `c${i}`);
    const resources = [...tableRun('a', columns), ...tableRun('b', columns).slice(2)];
    // 3,600 column pairs, so the repeats come more than one write batch after their first declaration.
    const pairs = columns.flatMap((from) =>
      columns.map((to) => edge(internal(`db.public.a.${from}`), internal(`db.public.b.${to}`))),
    );
    const lineages = [...pairs, pairs[0]!, pairs[1]!, pairs[0]!];
    const record = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources, lineages }),
    });
    expect(record.counts.lineage_resolved).toBe(lineages.length);
    const edges = await store()
      .db.selectFrom('lineage')
      .select(['from_resource_id', 'to_resource_id'])
      .where('integration_id', '=', integrationId)
      .execute();
    expect(edges).toHaveLength(pairs.length);
    expect(new Set(edges.map((e) => `${e.from_resource_id} ${e.to_resource_id}`)).size).toBe(pairs.length);
    const again = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources, lineages: pairs.slice(1) }),
    });
    expect(again.counts).toMatchObject({ unchanged: resources.length });
    const left = await store()
      .db.selectFrom('lineage')
      .select('id')
      .where('integration_id', '=', integrationId)
      .execute();
    expect(left).toHaveLength(pairs.length - 1);
  });
});

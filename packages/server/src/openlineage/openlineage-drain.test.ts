import { expect, test } from 'vitest';
import { forEachApp, type TestApp } from '../testing/index.js';
import { sendEvents as send } from '../testing/send-openlineage-events.js';
import { applyPendingOpenLineageEvents } from './apply-events.js';
import { uuidOf } from './testing/complete-expected-event.js';

// The drain's storage (migration 0025): inputs/outputs stored once by content, runs folding content hashes,
// namespaces synced when left dirty, and rows stored before 0025 still applied.

const PRODUCER = 'https://github.com/OpenLineage/OpenLineage/tree/1.9.0/integration/spark';
const WAREHOUSE = 'postgres://warehouse:5432';

function runEvent(options: {
  namespace: string;
  type: string;
  runId: string;
  time: string;
  inputs?: string[];
  outputs?: string[];
}) {
  // Each test its own database: a name another test's namespace also has would link to that one's table.
  const database = options.namespace.replaceAll('-', '_');
  const dataset = (name: string) => ({ namespace: WAREHOUSE, name: name.replace(/^shop\./, `${database}.`) });
  return {
    eventType: options.type,
    eventTime: options.time,
    producer: PRODUCER,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: options.runId },
    job: { namespace: options.namespace, name: 'load' },
    inputs: (options.inputs ?? []).map(dataset),
    outputs: (options.outputs ?? []).map(dataset),
  };
}

/** Table-level edges of the namespace's integration, as `from title -> to title`. */
async function edgesOf(t: TestApp, namespace: string): Promise<string[]> {
  const rows = await t.store.db
    .selectFrom('lineage as l')
    .innerJoin('resources as f', 'f.id', 'l.from_resource_id')
    .innerJoin('resources as o', 'o.id', 'l.to_resource_id')
    .innerJoin('integrations as i', 'i.id', 'l.integration_id')
    .select(['f.title as from_title', 'o.title as to_title'])
    .where('i.name', '=', namespace)
    .where('i.type', '=', 'openlineage')
    .where('f.entity_type', '!=', 'column')
    .execute();
  return rows.map((r) => `${r.from_title} -> ${r.to_title}`).sort();
}

async function ioRows(t: TestApp): Promise<number> {
  const row = await t.store.db
    .selectFrom('openlineage_io')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

forEachApp('OpenLineage drain storage', (t) => {
  test('datasets sent again are stored once; a run whose events differ gets their merge', async () => {
    const namespace = 'drain-dedupe';
    const before = await ioRows(t());
    const same = { namespace, inputs: ['shop.public.orders'], outputs: ['shop.mart.daily'] };
    await send(t(), [
      runEvent({ ...same, type: 'START', runId: uuidOf('dedupe-1'), time: '2024-06-01T01:00:00Z' }),
      runEvent({ ...same, type: 'COMPLETE', runId: uuidOf('dedupe-1'), time: '2024-06-01T01:01:00Z' }),
      runEvent({ ...same, type: 'START', runId: uuidOf('dedupe-2'), time: '2024-06-02T01:00:00Z' }),
      runEvent({ ...same, type: 'COMPLETE', runId: uuidOf('dedupe-2'), time: '2024-06-02T01:01:00Z' }),
    ]);
    // Four events, two runs, one content.
    expect(await ioRows(t())).toBe(before + 1);
    expect(await edgesOf(t(), namespace)).toEqual(['load -> daily', 'orders -> load']);

    // A third run's COMPLETE names one more input than its START: the run's datasets are both events' merged.
    await send(t(), [
      runEvent({ ...same, type: 'START', runId: uuidOf('dedupe-3'), time: '2024-06-03T01:00:00Z' }),
      runEvent({
        ...same,
        inputs: ['shop.public.refunds'],
        type: 'COMPLETE',
        runId: uuidOf('dedupe-3'),
        time: '2024-06-03T01:01:00Z',
      }),
    ]);
    // The COMPLETE's own content and the merge.
    expect(await ioRows(t())).toBe(before + 3);
    expect(await edgesOf(t(), namespace)).toEqual(['load -> daily', 'orders -> load', 'refunds -> load']);
  });

  test('a namespace left dirty between its events and its sync (a crash) is synced by the next drain', async () => {
    const namespace = 'drain-crash';
    const runId = uuidOf('crash-1');
    await send(t(), [
      runEvent({ namespace, type: 'START', runId, time: '2024-06-01T01:00:00Z' }),
      runEvent({
        namespace,
        type: 'COMPLETE',
        runId,
        time: '2024-06-01T01:01:00Z',
        inputs: ['shop.public.orders'],
        outputs: ['shop.mart.daily'],
      }),
    ]);
    expect(await edgesOf(t(), namespace)).toEqual(['load -> daily', 'orders -> load']);
    // As if the process died after the events' transaction: the catalog without the sync, the namespace dirty.
    const ns = await t()
      .store.db.selectFrom('openlineage_namespaces')
      .selectAll()
      .where('namespace', '=', namespace)
      .executeTakeFirstOrThrow();
    await t().store.db.deleteFrom('lineage').where('integration_id', '=', ns.integration_id).execute();
    await t()
      .store.db.updateTable('openlineage_namespaces')
      .set({ dirty: 1, input_digest: null, records_digest: null })
      .where('namespace', '=', namespace)
      .execute();
    expect(await edgesOf(t(), namespace)).toEqual([]);

    const result = await applyPendingOpenLineageEvents(t().store);
    expect(result.applied).toBe(0);
    expect(result.syncs).toBeGreaterThanOrEqual(1);
    expect(await edgesOf(t(), namespace)).toEqual(['load -> daily', 'orders -> load']);
    const after = await t()
      .store.db.selectFrom('openlineage_namespaces')
      .select(['dirty', 'records_digest'])
      .where('namespace', '=', namespace)
      .executeTakeFirstOrThrow();
    expect(after.dirty).toBe(0);
    expect(after.records_digest).not.toBeNull();

    // Nothing changed since: the next drain syncs nothing.
    expect((await applyPendingOpenLineageEvents(t().store)).syncs).toBe(0);
  });

  test('an event and a run stored before content hashing (whole body, run io) are still applied', async () => {
    const namespace = 'drain-legacy';
    const runId = uuidOf('legacy-1');
    const workspaceId = t().workspaceId;
    const olDb = t().store.db;
    // A START applied before migration 0025: its run holds its datasets in `io`.
    await send(t(), [
      runEvent({
        namespace,
        type: 'START',
        runId,
        time: '2024-06-01T01:00:00Z',
        inputs: ['shop.public.orders'],
        outputs: ['shop.mart.daily'],
      }),
    ]);
    const run = await olDb
      .selectFrom('openlineage_runs as r')
      .innerJoin('openlineage_io as b', (j) =>
        j.onRef('b.workspace_id', '=', 'r.workspace_id').onRef('b.hash', '=', 'r.io_hash'),
      )
      .select('b.io')
      .where('r.run_id', '=', runId)
      .executeTakeFirstOrThrow();
    await olDb
      .updateTable('openlineage_runs')
      .set({ io: run.io, io_hash: null })
      .where('run_id', '=', runId)
      .execute();
    // A COMPLETE received before 0025: whole body, no hash.
    const complete = runEvent({
      namespace,
      type: 'COMPLETE',
      runId,
      time: '2024-06-01T01:01:00Z',
      inputs: ['shop.public.refunds'],
      outputs: ['shop.mart.daily'],
    });
    await olDb
      .insertInto('openlineage_events')
      .values({
        workspace_id: workspaceId,
        received_at: '2024-06-01T01:01:01.000Z',
        event_kind: 'run',
        event_type: 'COMPLETE',
        event_time: '2024-06-01T01:01:00.000Z',
        run_id: runId,
        job_namespace: namespace,
        job_name: 'load',
        body: JSON.stringify(complete),
        io_hash: null,
        state: 'pending',
        error: null,
      })
      .execute();
    const result = await applyPendingOpenLineageEvents(t().store);
    expect(result).toMatchObject({ applied: 1, failed: 0 });
    expect(await edgesOf(t(), namespace)).toEqual(['load -> daily', 'orders -> load', 'refunds -> load']);
    const folded = await olDb
      .selectFrom('openlineage_runs')
      .select(['state', 'io_hash'])
      .where('run_id', '=', runId)
      .executeTakeFirstOrThrow();
    expect(folded.state).toBe('COMPLETED');
    expect(folded.io_hash).not.toBeNull();
  });
});

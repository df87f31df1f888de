import { expect, test } from 'vitest';
import { eventsOf, type OpenLineageRunFailedEvent } from '../events/index.js';
import { forEachApp, type TestApp } from '../testing/index.js';
import { sendEvents as send } from '../testing/send-openlineage-events.js';
import { applyPendingOpenLineageEvents } from './apply-events.js';
import { uuidOf } from './testing/complete-expected-event.js';

const PRODUCER = 'https://github.com/apache/airflow/tree/providers-openlineage/1.0.0';
const NS = 'airflow-prod';

function runEvent(options: {
  type: string;
  runId: string;
  time: string;
  job?: string;
  inputs?: string[];
  outputs?: string[];
  error?: string;
}) {
  const dataset = (name: string) => ({ namespace: 'postgres://warehouse:5432', name });
  return {
    eventType: options.type,
    eventTime: options.time,
    producer: PRODUCER,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: {
      runId: options.runId,
      facets: options.error
        ? {
            errorMessage: {
              _producer: PRODUCER,
              _schemaURL: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json',
              message: options.error,
              programmingLanguage: 'python',
            },
          }
        : {},
    },
    job: { namespace: NS, name: options.job ?? 'daily_orders.load' },
    inputs: (options.inputs ?? []).map(dataset),
    outputs: (options.outputs ?? []).map(dataset),
  };
}

async function get(t: TestApp, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: t.as('viewer') });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
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

forEachApp('OpenLineage run sequences', (t) => {
  test('START → RUNNING → COMPLETE: state, times, duration; a later COMPLETE replaces the job lineage', async () => {
    const first = uuidOf('seq-1');
    await send(t(), [
      runEvent({
        type: 'START',
        runId: first,
        time: '2024-06-01T01:00:00Z',
        inputs: ['shop.public.orders'],
        outputs: ['shop.mart.daily'],
      }),
      runEvent({ type: 'RUNNING', runId: first, time: '2024-06-01T01:00:30Z' }),
      runEvent({
        type: 'COMPLETE',
        runId: first,
        time: '2024-06-01T01:02:00Z',
        inputs: ['shop.public.orders'],
        outputs: ['shop.mart.daily'],
      }),
    ]);
    const run = await get(t(), `/api/v1/jobs/runs/${first}`);
    expect(run).toMatchObject({
      state: 'COMPLETED',
      startedAt: '2024-06-01T01:00:00.000Z',
      endedAt: '2024-06-01T01:02:00.000Z',
      durationMs: 120_000,
    });
    expect(run.states.map((s: { eventType: string }) => s.eventType)).toEqual([
      'START',
      'RUNNING',
      'COMPLETE',
    ]);
    expect(await edgesOf(t(), NS)).toEqual(
      expect.arrayContaining(['daily_orders.load -> daily', 'orders -> daily_orders.load']),
    );

    // The next run reads another table: its COMPLETE replaces the job's lineage like a sync.
    const second = uuidOf('seq-2');
    await send(t(), [
      runEvent({ type: 'START', runId: second, time: '2024-06-02T01:00:00Z' }),
      runEvent({
        type: 'COMPLETE',
        runId: second,
        time: '2024-06-02T01:01:00Z',
        inputs: ['shop.public.refunds'],
        outputs: ['shop.mart.daily'],
      }),
    ]);
    const edges = await edgesOf(t(), NS);
    expect(edges).toContain('refunds -> daily_orders.load');
    expect(edges).not.toContain('orders -> daily_orders.load');
    const job = await get(t(), `/api/v1/namespaces/${NS}/jobs/daily_orders.load`);
    expect(job.latestRun.id).toBe(second);
    expect(job.latestRuns.map((r: { id: string }) => r.id)).toEqual([second, first]);

    // The job's resource answers its runs.
    const resource = await t()
      .store.db.selectFrom('resources')
      .select('id')
      .where('databuilder_id', '=', 'openlineage:job:daily_orders.load')
      .executeTakeFirstOrThrow();
    const runs = await get(t(), `/api/v1/resource/all/${resource.id}/runs`);
    expect(runs.runs.map((r: { state: string }) => r.state)).toEqual(['COMPLETED', 'COMPLETED']);
  });

  test('START → FAIL: FAILED with its error message, announced once; the lineage of the last COMPLETE stays', async () => {
    const announced: OpenLineageRunFailedEvent[] = [];
    const off = eventsOf(t().store).on('openlineage.run.failed', (event) => {
      announced.push(event);
    });
    try {
      const failing = uuidOf('seq-fail');
      const events = [
        runEvent({
          type: 'START',
          runId: failing,
          time: '2024-06-03T01:00:00Z',
          inputs: ['shop.public.returns'],
        }),
        runEvent({
          type: 'FAIL',
          runId: failing,
          time: '2024-06-03T01:00:05Z',
          error: 'relation "returns" does not exist',
        }),
      ];
      await send(t(), events);
      // The same FAIL again (a retrying emitter) changes nothing and is not announced twice.
      await send(t(), [events[1]]);
      const run = await get(t(), `/api/v1/jobs/runs/${failing}`);
      expect(run).toMatchObject({ state: 'FAILED', errorMessage: 'relation "returns" does not exist' });
      expect(announced).toHaveLength(1);
      expect(announced[0]).toMatchObject({
        runId: failing,
        state: 'FAILED',
        job: { namespace: NS, name: 'daily_orders.load' },
      });
      expect(announced[0]!.job.resourceId).toBeTruthy();
      const edges = await edgesOf(t(), NS);
      expect(edges).toContain('refunds -> daily_orders.load');
      expect(edges).not.toContain('returns -> daily_orders.load');
    } finally {
      off();
    }
  });

  test('out of order, duplicates, COMPLETE without START, nanoseconds, no zone, unicode: deterministic', async () => {
    const runId = uuidOf('odd');
    const job = 'préparer_données.日次';
    await send(t(), [
      runEvent({
        type: 'COMPLETE',
        runId,
        job,
        time: '2024-06-04T02:00:00.123456789+02:00',
        outputs: ['x.y.z'],
      }),
      runEvent({
        type: 'COMPLETE',
        runId,
        job,
        time: '2024-06-04T02:00:00.123456789+02:00',
        outputs: ['x.y.z'],
      }),
      runEvent({ type: 'START', runId, job, time: '2024-06-04T00:00:00' }),
    ]);
    const run = await get(t(), `/api/v1/jobs/runs/${runId}`);
    expect(run).toMatchObject({
      state: 'COMPLETED',
      startedAt: '2024-06-04T00:00:00.000Z',
      endedAt: '2024-06-04T00:00:00.123Z',
    });
    const lonely = uuidOf('lonely');
    await send(t(), [runEvent({ type: 'COMPLETE', runId: lonely, job, time: '2024-06-05T00:00:00Z' })]);
    expect(await get(t(), `/api/v1/jobs/runs/${lonely}`)).toMatchObject({
      state: 'COMPLETED',
      startedAt: null,
    });
    const named = await get(t(), `/api/v1/namespaces/${NS}/jobs/${encodeURIComponent(job)}`);
    expect(named.name).toBe(job);
  });

  test('a body that is not JSON is a 400, one over the limit a 413, an unknown run a 404', async () => {
    const notJson = await t().app.inject({
      method: 'POST',
      url: '/api/v1/lineage',
      headers: { ...t().as('editor'), 'content-type': 'application/json' },
      payload: '{"eventType": ',
    });
    expect(notJson.statusCode).toBe(400);
    const huge = await t().app.inject({
      method: 'POST',
      url: '/api/v1/lineage',
      headers: { ...t().as('editor'), 'content-type': 'application/json' },
      payload: JSON.stringify({
        ...runEvent({ type: 'START', runId: uuidOf('big'), time: '2024-01-01T00:00:00Z' }),
        pad: 'x'.repeat(2 * 1024 * 1024),
      }),
    });
    expect(huge.statusCode).toBe(413);
    const missing = await t().app.inject({
      method: 'GET',
      url: `/api/v1/jobs/runs/${uuidOf('none')}`,
      headers: t().as('viewer'),
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('openlineage_run_not_found');
  });

  test('a batch with one invalid event stores nothing and names the event', async () => {
    const before = await get(t(), `/api/v1/namespaces/${NS}/jobs`);
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/v1/lineage/batch',
      headers: t().as('editor'),
      payload: [
        runEvent({
          type: 'START',
          runId: uuidOf('batch-ok'),
          job: 'batch_job',
          time: '2024-06-06T00:00:00Z',
        }),
        {
          ...runEvent({ type: 'START', runId: 'not-a-uuid', job: 'batch_job', time: '2024-06-06T00:00:00Z' }),
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('/1/run/runId');
    await applyPendingOpenLineageEvents(t().store);
    expect((await get(t(), `/api/v1/namespaces/${NS}/jobs`)).totalCount).toBe(before.totalCount);
  });

  test('column lineage: DIRECT and INDIRECT transformations become direct and indirect column edges', async () => {
    const CLL = 'https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json';
    const input = (field: string, type: string) => ({
      namespace: 'postgres://warehouse:5432',
      name: 'shop.public.payments',
      field,
      transformations: [{ type, subtype: type === 'DIRECT' ? 'IDENTITY' : 'FILTER' }],
    });
    const event = runEvent({
      type: 'COMPLETE',
      runId: uuidOf('cll'),
      job: 'payments.daily',
      time: '2024-06-07T00:00:00Z',
      inputs: ['shop.public.payments'],
      outputs: ['shop.mart.payments_daily'],
    });
    (event.outputs[0] as Record<string, unknown>).facets = {
      columnLineage: {
        _producer: PRODUCER,
        _schemaURL: CLL,
        fields: {
          amount: { inputFields: [input('amount', 'DIRECT'), input('status', 'INDIRECT')] },
        },
      },
    };
    await send(t(), [event]);
    const rows = await t()
      .store.db.selectFrom('lineage as l')
      .innerJoin('resources as f', 'f.id', 'l.from_resource_id')
      .innerJoin('resources as o', 'o.id', 'l.to_resource_id')
      .select(['f.title as from_title', 'o.title as to_title', 'l.kind'])
      .where(
        'o.databuilder_id',
        '=',
        'openlineage:dataset:postgres://warehouse:5432/shop.mart.payments_daily#amount',
      )
      .execute();
    expect(rows.map((r) => `${r.from_title} ${r.kind}`).sort()).toEqual(['amount direct', 'status indirect']);
  });
});

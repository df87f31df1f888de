import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { forEachApp, type TestApp } from '../testing/index.js';
import { applyPendingOpenLineageEvents } from './apply-events.js';

const RUN = '0176a8c2-fe01-7439-87e6-56a1a1b4029f';
const event = (over: Record<string, unknown> = {}) => ({
  eventType: 'START',
  eventTime: '2024-05-01T10:00:00.123456789Z',
  producer: 'https://github.com/OpenLineage/OpenLineage/tree/1.0.0/integration/spark',
  schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
  run: { runId: RUN },
  job: { namespace: 'spark_ns', name: 'etl.load_orders' },
  inputs: [
    {
      namespace: 'postgres://db.example:5432',
      name: 'shop.public.orders',
      facets: {
        schema: {
          _producer: 'https://example.com/producer',
          _schemaURL: 'https://openlineage.io/spec/facets/1-1-0/SchemaDatasetFacet.json',
          fields: [
            { name: 'id', type: 'int' },
            { name: 'amount', type: 'numeric' },
          ],
        },
      },
    },
  ],
  outputs: [{ namespace: 's3://lake', name: '/warehouse/orders_daily' }],
  ...over,
});

async function post(
  t: TestApp,
  body: unknown,
  role: 'editor' | 'viewer' | 'admin' = 'editor',
  url = '/api/v1/lineage',
) {
  return t.app.inject({ method: 'POST', url, headers: t.as(role), payload: body as object });
}

forEachApp('POST /api/v1/lineage', (t) => {
  test('an editor posts a START; it is stored, then applied into jobs, runs and the catalog', async () => {
    const res = await post(t(), event());
    expect(res.json()).toEqual({ accepted: 1 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ accepted: 1 });
    const result = await applyPendingOpenLineageEvents(t().store);
    expect(result.applied).toBe(1);
    const run = await t().app.inject({
      method: 'GET',
      url: `/api/v1/jobs/runs/${RUN}`,
      headers: t().as('viewer'),
    });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ id: RUN, state: 'RUNNING', startedAt: '2024-05-01T10:00:00.123Z' });
    const jobs = await t().app.inject({
      method: 'GET',
      url: '/api/v1/namespaces/spark_ns/jobs',
      headers: t().as('viewer'),
    });
    expect(jobs.json().jobs[0]).toMatchObject({
      name: 'etl.load_orders',
      inputs: [{ namespace: 'postgres://db.example:5432', name: 'shop.public.orders' }],
    });
  });

  test('a viewer may not post', async () => {
    expect((await post(t(), event(), 'viewer')).statusCode).toBe(403);
  });

  test('an invalid event is a 400 naming the JSON path', async () => {
    const res = await post(t(), event({ run: {} }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('openlineage_invalid_event');
    expect(res.json().error.message).toContain('/run');
  });

  test("bodies that are not events answer 400 with the JSON parser's and the schema's codes, never 500", async () => {
    const send = (payload: string, url: string, type = 'application/json') =>
      t().app.inject({
        method: 'POST',
        url,
        headers: { ...t().as('editor'), 'content-type': type },
        payload,
      });
    const cases: Array<[string, string, string, string?]> = [
      ['{"eventType":', '/api/v1/lineage', 'invalid_json'],
      ['', '/api/v1/lineage', 'invalid_json'],
      ['[]', '/api/v1/lineage', 'validation_failed'],
      ['{}', '/api/v1/lineage/batch', 'validation_failed'],
      ['[{"__proto__":{"x":1}}]', '/api/v1/lineage/batch', 'invalid_json'],
      ['[{"job":{"namespace":"a\\u0000","name":"b"}}]', '/api/v1/lineage/batch', 'invalid_text'],
      ['[]', '/api/v1/lineage/batch', 'validation_failed', 'text/plain'],
    ];
    for (const [payload, url, code, type] of cases) {
      const res = await send(payload, url, type);
      expect(res.statusCode, `${url} ${payload}`).toBe(400);
      expect(res.json().error.code, `${url} ${payload}`).toBe(code);
    }
    const empty = await send('[]', '/api/v1/lineage/batch');
    expect(empty.statusCode).toBe(201);
    expect(empty.json()).toEqual({ accepted: 0 });
  });

  test('a gzipped body is accepted (compression: gzip); broken gzip is a 400, a gzip bomb a 413', async () => {
    const runId = '0176a8c2-fe01-7439-87e6-56a1a1b40300';
    const send = (bytes: Buffer, encoding = 'gzip', url = '/api/v1/lineage') =>
      t().app.inject({
        method: 'POST',
        url,
        headers: { ...t().as('editor'), 'content-type': 'application/json', 'content-encoding': encoding },
        payload: bytes,
      });
    const zipped = await send(gzipSync(JSON.stringify(event({ run: { runId } }))));
    expect(zipped.statusCode, zipped.body).toBe(201);
    const batch = await send(
      gzipSync(JSON.stringify([event({ run: { runId }, eventType: 'COMPLETE' })])),
      'gzip',
      '/api/v1/lineage/batch',
    );
    expect(batch.statusCode, batch.body).toBe(201);
    await applyPendingOpenLineageEvents(t().store);
    const run = await t().app.inject({
      method: 'GET',
      url: `/api/v1/jobs/runs/${runId}`,
      headers: t().as('viewer'),
    });
    expect(run.json().state).toBe('COMPLETED');

    const broken = await send(Buffer.from('not gzip at all'));
    expect(broken.statusCode).toBe(400);
    // 3 MB of JSON in a few KB: the limit counts what it decompresses to.
    const bomb = await send(gzipSync(JSON.stringify(event({ pad: 'x'.repeat(3 * 1024 * 1024) }))));
    expect(bomb.statusCode).toBe(413);
    const unsupported = await send(Buffer.from('{}'), 'compress');
    expect(unsupported.statusCode).toBe(415);
  });
});

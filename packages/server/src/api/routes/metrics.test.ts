import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventsOf } from '../../events/index.js';
import { newId } from '../../lib/ids.js';
import { applySync } from '../../sync/apply-sync.js';
import {
  createSyncTarget,
  createTestApp,
  runRecords,
  type TestApp,
  tableRun,
  testBackends,
} from '../../testing/index.js';

/** The value of one series in Prometheus text, or undefined when the series is absent. */
function seriesValue(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

for (const backend of testBackends()) {
  describe(`GET /metrics, off by default [${backend}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(backend);
    });
    afterAll(async () => t.dispose());

    test('answers 404 to an admin and 401 without credentials', async () => {
      const admin = await t.app.inject({ method: 'GET', url: '/metrics', headers: t.as('admin') });
      expect(admin.statusCode).toBe(404);
      expect(admin.json().error.message).toContain('SEXTANT_METRICS');
      expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    });
  });

  describe(`GET /metrics with SEXTANT_METRICS on [${backend}]`, () => {
    let t: TestApp;
    const scrape = async () => {
      const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: t.as('admin') });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('text/plain; version=0.0.4');
      return res.body;
    };
    beforeAll(async () => {
      t = await createTestApp(backend, { metricsEnabled: true });
    });
    afterAll(async () => t.dispose());

    test('counts requests by route pattern and status, with a duration histogram', async () => {
      const series = (route: string, status: number) =>
        `sextant_http_requests_total{method="GET",route="${route}",status_code="${status}"}`;
      const before = await scrape();
      await t.app.inject({ method: 'GET', url: '/healthcheck' });
      await t.app.inject({ method: 'GET', url: '/healthcheck' });
      await t.app.inject({ method: 'GET', url: `/api/v1/resource/all/${newId()}`, headers: t.as('viewer') });
      const after = await scrape();
      expect(
        (seriesValue(after, series('/healthcheck', 200)) ?? 0) -
          (seriesValue(before, series('/healthcheck', 200)) ?? 0),
      ).toBe(2);
      expect(seriesValue(after, series('/api/v1/resource/all/:id', 404))).toBe(1);
      expect(
        seriesValue(
          after,
          'sextant_http_request_duration_seconds_count{method="GET",route="/healthcheck",status_code="200"}',
        ),
      ).toBeGreaterThanOrEqual(2);
      expect(after).toContain('# TYPE sextant_http_request_duration_seconds histogram');
      expect(after).toContain('process_cpu_user_seconds_total');
    });

    test('counts sync runs and their durations by source and status', async () => {
      const { integrationId } = await createSyncTarget(t.store, { workspaceId: t.workspaceId });
      await applySync(t.store, {
        integrationId,
        source: 'jsonl',
        records: runRecords({ resources: tableRun('orders', ['id']) }),
      });
      await expect(
        applySync(t.store, {
          integrationId,
          source: 'jsonl',
          records: runRecords({ resources: [{ entity_type: 'table', title: 'no databuilder id' }] }),
        }),
      ).rejects.toThrow();
      await eventsOf(t.store).settled();
      const text = await scrape();
      expect(seriesValue(text, 'sextant_sync_runs_total{source="jsonl",status="succeeded"}')).toBe(1);
      expect(seriesValue(text, 'sextant_sync_runs_total{source="jsonl",status="failed"}')).toBe(1);
      expect(
        seriesValue(text, 'sextant_sync_duration_seconds_count{source="jsonl",status="succeeded"}'),
      ).toBe(1);
    });

    test('reports the job queue depth from the database, and the pool on PostgreSQL only', async () => {
      const text = await scrape();
      expect(seriesValue(text, 'sextant_jobs{status="queued"}')).toBe(0);
      expect(seriesValue(text, 'sextant_jobs{status="running"}')).toBe(0);
      const total = seriesValue(text, 'sextant_store_pool_connections{state="total"}');
      if (backend === 'postgres') expect(total).toBeGreaterThan(0);
      else expect(total).toBeUndefined();
    });

    test('needs the admin role: a viewer gets 403', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: t.as('viewer') });
      expect(res.statusCode).toBe(403);
    });
  });
}

describe('GET /metrics with SEXTANT_METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { metricsEnabled: true, metricsToken: 'scrape-secret-0123456789' });
  });
  afterAll(async () => t.dispose());

  test('the token or an admin key reads it; a wrong token, none, or a viewer does not', async () => {
    const get = (authorization?: string) =>
      t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
    expect((await get('Bearer scrape-secret-0123456789')).statusCode).toBe(200);
    expect((await get(t.as('admin').authorization)).statusCode).toBe(200);
    expect((await get('Bearer scrape-secret-wrong-token')).statusCode).toBe(401);
    expect((await get()).statusCode).toBe(401);
    expect((await get(t.as('viewer').authorization)).statusCode).toBe(403);
  });
});

import { beforeAll, expect, test } from 'vitest';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { insertMonitor, type MonitorRow } from '../store/quality/index.js';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, forEachApp, runRecords, type TestApp } from '../testing/index.js';
import { refreshStaleQualityScores } from './quality-score.js';

/*
 * The quality score as a resource field, a search facet and a sort key, and the monitor status as a search facet:
 * three tables scored by the scheduler's refresher (one only after it ran: "Not set"), monitors in the three
 * states (a column's open incident counts for its table), on both backends.
 */

const table = (id: string, more: Record<string, unknown> = {}) => ({
  entity_type: 'table',
  databuilder_id: id,
  parent_databuilder_id: 'schema',
  title: id,
  schema: 'mart',
  database: 'shop',
  ...more,
});
const column = (table: string, name: string, description = '') => ({
  entity_type: 'column',
  databuilder_id: `${table}.${name}`,
  parent_databuilder_id: table,
  title: name,
  type: 'integer',
  description,
});
const CONTAINERS = [
  { entity_type: 'database', databuilder_id: 'db', title: 'shop' },
  {
    entity_type: 'schema',
    databuilder_id: 'schema',
    parent_databuilder_id: 'db',
    title: 'mart',
    database: 'shop',
    description: 'the mart',
  },
];
const FIRST_RUN = [
  ...CONTAINERS,
  table('qs_kept', {
    description: 'orders, one row each',
    owners: ['admin@example.com'],
    external_updated_at: new Date().toISOString(),
  }),
  column('qs_kept', 'id', 'the order'),
  table('qs_bare'),
  column('qs_bare', 'amount'),
];

forEachApp('quality score and monitor status in search', (app) => {
  let t: TestApp;
  let integrationId: string;
  const ids = new Map<string, string>();
  const get = async (url: string) => {
    const res = await t.app.inject({ url, headers: t.as('viewer') });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const titles = async (query: string) =>
    (await get(`/api/v1/search?q=qs&entity_type=table&${query}`)).results.map(
      (r: { title: string }) => r.title,
    );

  const addMonitor = async (targetId: string, status: string, isIncidentOpen = false) => {
    const now = nowIso();
    const row: MonitorRow = {
      id: newId(),
      workspace_id: t.workspaceId,
      target_id: targetId,
      name: `monitor ${status}`,
      description: null,
      metric_type: 'row_count',
      metric_config: null,
      is_enabled: 1,
      condition_auto_sensitivity: 5,
      condition_manual_min: null,
      condition_manual_max: null,
      notify_slack_channel: null,
      schedule: '{"cadence":"daily"}',
      frequency: 24,
      next_run_at: null,
      status,
      last_attempted_at: null,
      last_success_at: null,
      last_error_at: null,
      last_error_message: null,
      last_measurement_value: null,
      created_by: null,
      created_at: now,
      updated_at: now,
      managed_by: null,
      managed_key: null,
    };
    const quality = t.store.db;
    await insertMonitor(quality, row);
    if (isIncidentOpen) {
      await quality
        .insertInto('monitor_incidents')
        .values({
          id: newId(),
          workspace_id: t.workspaceId,
          monitor_id: row.id,
          status: 'open',
          value: 0,
          message: 'breach',
          opened_at: now,
          resolved_at: null,
          resolved_by: null,
          updated_at: now,
        })
        .execute();
    }
  };

  beforeAll(async () => {
    t = app();
    ({ integrationId } = await createSyncTarget(t.store, { workspaceId: t.workspaceId }));
    await applySync(t.store, {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: FIRST_RUN }),
    });
    const rows = await t.store.db
      .selectFrom('resources')
      .select(['id', 'databuilder_id'])
      .where('integration_id', '=', integrationId)
      .execute();
    for (const row of rows) ids.set(row.databuilder_id!, row.id);
    await addMonitor(ids.get('qs_kept')!, 'normal');
    await addMonitor(ids.get('qs_bare.amount')!, 'incident', true);
    expect(await refreshStaleQualityScores(t.store.db, new Date())).toBeGreaterThanOrEqual(2);
    // A table catalogued after the refresher ran has no score yet.
    await applySync(t.store, {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: [...FIRST_RUN, table('qs_new'), column('qs_new', 'x')] }),
    });
    ids.set(
      'qs_new',
      (
        await t.store.db
          .selectFrom('resources')
          .select('id')
          .where('title', '=', 'qs_new')
          .executeTakeFirstOrThrow()
      ).id,
    );
    await addMonitor(ids.get('qs_new')!, 'error');
  });

  test('the score is a resource field, the same as the score route computes', async () => {
    const kept = await get(`/api/v1/resource/all/${ids.get('qs_kept')}`);
    const score = await get(`/api/v1/quality/tables/${ids.get('qs_kept')}/score`);
    expect(score.total).toBeGreaterThanOrEqual(50);
    expect(kept.quality_score).toBe(score.total);
    const bare = await get(`/api/v1/resource/all/${ids.get('qs_bare')}`);
    expect(bare.quality_score).toBeLessThan(50);
    expect((await get(`/api/v1/resource/all/${ids.get('qs_new')}`)).quality_score).toBeNull();
    expect((await get(`/api/v1/resource/all/${ids.get('qs_kept.id')}`)).quality_score).toBeNull();
  });

  test('search facets: score bands of tables and the worst monitor state', async () => {
    const { facets } = await get('/api/v1/search?q=qs&entity_type=table');
    const counts = (facet: Array<{ value: string; label: string; count: number }>) =>
      Object.fromEntries(facet.map((v) => [`${v.value}:${v.label}`, v.count]));
    expect(counts(facets.quality)).toEqual({ 'moderate:Moderate': 1, 'poor:Poor': 1, 'not_set:Not set': 1 });
    expect(counts(facets.monitor_status)).toEqual({ 'ok:ok': 1, 'incident:incident': 1, 'error:error': 1 });
  });

  test('search filters by band and by monitor state; a column’s incident counts for its table', async () => {
    expect(await titles('quality=moderate')).toEqual(['qs_kept']);
    expect(await titles('quality=poor&quality=not_set')).toEqual(
      expect.arrayContaining(['qs_bare', 'qs_new']),
    );
    expect(await titles('quality=poor&quality=not_set')).toHaveLength(2);
    expect(await titles('monitor_status=incident')).toEqual(['qs_bare']);
    expect(await titles('monitor_status=error')).toEqual(['qs_new']);
    expect(await titles('monitor_status=ok')).toEqual(['qs_kept']);
    const columns = await get('/api/v1/search?q=amount&entity_type=column&monitor_status=incident');
    expect(columns.results.map((r: { title: string }) => r.title)).toEqual(['amount']);
    const bad = await t.app.inject({ url: '/api/v1/search?q=qs&quality=great', headers: t.as('viewer') });
    expect(bad.statusCode).toBe(400);
  });

  test('sorts by score: in search and in the catalog', async () => {
    expect(await titles('sort=quality_score')).toEqual(['qs_kept', 'qs_bare', 'qs_new']);
    const sort = encodeURIComponent(JSON.stringify({ field: 'quality_score', order: 'desc' }));
    const filter = encodeURIComponent(
      JSON.stringify({
        operator: 'and',
        operands: [
          { operator: 'exact', field: 'entity_type', value: 'table' },
          { operator: 'is_set', field: 'quality_score', value: true },
        ],
      }),
    );
    const catalog = await get(`/api/v1/resource/catalog?sort=${sort}&filter=${filter}`);
    expect(catalog.results.map((r: { title: string }) => r.title)).toEqual(['qs_kept', 'qs_bare']);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSecretBox } from '../auth/secret-box.js';
import { registerDefaultRunners } from '../jobs/index.js';
import { createTestApp, type TestApp, testBackends } from '../testing/index.js';
import { runDueProfiles } from './profile-schedule.js';
import {
  catalogWarehouse,
  ordersPath,
  resourceIdOf,
  type Warehouse,
  warehouseSources,
} from './testing/quality-warehouses.js';
import { watchWarehouseStatements } from './testing/statement-log.js';

/*
 * Profiles of real tables on the real PostgreSQL and MariaDB: every figure matches what the test computes with
 * its own SQL; the PII column is only ever counted (checked in pg_stat_statements or PostgreSQL's statement log, and
 * in MariaDB's general log); a sampled profile
 * reads a TABLESAMPLE; an unreachable database stores a failed profile naming host and port.
 */

const ROWS = 3000;
const warehouses = await warehouseSources(ROWS);
registerDefaultRunners();

for (const backend of testBackends()) {
  for (const source of warehouses) {
    if (!source.ready) {
      test.skip(`profiles on ${source.label}: the server is unreachable (see the warning above)`, () => {});
      continue;
    }
    describe(`table profiles of ${source.label} [catalog on ${backend}]`, () => {
      let t: TestApp;
      let warehouse: Warehouse;
      let tableId: string;
      let path: string;
      let integrationId: string;

      beforeAll(async () => {
        warehouse = await source.create();
        t = await createTestApp(backend);
        integrationId = await catalogWarehouse(t, warehouse);
        path = ordersPath(warehouse);
        tableId = await resourceIdOf(t, integrationId, path);
        const emailId = await resourceIdOf(t, integrationId, `${path}.email`);
        const marked = await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/resource/all/${emailId}`,
          headers: t.as('editor'),
          payload: { pii: true },
        });
        expect(marked.statusCode, marked.body).toBe(200);
      }, 120_000);
      afterAll(async () => {
        await t?.dispose();
        await warehouse?.drop();
      });

      test('the figures match the test’s own SQL; the PII column is counted only', async () => {
        const expected = await ownFigures(warehouse);
        const statementsRun = await watchWarehouseStatements(warehouse);
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v1/quality/tables/${tableId}/profiles`,
          headers: t.as('editor'),
          payload: {},
        });
        expect(res.statusCode, res.body).toBe(201);
        const profile = res.json();
        expect(profile).toMatchObject({
          status: 'succeeded',
          row_count: ROWS,
          sample_percent: null,
          is_row_count_estimated: false,
        });
        const column = (name: string) => profile.columns.find((c: { name: string }) => c.name === name);
        expect(column('amount')).toMatchObject({
          kind: 'number',
          null_count: expected.amountNulls,
          distinct_count: expected.amountDistinct,
          min: expected.amountMin,
          max: expected.amountMax,
        });
        expect(column('amount').mean).toBeCloseTo(expected.amountMean, 6);
        expect(column('amount').null_percentage).toBeCloseTo((expected.amountNulls / ROWS) * 100, 6);
        expect(column('status')).toMatchObject({ distinct_count: 5, top_values: expected.statusTop });
        expect(column('created_at')).toMatchObject({
          kind: 'date',
          min: expected.createdMin,
          max: expected.createdMax,
        });
        expect(column('note')).toMatchObject({
          kind: 'text',
          null_count: expected.noteNulls,
          min_length: expected.noteMinLength,
          max_length: expected.noteMaxLength,
        });
        expect(column('note').mean_length).toBeCloseTo(expected.noteMeanLength, 6);
        expect(column('email')).toMatchObject({
          is_pii: true,
          null_count: 0,
          distinct_count: null,
          min: null,
          max: null,
          min_length: null,
          top_values: null,
        });
        const statements = (await statementsRun()).filter((text) => text.includes('email'));
        const counted = warehouse.kind === 'postgres' ? 'count("email")' : 'count(`email`)';
        // The profile did count the PII column …
        expect(statements.some((text) => text.includes(counted))).toBe(true);
        // … and no statement names it anywhere but inside count().
        const reads = statements.filter((text) => /email/.test(text.replaceAll(counted, '')));
        expect(reads).toEqual([]);
        const listed = await t.app.inject({
          url: `/api/v1/quality/tables/${tableId}/profiles`,
          headers: t.as('viewer'),
        });
        expect(listed.json().results[0].id).toBe(profile.id);
        const columnId = column('amount').resource_id;
        const one = await t.app.inject({
          url: `/api/v1/quality/columns/${columnId}/profile`,
          headers: t.as('viewer'),
        });
        expect(one.json()).toMatchObject({
          profile_id: profile.id,
          column: { name: 'amount', null_count: expected.amountNulls },
        });
      });

      test('a sampled profile reads part of the table and marks its figures as estimates', async () => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v1/quality/tables/${tableId}/profiles`,
          headers: t.as('editor'),
          payload: { sample_percent: 50 },
        });
        expect(res.statusCode, res.body).toBe(201);
        const profile = res.json();
        expect(profile).toMatchObject({
          status: 'succeeded',
          sample_percent: 50,
          is_row_count_estimated: true,
        });
        const status = profile.columns.find((c: { name: string }) => c.name === 'status');
        expect(status.is_estimated).toBe(true);
        expect(status.distinct_count).toBe(5);
        const sampledTotal = status.top_values.reduce(
          (sum: number, v: { count: number }) => sum + v.count,
          0,
        );
        expect(sampledTotal).toBeLessThan(ROWS);
        expect(sampledTotal).toBeGreaterThan(0);
      });

      test('a preview: 50 rows, PII masked and never selected, editors only by default, audited', async () => {
        const asViewer = await t.app.inject({
          url: `/api/v1/quality/tables/${tableId}/preview`,
          headers: t.as('viewer'),
        });
        expect(asViewer.statusCode).toBe(403);
        const res = await t.app.inject({
          url: `/api/v1/quality/tables/${tableId}/preview`,
          headers: t.as('editor'),
        });
        expect(res.statusCode, res.body).toBe(200);
        const preview = res.json();
        expect(preview.columns.map((c: { name: string }) => c.name)).toEqual([
          'id',
          'amount',
          'status',
          'created_at',
          'email',
          'note',
        ]);
        expect(preview.columns.find((c: { name: string }) => c.name === 'email').is_masked).toBe(true);
        expect(preview.rows).toHaveLength(50);
        const ids = new Set(preview.rows.map((row: unknown[]) => Number(row[0])));
        const [own] = await warehouse.query<{ n: unknown }>(
          `select count(*) as n from orders where id in (${[...ids].join(',')})`,
        );
        expect(Number(own!.n)).toBe(50);
        expect(preview.rows.every((row: unknown[]) => row[4] === '••••••')).toBe(true);
        expect(res.body).not.toContain('@example.com');
        const audit = await t.store.db
          .selectFrom('audit_logs')
          .select(['action', 'after'])
          .where('entity_id', '=', tableId)
          .where('action', '=', 'preview')
          .execute();
        expect(audit).toHaveLength(1);
        expect(JSON.parse(audit[0]!.after!)).toMatchObject({ rows: 50, masked: ['email'] });
        const opened = await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/integration/integrations/${integrationId}`,
          headers: t.as('admin'),
          payload: { properties: { preview_role: 'viewer' } },
        });
        expect(opened.statusCode, opened.body).toBe(200);
        const nowViewer = await t.app.inject({
          url: `/api/v1/quality/tables/${tableId}/preview`,
          headers: t.as('viewer'),
        });
        expect(nowViewer.statusCode).toBe(200);
      });

      test('the quality score counts what the catalog knows: a description adds 10 points', async () => {
        const before = await t.app.inject({
          url: `/api/v1/quality/tables/${tableId}/score`,
          headers: t.as('viewer'),
        });
        expect(before.statusCode, before.body).toBe(200);
        expect(before.json().usability.criteria.description).toEqual({ score: 0, max: 10 });
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/resource/all/${tableId}`,
          headers: t.as('editor'),
          payload: { description: 'One row per order' },
        });
        const after = (
          await t.app.inject({ url: `/api/v1/quality/tables/${tableId}/score`, headers: t.as('viewer') })
        ).json();
        expect(after.total).toBe(before.json().total + 10);
        expect(['Good', 'Moderate', 'Poor']).toContain(after.band);
      });

      test('a profile schedule profiles the table when due, once', async () => {
        const put = await t.app.inject({
          method: 'PUT',
          url: `/api/v1/quality/tables/${tableId}/profile_schedule`,
          headers: t.as('editor'),
          payload: { frequency_hours: 6 },
        });
        expect(put.statusCode, put.body).toBe(200);
        const due = new Date(Date.parse(put.json().next_run_at) + 1000);
        const deps = { db: t.store.db, secrets: createSecretBox(Buffer.alloc(32, 7)) };
        expect(await runDueProfiles(deps, new Date(due.getTime() - 60_000))).toBe(0);
        expect(await runDueProfiles(deps, due)).toBe(1);
        expect(await runDueProfiles(deps, due)).toBe(0);
        const listed = await t.app.inject({
          url: `/api/v1/quality/tables/${tableId}/profiles`,
          headers: t.as('viewer'),
        });
        expect(listed.json().results[0]).toMatchObject({
          trigger: 'schedule',
          status: 'succeeded',
          row_count: ROWS,
        });
        const removed = await t.app.inject({
          method: 'PUT',
          url: `/api/v1/quality/tables/${tableId}/profile_schedule`,
          headers: t.as('editor'),
          payload: { frequency_hours: null },
        });
        expect(removed.json()).toBeNull();
      });

      test('viewers may not profile; a bad sample percent is a 400; a dashboard cannot be profiled', async () => {
        const viewer = await t.app.inject({
          method: 'POST',
          url: `/api/v1/quality/tables/${tableId}/profiles`,
          headers: t.as('viewer'),
          payload: {},
        });
        expect(viewer.statusCode).toBe(403);
        const bad = await t.app.inject({
          method: 'POST',
          url: `/api/v1/quality/tables/${tableId}/profiles`,
          headers: t.as('editor'),
          payload: { sample_percent: 0 },
        });
        expect(bad.statusCode).toBe(400);
        const missing = await t.app.inject({
          method: 'POST',
          url: '/api/v1/quality/tables/nope/profiles',
          headers: t.as('editor'),
          payload: {},
        });
        expect(missing.statusCode).toBe(404);
        const other = await t.app.inject({
          method: 'POST',
          url: `/api/v1/quality/tables/${tableId}/profiles`,
          headers: t.as('other'),
          payload: {},
        });
        expect(other.statusCode).toBe(404);
      });
    });
  }
}

async function ownFigures(warehouse: Warehouse) {
  const isPg = warehouse.kind === 'postgres';
  const [row] = await warehouse.query<Record<string, unknown>>(
    `select sum(case when amount is null then 1 else 0 end) as amount_nulls, count(distinct amount) as amount_distinct,
            min(amount) as amount_min, max(amount) as amount_max, avg(amount) as amount_mean,
            sum(case when note is null then 1 else 0 end) as note_nulls, min(char_length(note)) as note_min,
            max(char_length(note)) as note_max, avg(char_length(note)) as note_mean,
            ${isPg ? 'to_char(min(created_at), \'YYYY-MM-DD"T"HH24:MI:SS\')' : "date_format(min(created_at), '%Y-%m-%dT%H:%i:%s')"} as created_min,
            ${isPg ? 'to_char(max(created_at), \'YYYY-MM-DD"T"HH24:MI:SS\')' : "date_format(max(created_at), '%Y-%m-%dT%H:%i:%s')"} as created_max
     from orders`,
  );
  const top = await warehouse.query<{ value: string; count: unknown }>(
    'select status as value, count(*) as count from orders group by status order by count(*) desc, status limit 10',
  );
  const n = (key: string) => Number(row![key]);
  return {
    amountNulls: n('amount_nulls'),
    amountDistinct: n('amount_distinct'),
    amountMin: n('amount_min'),
    amountMax: n('amount_max'),
    amountMean: n('amount_mean'),
    noteNulls: n('note_nulls'),
    noteMinLength: n('note_min'),
    noteMaxLength: n('note_max'),
    noteMeanLength: n('note_mean'),
    createdMin: `${row!.created_min}.000Z`,
    createdMax: `${row!.created_max}.000Z`,
    statusTop: top.map((r) => ({ value: r.value, count: Number(r.count) })),
  };
}

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerDefaultRunners } from '../jobs/index.js';
import { type FakeSlack, startFakeSlack } from '../slack/testing/fake-slack.js';
import { createTestApp, type TestApp, testBackends } from '../testing/index.js';
import { runDueMonitors } from './monitor-runs.js';
import {
  catalogWarehouse,
  ordersPath,
  resourceIdOf,
  type Warehouse,
  warehouseSources,
} from './testing/quality-warehouses.js';

/*
 * Monitors end to end on the real PostgreSQL and MariaDB: a run stores a measurement; deleting rows opens one
 * incident (however many runs breach) and Slack messages reach the fake Slack (the monitor's channel and the
 * table's subscribers); restoring the rows resolves it; an unreachable database records error measurements and
 * never an incident; PII columns and non-SELECT custom SQL are refused; the scheduler runs due monitors.
 */

const ROWS = 1000;
const TOKEN = 'xoxb-monitors-test';
const warehouses = await warehouseSources(ROWS);
registerDefaultRunners();

for (const backend of testBackends()) {
  for (const source of warehouses) {
    if (!source.ready) {
      test.skip(`monitors on ${source.label}: the server is unreachable (see the warning above)`, () => {});
      continue;
    }
    describe(`monitors on ${source.label} [catalog on ${backend}]`, () => {
      let t: TestApp;
      let fake: FakeSlack;
      let warehouse: Warehouse;
      let integrationId: string;
      let tableId: string;
      let path: string;

      const api = async (
        method: string,
        url: string,
        payload?: unknown,
        role: 'editor' | 'viewer' | 'admin' = 'editor',
      ) =>
        t.app.inject({
          method: method as 'GET',
          url,
          headers: t.as(role),
          ...(payload !== undefined && { payload: payload as object }),
        });
      const run = async (id: string) => {
        const res = await api('POST', '/api/v1/monitor/monitors/run/', { monitors: [id] });
        expect(res.statusCode, res.body).toBe(200);
        return res.json().measurements[0];
      };
      const openIncidents = async (id: string) =>
        (
          await api('GET', `/api/v1/monitor/incidents?monitor_id=${id}&status=open`, undefined, 'viewer')
        ).json().results;

      beforeAll(async () => {
        fake = await startFakeSlack({ tokens: [TOKEN], channels: [{ id: 'C-QUALITY', name: 'quality' }] });
        warehouse = await source.create();
        t = await createTestApp(backend, {
          slackApiUrl: fake.apiUrl,
          publicUrl: 'https://catalog.example.com',
        });
        integrationId = await catalogWarehouse(t, warehouse);
        path = ordersPath(warehouse);
        tableId = await resourceIdOf(t, integrationId, path);
        const slack = await api(
          'POST',
          '/api/v1/integration/integrations',
          { name: 'Slack', type: 'slack', credentials: { token: TOKEN } },
          'admin',
        );
        expect(slack.statusCode, slack.body).toBe(201);
        const settings = await api(
          'PUT',
          '/api/v1/notifications/settings',
          { slack_integration_id: slack.json().id },
          'admin',
        );
        expect(settings.statusCode, settings.body).toBe(200);
        const subscribed = await api('POST', '/api/v1/notifications/subscriptions', {
          resource_id: tableId,
          channel: 'C-SUBSCRIBER',
        });
        expect(subscribed.statusCode, subscribed.body).toBe(201);
        const pii = await api(
          'PATCH',
          `/api/v1/resource/all/${await resourceIdOf(t, integrationId, `${path}.email`)}`,
          { pii: true },
        );
        expect(pii.statusCode).toBe(200);
      }, 120_000);
      afterAll(async () => {
        await t?.dispose();
        await fake?.close();
        await warehouse?.drop();
      });

      test('a breach opens one incident and tells Slack; restoring the data resolves it', async () => {
        const created = await api('POST', '/api/v1/monitor/monitors', {
          target: tableId,
          metric_type: 'row_count',
          condition_manual_min: ROWS - 10,
          condition_manual_max: ROWS + 10,
          notify_slack_channel: 'C-QUALITY',
        });
        expect(created.statusCode, created.body).toBe(201);
        const monitor = created.json();
        expect(monitor).toMatchObject({
          target: tableId,
          metric_type: 'row_count',
          condition_auto_sensitivity: null,
          status: 'pending',
          integration: integrationId,
          display_metadata: { target: { entity_type: 'table', integration_type: warehouse.kind } },
        });

        const first = await run(monitor.id);
        expect(first).toMatchObject({ value: ROWS, status: 'normal', error: null });
        const listed = await api(
          'GET',
          `/api/v1/monitor/measurements/?monitor_id=${monitor.id}`,
          undefined,
          'viewer',
        );
        expect(listed.json().results.map((m: { id: string }) => m.id)).toEqual([first.id]);

        await warehouse.query('delete from orders where id > 900');
        expect(await run(monitor.id)).toMatchObject({ value: 900, status: 'incident' });
        expect(await run(monitor.id)).toMatchObject({ value: 900, status: 'incident' });
        const open = await openIncidents(monitor.id);
        expect(open).toHaveLength(1);
        expect(open[0]).toMatchObject({ status: 'open', value: 900 });
        const opened = fake.messages.filter(
          (m) => m.text.includes(monitor.id) && m.text.includes('Incident opened'),
        );
        expect(opened.map((m) => m.channel).sort()).toEqual(['C-QUALITY', 'C-SUBSCRIBER']);
        expect(
          (await api('GET', `/api/v1/monitor/monitors/${monitor.id}`, undefined, 'viewer')).json(),
        ).toMatchObject({
          status: 'incident',
          last_measurement_value: 900,
          last_incident: open[0].id,
        });

        await warehouse.query(
          warehouse.kind === 'postgres'
            ? `insert into orders select id, 1, 'new', timestamp '2024-01-01', null, null from generate_series(901, ${ROWS}) as id`
            : `insert into orders select seq, 1, 'new', timestamp '2024-01-01 00:00:00', null, null from seq_901_to_${ROWS}`,
        );
        expect(await run(monitor.id)).toMatchObject({ value: ROWS, status: 'normal' });
        expect(await openIncidents(monitor.id)).toEqual([]);
        const incident = (
          await api('GET', `/api/v1/monitor/incidents/${open[0].id}`, undefined, 'viewer')
        ).json();
        expect(incident).toMatchObject({ status: 'resolved', resolved_by: 'system' });
        const resolved = fake.messages.filter(
          (m) => m.text.includes(monitor.id) && m.text.includes('Incident resolved'),
        );
        expect(resolved.map((m) => m.channel).sort()).toEqual(['C-QUALITY', 'C-SUBSCRIBER']);
      });

      test('a user resolves an open incident; the next breach opens a new one', async () => {
        const monitor = (
          await api('POST', '/api/v1/monitor/monitors', {
            target: tableId,
            metric_type: 'row_count',
            condition_manual_max: 10,
          })
        ).json();
        await run(monitor.id);
        const [open] = await openIncidents(monitor.id);
        const viewer = await api(
          'PATCH',
          `/api/v1/monitor/incidents/${open.id}`,
          { status: 'resolved' },
          'viewer',
        );
        expect(viewer.statusCode).toBe(403);
        const resolved = await api('PATCH', `/api/v1/monitor/incidents/${open.id}`, { status: 'resolved' });
        expect(resolved.json()).toMatchObject({ status: 'resolved', resolved_by: expect.any(String) });
        expect(resolved.json().resolved_by).not.toBe('system');
        await run(monitor.id);
        const again = await openIncidents(monitor.id);
        expect(again).toHaveLength(1);
        expect(again[0].id).not.toBe(open.id);
      });

      test('an unreachable database records error measurements, never incidents', async () => {
        const monitor = (
          await api('POST', '/api/v1/monitor/monitors', {
            target: tableId,
            metric_type: 'row_count',
            condition_manual_min: ROWS * 10,
          })
        ).json();
        const moved = await api(
          'PATCH',
          `/api/v1/integration/integrations/${integrationId}`,
          { credentials: { port: 1 } },
          'admin',
        );
        expect(moved.statusCode, moved.body).toBe(200);
        try {
          for (let i = 0; i < 3; i++) {
            const measurement = await run(monitor.id);
            expect(measurement).toMatchObject({ status: 'error', value: null });
            expect(measurement.error).toMatch(/:1: refused/);
          }
        } finally {
          const back = warehouse.credentials.port ?? (warehouse.kind === 'postgres' ? 5432 : 3306);
          await api(
            'PATCH',
            `/api/v1/integration/integrations/${integrationId}`,
            { credentials: { port: back } },
            'admin',
          );
        }
        const all = await api(
          'GET',
          `/api/v1/monitor/incidents?monitor_id=${monitor.id}`,
          undefined,
          'viewer',
        );
        expect(all.json().count).toBe(0);
        const view = (await api('GET', `/api/v1/monitor/monitors/${monitor.id}`, undefined, 'viewer')).json();
        expect(view).toMatchObject({ status: 'error', last_error_message: expect.stringMatching(/refused/) });
        expect((await run(monitor.id)).status).toBe('incident');
      });

      test('column metrics, PII columns and custom SQL are checked; custom SQL measures', async () => {
        const emailId = await resourceIdOf(t, integrationId, `${path}.email`);
        const amountId = await resourceIdOf(t, integrationId, `${path}.amount`);
        const create = (body: object) => api('POST', '/api/v1/monitor/monitors', body);
        expect((await create({ target: emailId, metric_type: 'cardinality' })).json().error.code).toBe(
          'pii_column_not_readable',
        );
        const nulls = await create({
          target: emailId,
          metric_type: 'null_percentage',
          condition_manual_max: 50,
        });
        expect(nulls.statusCode, nulls.body).toBe(201);
        expect((await run(nulls.json().id)).status).toBe('normal');
        expect((await create({ target: tableId, metric_type: 'mean' })).json().error.code).toBe(
          'invalid_monitor',
        );
        // Freshness counts from a timestamp column, or MySQL's UPDATE_TIME; PostgreSQL tables have no such time.
        const tableFreshness = await create({ target: tableId, metric_type: 'freshness' });
        if (warehouse.kind === 'postgres') {
          expect(tableFreshness.statusCode).toBe(400);
          expect(tableFreshness.json().error.message).toMatch(
            /PostgreSQL does not record when a table last changed/,
          );
        } else {
          expect(tableFreshness.statusCode, tableFreshness.body).toBe(201);
        }
        expect((await create({ target: amountId, metric_type: 'freshness' })).json().error.message).toMatch(
          /date or timestamp column/,
        );
        const createdAtId = await resourceIdOf(t, integrationId, `${path}.created_at`);
        const columnFreshness = await create({ target: createdAtId, metric_type: 'freshness' });
        expect(columnFreshness.statusCode, columnFreshness.body).toBe(201);
        const hours = (await run(columnFreshness.json().id)).value as number;
        // The newest row is 2024-01-01 plus ROWS minutes: its age in hours (timestamps without zone: up to 14 h off).
        const newest = Date.UTC(2024, 0, 1) + ROWS * 60_000;
        expect(Math.abs(hours - (Date.now() - newest) / 3_600_000)).toBeLessThan(15);
        const mean = await create({ target: amountId, metric_type: 'mean' });
        expect(mean.statusCode).toBe(201);
        const [own] = await warehouse.query<{ mean: unknown }>('select avg(amount) as mean from orders');
        expect((await run(mean.json().id)).value).toBeCloseTo(Number(own!.mean), 6);
        for (const sql of ['delete from orders', 'select 1; select 2', 'selec 1']) {
          const refused = await create({
            target: tableId,
            metric_type: 'custom_sql',
            metric_config: { sql },
          });
          expect(refused.statusCode, sql).toBe(400);
          expect(refused.json().error.code).toBe('invalid_monitor');
        }
        const custom = await create({
          target: tableId,
          metric_type: 'custom_sql',
          metric_config: { sql: "select count(*) from orders where status = 'lost'" },
        });
        expect(custom.statusCode, custom.body).toBe(201);
        const [lost] = await warehouse.query<{ n: unknown }>(
          "select count(*) as n from orders where status = 'lost'",
        );
        expect((await run(custom.json().id)).value).toBe(Number(lost!.n));
        expect(
          (
            await create({
              target: tableId,
              metric_type: 'row_count',
              condition_manual_min: 5,
              condition_manual_max: 1,
            })
          ).statusCode,
        ).toBe(400);
        expect(
          (
            await api(
              'POST',
              '/api/v1/monitor/monitors',
              { target: tableId, metric_type: 'row_count' },
              'viewer',
            )
          ).statusCode,
        ).toBe(403);
        expect((await api('POST', '/api/v1/monitor/monitors/run/', { monitors: ['nope'] })).statusCode).toBe(
          404,
        );
      });

      test('the scheduler runs due monitors once; PATCH and DELETE work', async () => {
        const monitor = (
          await api('POST', '/api/v1/monitor/monitors', {
            target: tableId,
            metric_type: 'row_count',
            schedule: { cadence: 'hourly', frequency: 2 },
          })
        ).json();
        expect(monitor).toMatchObject({ frequency: 2, condition_auto_sensitivity: 5 });
        const due = new Date(Date.parse(monitor.next_run_at) + 1000);
        const deps = {
          db: t.store.db,
          secrets: (await import('../auth/secret-box.js')).createSecretBox(Buffer.alloc(32, 7)),
        };
        // Not yet due a second before its time. Earlier tests' monitors may be due by then (a daily one falls due
        // at midnight, inside this monitor's two hours late in the day), so the check is this monitor's measurements.
        await runDueMonitors(deps, new Date(Date.parse(monitor.next_run_at) - 1000));
        expect(
          (
            await api('GET', `/api/v1/monitor/measurements?monitor_id=${monitor.id}`, undefined, 'viewer')
          ).json().results,
        ).toHaveLength(0);
        expect(await runDueMonitors(deps, due)).toBeGreaterThanOrEqual(1);
        const measurements = (
          await api('GET', `/api/v1/monitor/measurements?monitor_id=${monitor.id}`, undefined, 'viewer')
        ).json();
        expect(measurements.results).toHaveLength(1);
        expect(measurements.results[0]).toMatchObject({ status: 'learning', value: expect.any(Number) });
        const after = (
          await api('GET', `/api/v1/monitor/monitors/${monitor.id}`, undefined, 'viewer')
        ).json();
        expect(Date.parse(after.next_run_at)).toBe(due.getTime() + 2 * 3_600_000);

        const patched = await api('PATCH', `/api/v1/monitor/monitors/${monitor.id}`, {
          is_enabled: false,
          name: 'Orders rows',
        });
        expect(patched.json()).toMatchObject({
          is_enabled: false,
          status: 'inactive',
          next_run_at: null,
          name: 'Orders rows',
        });
        const deleted = await api('DELETE', `/api/v1/monitor/monitors/${monitor.id}`);
        expect(deleted.statusCode).toBe(204);
        expect(
          (await api('GET', `/api/v1/monitor/monitors/${monitor.id}`, undefined, 'viewer')).statusCode,
        ).toBe(404);
        expect(
          (await api('GET', `/api/v1/monitor/monitors/${monitor.id}`, undefined, 'viewer')).json().error.code,
        ).toBe('monitor_not_found');
      });
    });
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { postgresTestsReady } from '../connectors/postgres/testing/pg-test-server.js';
import { registerDefaultRunners } from '../jobs/index.js';
import {
  catalogWarehouse,
  createPgWarehouse,
  resourceIdOf,
  type Warehouse,
} from '../quality/testing/quality-warehouses.js';
import { createTestApp, type TestApp, testBackends } from '../testing/index.js';
import type { DbtManifest } from './artifact-types.js';
import { readDeclaredMonitors } from './monitors-as-code.js';
import { parseArtifact } from './read-artifact.js';
import { syncDbtArtifacts } from './sync-dbt.js';
import { DBT_FIXTURES, dbtFixturesPresent } from './testing/fixture-sets.js';

/*
 * Monitors as code: the ol-postgres jaffle_shop manifest, pointed at a real PostgreSQL database that a connector
 * catalogued (its `orders` table), with `meta.secoda.monitors` in Secoda's three forms. A dbt sync creates the
 * monitors on the warehouse table and its columns (the one-entity link), the next sync with another variant
 * updates them in place and deletes the ones no longer declared, and the API refuses to change them.
 */

const isPresent = dbtFixturesPresent();
const isPgReady = await postgresTestsReady();
registerDefaultRunners();

type Meta = Record<string, unknown>;

/** The fixture manifest with every node in the warehouse database and the given monitors declared. */
function manifestVariant(
  database: string,
  monitors: { orders: Meta; amount?: unknown; status?: unknown; customers?: Meta },
) {
  const manifest = JSON.parse(
    readFileSync(join(DBT_FIXTURES, 'openlineage-dbt-fixtures/postgres/manifest.json'), 'utf8'),
  ) as DbtManifest;
  for (const node of Object.values(manifest.nodes)) node.database = database;
  const orders = manifest.nodes['model.jaffle_shop.orders']!;
  orders.meta = { ...orders.meta, secoda: { monitors: monitors.orders } };
  const columns = orders.columns!;
  if (monitors.amount) columns.amount!.meta = { secoda: { monitors: monitors.amount } };
  if (monitors.status) columns.status!.meta = { secoda: { monitors: monitors.status } };
  if (monitors.customers) {
    const customers = manifest.nodes['model.jaffle_shop.customers']!;
    customers.config = { ...customers.config, meta: { secoda: { monitors: monitors.customers } } };
  }
  return { manifest: parseArtifact(Buffer.from(JSON.stringify(manifest)), 'manifest', 'manifest.json') };
}

test('reads the three forms of meta.secoda.monitors, with defaults, and names wrong declarations', () => {
  const manifest = {
    metadata: {},
    nodes: {
      'model.p.a': {
        unique_id: 'model.p.a',
        resource_type: 'model',
        name: 'a',
        meta: { secoda: { monitors: ['row_count', 'volume'] } },
        columns: {
          x: {
            name: 'x',
            meta: {
              secoda: {
                monitors: {
                  null_percentage: { thresholds: { method: 'manual', max: 5 } },
                  mean: [{ key: 'k1' }, { key: 'k1' }, { key: 'k2', thresholds: { bounds: 'upper' } }],
                  maximum: { schedule: { cadence: 'weekly' } },
                },
              },
            },
          },
        },
      },
    },
  } as unknown as DbtManifest;
  const { monitors, problems } = readDeclaredMonitors(manifest);
  expect(monitors.map((m) => m.key)).toEqual([
    'model.p.a:row_count',
    'model.p.a.x:null_percentage',
    'model.p.a.x:mean:k1',
    'model.p.a.x:mean:k2',
  ]);
  expect(monitors[0]).toMatchObject({
    thresholds: { method: 'automatic', sensitivity: 5, bounds: 'both' },
    schedule: { cadence: 'daily', hour: 0, frequency: 1 },
  });
  expect(monitors[1]!.thresholds).toEqual({ method: 'manual', min: null, max: 5 });
  expect(monitors[3]!.thresholds).toMatchObject({ bounds: 'upper' });
  expect(problems.map((p) => p.message).join('\n')).toMatch(/"volume" is not one of/);
  expect(problems.map((p) => p.message).join('\n')).toMatch(/mean monitor of a list needs a key of its own/);
  expect(problems.map((p) => p.message).join('\n')).toMatch(
    /maximum: schedule needs cadence daily or hourly/,
  );
});

for (const backend of testBackends()) {
  describe.skipIf(!isPresent || !isPgReady)(`monitors as code from dbt [catalog on ${backend}]`, () => {
    let t: TestApp;
    let warehouse: Warehouse;
    let connectorId: string;
    let dbtId: string;

    const api = (method: string, url: string, payload?: object) =>
      t.app.inject({ method: method as 'GET', url, headers: t.as('admin'), ...(payload && { payload }) });
    const monitorsOn = async (target: string) => {
      const res = await api('GET', `/api/v1/monitor/monitors?target=${target}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().results as Array<Record<string, unknown>>;
    };
    const sync = (variant: ReturnType<typeof manifestVariant>) =>
      syncDbtArtifacts(t.store, variant, { integrationId: dbtId });

    beforeAll(async () => {
      warehouse = await createPgWarehouse(50);
      t = await createTestApp(backend);
      connectorId = await catalogWarehouse(t, warehouse);
      const created = await api('POST', '/api/v1/integration/integrations', { name: 'jaffle', type: 'dbt' });
      expect(created.statusCode, created.body).toBe(201);
      dbtId = created.json().id;
    }, 120_000);
    afterAll(async () => {
      await t?.dispose();
      await warehouse?.drop();
    });

    test('a sync creates, updates and deletes the declared monitors on the warehouse table', async () => {
      const tableId = await resourceIdOf(t, connectorId, `${warehouse.database}.public.orders`);
      const amountId = await resourceIdOf(t, connectorId, `${warehouse.database}.public.orders.amount`);
      const statusId = await resourceIdOf(t, connectorId, `${warehouse.database}.public.orders.status`);

      const first = await sync(
        manifestVariant(warehouse.database, {
          orders: {
            row_count: { thresholds: { method: 'manual', min: 1 }, description: 'orders arrive' },
            custom_sql: {
              query: 'select count(*) from public.orders where amount is null',
              name: 'no amount',
            },
          },
          amount: ['null_percentage'],
          status: {
            cardinality: [
              { key: 'strict', thresholds: { sensitivity: 9 } },
              {
                key: 'loose',
                thresholds: { bounds: 'upper' },
                schedule: { cadence: 'hourly', frequency: 6 },
              },
            ],
          },
          customers: ['row_count'],
        }),
      );
      expect(first.status).toBe('succeeded');
      const warnings = first.warnings.map((w) => `${w.field}: ${w.message}`).join('\n');
      expect(warnings).toMatch(
        /model\.jaffle_shop\.customers: monitor row_count waits for the warehouse table/,
      );

      const onTable = await monitorsOn(tableId);
      expect(onTable.map((m) => m.metric_type).sort()).toEqual(['custom_sql', 'row_count']);
      const rowCount = onTable.find((m) => m.metric_type === 'row_count')!;
      expect(rowCount).toMatchObject({
        condition_auto_sensitivity: null,
        condition_manual_min: 1,
        description: 'orders arrive',
        managed_by: { integration: dbtId, key: 'model.jaffle_shop.orders:row_count' },
      });
      expect(onTable.find((m) => m.metric_type === 'custom_sql')).toMatchObject({
        name: 'no amount',
        metric_config: { sql: 'select count(*) from public.orders where amount is null' },
      });
      expect((await monitorsOn(amountId)).map((m) => m.metric_type)).toEqual(['null_percentage']);
      const cardinality = await monitorsOn(statusId);
      expect(cardinality.map((m) => (m.managed_by as { key: string }).key).sort()).toEqual([
        'model.jaffle_shop.orders.status:cardinality:loose',
        'model.jaffle_shop.orders.status:cardinality:strict',
      ]);
      const loose = cardinality.find((m) => (m.managed_by as { key: string }).key.endsWith('loose'))!;
      expect(loose).toMatchObject({
        condition_auto_sensitivity: 5,
        metric_config: { bounds: 'upper' },
        schedule: { cadence: 'hourly', frequency: 6 },
        frequency: 6,
      });

      // The monitor runs against the warehouse like a hand-made one; its history survives the next sync.
      const run = await api('POST', '/api/v1/monitor/monitors/run/', { monitors: [rowCount.id] });
      expect(run.statusCode, run.body).toBe(200);
      expect(run.json().measurements[0]).toMatchObject({ value: 50, status: 'normal' });

      // Read-only through the API.
      const patch = await api('PATCH', `/api/v1/monitor/monitors/${rowCount.id}`, { name: 'mine' });
      expect(patch.statusCode).toBe(409);
      expect(patch.json().error.code).toBe('monitor_managed_by_dbt');
      expect((await api('DELETE', `/api/v1/monitor/monitors/${rowCount.id}`)).statusCode).toBe(409);

      const second = await sync(
        manifestVariant(warehouse.database, {
          orders: { row_count: { thresholds: { method: 'manual', min: 100 } } },
          status: { cardinality: [{ key: 'loose', thresholds: { bounds: 'lower' } }] },
        }),
      );
      expect(second.status).toBe('succeeded');
      const updated = await monitorsOn(tableId);
      expect(updated).toHaveLength(1);
      expect(updated[0]).toMatchObject({ id: rowCount.id, condition_manual_min: 100, description: null });
      expect(updated[0]!.last_measurement).not.toBeNull();
      expect(await monitorsOn(amountId)).toEqual([]);
      const [kept] = await monitorsOn(statusId);
      expect(kept).toMatchObject({
        id: loose.id,
        metric_config: { bounds: 'lower' },
        schedule: { cadence: 'daily' },
      });
      expect((await monitorsOn(statusId)).length).toBe(1);

      // A dry run changes nothing; a manifest without monitors removes them all.
      await syncDbtArtifacts(t.store, manifestVariant(warehouse.database, { orders: {} }), {
        integrationId: dbtId,
        dryRun: true,
      });
      expect(await monitorsOn(tableId)).toHaveLength(1);
      await sync(manifestVariant(warehouse.database, { orders: {} }));
      expect(await monitorsOn(tableId)).toEqual([]);
      expect(await monitorsOn(statusId)).toEqual([]);
    }, 60_000);
  });
}

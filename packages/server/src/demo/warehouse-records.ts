import type { DeclaredLineage, Resource } from '@sextant/sdk';
import type { RunRecord } from '../sync/sync-types.js';
import { DEMO_DASHBOARDS, DEMO_DATABASE, DEMO_TABLES, type DemoDashboard } from './demo-shop.js';

const FILE = 'demo-shop';

/** databuilder_ids of the warehouse integration: `shop`, `shop.raw`, `shop.raw.orders`, `shop.raw.orders.id`. */
export const warehouseId = (...parts: string[]) => [DEMO_DATABASE, ...parts].join('.');
export const dashboardId = (dashboard: string) => `bi.${slug(dashboard)}`;
export const chartId = (dashboard: string, chart: string) => `bi.${slug(dashboard)}.${slug(chart)}`;

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const internal = (databuilder_id: string) => ({ type: 'internal_resource' as const, databuilder_id });

/**
 * The "Demo shop" integration's run: database, schemas, tables and columns, dashboards and charts, then lineage
 * at table and column level, raw → staging → marts → charts (columns) and marts → dashboards (tables).
 */
export function* warehouseRecords(): Generator<RunRecord> {
  let line = 0;
  const resource = (value: Resource): RunRecord => ({
    kind: 'resource',
    value,
    origin: { file: FILE, line: ++line },
  });
  const lineage = (value: DeclaredLineage): RunRecord => ({
    kind: 'lineage',
    value,
    origin: { file: FILE, line: ++line },
  });

  yield resource({ entity_type: 'database', databuilder_id: warehouseId(), title: DEMO_DATABASE });
  for (const schema of new Set(DEMO_TABLES.map((t) => t.schema))) {
    yield resource({
      entity_type: 'schema',
      databuilder_id: warehouseId(schema),
      parent_databuilder_id: warehouseId(),
      title: schema,
      database: DEMO_DATABASE,
    });
  }
  for (const table of DEMO_TABLES) {
    yield resource({
      entity_type: 'table',
      databuilder_id: warehouseId(table.schema, table.name),
      parent_databuilder_id: warehouseId(table.schema),
      title: table.name,
      description: table.description,
      definition: table.sql ?? null,
      native_type: table.nativeType,
      schema: table.schema,
      database: DEMO_DATABASE,
      owners: [table.owner],
    });
    for (const [i, column] of table.columns.entries()) {
      yield resource({
        entity_type: 'column',
        databuilder_id: warehouseId(table.schema, table.name, column.name),
        parent_databuilder_id: warehouseId(table.schema, table.name),
        title: column.name,
        description: column.description,
        type: column.type,
        sort_order: i + 1,
        is_pk: column.isPk === true,
      });
    }
  }
  for (const dashboard of DEMO_DASHBOARDS) yield* dashboardResources(dashboard, resource);

  for (const table of DEMO_TABLES) {
    const upstreamTables = new Set<string>();
    for (const column of table.columns) {
      for (const from of column.from ?? []) {
        upstreamTables.add(from.split('.').slice(0, 2).join('.'));
        yield lineage({
          from_identifier: internal(warehouseId(from)),
          to_identifier: internal(warehouseId(table.schema, table.name, column.name)),
        });
      }
    }
    for (const upstream of upstreamTables) {
      yield lineage({
        from_identifier: internal(warehouseId(upstream)),
        to_identifier: internal(warehouseId(table.schema, table.name)),
      });
    }
  }
  for (const dashboard of DEMO_DASHBOARDS) {
    const tables = new Set<string>();
    for (const chart of dashboard.charts) {
      for (const from of chart.from) {
        tables.add(from.split('.').slice(0, 2).join('.'));
        yield lineage({
          from_identifier: internal(warehouseId(from)),
          to_identifier: internal(chartId(dashboard.name, chart.name)),
        });
      }
    }
    for (const table of tables) {
      yield lineage({
        from_identifier: internal(warehouseId(table)),
        to_identifier: internal(dashboardId(dashboard.name)),
      });
    }
  }
}

function* dashboardResources(dashboard: DemoDashboard, resource: (value: Resource) => RunRecord) {
  yield resource({
    entity_type: 'dashboard',
    databuilder_id: dashboardId(dashboard.name),
    title: dashboard.name,
    description: dashboard.description,
    native_type: 'dashboard',
    group: 'Shop BI',
    owners: [dashboard.owner],
  });
  for (const chart of dashboard.charts) {
    yield resource({
      entity_type: 'chart',
      databuilder_id: chartId(dashboard.name, chart.name),
      parent_databuilder_id: dashboardId(dashboard.name),
      title: chart.name,
      description: chart.description,
      native_type: 'chart',
      product: 'Shop BI',
    });
  }
}

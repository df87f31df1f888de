import { type DeclaredLineage, type Resource, validateLineage, validateResource } from '@sextant/sdk';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DbtCatalog, DbtManifest, DbtRunResults } from './artifact-types.js';
import { computeColumnLineage } from './column-lineage.js';
import { dbtRunRecords } from './convert-artifacts.js';
import { readDbtProject } from './dbt-project.js';
import { collectTestOutcomes } from './test-results.js';

/** A small project written by hand: a source, a view model on it, an ephemeral model, a table model, an exposure. */
const manifest: DbtManifest = {
  metadata: {
    dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json',
    adapter_type: 'postgres',
  },
  sources: {
    'source.shop.raw.orders': {
      unique_id: 'source.shop.raw.orders',
      resource_type: 'source',
      name: 'orders',
      identifier: 'ORDERS_V2',
      database: 'warehouse',
      schema: 'raw',
      description: 'Raw orders',
      meta: { owner: 'ingest@example.com' },
      columns: { id: { name: 'id', description: 'order id', data_type: 'int' } },
    },
  },
  nodes: {
    'model.shop.stg_orders': {
      unique_id: 'model.shop.stg_orders',
      resource_type: 'model',
      name: 'stg_orders',
      alias: 'stg_orders',
      database: 'warehouse',
      schema: 'analytics',
      config: { materialized: 'view', meta: { owner: ['a@example.com', 'b@example.com'] }, tags: 'staging' },
      tags: ['staging', 'core'],
      depends_on: { nodes: ['source.shop.raw.orders'] },
      compiled_code: 'select id as order_id, amount from "warehouse"."raw"."ORDERS_V2"',
    },
    'model.shop.big_orders': {
      unique_id: 'model.shop.big_orders',
      resource_type: 'model',
      name: 'big_orders',
      alias: 'big_orders',
      database: 'warehouse',
      schema: 'analytics',
      config: { materialized: 'ephemeral' },
      depends_on: { nodes: ['model.shop.stg_orders'] },
      compiled_code: 'select order_id from "warehouse"."analytics"."stg_orders" where amount > 100',
    },
    'model.shop.orders': {
      unique_id: 'model.shop.orders',
      resource_type: 'model',
      name: 'orders',
      alias: 'fct_orders',
      database: 'warehouse',
      schema: 'analytics',
      description: 'One row per order',
      config: { materialized: 'incremental' },
      depends_on: { nodes: ['model.shop.stg_orders', 'model.shop.big_orders'] },
      compiled_code:
        'with __dbt__cte__big_orders as (select order_id from "warehouse"."analytics"."stg_orders" where amount > 100)\nselect s.order_id, s.amount * 2 as double_amount, b.order_id is not null as is_big\nfrom "warehouse"."analytics"."stg_orders" s left join __dbt__cte__big_orders b on b.order_id = s.order_id',
    },
    'test.shop.not_null_orders_order_id.abc': {
      unique_id: 'test.shop.not_null_orders_order_id.abc',
      resource_type: 'test',
      name: 'not_null_orders_order_id',
      attached_node: 'model.shop.orders',
      column_name: 'order_id',
      depends_on: { nodes: ['model.shop.orders'] },
    },
  },
  exposures: {
    'exposure.shop.revenue': {
      unique_id: 'exposure.shop.revenue',
      name: 'revenue',
      label: 'Revenue dashboard',
      type: 'dashboard',
      owner: { email: 'cfo@example.com', name: 'CFO' },
      depends_on: { nodes: ['model.shop.orders'] },
    },
  },
};

const catalog: DbtCatalog = {
  metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/catalog/v1.json' },
  nodes: {
    'model.shop.orders': {
      columns: {
        ORDER_ID: { name: 'ORDER_ID', type: 'integer', index: 1 },
        DOUBLE_AMOUNT: { name: 'DOUBLE_AMOUNT', type: 'numeric', index: 2 },
      },
    },
  },
};

function convert() {
  const project = readDbtProject(manifest, catalog);
  const records = [...dbtRunRecords(project, computeColumnLineage(project))];
  const resources = new Map<string, Resource>();
  const lineage: DeclaredLineage[] = [];
  for (const record of records) {
    if (record.kind === 'resource')
      resources.set((record.value as Resource).databuilder_id, record.value as Resource);
    if (record.kind === 'lineage') lineage.push(record.value as DeclaredLineage);
  }
  const describe = (id: DeclaredLineage['from_identifier']) =>
    id.type === 'internal_resource'
      ? id.databuilder_id
      : id.type === 'external_column'
        ? `ext:${id.database}.${id.schema}.${id.table}.${id.column}`
        : id.type === 'external_table'
          ? `ext:${id.database}.${id.schema}.${id.table}`
          : 'sql';
  return {
    project,
    records,
    resources,
    edges: lineage.map((l) => `${describe(l.from_identifier)} > ${describe(l.to_identifier)}`),
  };
}

describe('dbtRunRecords', () => {
  test('databases, schemas, assets with native type per materialization, owners and SQL definitions', () => {
    const { resources } = convert();
    expect(resources.get('database:warehouse')).toMatchObject({
      entity_type: 'database',
      title: 'warehouse',
    });
    expect(resources.get('schema:warehouse.analytics')).toMatchObject({
      entity_type: 'schema',
      parent_databuilder_id: 'database:warehouse',
    });
    expect(resources.get('model.shop.stg_orders')).toMatchObject({
      entity_type: 'table',
      native_type: 'view',
      title: 'stg_orders',
      owners: ['a@example.com', 'b@example.com'],
      definition: manifest.nodes['model.shop.stg_orders']!.compiled_code,
    });
    expect(resources.get('model.shop.orders')).toMatchObject({
      native_type: 'model',
      title: 'fct_orders',
      description: 'One row per order',
    });
    expect(resources.get('source.shop.raw.orders')).toMatchObject({
      native_type: 'source',
      title: 'ORDERS_V2',
      owners: ['ingest@example.com'],
    });
    expect(resources.get('exposure.shop.revenue')).toMatchObject({
      entity_type: 'dashboard',
      title: 'Revenue dashboard',
      native_type: 'exposure:dashboard',
      owners: ['cfo@example.com'],
    });
  });

  test('columns: catalog types and case win, declared descriptions stay, SQL-only columns are added', () => {
    const { resources } = convert();
    expect(resources.get('model.shop.orders.ORDER_ID')).toMatchObject({
      type: 'integer',
      sort_order: 1,
      parent_databuilder_id: 'model.shop.orders',
    });
    expect(resources.get('source.shop.raw.orders.id')).toMatchObject({
      description: 'order id',
      type: 'int',
    });
    // `amount` of the source is known only because stg_orders reads it.
    expect(resources.get('source.shop.raw.orders.amount')).toMatchObject({
      entity_type: 'column',
      type: null,
    });
    expect(resources.get('model.shop.orders.is_big')).toBeDefined();
  });

  test('lineage: depends_on exactly, warehouse links both ways, direct column edges through an ephemeral CTE', () => {
    const { edges } = convert();
    const tableLevel = edges.filter(
      (e) => !e.includes('.order_id') && !e.includes('amount') && !e.includes('is_big'),
    );
    expect(tableLevel.sort()).toEqual(
      [
        'source.shop.raw.orders > model.shop.stg_orders',
        'model.shop.stg_orders > model.shop.big_orders',
        'model.shop.stg_orders > model.shop.orders',
        'model.shop.big_orders > model.shop.orders',
        'model.shop.orders > exposure.shop.revenue',
        // The source reads its table; the others build theirs; the ephemeral model builds nothing.
        'ext:warehouse.raw.ORDERS_V2 > source.shop.raw.orders',
        'model.shop.stg_orders > ext:warehouse.analytics.stg_orders',
        'model.shop.orders > ext:warehouse.analytics.fct_orders',
      ].sort(),
    );
    expect(edges).toContain('source.shop.raw.orders.id > model.shop.stg_orders.order_id');
    expect(edges).toContain('model.shop.stg_orders.order_id > model.shop.orders.ORDER_ID');
    expect(edges).toContain('model.shop.stg_orders.amount > model.shop.orders.DOUBLE_AMOUNT');
    expect(edges).toContain('model.shop.stg_orders.order_id > model.shop.orders.is_big');
  });

  test('records are the same on every call (a re-run changes nothing)', () => {
    expect(JSON.stringify(convert().records)).toBe(JSON.stringify(convert().records));
  });
});

describe('collectTestOutcomes', () => {
  test('a column test lands on its asset and column; statuses are dbt words in lower case', () => {
    const results: DbtRunResults = {
      metadata: { generated_at: '2026-01-02T00:00:00Z' },
      results: [
        {
          unique_id: 'test.shop.not_null_orders_order_id.abc',
          status: 'FAIL',
          failures: 3,
          message: 'Got 3 results',
          timing: [{ name: 'execute', completed_at: '2026-01-01T10:00:00Z' }],
        },
      ],
    };
    const outcomes = collectTestOutcomes(readDbtProject(manifest, catalog), results);
    expect(outcomes.map((o) => [o.testedDatabuilderId, o.status, o.failures, o.runAt])).toEqual([
      ['model.shop.orders', 'fail', 3, '2026-01-01T10:00:00Z'],
      ['model.shop.orders.ORDER_ID', 'fail', 3, '2026-01-01T10:00:00Z'],
    ]);
    expect(collectTestOutcomes(readDbtProject(manifest), undefined)[0]!.status).toBeNull();
  });
});

describe('dbtRunRecords on generated projects', () => {
  test('model-level lineage is exactly depends_on, and every record is a valid SDK record', () => {
    // A random DAG: model i may depend on any model j < i (and on ids that are not assets, which are left out).
    const project = fc
      .array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: 1, maxLength: 25 })
      .map((deps) => deps.map((upstream, i) => ({ i, upstream: upstream.filter((j) => j < i) })));
    fc.assert(
      fc.property(project, (models) => {
        const nodes = Object.fromEntries(
          models.map(({ i, upstream }) => [
            `model.p.m${i}`,
            {
              unique_id: `model.p.m${i}`,
              resource_type: 'model',
              name: `m${i}`,
              alias: `m${i}`,
              database: 'db',
              schema: i % 2 ? 'a' : 'b',
              depends_on: { nodes: [...upstream.map((j) => `model.p.m${j}`), 'macro.p.not_an_asset'] },
              compiled_code: upstream.length
                ? `select * from ${upstream.map((j) => `db.${j % 2 ? 'a' : 'b'}.m${j}`).join(', ')}`
                : 'select 1 as x',
            },
          ]),
        );
        const parsed = readDbtProject({ metadata: {}, nodes } as DbtManifest);
        const records = [...dbtRunRecords(parsed, computeColumnLineage(parsed))];
        for (const record of records) {
          const problems =
            record.kind === 'resource'
              ? validateResource(record.value, { index: 0 })
              : record.kind === 'lineage'
                ? validateLineage(record.value, { index: 0 })
                : [record.problem];
          expect(problems).toEqual([]);
        }
        const modelLevel = records
          .filter((r) => r.kind === 'lineage')
          .map((r) => r.value as DeclaredLineage)
          .filter(
            (l) =>
              l.from_identifier.type === 'internal_resource' && l.to_identifier.type === 'internal_resource',
          )
          .map(
            (l) =>
              `${(l.from_identifier as { databuilder_id: string }).databuilder_id} > ${(l.to_identifier as { databuilder_id: string }).databuilder_id}`,
          )
          .filter((edge) => !/\.m\d+\.\w+ >/.test(edge));
        const expected = models.flatMap(({ i, upstream }) =>
          [...new Set(upstream)].map((j) => `model.p.m${j} > model.p.m${i}`),
        );
        expect(modelLevel.sort()).toEqual(expected.sort());
      }),
      { numRuns: 100 },
    );
  });
});

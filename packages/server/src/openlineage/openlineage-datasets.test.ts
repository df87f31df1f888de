import type { Resource } from '@sextant/sdk';
import { expect, test } from 'vitest';
import { applySync } from '../sync/apply-sync.js';
import { runRecords } from '../sync/sync-test-support.js';
import { forEachApp, type TestApp } from '../testing/index.js';
import { applyPendingOpenLineageEvents } from './apply-events.js';
import { uuidOf } from './testing/complete-expected-event.js';

// Issue 19 item 3: datasets resolve to the catalog's tables by OpenLineage's naming rules (and their symlinks'
// names), an unresolved one waits and links when its table arrives; custom facets are kept; `documentation` fills
// the description.

const PRODUCER = 'https://github.com/OpenLineage/OpenLineage/tree/1.9.0/integration/spark';
const WAREHOUSE = 'postgres://warehouse:5432';
const NS = 'spark-resolve';
const facet = (name: string) => ({
  _producer: PRODUCER,
  _schemaURL: `https://openlineage.io/spec/facets/1-0-1/${name}.json`,
});

/** A warehouse integration's tables in database `resolve_db` (schema.table names). */
async function syncWarehouse(t: TestApp, integrationId: string, tables: string[]) {
  const resources: Resource[] = [
    { entity_type: 'database', databuilder_id: 'db', title: 'resolve_db' },
    ...[...new Set(tables.map((name) => name.split('.')[0]!))].map(
      (schema): Resource => ({
        entity_type: 'schema',
        databuilder_id: `db.${schema}`,
        parent_databuilder_id: 'db',
        title: schema,
        database: 'resolve_db',
      }),
    ),
    ...tables.map((name): Resource => {
      const [schema, table] = name.split('.') as [string, string];
      return {
        entity_type: 'table',
        databuilder_id: `db.${name}`,
        parent_databuilder_id: `db.${schema}`,
        title: table,
        schema,
        database: 'resolve_db',
      };
    }),
  ];
  await applySync(t.store, { integrationId, source: 'jsonl', records: runRecords({ resources }) });
}

/** Table edges between an OpenLineage dataset and another integration's table, as `integration:title`. */
async function crossLinks(t: TestApp): Promise<string[]> {
  const rows = await t.store.db
    .selectFrom('lineage as l')
    .innerJoin('resources as f', 'f.id', 'l.from_resource_id')
    .innerJoin('resources as o', 'o.id', 'l.to_resource_id')
    .innerJoin('integrations as fi', 'fi.id', 'f.integration_id')
    .innerJoin('integrations as oi', 'oi.id', 'o.integration_id')
    .select(['fi.name as fi', 'f.title as ft', 'oi.name as oi', 'o.title as ot'])
    .where('f.entity_type', '=', 'table')
    .where('o.entity_type', '=', 'table')
    .whereRef('fi.id', '!=', 'oi.id')
    .execute();
  return rows.map((r) => `${r.fi}:${r.ft} -> ${r.oi}:${r.ot}`).sort();
}

forEachApp('OpenLineage datasets in the catalog', (t) => {
  test('datasets link to the tables of their names and symlinks; an unknown one links once its table arrives', async () => {
    const created = await t().app.inject({
      method: 'POST',
      url: '/api/v1/integration/integrations',
      headers: t().as('admin'),
      payload: { name: 'Warehouse', type: 'custom' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const warehouse = created.json().id as string;
    await syncWarehouse(t(), warehouse, ['public.orders', 'public.customers']);

    const runId = uuidOf('resolve-1');
    const event = (eventType: string, eventTime: string) => ({
      eventType,
      eventTime,
      producer: PRODUCER,
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
      run: {
        runId,
        // A custom facet (no schema in the spec): kept as sent.
        facets: { acme_cost: { ...facet('AcmeCostRunFacet'), dollars: 3.5 } },
      },
      job: { namespace: NS, name: 'daily_revenue' },
      inputs: [
        { namespace: WAREHOUSE, name: 'resolve_db.public.orders' },
        {
          // A path whose symlink names the warehouse table.
          namespace: 's3://lake',
          name: '/exports/customers',
          facets: {
            symlinks: {
              ...facet('SymlinksDatasetFacet'),
              identifiers: [{ namespace: WAREHOUSE, name: 'resolve_db.public.customers', type: 'TABLE' }],
            },
          },
        },
      ],
      outputs: [
        {
          namespace: WAREHOUSE,
          name: 'resolve_db.mart.daily_revenue',
          facets: {
            documentation: { ...facet('DocumentationDatasetFacet'), description: 'Revenue per day.' },
          },
        },
      ],
    });
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/v1/lineage/batch',
      headers: t().as('editor'),
      payload: [event('START', '2024-06-01T02:00:00Z'), event('COMPLETE', '2024-06-01T02:10:00Z')],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await applyPendingOpenLineageEvents(t().store)).toMatchObject({ applied: 2, failed: 0 });

    // The warehouse's tables feed the job's input datasets; the output's table is not in the catalog yet.
    expect(await crossLinks(t())).toEqual([
      `Warehouse:customers -> ${NS}:/exports/customers`,
      `Warehouse:orders -> ${NS}:orders`,
    ]);
    const output = await t()
      .store.db.selectFrom('resources')
      .select(['id', 'description'])
      .where('databuilder_id', '=', `openlineage:dataset:${WAREHOUSE}/resolve_db.mart.daily_revenue`)
      .executeTakeFirstOrThrow();
    expect(output.description).toBe('Revenue per day.');
    const pending = await t()
      .store.db.selectFrom('pending_lineage')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(pending.n)).toBeGreaterThan(0);

    // The table arrives with the warehouse's next sync: the waiting link is made, no OpenLineage event needed.
    await syncWarehouse(t(), warehouse, ['public.orders', 'public.customers', 'mart.daily_revenue']);
    expect(await crossLinks(t())).toEqual([
      `Warehouse:customers -> ${NS}:/exports/customers`,
      `Warehouse:orders -> ${NS}:orders`,
      `${NS}:daily_revenue -> Warehouse:daily_revenue`,
    ]);

    // The dataset and the warehouse table at its address are one catalog entity (docs/lineage.md, entities).
    const dataset = await t()
      .store.db.selectFrom('resources')
      .select('id')
      .where('databuilder_id', '=', `openlineage:dataset:${WAREHOUSE}/resolve_db.public.orders`)
      .executeTakeFirstOrThrow();
    const entity = await t().app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${dataset.id}`,
      headers: t().as('viewer'),
    });
    expect(entity.statusCode, entity.body).toBe(200);
    expect(
      (entity.json().described_by as Array<{ integration_name: string }>)
        .map((d) => d.integration_name)
        .sort(),
    ).toEqual(['Warehouse', NS]);
    expect(entity.json().sources).toHaveLength(2);

    // The custom run facet is kept as sent.
    const run = await t().app.inject({
      method: 'GET',
      url: `/api/v1/jobs/runs/${runId}`,
      headers: t().as('viewer'),
    });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().facets.acme_cost).toMatchObject({ dollars: 3.5 });
  });

  test('dataQualityAssertions show on the dataset as its test results; the next run replaces them', async () => {
    const namespace = 'quality-checks';
    const send = async (runId: string, time: string, nameSuccess: boolean) => {
      const assertions = {
        ...facet('DataQualityAssertionsDatasetFacet'),
        assertions: [
          { assertion: 'not_null', success: true, column: 'id' },
          { assertion: 'unique', success: nameSuccess, column: 'name', severity: 'error' },
        ],
      };
      const event = (eventType: string, eventTime: string) => ({
        eventType,
        eventTime,
        producer: 'https://github.com/great-expectations/great_expectations',
        schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
        run: { runId },
        job: { namespace, name: 'validate_customers' },
        inputs: [
          {
            namespace: WAREHOUSE,
            name: 'quality_db.public.customers',
            inputFacets: { dataQualityAssertions: assertions },
          },
        ],
        outputs: [],
      });
      const res = await t().app.inject({
        method: 'POST',
        url: '/api/v1/lineage/batch',
        headers: t().as('editor'),
        payload: [event('START', time), event('COMPLETE', time.replace(':00Z', ':30Z'))],
      });
      expect(res.statusCode, res.body).toBe(201);
      await applyPendingOpenLineageEvents(t().store);
    };
    const testsOfDataset = async () => {
      const dataset = await t()
        .store.db.selectFrom('resources')
        .select('id')
        .where('databuilder_id', '=', `openlineage:dataset:${WAREHOUSE}/quality_db.public.customers`)
        .executeTakeFirstOrThrow();
      const res = await t().app.inject({
        method: 'GET',
        url: `/api/v1/resource/all/${dataset.id}`,
        headers: t().as('viewer'),
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().tests as Array<{ name: string; status: string; run_at: string | null }>).map(
        (test) => `${test.name}: ${test.status}`,
      );
    };

    await send(uuidOf('quality-1'), '2024-06-01T03:00:00Z', false);
    expect(await testsOfDataset()).toEqual(['not_null on id: pass', 'unique on name: fail']);
    await send(uuidOf('quality-2'), '2024-06-02T03:00:00Z', true);
    expect(await testsOfDataset()).toEqual(['not_null on id: pass', 'unique on name: pass']);
  });

  test('dataQualityMetrics and outputStatistics show on the dataset: rows, size, per-column measures', async () => {
    const namespace = 'quality-metrics';
    const send = async (runId: string, time: string, rows: number) => {
      const event = (eventType: string, eventTime: string) => ({
        eventType,
        eventTime,
        producer: PRODUCER,
        schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
        run: { runId },
        job: { namespace, name: 'copy_orders' },
        inputs: [
          {
            namespace: WAREHOUSE,
            name: 'metrics_db.public.orders',
            inputFacets: {
              dataQualityMetrics: {
                ...facet('DataQualityMetricsInputDatasetFacet'),
                rowCount: rows,
                bytes: 4096,
                columnMetrics: {
                  amount: { nullCount: 2, distinctCount: 40, sum: 1234.5, count: rows, min: 0, max: 99.5 },
                  id: { nullCount: 0, quantiles: { '0.5': 50, '0.9': 90 } },
                },
              },
            },
          },
        ],
        outputs: [
          {
            namespace: WAREHOUSE,
            name: 'metrics_db.mart.orders_copy',
            outputFacets: {
              outputStatistics: {
                ...facet('OutputStatisticsOutputDatasetFacet'),
                rowCount: rows - 2,
                size: 2048,
                fileCount: 3,
              },
            },
          },
        ],
      });
      const res = await t().app.inject({
        method: 'POST',
        url: '/api/v1/lineage/batch',
        headers: t().as('editor'),
        payload: [event('START', time), event('COMPLETE', time.replace(':00Z', ':30Z'))],
      });
      expect(res.statusCode, res.body).toBe(201);
      await applyPendingOpenLineageEvents(t().store);
    };
    const viewOf = async (name: string) => {
      const dataset = await t()
        .store.db.selectFrom('resources')
        .select('id')
        .where('databuilder_id', '=', `openlineage:dataset:${WAREHOUSE}/${name}`)
        .executeTakeFirstOrThrow();
      const res = await t().app.inject({
        method: 'GET',
        url: `/api/v1/resource/all/${dataset.id}`,
        headers: t().as('viewer'),
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };

    await send(uuidOf('metrics-1'), '2024-06-01T03:00:00Z', 100);
    const input = await viewOf('metrics_db.public.orders');
    expect(input).toMatchObject({ row_count: 100, byte_size: 4096 });
    expect(input.properties.data_quality_metrics).toEqual({
      row_count: 100,
      byte_size: 4096,
      file_count: null,
      job: 'copy_orders',
      measured_at: '2024-06-01T03:00:30.000Z',
      columns: {
        amount: { null_count: 2, distinct_count: 40, sum: 1234.5, count: 100, min: 0, max: 99.5 },
        id: { null_count: 0, quantiles: { '0.5': 50, '0.9': 90 } },
      },
    });
    const output = await viewOf('metrics_db.mart.orders_copy');
    expect(output).toMatchObject({ row_count: 98, byte_size: 2048 });
    expect(output.properties.data_quality_metrics).toMatchObject({ file_count: 3, columns: {} });
    // The next run's measures replace them.
    await send(uuidOf('metrics-2'), '2024-06-02T03:00:00Z', 120);
    expect(await viewOf('metrics_db.public.orders')).toMatchObject({ row_count: 120 });
    expect(await viewOf('metrics_db.mart.orders_copy')).toMatchObject({ row_count: 118 });
    // The job's runs say how many rows each wrote.
    const job = await t()
      .store.db.selectFrom('resources')
      .select('id')
      .where('databuilder_id', '=', 'openlineage:job:copy_orders')
      .executeTakeFirstOrThrow();
    const runs = await t().app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${job.id}/runs`,
      headers: t().as('viewer'),
    });
    expect(runs.statusCode, runs.body).toBe(200);
    expect(runs.json().runs.map((run: { rowsWritten: number | null }) => run.rowsWritten)).toEqual([118, 98]);
  });

  test('tags facets tag the job, the dataset and, with a field, its column', async () => {
    const namespace = 'tagged';
    const tags = (list: Array<Record<string, string>>) => ({ ...facet('TagsDatasetFacet'), tags: list });
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/v1/lineage',
      headers: t().as('editor'),
      payload: {
        eventType: 'COMPLETE',
        eventTime: '2024-06-01T04:00:00Z',
        producer: PRODUCER,
        schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
        run: { runId: uuidOf('tagged-1') },
        job: {
          namespace,
          name: 'export_users',
          facets: {
            tags: { ...tags([{ key: 'tier', value: 'gold' }]), _schemaURL: facet('TagsJobFacet')._schemaURL },
          },
        },
        inputs: [],
        outputs: [
          {
            namespace: WAREHOUSE,
            name: 'tagged_db.public.users',
            facets: {
              schema: {
                ...facet('SchemaDatasetFacet'),
                fields: [
                  { name: 'id', type: 'bigint' },
                  { name: 'email', type: 'text' },
                ],
              },
              tags: tags([
                { key: 'domain', value: 'growth', source: 'SPARK' },
                { key: 'pii', value: 'true', field: 'email' },
              ]),
            },
          },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    await applyPendingOpenLineageEvents(t().store);
    const rows = await t()
      .store.db.selectFrom('resource_tags as rt')
      .innerJoin('tags', 'tags.id', 'rt.tag_id')
      .innerJoin('resources as r', 'r.id', 'rt.resource_id')
      .select(['r.databuilder_id', 'tags.name'])
      .where('r.databuilder_id', 'like', 'openlineage:%')
      .execute();
    expect(rows.map((r) => `${r.databuilder_id} ${r.name}`).sort()).toEqual([
      'openlineage:dataset:postgres://warehouse:5432/tagged_db.public.users domain:growth',
      'openlineage:dataset:postgres://warehouse:5432/tagged_db.public.users#email pii',
      'openlineage:job:export_users tier:gold',
    ]);
  });
});

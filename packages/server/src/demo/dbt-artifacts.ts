import type { DbtManifest, DbtNode, DbtRunResults } from '../dbt/artifact-types.js';
import { parseArtifact } from '../dbt/read-artifact.js';
import type { DbtArtifacts } from '../dbt/sync-dbt.js';
import { DEMO_DATABASE, DEMO_TABLES, DEMO_TESTS, type DemoTable } from './demo-shop.js';

const PROJECT = 'demo_shop';
/** Fixed, so that loading the demo twice gives identical artifacts (and an unchanged sync). */
const GENERATED_AT = '2026-01-05T06:00:00.000000Z';

export const dbtUniqueId = (table: DemoTable) =>
  table.schema === 'raw' ? `source.${PROJECT}.raw.${table.name}` : `model.${PROJECT}.${table.name}`;

/**
 * The demo shop's dbt project as dbt would write it: raw tables are sources, staging and marts are models with
 * compiled SQL (so Sextant computes their column lineage itself), and run_results with one failing test.
 * Returned parsed, as an upload would be.
 */
export function demoDbtArtifacts(): DbtArtifacts {
  const manifest = {
    metadata: metadata('manifest/v12'),
    nodes: Object.fromEntries([
      ...DEMO_TABLES.filter((t) => t.schema !== 'raw').map((t) => [dbtUniqueId(t), modelNode(t)]),
      ...DEMO_TESTS.map((test) => [testId(test), testNode(test)]),
    ]),
    sources: Object.fromEntries(
      DEMO_TABLES.filter((t) => t.schema === 'raw').map((t) => [dbtUniqueId(t), sourceNode(t)]),
    ),
    exposures: {},
  } satisfies DbtManifest;
  const runResults = {
    metadata: metadata('run-results/v6'),
    results: DEMO_TESTS.map((test) => ({
      unique_id: testId(test),
      status: test.status,
      message: test.message,
      failures: test.failures,
      timing: [{ name: 'execute', started_at: GENERATED_AT, completed_at: GENERATED_AT }],
    })),
  } satisfies DbtRunResults;
  return {
    manifest: parseArtifact(Buffer.from(JSON.stringify(manifest)), 'manifest', 'demo/manifest.json'),
    runResults: parseArtifact(
      Buffer.from(JSON.stringify(runResults)),
      'run_results',
      'demo/run_results.json',
    ),
    manifestFile: 'demo/manifest.json',
  };
}

function metadata(schema: string) {
  return {
    dbt_schema_version: `https://schemas.getdbt.com/dbt/${schema}.json`,
    dbt_version: '1.9.0',
    adapter_type: 'postgres',
    generated_at: GENERATED_AT,
    invocation_id: null,
  };
}

function columnsOf(table: DemoTable) {
  return Object.fromEntries(
    table.columns.map((c) => [c.name, { name: c.name, data_type: c.type, description: c.description }]),
  );
}

function sourceNode(table: DemoTable): DbtNode {
  return {
    unique_id: dbtUniqueId(table),
    resource_type: 'source',
    name: table.name,
    package_name: PROJECT,
    source_name: 'raw',
    database: DEMO_DATABASE,
    schema: 'raw',
    identifier: table.name,
    description: table.description,
    tags: [],
    meta: { owner: table.owner },
    columns: columnsOf(table),
  };
}

function modelNode(table: DemoTable): DbtNode {
  const upstream = new Set(
    table.columns.flatMap((c) => c.from ?? []).map((from) => from.split('.').slice(0, 2).join('.')),
  );
  return {
    unique_id: dbtUniqueId(table),
    resource_type: 'model',
    name: table.name,
    package_name: PROJECT,
    database: DEMO_DATABASE,
    schema: table.schema,
    alias: table.name,
    description: table.description,
    tags: table.tags ?? [],
    meta: { owner: table.owner },
    config: { materialized: table.nativeType === 'view' ? 'view' : 'table' },
    columns: columnsOf(table),
    depends_on: {
      nodes: [...upstream].map((name) =>
        dbtUniqueId(DEMO_TABLES.find((t) => `${t.schema}.${t.name}` === name)!),
      ),
    },
    compiled_code: table.sql ?? null,
    language: 'sql',
  };
}

function testId(test: (typeof DEMO_TESTS)[number]): string {
  return `test.${PROJECT}.${test.kind}_${test.table}_${test.column}`;
}

function testNode(test: (typeof DEMO_TESTS)[number]): DbtNode {
  const table = DEMO_TABLES.find((t) => t.name === test.table)!;
  return {
    unique_id: testId(test),
    resource_type: 'test',
    name: `${test.kind}_${test.table}_${test.column}`,
    package_name: PROJECT,
    column_name: test.column,
    attached_node: dbtUniqueId(table),
    depends_on: { nodes: [dbtUniqueId(table)] },
    test_metadata: { name: test.kind, kwargs: { column_name: test.column } },
  };
}

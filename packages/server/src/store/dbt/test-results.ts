import type { Kysely } from 'kysely';
import { type DialectFlags, rowsPerInsert } from '../dialect.js';
import type { Database } from '../schema.js';
import type { DbtTestResultsTable } from './dbt-tables.js';

/** One test outcome to store, its tested resource named by databuilder_id within the integration. */
export interface DbtTestResultInput {
  testedDatabuilderId: string;
  testUniqueId: string;
  testName: string;
  columnName: string | null;
  status: string | null;
  message: string | null;
  failures: number | null;
  runAt: string | null;
}

/**
 * Makes the integration's stored test results those of `results` (tests gone from the manifest disappear). A
 * test without a status in this run keeps its earlier result: a `dbt test --select` run reports only some tests,
 * and "latest status" means the last one dbt reported. Results on resources the sync did not keep are dropped.
 */
export async function replaceDbtTestResults(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; integrationId: string; syncId: string; results: DbtTestResultInput[] },
): Promise<number> {
  const dbt = db;
  const ids = await resourceIdsByDatabuilderId(db, flags, options.integrationId, [
    ...new Set(options.results.map((r) => r.testedDatabuilderId)),
  ]);
  const earlier = await dbt
    .selectFrom('dbt_test_results')
    .selectAll()
    .where('integration_id', '=', options.integrationId)
    .where('status', 'is not', null)
    .execute();
  const earlierByKey = new Map(earlier.map((row) => [`${row.resource_id}\u0000${row.test_unique_id}`, row]));
  const rows = new Map<string, DbtTestResultsTable>();
  for (const result of options.results) {
    const resourceId = ids.get(result.testedDatabuilderId);
    if (!resourceId) continue;
    const key = `${resourceId}\u0000${result.testUniqueId}`;
    const kept = result.status === null ? earlierByKey.get(key) : undefined;
    rows.set(key, {
      resource_id: resourceId,
      test_unique_id: result.testUniqueId,
      workspace_id: options.workspaceId,
      integration_id: options.integrationId,
      test_name: result.testName,
      column_name: result.columnName,
      status: kept?.status ?? result.status,
      message: kept ? kept.message : result.message,
      failures: kept ? kept.failures : result.failures,
      run_at: kept ? kept.run_at : result.runAt,
      sync_id: options.syncId,
    });
  }
  await dbt.deleteFrom('dbt_test_results').where('integration_id', '=', options.integrationId).execute();
  const values = [...rows.values()];
  const chunk = rowsPerInsert(flags, 11, 500);
  for (let i = 0; i < values.length; i += chunk) {
    await dbt
      .insertInto('dbt_test_results')
      .values(values.slice(i, i + chunk))
      .execute();
  }
  return values.length;
}

/** Live resource ids of an integration by databuilder_id (ids the integration does not have are absent). */
export async function resourceIdsByDatabuilderId(
  db: Kysely<Database>,
  flags: DialectFlags,
  integrationId: string,
  databuilderIds: string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const chunk = Math.max(1, flags.maxParameters - 10);
  for (let i = 0; i < databuilderIds.length; i += chunk) {
    const rows = await db
      .selectFrom('resources')
      .select(['id', 'databuilder_id'])
      .where('integration_id', '=', integrationId)
      .where('databuilder_id', 'in', databuilderIds.slice(i, i + chunk))
      .where('stale', '=', 0)
      .execute();
    for (const row of rows) if (row.databuilder_id) ids.set(row.databuilder_id, row.id);
  }
  return ids;
}

/** A test as the resource API shows it. */
export interface ResourceTest {
  name: string;
  status: string | null;
  message: string | null;
  failures: number | null;
  run_at: string | null;
}

/** The stored dbt tests of each resource, by resource id (resources without tests are absent). */
export async function listTestsForResources(
  db: Kysely<Database>,
  resourceIds: readonly string[],
): Promise<Map<string, ResourceTest[]>> {
  const tests = new Map<string, ResourceTest[]>();
  if (resourceIds.length === 0) return tests;
  const rows = await db
    .selectFrom('dbt_test_results')
    .select(['resource_id', 'test_name', 'status', 'message', 'failures', 'run_at'])
    .where('resource_id', 'in', [...resourceIds])
    .orderBy('resource_id')
    .orderBy('test_name')
    .execute();
  for (const row of rows) {
    const test = {
      name: row.test_name,
      status: row.status,
      message: row.message,
      failures: row.failures,
      run_at: row.run_at,
    };
    const list = tests.get(row.resource_id);
    if (list) list.push(test);
    else tests.set(row.resource_id, [test]);
  }
  return tests;
}

/**
 * Resources of the integration whose latest test results include a `warn` (warning) or a `fail`/`error`
 * (failing); a resource with both is in both lists. Ids are sorted for stable answers.
 */
export async function listFailingTestResources(
  db: Kysely<Database>,
  integrationId: string,
): Promise<{ warning: string[]; failing: string[] }> {
  const rows = await db
    .selectFrom('dbt_test_results')
    .select(['resource_id', 'status'])
    .distinct()
    .where('integration_id', '=', integrationId)
    .where('status', 'in', ['warn', 'fail', 'error'])
    .execute();
  const of = (statuses: string[]) =>
    [...new Set(rows.filter((r) => statuses.includes(r.status ?? '')).map((r) => r.resource_id))].sort();
  return { warning: of(['warn']), failing: of(['fail', 'error']) };
}

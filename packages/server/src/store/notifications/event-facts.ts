import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

const CHUNK = 500;

/** The integration and workspace a sync belongs to (whatever its state). */
export async function findSyncOwner(
  db: Kysely<Database>,
  syncId: string,
): Promise<{ integration_id: string; workspace_id: string } | undefined> {
  return db
    .selectFrom('syncs')
    .select(['integration_id', 'workspace_id'])
    .where('id', '=', syncId)
    .executeTakeFirst();
}

/** Resources (assets and columns) of an integration that are not stale. */
export async function countLiveResources(db: Kysely<Database>, integrationId: string): Promise<number> {
  const row = await db
    .selectFrom('resources')
    .select(sql<number>`count(*)`.as('n'))
    .where('integration_id', '=', integrationId)
    .where('stale', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface FailingTestRow {
  resource_id: string;
  test_unique_id: string;
  test_name: string;
  status: string | null;
  message: string | null;
}

/** The integration's stored dbt test results whose status is a failure (`fail` or `error`). */
export async function listFailingTestResults(
  db: Kysely<Database>,
  integrationId: string,
): Promise<FailingTestRow[]> {
  return db
    .selectFrom('dbt_test_results')
    .select(['resource_id', 'test_unique_id', 'test_name', 'status', 'message'])
    .where('integration_id', '=', integrationId)
    .where('status', 'in', ['fail', 'error'])
    .execute();
}

export interface ResourceLabel {
  id: string;
  title: string;
  title_full: string;
  entity_type: string;
}

/** Titles of resources for messages, in chunks under the parameter limits. */
export async function listResourceLabels(db: Kysely<Database>, ids: string[]): Promise<ResourceLabel[]> {
  const labels: ResourceLabel[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    labels.push(
      ...(await db
        .selectFrom('resources')
        .select(['id', 'title', 'title_full', 'entity_type'])
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute()),
    );
  }
  return labels;
}

/** The workspace's Slack integrations, oldest first. */
export async function listSlackIntegrationRows(db: Kysely<Database>, workspaceId: string) {
  return db
    .selectFrom('integrations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('type', '=', 'slack')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

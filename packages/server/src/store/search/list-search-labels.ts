import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { MonitorStatus } from './search-filters.js';

// A search gathers at most 1,500 candidates (three tiers of 500): their tags in one statement, one round trip.
const IDS_PER_STATEMENT = 2000;

/** The tags (id and name) of each of `resourceIds`, for tag facets. */
export async function listTagsOfResources(
  db: Kysely<Database>,
  resourceIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const byResource = new Map<string, { id: string; name: string }[]>();
  for (let start = 0; start < resourceIds.length; start += IDS_PER_STATEMENT) {
    const rows = await db
      .selectFrom('resource_tags as rt')
      .innerJoin('tags as t', 't.id', 'rt.tag_id')
      .select(['rt.resource_id', 't.id', 't.name'])
      .where('rt.resource_id', 'in', resourceIds.slice(start, start + IDS_PER_STATEMENT))
      .execute();
    for (const row of rows) {
      const tags = byResource.get(row.resource_id) ?? [];
      tags.push({ id: row.id, name: row.name });
      byResource.set(row.resource_id, tags);
    }
  }
  return byResource;
}

/** Names of the workspace's integrations, by id, for integration facets. */
export async function listIntegrationNames(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('integrations')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Display names of the workspace's users, by lowercased email, for owner facets (owners are emails). */
export async function listUserNamesByEmail(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  // Owners are stored as user ids (issue #20); older or external owners may still be emails.
  return new Map(
    rows.flatMap((row) => {
      const label = row.name.trim() !== '' ? row.name : row.email;
      return [
        [row.email.toLowerCase(), label],
        [row.id.toLowerCase(), label],
      ] as Array<[string, string]>;
    }),
  );
}

/**
 * The worst state of the enabled monitors on each resource of the workspace that has any: `incident` (one has an
 * open incident), else `error` (its last run could not measure), else `ok`. A column's monitors count for the
 * column and for its table. One read of the workspace's monitors (thousands at most), rolled up here.
 */
export async function listMonitorStatuses(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Map<string, MonitorStatus>> {
  const { rows } = await sql<{
    target_id: string;
    table_id: string | null;
    status: string;
    is_open: unknown;
  }>`
    select t.id as target_id, case when t.entity_type = 'column' then t.parent_id end as table_id, m.status,
           exists (select 1 from monitor_incidents i where i.monitor_id = m.id and i.status = 'open') as is_open
    from monitors m join resources t on t.id = m.target_id
    where m.workspace_id = ${workspaceId} and m.is_enabled = 1`.execute(db);
  const rank: Record<MonitorStatus, number> = { ok: 0, error: 1, incident: 2 };
  const statuses = new Map<string, MonitorStatus>();
  for (const row of rows) {
    const status: MonitorStatus =
      row.is_open === true || Number(row.is_open) === 1
        ? 'incident'
        : row.status === 'error'
          ? 'error'
          : 'ok';
    for (const id of [row.target_id, row.table_id]) {
      if (!id) continue;
      const known = statuses.get(id);
      if (!known || rank[status] > rank[known]) statuses.set(id, status);
    }
  }
  return statuses;
}

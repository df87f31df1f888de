import type { Insertable, Kysely, Selectable } from 'kysely';
import { listPage } from '../list-page.js';
import type { Database } from '../schema.js';
import type { TableProfilesTable } from './quality-tables.js';

export type TableProfileRow = Selectable<TableProfilesTable>;

export async function insertTableProfile(
  db: Kysely<Database>,
  row: Insertable<TableProfilesTable>,
): Promise<void> {
  await db.insertInto('table_profiles').values(row).execute();
}

/** Profiles of a table, newest first. */
export async function listTableProfiles(
  db: Kysely<Database>,
  options: { workspaceId: string; resourceId: string; limit: number; offset: number },
): Promise<{ rows: TableProfileRow[]; count: number }> {
  const base = db
    .selectFrom('table_profiles')
    .where('workspace_id', '=', options.workspaceId)
    .where('resource_id', '=', options.resourceId);
  return listPage(base, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), options);
}

/** The newest successful profile of a table, or undefined. */
export async function findLatestTableProfile(
  db: Kysely<Database>,
  resourceId: string,
): Promise<TableProfileRow | undefined> {
  return db
    .selectFrom('table_profiles')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .where('status', '=', 'succeeded')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

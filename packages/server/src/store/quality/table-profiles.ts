import type { Insertable, Selectable } from 'kysely';
import type { QualityDb, TableProfilesTable } from './quality-tables.js';

export type TableProfileRow = Selectable<TableProfilesTable>;

export async function insertTableProfile(db: QualityDb, row: Insertable<TableProfilesTable>): Promise<void> {
  await db.insertInto('table_profiles').values(row).execute();
}

/** Profiles of a table, newest first. */
export async function listTableProfiles(
  db: QualityDb,
  options: { workspaceId: string; resourceId: string; limit: number; offset: number },
): Promise<{ rows: TableProfileRow[]; count: number }> {
  const base = db
    .selectFrom('table_profiles')
    .where('workspace_id', '=', options.workspaceId)
    .where('resource_id', '=', options.resourceId);
  const rows = await base
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const { count } = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return { rows, count: Number(count) };
}

/** The newest successful profile of a table, or undefined. */
export async function findLatestTableProfile(
  db: QualityDb,
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

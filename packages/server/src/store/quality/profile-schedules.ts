import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { ProfileSchedulesTable } from './quality-tables.js';

export type ProfileScheduleRow = Selectable<ProfileSchedulesTable>;

export async function findProfileSchedule(
  db: Kysely<Database>,
  workspaceId: string,
  resourceId: string,
): Promise<ProfileScheduleRow | undefined> {
  return db
    .selectFrom('profile_schedules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
}

/** Creates or replaces a table's profile schedule. */
export async function upsertProfileSchedule(db: Kysely<Database>, row: ProfileScheduleRow): Promise<void> {
  await db.deleteFrom('profile_schedules').where('resource_id', '=', row.resource_id).execute();
  await db.insertInto('profile_schedules').values(row).execute();
}

export async function deleteProfileSchedule(db: Kysely<Database>, resourceId: string): Promise<void> {
  await db.deleteFrom('profile_schedules').where('resource_id', '=', resourceId).execute();
}

export async function listDueProfileSchedules(
  db: Kysely<Database>,
  options: { now: string; limit: number },
): Promise<ProfileScheduleRow[]> {
  return db
    .selectFrom('profile_schedules')
    .selectAll()
    .where('next_run_at', '<=', options.now)
    .orderBy('next_run_at')
    .limit(options.limit)
    .execute();
}

/** Moves a due schedule on only if nobody did since it was read: the process whose update counts profiles. */
export async function claimProfileSchedule(
  db: Kysely<Database>,
  options: { resourceId: string; expectedNextRun: string; nextRun: string },
): Promise<boolean> {
  const result = await db
    .updateTable('profile_schedules')
    .set({ next_run_at: options.nextRun })
    .where('resource_id', '=', options.resourceId)
    .where('next_run_at', '=', options.expectedNextRun)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

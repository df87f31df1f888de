import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { NotificationSettingsTable } from './notification-tables.js';

export type NotificationSettingsRow = Selectable<NotificationSettingsTable>;

export async function findNotificationSettings(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<NotificationSettingsRow | undefined> {
  return db
    .selectFrom('notification_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

/** Writes the workspace's settings whole (insert or replace), in the caller's transaction. */
export async function saveNotificationSettings(
  db: Kysely<Database>,
  row: NotificationSettingsRow,
): Promise<void> {
  const { workspace_id: _, ...changes } = row;
  await db
    .insertInto('notification_settings')
    .values(row)
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(changes))
    .execute();
}

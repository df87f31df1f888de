import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { NotFoundError } from '../../errors/index.js';
import type { Database, GroupsTable } from '../schema.js';

export type GroupRow = Selectable<GroupsTable>;

export async function insertGroup(db: Kysely<Database>, row: Insertable<GroupsTable>): Promise<void> {
  await db.insertInto('groups').values(row).execute();
}

export async function findGroup(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<GroupRow | undefined> {
  return db
    .selectFrom('groups')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function getGroup(db: Kysely<Database>, workspaceId: string, id: string): Promise<GroupRow> {
  const row = await findGroup(db, workspaceId, id);
  if (!row) throw new NotFoundError('group_not_found', `no group with id ${id}`, { id });
  return row;
}

export async function findGroupByName(
  db: Kysely<Database>,
  workspaceId: string,
  name: string,
): Promise<GroupRow | undefined> {
  return db
    .selectFrom('groups')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** One page of the workspace's groups by name, with the total count. */
export async function listGroups(
  db: Kysely<Database>,
  options: { workspaceId: string; limit: number; offset: number },
): Promise<{ rows: GroupRow[]; count: number }> {
  const base = db.selectFrom('groups').where('workspace_id', '=', options.workspaceId);
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('name').orderBy('id').limit(options.limit).offset(options.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number(total.n) };
}

export async function updateGroupRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Updateable<GroupsTable>, 'id' | 'workspace_id' | 'created_at'>,
): Promise<void> {
  await db.updateTable('groups').set(changes).where('id', '=', id).execute();
}

/** Deletes a group; its memberships go with it (foreign key cascade). */
export async function deleteGroupRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('groups').where('id', '=', id).execute();
}

/** Member user ids of each group, sorted so that answers are stable. */
export async function listGroupMemberIds(
  db: Kysely<Database>,
  groupIds: string[],
): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return members;
  const rows = await db
    .selectFrom('group_members')
    .select(['group_id', 'user_id'])
    .where('group_id', 'in', groupIds)
    .orderBy('user_id')
    .execute();
  for (const row of rows) members.get(row.group_id)?.push(row.user_id);
  return members;
}

export async function replaceGroupMembers(
  db: Kysely<Database>,
  groupId: string,
  userIds: string[],
): Promise<void> {
  await db.deleteFrom('group_members').where('group_id', '=', groupId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('group_members')
    .values(userIds.map((user_id) => ({ group_id: groupId, user_id })))
    .execute();
}

/** The ids among `ids` that are not groups of the workspace (to name them in a validation error). */
export async function findMissingGroupIds(
  db: Kysely<Database>,
  workspaceId: string,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db
    .selectFrom('groups')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const known = new Set(found.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

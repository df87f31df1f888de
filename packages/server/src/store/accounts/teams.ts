import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { NotFoundError } from '../../errors/index.js';
import type { Database, TeamsTable } from '../schema.js';

export type TeamRow = Selectable<TeamsTable>;

export async function insertTeam(db: Kysely<Database>, row: Insertable<TeamsTable>): Promise<void> {
  await db.insertInto('teams').values(row).execute();
}

export async function findTeam(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<TeamRow | undefined> {
  return db
    .selectFrom('teams')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function getTeam(db: Kysely<Database>, workspaceId: string, id: string): Promise<TeamRow> {
  const row = await findTeam(db, workspaceId, id);
  if (!row) throw new NotFoundError('team_not_found', `no team with id ${id}`, { id });
  return row;
}

export async function findTeamByName(
  db: Kysely<Database>,
  workspaceId: string,
  name: string,
): Promise<TeamRow | undefined> {
  return db
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** One page of the workspace's teams by name, with the total count. */
export async function listTeams(
  db: Kysely<Database>,
  options: { workspaceId: string; limit: number; offset: number },
): Promise<{ rows: TeamRow[]; count: number }> {
  const base = db.selectFrom('teams').where('workspace_id', '=', options.workspaceId);
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('name').orderBy('id').limit(options.limit).offset(options.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number(total.n) };
}

export async function updateTeamRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Updateable<TeamsTable>, 'id' | 'workspace_id' | 'created_at'>,
): Promise<void> {
  await db.updateTable('teams').set(changes).where('id', '=', id).execute();
}

/** Deletes a team; its memberships go with it (foreign key cascade). */
export async function deleteTeamRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('teams').where('id', '=', id).execute();
}

/** Member user ids of each team, sorted so that answers are stable. */
export async function listTeamMemberIds(
  db: Kysely<Database>,
  teamIds: string[],
): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>(teamIds.map((id) => [id, []]));
  if (teamIds.length === 0) return members;
  const rows = await db
    .selectFrom('team_members')
    .select(['team_id', 'user_id'])
    .where('team_id', 'in', teamIds)
    .orderBy('user_id')
    .execute();
  for (const row of rows) members.get(row.team_id)?.push(row.user_id);
  return members;
}

export async function replaceTeamMembers(
  db: Kysely<Database>,
  teamId: string,
  userIds: string[],
): Promise<void> {
  await db.deleteFrom('team_members').where('team_id', '=', teamId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('team_members')
    .values(userIds.map((user_id) => ({ team_id: teamId, user_id })))
    .execute();
}

/** The ids among `ids` that are not teams of the workspace (to name them in a validation error). */
export async function findMissingTeamIds(
  db: Kysely<Database>,
  workspaceId: string,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db
    .selectFrom('teams')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const known = new Set(found.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

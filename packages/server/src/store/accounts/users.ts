import type { Kysely, Selectable, Updateable } from 'kysely';
import { NotFoundError } from '../../errors/index.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { DialectFlags } from '../dialect.js';
import { listPage } from '../list-page.js';
import type { Database, Role, UsersTable } from '../schema.js';

export type UserRow = Selectable<UsersTable>;

export interface NewUser {
  workspaceId: string;
  email: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  role: Role;
  passwordHash?: string | null;
}

/** First and last names from a display name, split at its first space (Secoda keeps them apart). */
export function splitDisplayName(name: string): { first: string; last: string } {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0) return { first: trimmed, last: '' };
  return { first: trimmed.slice(0, space), last: trimmed.slice(space + 1).trim() };
}

export async function createUser(db: Kysely<Database>, user: NewUser): Promise<UserRow> {
  const now = nowIso();
  const name = user.name ?? [user.firstName, user.lastName].filter(Boolean).join(' ');
  const split = splitDisplayName(name);
  const row: UserRow = {
    id: newId(),
    workspace_id: user.workspaceId,
    email: user.email.trim().toLowerCase(),
    name,
    first_name: user.firstName ?? split.first,
    last_name: user.lastName ?? split.last,
    role: user.role,
    password_hash: user.passwordHash ?? null,
    is_active: 1,
    last_login_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function findUser(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function getUser(db: Kysely<Database>, workspaceId: string, id: string): Promise<UserRow> {
  const user = await findUser(db, workspaceId, id);
  if (!user) throw new NotFoundError('user_not_found', `no user with id ${id}`);
  return user;
}

/** The first admin of the first workspace: who `sextant token create` acts as by default. */
export async function findFirstAdmin(db: Kysely<Database>): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('role', '=', 'admin')
    .where('is_active', '=', 1)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}

/** One page of the workspace's users by email, optionally of one role, with the total count. */
export async function listUsers(
  db: Kysely<Database>,
  options: { workspaceId: string; role?: Role | undefined; limit: number; offset: number },
): Promise<{ rows: UserRow[]; count: number }> {
  let base = db.selectFrom('users').where('workspace_id', '=', options.workspaceId);
  if (options.role !== undefined) base = base.where('role', '=', options.role);
  return listPage(base, (q) => q.selectAll().orderBy('email'), options);
}

export async function updateUserRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Updateable<UsersTable>, 'id' | 'workspace_id' | 'created_at'>,
): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

/** Deletes a user; their API keys, sessions and memberships go with them (foreign key cascade). */
export async function deleteUserRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute();
}

/**
 * Ids of the workspace's active admins. With `lock` on PostgreSQL the rows stay locked until the transaction
 * ends, so two requests demoting the last two admins at once cannot both succeed (SQLite's single writer already
 * serialises them).
 */
export async function listActiveAdminIds(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; lock: boolean },
): Promise<string[]> {
  let query = db
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', options.workspaceId)
    .where('role', '=', 'admin')
    .where('is_active', '=', 1)
    // One lock order for every caller, so two of these can never deadlock each other.
    .orderBy('id');
  if (options.lock && flags.supportsRowLocks) query = query.forUpdate();
  return (await query.execute()).map((row) => row.id);
}

/** The ids among `ids` that are not users of the workspace (to name them in a validation error). */
export async function findMissingUserIds(
  db: Kysely<Database>,
  workspaceId: string,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const known = new Set(found.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

/** The team and group ids of each user, sorted so that answers are stable. */
export async function listUserMemberships(
  db: Kysely<Database>,
  userIds: string[],
): Promise<Map<string, { teams: string[]; groups: string[] }>> {
  const result = new Map(userIds.map((id) => [id, { teams: [] as string[], groups: [] as string[] }]));
  if (userIds.length === 0) return result;
  const [teams, groups] = await Promise.all([
    db
      .selectFrom('team_members')
      .select(['user_id', 'team_id as set_id'])
      .where('user_id', 'in', userIds)
      .orderBy('team_id')
      .execute(),
    db
      .selectFrom('group_members')
      .select(['user_id', 'group_id as set_id'])
      .where('user_id', 'in', userIds)
      .orderBy('group_id')
      .execute(),
  ]);
  for (const row of teams) result.get(row.user_id)?.teams.push(row.set_id);
  for (const row of groups) result.get(row.user_id)?.groups.push(row.set_id);
  return result;
}

/** Replaces the teams (or groups) a user belongs to. */
export async function replaceUserMemberships(
  db: Kysely<Database>,
  userId: string,
  kind: 'teams' | 'groups',
  setIds: string[],
): Promise<void> {
  if (kind === 'teams') {
    await db.deleteFrom('team_members').where('user_id', '=', userId).execute();
    if (setIds.length > 0) {
      await db
        .insertInto('team_members')
        .values(setIds.map((team_id) => ({ team_id, user_id: userId })))
        .execute();
    }
    return;
  }
  await db.deleteFrom('group_members').where('user_id', '=', userId).execute();
  if (setIds.length > 0) {
    await db
      .insertInto('group_members')
      .values(setIds.map((group_id) => ({ group_id, user_id: userId })))
      .execute();
  }
}

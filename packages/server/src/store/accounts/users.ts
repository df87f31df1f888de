import type { Kysely, Selectable } from 'kysely';
import { NotFoundError } from '../../errors/index.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Database, Role, UsersTable } from '../schema.js';

export type UserRow = Selectable<UsersTable>;

export interface NewUser {
  workspaceId: string;
  email: string;
  name?: string;
  role: Role;
  passwordHash?: string | null;
}

export async function createUser(db: Kysely<Database>, user: NewUser): Promise<UserRow> {
  const now = nowIso();
  const row: UserRow = {
    id: newId(),
    workspace_id: user.workspaceId,
    email: user.email.trim().toLowerCase(),
    name: user.name ?? '',
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

import type { Kysely } from 'kysely';
import { type AuthContext, auditActor, forgetVerifiedCredentials } from '../auth/authenticate.js';
import { hashPassword } from '../auth/passwords.js';
import { ConflictError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import {
  createUser,
  deleteUserRow,
  findUserByEmail,
  getUser,
  listActiveAdminIds,
  listUsers,
  type UserRow,
  updateUserRow,
} from '../store/accounts/index.js';
import { recordAudit } from '../store/audit-logs.js';
import type { DialectFlags } from '../store/dialect.js';
import type { Database, Role } from '../store/schema.js';
import { conflictOnDuplicate } from './member-checks.js';
import { toUserView, type UserView } from './views.js';

/** What account management needs: the database and its dialect (row locks for the last-admin check). */
export interface AccountServices {
  db: Kysely<Database>;
  flags: DialectFlags;
}

export interface NewUserAccount {
  email: string;
  name?: string;
  role: Role;
  /** Optional: a user without one signs in only after an admin sets it (API keys still work). */
  password?: string;
}

export interface UserAccountChanges {
  name?: string;
  role?: Role;
  active?: boolean;
  password?: string;
}

export async function listUserViews(
  services: AccountServices,
  options: { workspaceId: string; role?: Role | undefined; limit: number; offset: number },
): Promise<{ views: UserView[]; count: number }> {
  const { rows, count } = await listUsers(services.db, options);
  return { views: rows.map(toUserView), count };
}

export async function getUserView(
  services: AccountServices,
  workspaceId: string,
  id: string,
): Promise<UserView> {
  return toUserView(await getUser(services.db, workspaceId, id));
}

/** Creates a user; an email is unique on the whole server (sign-in finds users by email alone). */
export async function createUserAccount(
  services: AccountServices,
  auth: AuthContext,
  input: NewUserAccount,
): Promise<UserView> {
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const work = services.db.transaction().execute(async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw new ConflictError('already_exists', `a user with email ${input.email} already exists`, {
        field: 'email',
      });
    }
    const row = await createUser(tx, {
      workspaceId: auth.workspaceId,
      email: input.email,
      name: input.name ?? '',
      role: input.role,
      passwordHash,
    });
    const view = toUserView(row);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'user',
      entityId: row.id,
      after: view,
    });
    return view;
  });
  return conflictOnDuplicate(work, `a user with email ${input.email} already exists`, 'email');
}

/** Changes name, role, active flag or password; refuses to leave the workspace without an active admin. */
export async function updateUserAccount(
  services: AccountServices,
  auth: AuthContext,
  id: string,
  changes: UserAccountChanges,
): Promise<UserView> {
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  const view = await services.db.transaction().execute(async (tx) => {
    const before = await getUser(tx, auth.workspaceId, id);
    const after: UserRow = {
      ...before,
      name: changes.name ?? before.name,
      role: changes.role ?? before.role,
      is_active: changes.active === undefined ? before.is_active : changes.active ? 1 : 0,
      password_hash: passwordHash ?? before.password_hash,
      updated_at: nowIso(),
    };
    if (!isActiveAdmin(after)) await checkAnotherAdminRemains(tx, services.flags, before);
    await updateUserRow(tx, id, {
      name: after.name,
      role: after.role,
      is_active: after.is_active,
      password_hash: after.password_hash,
      updated_at: after.updated_at,
    });
    const view = toUserView(after);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'user',
      entityId: id,
      before: toUserView(before),
      // The fact of a password change is worth auditing; the password and its hash are not.
      after: passwordHash === undefined ? view : { ...view, password_changed: true },
    });
    return view;
  });
  // A role change or deactivation must reach the user's keys on their next request.
  forgetVerifiedCredentials();
  return view;
}

/** Deletes a user with their keys, sessions and memberships; never the last active admin. */
export async function deleteUserAccount(
  services: AccountServices,
  auth: AuthContext,
  id: string,
): Promise<void> {
  await services.db.transaction().execute(async (tx) => {
    const before = await getUser(tx, auth.workspaceId, id);
    await checkAnotherAdminRemains(tx, services.flags, before);
    await deleteUserRow(tx, id);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'delete',
      entityType: 'user',
      entityId: id,
      before: toUserView(before),
    });
  });
  forgetVerifiedCredentials();
}

function isActiveAdmin(user: UserRow): boolean {
  return user.role === 'admin' && user.is_active === 1;
}

/** Throws `last_admin` when `user` is the workspace's only active admin (no-op for anyone else). */
async function checkAnotherAdminRemains(
  db: Kysely<Database>,
  flags: DialectFlags,
  user: UserRow,
): Promise<void> {
  if (!isActiveAdmin(user)) return;
  const admins = await listActiveAdminIds(db, flags, { workspaceId: user.workspace_id, lock: true });
  if (admins.some((adminId) => adminId !== user.id)) return;
  throw new ConflictError(
    'last_admin',
    'this is the last active admin of the workspace; make another user admin first',
    { user_id: user.id },
  );
}

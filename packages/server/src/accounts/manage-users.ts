import type { Kysely } from 'kysely';
import { type AuthContext, auditActor, forgetVerifiedCredentials } from '../auth/authenticate.js';
import { hashPassword } from '../auth/passwords.js';
import { ConflictError, InputError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import {
  createUser,
  deleteUserRow,
  findMissingTeamIds,
  findUserByEmail,
  getUser,
  groupStore,
  listActiveAdminIds,
  listUserMemberships,
  listUsers,
  replaceUserMemberships,
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

/** A role as Sextant spells it (lowercase) or as Secoda does (`Admin`, `Editor`, `Viewer`, `Guest`). */
export type RoleSpelling = Role | 'Admin' | 'Editor' | 'Viewer' | 'Guest';

export function normaliseRole(role: RoleSpelling): Role {
  return role.toLowerCase() as Role;
}

export interface NewUserAccount {
  email: string;
  name?: string;
  first_name?: string;
  last_name?: string;
  role: RoleSpelling;
  /** Team ids; a guest needs at least one (it reads only its teams' resources). */
  teams?: string[];
  /** Group ids. */
  user_groups?: string[];
  /** Optional: a user without one signs in only after an admin sets it (API keys still work). */
  password?: string;
}

export interface UserAccountChanges {
  name?: string;
  first_name?: string;
  last_name?: string;
  role?: RoleSpelling;
  teams?: string[];
  user_groups?: string[];
  active?: boolean;
  /** Secoda's spelling of `!active`. */
  disabled?: boolean;
  password?: string;
}

export async function listUserViews(
  services: AccountServices,
  options: { workspaceId: string; role?: RoleSpelling | undefined; limit: number; offset: number },
): Promise<{ views: UserView[]; count: number }> {
  const role = options.role === undefined ? undefined : normaliseRole(options.role);
  const { rows, count } = await listUsers(services.db, { ...options, role });
  const memberships = await listUserMemberships(
    services.db,
    rows.map((row) => row.id),
  );
  return { views: rows.map((row) => toUserView(row, memberships.get(row.id))), count };
}

export async function getUserView(
  services: AccountServices,
  workspaceId: string,
  id: string,
): Promise<UserView> {
  return viewOfUser(services.db, await getUser(services.db, workspaceId, id));
}

async function viewOfUser(db: Kysely<Database>, row: UserRow): Promise<UserView> {
  return toUserView(row, (await listUserMemberships(db, [row.id])).get(row.id));
}

/** Team and group ids must be the workspace's; a guest must be in a team. Unknown ids are named. */
async function checkMemberships(
  db: Kysely<Database>,
  workspaceId: string,
  role: Role,
  teams: string[] | undefined,
  groups: string[] | undefined,
): Promise<void> {
  const missingTeams = await findMissingTeamIds(db, workspaceId, teams ?? []);
  const missingGroups = await groupStore.findMissingIds(db, workspaceId, groups ?? []);
  const problems = [
    ...missingTeams.map((id) => ({ in: 'body', field: 'teams', message: `no team with id ${id}` })),
    ...missingGroups.map((id) => ({ in: 'body', field: 'user_groups', message: `no group with id ${id}` })),
  ];
  if (problems.length > 0) {
    throw new InputError(
      'validation_failed',
      problems.map((p) => `body.${p.field}: ${p.message}`).join('; '),
      {
        problems,
      },
    );
  }
  if (role === 'guest' && (teams ?? []).length === 0) {
    throw new InputError(
      'guest_needs_team',
      'body.teams: a Guest reads only its teams’ resources; give at least one team',
      {
        field: 'teams',
      },
    );
  }
}

/** Creates a user; an email is unique on the whole server (sign-in finds users by email alone). */
export async function createUserAccount(
  services: AccountServices,
  auth: AuthContext,
  input: NewUserAccount,
): Promise<UserView> {
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const work = services.db
    .transaction()
    .execute(async (tx) => insertUserAccount(tx, auth, { ...input, passwordHash }));
  return conflictOnDuplicate(work, `a user with email ${input.email} already exists`, 'email');
}

/** One user, its memberships and its audit entry, inside the caller's transaction. */
export async function insertUserAccount(
  tx: Kysely<Database>,
  auth: AuthContext,
  input: Omit<NewUserAccount, 'password'> & { passwordHash: string | null },
): Promise<UserView> {
  const role = normaliseRole(input.role);
  if (await findUserByEmail(tx, input.email)) {
    throw new ConflictError('already_exists', `a user with email ${input.email} already exists`, {
      field: 'email',
    });
  }
  await checkMemberships(tx, auth.workspaceId, role, input.teams, input.user_groups);
  const row = await createUser(tx, {
    workspaceId: auth.workspaceId,
    email: input.email,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.first_name !== undefined ? { firstName: input.first_name } : {}),
    ...(input.last_name !== undefined ? { lastName: input.last_name } : {}),
    role,
    passwordHash: input.passwordHash,
  });
  if (input.teams) await replaceUserMemberships(tx, row.id, 'teams', input.teams);
  if (input.user_groups) await replaceUserMemberships(tx, row.id, 'groups', input.user_groups);
  const view = await viewOfUser(tx, row);
  await recordAudit(tx, {
    ...auditActor(auth),
    action: 'create',
    entityType: 'user',
    entityId: row.id,
    after: view,
  });
  return view;
}

/** Changes name, role, active flag or password; refuses to leave the workspace without an active admin. */
export async function updateUserAccount(
  services: AccountServices,
  auth: AuthContext,
  id: string,
  changes: UserAccountChanges,
): Promise<UserView> {
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  const active = changes.active ?? (changes.disabled === undefined ? undefined : !changes.disabled);
  const view = await services.db.transaction().execute(async (tx) => {
    const before = await getUser(tx, auth.workspaceId, id);
    const beforeView = await viewOfUser(tx, before);
    const firstName = changes.first_name ?? before.first_name;
    const lastName = changes.last_name ?? before.last_name;
    const namesChanged = changes.first_name !== undefined || changes.last_name !== undefined;
    const after: UserRow = {
      ...before,
      name: changes.name ?? (namesChanged ? [firstName, lastName].filter(Boolean).join(' ') : before.name),
      first_name: firstName,
      last_name: lastName,
      role: changes.role === undefined ? before.role : normaliseRole(changes.role),
      is_active: active === undefined ? before.is_active : active ? 1 : 0,
      password_hash: passwordHash ?? before.password_hash,
      updated_at: nowIso(),
    };
    await checkMemberships(
      tx,
      auth.workspaceId,
      after.role,
      changes.teams ?? beforeView.teams,
      changes.user_groups,
    );
    if (!isActiveAdmin(after)) await checkAnotherAdminRemains(tx, services.flags, before);
    await updateUserRow(tx, id, {
      name: after.name,
      first_name: after.first_name,
      last_name: after.last_name,
      role: after.role,
      is_active: after.is_active,
      password_hash: after.password_hash,
      updated_at: after.updated_at,
    });
    if (changes.teams) await replaceUserMemberships(tx, id, 'teams', changes.teams);
    if (changes.user_groups) await replaceUserMemberships(tx, id, 'groups', changes.user_groups);
    const view = await viewOfUser(tx, after);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'user',
      entityId: id,
      before: beforeView,
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

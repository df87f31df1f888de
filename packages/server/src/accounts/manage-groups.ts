import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import {
  deleteGroupRow,
  findGroupByName,
  type GroupRow,
  getGroup,
  insertGroup,
  listGroupMemberIds,
  listGroups,
  replaceGroupMembers,
  updateGroupRow,
} from '../store/accounts/index.js';
import { recordAudit } from '../store/audit-logs.js';
import type { Database } from '../store/schema.js';
import type { AccountServices } from './manage-users.js';
import { checkMembersExist, checkNameFree, conflictOnDuplicate } from './member-checks.js';
import { type GroupView, toGroupView } from './views.js';

export interface GroupInput {
  name?: string;
  description?: string;
  /** User ids; replaces the whole membership when given. */
  members?: string[];
}

export async function listGroupViews(
  services: AccountServices,
  options: { workspaceId: string; limit: number; offset: number },
): Promise<{ views: GroupView[]; count: number }> {
  const { rows, count } = await listGroups(services.db, options);
  const members = await listGroupMemberIds(
    services.db,
    rows.map((row) => row.id),
  );
  return { views: rows.map((row) => toGroupView(row, members.get(row.id) ?? [])), count };
}

export async function getGroupView(
  services: AccountServices,
  workspaceId: string,
  id: string,
): Promise<GroupView> {
  return viewOf(services.db, await getGroup(services.db, workspaceId, id));
}

/** Creates a group (names are unique in a workspace) with its members. */
export async function createGroup(
  services: AccountServices,
  auth: AuthContext,
  input: GroupInput & { name: string },
): Promise<GroupView> {
  const work = services.db.transaction().execute(async (tx) => {
    await checkNameFree(await findGroupByName(tx, auth.workspaceId, input.name), 'group', input.name);
    await checkMembersExist(tx, auth.workspaceId, input.members ?? []);
    const now = nowIso();
    const row: GroupRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      name: input.name,
      description: input.description ?? '',
      created_at: now,
      updated_at: now,
    };
    await insertGroup(tx, row);
    await replaceGroupMembers(tx, row.id, input.members ?? []);
    const view = toGroupView(row, [...(input.members ?? [])].sort());
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'group',
      entityId: row.id,
      after: view,
    });
    return view;
  });
  return conflictOnDuplicate(work, `a group named "${input.name}" already exists`, 'name');
}

export async function updateGroup(
  services: AccountServices,
  auth: AuthContext,
  id: string,
  input: GroupInput,
): Promise<GroupView> {
  const work = services.db.transaction().execute(async (tx) => {
    const before = await viewOf(tx, await getGroup(tx, auth.workspaceId, id));
    if (input.name !== undefined && input.name !== before.name) {
      await checkNameFree(await findGroupByName(tx, auth.workspaceId, input.name), 'group', input.name);
    }
    const changes = {
      name: input.name ?? before.name,
      description: input.description ?? before.description,
      updated_at: nowIso(),
    };
    await updateGroupRow(tx, id, changes);
    if (input.members !== undefined) {
      await checkMembersExist(tx, auth.workspaceId, input.members);
      await replaceGroupMembers(tx, id, input.members);
    }
    const after = await viewOf(tx, await getGroup(tx, auth.workspaceId, id));
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'group',
      entityId: id,
      before,
      after,
    });
    return after;
  });
  return conflictOnDuplicate(work, `a group named "${input.name}" already exists`, 'name');
}

export async function deleteGroup(services: AccountServices, auth: AuthContext, id: string): Promise<void> {
  await services.db.transaction().execute(async (tx) => {
    const before = await viewOf(tx, await getGroup(tx, auth.workspaceId, id));
    await deleteGroupRow(tx, id);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'delete',
      entityType: 'group',
      entityId: id,
      before,
    });
  });
}

async function viewOf(db: Kysely<Database>, row: GroupRow): Promise<GroupView> {
  const members = await listGroupMemberIds(db, [row.id]);
  return toGroupView(row, members.get(row.id) ?? []);
}

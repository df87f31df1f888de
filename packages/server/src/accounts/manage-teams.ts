import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import {
  deleteTeamRow,
  findTeamByName,
  getTeam,
  insertTeam,
  listTeamMemberIds,
  listTeams,
  replaceTeamMembers,
  type TeamRow,
  updateTeamRow,
} from '../store/accounts/index.js';
import { recordAudit } from '../store/audit-logs.js';
import { removeTeamFromIntegrations } from '../store/integrations/index.js';
import type { Database } from '../store/schema.js';
import type { AccountServices } from './manage-users.js';
import { checkMembersExist, checkNameFree, conflictOnDuplicate } from './member-checks.js';
import { type TeamView, toTeamView } from './views.js';

export interface TeamInput {
  name?: string;
  description?: string;
  icon?: string | null;
  /** User ids; replaces the whole membership when given. */
  members?: string[];
}

export async function listTeamViews(
  services: AccountServices,
  options: { workspaceId: string; limit: number; offset: number },
): Promise<{ views: TeamView[]; count: number }> {
  const { rows, count } = await listTeams(services.db, options);
  const members = await listTeamMemberIds(
    services.db,
    rows.map((row) => row.id),
  );
  return { views: rows.map((row) => toTeamView(row, members.get(row.id) ?? [])), count };
}

export async function getTeamView(
  services: AccountServices,
  workspaceId: string,
  id: string,
): Promise<TeamView> {
  return viewOf(services.db, await getTeam(services.db, workspaceId, id));
}

/** Creates a team (names are unique in a workspace) with its members. */
export async function createTeam(
  services: AccountServices,
  auth: AuthContext,
  input: TeamInput & { name: string },
): Promise<TeamView> {
  const work = services.db.transaction().execute(async (tx) => {
    await checkNameFree(await findTeamByName(tx, auth.workspaceId, input.name), 'team', input.name);
    await checkMembersExist(tx, auth.workspaceId, input.members ?? []);
    const now = nowIso();
    const row: TeamRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      name: input.name,
      description: input.description ?? '',
      icon: input.icon ?? null,
      created_at: now,
      updated_at: now,
    };
    await insertTeam(tx, row);
    await replaceTeamMembers(tx, row.id, input.members ?? []);
    const view = toTeamView(row, [...(input.members ?? [])].sort());
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'team',
      entityId: row.id,
      after: view,
    });
    return view;
  });
  return conflictOnDuplicate(work, `a team named "${input.name}" already exists`, 'name');
}

export async function updateTeam(
  services: AccountServices,
  auth: AuthContext,
  id: string,
  input: TeamInput,
): Promise<TeamView> {
  const work = services.db.transaction().execute(async (tx) => {
    const before = await viewOf(tx, await getTeam(tx, auth.workspaceId, id));
    if (input.name !== undefined && input.name !== before.name) {
      await checkNameFree(await findTeamByName(tx, auth.workspaceId, input.name), 'team', input.name);
    }
    const changes = {
      name: input.name ?? before.name,
      description: input.description ?? before.description,
      icon: input.icon === undefined ? before.icon : input.icon,
      updated_at: nowIso(),
    };
    await updateTeamRow(tx, id, changes);
    if (input.members !== undefined) {
      await checkMembersExist(tx, auth.workspaceId, input.members);
      await replaceTeamMembers(tx, id, input.members);
    }
    const after = await viewOf(tx, await getTeam(tx, auth.workspaceId, id));
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'team',
      entityId: id,
      before,
      after,
    });
    return after;
  });
  return conflictOnDuplicate(work, `a team named "${input.name}" already exists`, 'name');
}

export async function deleteTeam(services: AccountServices, auth: AuthContext, id: string): Promise<void> {
  await services.db.transaction().execute(async (tx) => {
    const before = await viewOf(tx, await getTeam(tx, auth.workspaceId, id));
    await deleteTeamRow(tx, id);
    await removeTeamFromIntegrations(tx, { workspaceId: auth.workspaceId, teamId: id, updatedAt: nowIso() });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'delete',
      entityType: 'team',
      entityId: id,
      before,
    });
  });
}

async function viewOf(db: Kysely<Database>, row: TeamRow): Promise<TeamView> {
  const members = await listTeamMemberIds(db, [row.id]);
  return toTeamView(row, members.get(row.id) ?? []);
}

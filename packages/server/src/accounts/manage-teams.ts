import { ConflictError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import { findDefaultTeam, moveResourcesOffTeam, type TeamRow, teamStore } from '../store/accounts/index.js';
import { removeTeamFromIntegrations } from '../store/integrations/index.js';
import { memberSetService } from './manage-member-sets.js';
import { type TeamView, toTeamView } from './views.js';

/**
 * Teams: member sets with an icon, a kind (OPEN/CLOSED) and an archived flag, which integrations and resources
 * name. The workspace's default team ("General") is never deleted or archived; deleting another team takes it off
 * integrations and moves resources that belonged only to it to the default team (compat.md §8).
 */
export const teamService = memberSetService<TeamRow, TeamView>({
  noun: 'team',
  store: teamStore,
  toView: toTeamView,
  ownFields: (input, before) => ({
    icon: input.icon === undefined ? (before?.icon ?? null) : input.icon,
    type: input.type ?? before?.type ?? 'OPEN',
    archived: ((input.archived ?? before?.archived ?? false) ? 1 : 0) as 0 | 1,
    is_default_team: (before?.is_default_team ? 1 : 0) as 0 | 1,
  }),
  checkChange: (before, change, input) => {
    if (!before.is_default_team) return;
    if (change === 'delete' || input.archived === true) {
      throw new ConflictError(
        'default_team',
        `the default team "${before.name}" cannot be ${change === 'delete' ? 'deleted' : 'archived'}`,
        { id: before.id },
      );
    }
  },
  listFilter: (rows, members, options) =>
    rows.filter(
      (row) =>
        (options.includeArchived || row.archived === 0) &&
        (!options.onlyJoined || (members.get(row.id) ?? []).includes(options.userId ?? '')),
    ),
  onDelete: async (tx, auth, id) => {
    const updatedAt = nowIso();
    await removeTeamFromIntegrations(tx, { workspaceId: auth.workspaceId, teamId: id, updatedAt });
    const fallback = await findDefaultTeam(tx, auth.workspaceId);
    await moveResourcesOffTeam(tx, {
      workspaceId: auth.workspaceId,
      teamId: id,
      defaultTeamId: fallback?.id ?? null,
      updatedAt,
    });
  },
});

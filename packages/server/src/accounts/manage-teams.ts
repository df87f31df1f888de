import { nowIso } from '../lib/time.js';
import { teamStore } from '../store/accounts/index.js';
import { removeTeamFromIntegrations } from '../store/integrations/index.js';
import { memberSetService } from './manage-member-sets.js';
import { toTeamView } from './views.js';

/** Teams: member sets with an icon, which integrations name (deleting a team takes it off them). */
export const teamService = memberSetService({
  noun: 'team',
  store: teamStore,
  toView: toTeamView,
  ownFields: (input, before) => ({ icon: input.icon === undefined ? (before?.icon ?? null) : input.icon }),
  onDelete: (tx, auth, id) =>
    removeTeamFromIntegrations(tx, { workspaceId: auth.workspaceId, teamId: id, updatedAt: nowIso() }),
});

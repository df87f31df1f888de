import type { AuthContext } from '../auth/authenticate.js';
import { listUserMemberships } from '../store/accounts/index.js';
import type { Store } from '../store/database.js';

/**
 * Which resources a caller may read: every resource of the workspace, or (Guest role, compat.md §8) only those of
 * the caller's teams. `teams: undefined` means no restriction; an empty list means nothing is visible.
 */
export interface ReadScope {
  teams: string[] | undefined;
}

export const WHOLE_WORKSPACE: ReadScope = { teams: undefined };

export async function readScopeOf(store: Pick<Store, 'db'>, auth: AuthContext): Promise<ReadScope> {
  if (auth.role !== 'guest') return WHOLE_WORKSPACE;
  const memberships = await listUserMemberships(store.db, [auth.userId]);
  return { teams: memberships.get(auth.userId)?.teams ?? [] };
}

/** Whether a resource with these team ids is inside the scope. */
export function isInScope(scope: ReadScope, resourceTeams: string[]): boolean {
  return scope.teams === undefined || resourceTeams.some((team) => scope.teams!.includes(team));
}

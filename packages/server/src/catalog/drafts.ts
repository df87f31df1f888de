import type { AuthContext } from '../auth/authenticate.js';
import { hasRole } from '../auth/roles.js';

/**
 * Drafts (`published: false`) are for the people who write: viewers and guests neither list, search nor read them
 * (a draft's id answers 404, as an id outside the workspace does).
 */
export function canReadDrafts(auth: Pick<AuthContext, 'role'>): boolean {
  return hasRole(auth.role, 'editor');
}

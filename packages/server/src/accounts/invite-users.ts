import type { AuthContext } from '../auth/authenticate.js';
import { InputError } from '../errors/index.js';
import { type AccountServices, insertUserAccount, type RoleSpelling } from './manage-users.js';
import { conflictOnDuplicate } from './member-checks.js';
import type { UserView } from './views.js';

/** Secoda's older bulk form of `POST /user/`: several emails with one role, the same groups and teams. */
export interface UserInvitation {
  emails: string[];
  role: RoleSpelling;
  /** Group ids (the bulk form's name for `user_groups`). */
  groups?: string[];
  teams?: string[];
}

/**
 * Creates one user per email, all or none (one transaction): an email that exists already, or appears twice,
 * refuses the whole request, so a script that retries after fixing its list does not meet half-made users.
 */
export async function inviteUsers(
  services: AccountServices,
  auth: AuthContext,
  invitation: UserInvitation,
): Promise<UserView[]> {
  const seen = new Set<string>();
  for (const email of invitation.emails) {
    const key = email.toLowerCase();
    if (seen.has(key)) {
      throw new InputError('validation_failed', `body.emails: ${email} is listed twice`, { field: 'emails' });
    }
    seen.add(key);
  }
  const work = services.db.transaction().execute(async (tx) => {
    const views: UserView[] = [];
    for (const email of invitation.emails) {
      views.push(
        await insertUserAccount(tx, auth, {
          email,
          role: invitation.role,
          ...(invitation.teams ? { teams: invitation.teams } : {}),
          ...(invitation.groups ? { user_groups: invitation.groups } : {}),
          passwordHash: null,
        }),
      );
    }
    return views;
  });
  return conflictOnDuplicate(work, 'one of the emails belongs to an existing user', 'emails');
}

import type { Kysely } from 'kysely';
import { verifyPassword } from '../auth/passwords.js';
import type { SignInThrottle } from '../auth/sign-in-throttle.js';
import { generateSessionToken, hashToken } from '../auth/tokens.js';
import { AuthenticationError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import {
  createSession,
  deleteSessionByHash,
  findUserByEmail,
  type UserRow,
} from '../store/accounts/index.js';
import { recordAudit } from '../store/audit-logs.js';
import type { Database } from '../store/schema.js';

// Spends about as long as a real check when the email is unknown, so timing does not reveal which emails exist.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Where sign-in tells what happened: fields only (the account and the address), never the password. */
export interface SignInLog {
  info(fields: { account: string; address: string }, message: string): void;
  warn(fields: { account: string; address: string }, message: string): void;
}

/**
 * Signs a person in with email and password: refused while the account or address is throttled (the password is
 * then not even checked), refused alike for an unknown email, a wrong password or a deactivated user. On success
 * it opens a session, stamps the user's last sign-in and audits it; the caller sets the session cookie.
 */
export async function signIn(
  db: Kysely<Database>,
  throttle: SignInThrottle,
  request: { email: string; password: string; address: string; log: SignInLog },
): Promise<{ user: UserRow; session: { token: string; expiresAt: string } }> {
  const attempt = { account: request.email.trim().toLowerCase(), address: request.address };
  try {
    await throttle.check(attempt);
  } catch (error) {
    request.log.warn(attempt, 'sign-in throttled');
    throw error;
  }
  const user = await findUserByEmail(db, request.email);
  const ok = await verifyPassword(request.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok || user.is_active !== 1) {
    await throttle.recordFailure(attempt);
    request.log.info(attempt, 'sign-in failed');
    throw new AuthenticationError('invalid_credentials', 'wrong email or password');
  }
  await throttle.recordSuccess(attempt);
  const session = await createSession(db, user, generateSessionToken());
  await db.updateTable('users').set({ last_login_at: nowIso() }).where('id', '=', user.id).execute();
  await recordAudit(db, {
    workspaceId: user.workspace_id,
    actorUserId: user.id,
    actorApiKeyId: null,
    action: 'sign_in',
    entityType: 'user',
    entityId: user.id,
  });
  return { user, session };
}

/** Ends the session the token opened (nothing when it is unknown or already ended). */
export async function signOut(db: Kysely<Database>, token: string): Promise<void> {
  await deleteSessionByHash(db, hashToken(token));
}

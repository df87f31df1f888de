import type { Kysely } from 'kysely';
import { AuthenticationError } from '../errors/index.js';
import { findActiveApiKeyByHash, findLiveSessionByHash, touchApiKey } from '../store/accounts/index.js';
import type { Database, Role } from '../store/schema.js';
import { weakerRole } from './roles.js';
import { hashToken } from './tokens.js';

/** Who is calling: resolved once per request from a bearer key or a session cookie. */
export interface AuthContext {
  workspaceId: string;
  userId: string;
  role: Role;
  via: 'api_key' | 'session';
  apiKeyId: string | null;
}

export interface Credentials {
  authorization: string | undefined;
  sessionToken: string | undefined;
}

/**
 * Bearer key first (programs), then the session cookie (browser). A present-but-wrong credential is an error even
 * if the other one would be fine: a client sending a bad key should learn about it, not silently act as someone else.
 */
export async function authenticate(db: Kysely<Database>, credentials: Credentials): Promise<AuthContext> {
  if (credentials.authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(credentials.authorization);
    if (!match?.[1]) {
      throw new AuthenticationError('invalid_api_key', 'the Authorization header must be "Bearer <api key>"');
    }
    const hash = hashToken(match[1]);
    const cached = recentlyVerified.get(hash);
    if (cached) return cached;
    const found = await findActiveApiKeyByHash(db, hash);
    if (!found || found.key.workspace_id !== found.user.workspace_id) {
      throw new AuthenticationError('invalid_api_key', 'the API key is not valid (unknown or revoked)');
    }
    await touchApiKey(db, found.key);
    return recentlyVerified.set(hash, {
      workspaceId: found.key.workspace_id,
      userId: found.user.id,
      role: weakerRole(found.key.role, found.user.role),
      via: 'api_key',
      apiKeyId: found.key.id,
    });
  }
  if (credentials.sessionToken) {
    const found = await findLiveSessionByHash(db, hashToken(credentials.sessionToken));
    if (!found) throw new AuthenticationError('session_expired', 'your session has expired; sign in again');
    return {
      workspaceId: found.session.workspace_id,
      userId: found.user.id,
      role: found.user.role,
      via: 'session',
      apiKeyId: null,
    };
  }
  throw new AuthenticationError(
    'authentication_required',
    'authentication required: send "Authorization: Bearer <api key>" or sign in',
  );
}

/**
 * Keys verified in the last {@link VERIFIED_TTL_MS} ms, so a busy client does not cost two lookups per request.
 * Anything that changes who a key acts as (revoking a key, changing or deactivating a user) calls
 * {@link forgetVerifiedCredentials}, so in this process a revoked key stops working at once; another process
 * sharing the database notices within the TTL.
 */
export const VERIFIED_TTL_MS = 2000;

class VerifiedCache {
  private readonly entries = new Map<string, { auth: AuthContext; until: number }>();

  get(hash: string): AuthContext | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.until < Date.now()) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.auth;
  }

  set(hash: string, auth: AuthContext): AuthContext {
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(hash, { auth, until: Date.now() + VERIFIED_TTL_MS });
    return auth;
  }

  clear(): void {
    this.entries.clear();
  }
}

const recentlyVerified = new VerifiedCache();

/** Call after any change to keys or users: the next request of every key is verified against the store again. */
export function forgetVerifiedCredentials(): void {
  recentlyVerified.clear();
}

/** The actor fields of an audit entry for this caller. */
export function auditActor(auth: AuthContext): {
  workspaceId: string;
  actorUserId: string;
  actorApiKeyId: string | null;
} {
  return { workspaceId: auth.workspaceId, actorUserId: auth.userId, actorApiKeyId: auth.apiKeyId };
}

import type { Kysely } from 'kysely';
import { AuthenticationError } from '../errors/index.js';
import type { CredentialsWatch } from '../store/accounts/credentials-watch.js';
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
export async function authenticate(
  db: Kysely<Database>,
  credentials: Credentials,
  watch?: CredentialsWatch,
): Promise<AuthContext> {
  if (credentials.authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(credentials.authorization);
    if (!match?.[1]) {
      throw new AuthenticationError('invalid_api_key', 'the Authorization header must be "Bearer <api key>"');
    }
    const hash = hashToken(match[1]);
    // Read before the lookup: a change committed after this read moves the counter past what the entry records.
    const version = watch ? await watch.version() : NO_WATCH;
    const cached = recentlyVerified.get(hash, version);
    if (cached) return cached;
    const found = await findActiveApiKeyByHash(db, hash);
    if (!found || found.key.workspace_id !== found.user.workspace_id) {
      throw new AuthenticationError('invalid_api_key', 'the API key is not valid (unknown or revoked)');
    }
    await touchApiKey(db, found.key);
    return recentlyVerified.set(hash, version, {
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
 * Each entry records the `credentials_version` it was verified at (store/accounts/credentials-watch.ts): anything
 * that changes who a key acts as (revoking a key, changing or deactivating a user), in any process sharing the
 * database, moves that counter, and the key is verified again at once. In this process such changes also call
 * {@link forgetVerifiedCredentials}. Without a watch (callers outside a store), entries live for the TTL.
 */
export const VERIFIED_TTL_MS = 2000;

/** The version entries carry when the caller has no watch. */
const NO_WATCH = -1;

class VerifiedCache {
  private readonly entries = new Map<string, { auth: AuthContext; until: number; version: number }>();

  get(hash: string, version: number | undefined): AuthContext | undefined {
    if (version === undefined) return undefined;
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.until < Date.now() || entry.version !== version) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.auth;
  }

  set(hash: string, version: number | undefined, auth: AuthContext): AuthContext {
    if (version === undefined) return auth;
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(hash, { auth, until: Date.now() + VERIFIED_TTL_MS, version });
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

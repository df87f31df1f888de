import { type AuthContext, auditActor, forgetVerifiedCredentials } from '../auth/authenticate.js';
import { hasRole, ROLES } from '../auth/roles.js';
import { generateApiKey } from '../auth/tokens.js';
import { ForbiddenError, NotFoundError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import {
  type ApiKeyRow,
  createApiKey,
  findApiKey,
  listApiKeys,
  revokeApiKeyRow,
} from '../store/accounts/index.js';
import { recordAudit } from '../store/audit-logs.js';
import type { Role } from '../store/schema.js';
import type { AccountServices } from './manage-users.js';
import { type ApiKeyView, toApiKeyView } from './views.js';

/**
 * The caller's keys whose role is at or below the role the caller acts as, or with `all` (admins only) every key
 * of the workspace, newest first. A viewer key of an admin so never sees the admin's stronger keys (nor their
 * prefixes): a key never acts above its role (issue 16).
 */
export async function listApiKeyViews(
  services: AccountServices,
  auth: AuthContext,
  options: { all: boolean; limit: number; offset: number },
): Promise<{ views: ApiKeyView[]; count: number }> {
  if (options.all && !hasRole(auth.role, 'admin')) {
    throw new ForbiddenError('forbidden', 'only admins may list the keys of the whole workspace (all=true)', {
      required: 'admin',
      actual: auth.role,
    });
  }
  const { rows, count } = await listApiKeys(services.db, {
    workspaceId: auth.workspaceId,
    userId: options.all ? undefined : auth.userId,
    roles: rolesAtOrBelow(auth.role),
    limit: options.limit,
    offset: options.offset,
  });
  return { views: rows.map(toApiKeyView), count };
}

/**
 * Issues a key for the caller with a role no higher than the caller's own (a key can never raise privileges).
 * The answer carries the key in clear: the only time it exists outside the client, as only its hash is stored.
 */
export async function issueApiKey(
  services: AccountServices,
  auth: AuthContext,
  input: { name: string; role: Role },
): Promise<ApiKeyView & { key: string }> {
  if (!hasRole(auth.role, input.role)) {
    throw new ForbiddenError('forbidden', `a key cannot have a role above yours (${auth.role})`, {
      required: input.role,
      actual: auth.role,
    });
  }
  return services.db.transaction().execute(async (tx) => {
    const { row, key } = await createApiKey(tx, {
      workspaceId: auth.workspaceId,
      userId: auth.userId,
      name: input.name,
      role: input.role,
      generated: generateApiKey(),
    });
    const view = toApiKeyView(row);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'api_key',
      entityId: row.id,
      after: view,
    });
    return { ...view, key };
  });
}

/**
 * Revokes one of the caller's keys whose role is at or below the caller's, or any key of the workspace for an
 * admin; another user's key, or a stronger key of the caller's own, is "not found" to a non-admin. Revoking twice is harmless. The verified-key cache is cleared after the commit, so the key stops
 * working at once in this process (other processes within the cache's TTL).
 */
export async function revokeApiKey(services: AccountServices, auth: AuthContext, id: string): Promise<void> {
  await services.db.transaction().execute(async (tx) => {
    const before = await findApiKey(tx, auth.workspaceId, id);
    if (!before || !mayManageKey(auth, before)) {
      throw new NotFoundError('api_key_not_found', `no API key with id ${id}`, { id });
    }
    if (before.revoked_at !== null) return;
    const revokedAt = nowIso();
    await revokeApiKeyRow(tx, id, revokedAt);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'revoke',
      entityType: 'api_key',
      entityId: id,
      before: toApiKeyView(before),
      after: toApiKeyView({ ...before, revoked_at: revokedAt }),
    });
  });
  forgetVerifiedCredentials();
}

/** A caller manages a key of the workspace if it acts as admin, or if the key is its own and no stronger than it. */
function mayManageKey(auth: AuthContext, key: ApiKeyRow): boolean {
  if (hasRole(auth.role, 'admin')) return true;
  return key.user_id === auth.userId && hasRole(auth.role, key.role);
}

function rolesAtOrBelow(role: Role): Role[] {
  return ROLES.filter((candidate) => hasRole(role, candidate));
}

import type { Kysely, Selectable } from 'kysely';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import { listPage } from '../list-page.js';
import type { ApiKeysTable, Database, Role, UsersTable } from '../schema.js';

export type ApiKeyRow = Selectable<ApiKeysTable>;

/**
 * Creates a key for a user from a key the caller generated (`generateApiKey()` of auth/tokens.ts); only its prefix
 * and hash are stored. The returned `key` is the only time the secret exists outside the caller.
 */
export async function createApiKey(
  db: Kysely<Database>,
  options: {
    workspaceId: string;
    userId: string;
    name: string;
    role: Role;
    generated: { key: string; prefix: string; hash: string };
  },
): Promise<{ row: ApiKeyRow; key: string }> {
  const { key, prefix, hash } = options.generated;
  const row: ApiKeyRow = {
    id: newId(),
    workspace_id: options.workspaceId,
    user_id: options.userId,
    name: options.name,
    role: options.role,
    prefix,
    key_hash: hash,
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_keys').values(row).execute();
  return { row, key };
}

/** A live (not revoked) key with its active owner, by the key's hash. */
export async function findActiveApiKeyByHash(
  db: Kysely<Database>,
  hash: string,
): Promise<{ key: ApiKeyRow; user: Selectable<UsersTable> } | undefined> {
  const key = await db
    .selectFrom('api_keys')
    .selectAll()
    .where('key_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!key) return undefined;
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', key.user_id)
    .where('is_active', '=', 1)
    .executeTakeFirst();
  return user ? { key, user } : undefined;
}

/** Records use at most once a minute per key, so the hot read path does not become a write per request. */
export async function touchApiKey(db: Kysely<Database>, key: ApiKeyRow): Promise<void> {
  const now = nowIso();
  if (key.last_used_at && Date.parse(now) - Date.parse(key.last_used_at) < 60_000) return;
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', key.id).execute();
}

/**
 * One page of keys, newest first: a user's own, or (without `userId`) the whole workspace's; with `roles`, only
 * keys of those roles (the count too).
 */
export async function listApiKeys(
  db: Kysely<Database>,
  options: {
    workspaceId: string;
    userId?: string | undefined;
    roles?: readonly Role[] | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: ApiKeyRow[]; count: number }> {
  let base = db.selectFrom('api_keys').where('workspace_id', '=', options.workspaceId);
  if (options.userId !== undefined) base = base.where('user_id', '=', options.userId);
  if (options.roles !== undefined) base = base.where('role', 'in', options.roles);
  return listPage(base, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), options);
}

export async function findApiKey(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<ApiKeyRow | undefined> {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

/** Marks a key revoked; authentication looks keys up on every request, so it stops working at once. */
export async function revokeApiKeyRow(db: Kysely<Database>, id: string, revokedAt: string): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ revoked_at: revokedAt })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

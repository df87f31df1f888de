import type { Kysely, Selectable } from 'kysely';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Database, SessionsTable, UsersTable } from '../schema.js';

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export async function createSession(
  db: Kysely<Database>,
  user: { id: string; workspace_id: string },
  /** A token the caller generated (`generateSessionToken()` of auth/tokens.ts); only its hash is stored. */
  generated: { token: string; hash: string },
): Promise<{ token: string; expiresAt: string }> {
  const { token, hash } = generated;
  const now = nowIso();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: newId(),
      user_id: user.id,
      workspace_id: user.workspace_id,
      token_hash: hash,
      created_at: now,
      expires_at: expiresAt,
      last_seen_at: now,
    })
    .execute();
  return { token, expiresAt };
}

export async function findLiveSessionByHash(
  db: Kysely<Database>,
  hash: string,
): Promise<{ session: Selectable<SessionsTable>; user: Selectable<UsersTable> } | undefined> {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('expires_at', '>', nowIso())
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', session.user_id)
    .where('is_active', '=', 1)
    .executeTakeFirst();
  return user ? { session, user } : undefined;
}

export async function deleteSessionByHash(db: Kysely<Database>, hash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
}

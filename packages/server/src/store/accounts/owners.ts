import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Owners are people (issue #20): a resource's `owners` holds user ids. Whatever names an owner — a user id, or an
 * email typed in the API, dbt's `meta.owner`, a JSONL `owners` list — resolves through this directory: a user of
 * the workspace by id or by email (case-insensitive) becomes that user's id; anything else is kept as written, an
 * *external owner* (someone who has no account here), and shown as such.
 */
export interface OwnerDirectory {
  /** lowercased email → user id, and user id → user id. */
  readonly byKey: ReadonlyMap<string, string>;
}

export async function loadOwnerDirectory(db: Kysely<Database>, workspaceId: string): Promise<OwnerDirectory> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const byKey = new Map<string, string>();
  for (const user of users) {
    byKey.set(user.id, user.id);
    byKey.set(user.email.trim().toLowerCase(), user.id);
  }
  return { byKey };
}

/** Each owner as a user id when it names a user, else as written; duplicates (after resolving) dropped. */
export function resolveOwners(directory: OwnerDirectory, owners: readonly string[]): string[] {
  const resolved = owners.map(
    (owner) => directory.byKey.get(owner) ?? directory.byKey.get(owner.trim().toLowerCase()) ?? owner.trim(),
  );
  return [...new Set(resolved.filter((owner) => owner !== ''))];
}

/** Splits stored owners into user ids of the workspace and external owners (for answers). */
export async function splitOwners(
  db: Kysely<Database>,
  workspaceId: string,
  owners: readonly string[],
): Promise<{ userIds: Set<string>; names: Map<string, { name: string; email: string }> }> {
  const userIds = new Set<string>();
  const names = new Map<string, { name: string; email: string }>();
  if (owners.length === 0) return { userIds, names };
  const unique = [...new Set(owners)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('users')
      .select(['id', 'name', 'email'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      userIds.add(row.id);
      names.set(row.id, { name: row.name, email: row.email });
    }
  }
  return { userIds, names };
}

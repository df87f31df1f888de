import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The workspace-owned tables whose ids request bodies may reference. */
export type ReferencedTable =
  | 'resources'
  | 'tags'
  | 'collections'
  | 'integrations'
  | 'teams'
  | 'groups'
  | 'custom_properties'
  | 'users';

/** Of `ids`, those that do NOT exist in the workspace's `table` (so the caller can name them in an error). */
export async function findMissingIds(
  db: Kysely<Database>,
  options: { table: ReferencedTable; workspaceId: string; ids: readonly string[] },
): Promise<string[]> {
  const unique = [...new Set(options.ids)];
  if (unique.length === 0) return [];
  const found = await db
    .selectFrom(options.table)
    .select('id')
    .where('workspace_id', '=', options.workspaceId)
    .where('id', 'in', unique)
    .execute();
  const present = new Set(found.map((row) => row.id));
  return unique.filter((id) => !present.has(id));
}

/** True for a unique-constraint violation on either backend (SQLite's code, or PostgreSQL's SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

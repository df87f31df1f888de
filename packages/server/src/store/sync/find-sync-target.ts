import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database, ImportPolicy } from '../schema.js';

/** The integration settings a sync obeys. */
export interface SyncTarget {
  id: string;
  workspace_id: string;
  import_policy: ImportPolicy;
  auto_stale: number;
}

/**
 * Reads the integration a sync applies to. Inside a sync's transaction on PostgreSQL the row is locked, so two
 * runs of the same integration apply one after the other (SQLite's single writer does that by itself).
 */
export async function findSyncTarget(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { integrationId: string; lock: boolean },
): Promise<SyncTarget | undefined> {
  let query = db
    .selectFrom('integrations')
    .select(['id', 'workspace_id', 'import_policy', 'auto_stale'])
    .where('id', '=', options.integrationId);
  if (options.lock && flags.supportsRowLocks) query = query.forUpdate();
  return query.executeTakeFirst();
}

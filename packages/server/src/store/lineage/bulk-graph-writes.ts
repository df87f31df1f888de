import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from '../sync/raw-sql.js';

/**
 * Silences the per-row lineage graph version triggers of a workspace for the rest of the transaction (SQLite;
 * migration 0011). Pair with {@link endBulkGraphWrites} in the same transaction.
 */
export async function beginBulkGraphWrites(
  db: Kysely<Database>,
  flags: DialectFlags,
  workspaceId: string,
): Promise<void> {
  if (!flags.perRowGraphTriggers) return;
  await executeSql(db, flags, 'insert into lineage_graph_bulk_writes (workspace_id) values (?)', [
    workspaceId,
  ]);
}

/**
 * Turns the triggers back on and, when the bulk writes changed the graph (edges, or resources' stale flag, type or
 * parent), bumps the workspace's lineage graph version once, as the silenced triggers would have done.
 */
export async function endBulkGraphWrites(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; changed: boolean },
): Promise<void> {
  if (!flags.perRowGraphTriggers) return;
  await executeSql(db, flags, 'delete from lineage_graph_bulk_writes where workspace_id = ?', [
    options.workspaceId,
  ]);
  if (!options.changed) return;
  await executeSql(
    db,
    flags,
    `insert into lineage_graph_versions (workspace_id, version) values (?, 1)
     on conflict (workspace_id) do update set version = lineage_graph_versions.version + 1`,
    [options.workspaceId],
  );
}

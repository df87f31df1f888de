import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';

/**
 * Re-indexes, in one set-based pass, the resources one sync wrote: those of the integration updated at or after
 * `since` (the run's start; a sync stamps every row it writes or stales with it). Call it inside the sync's
 * transaction so that the index commits, or rolls back, with the run. `rowidsAfter` (SQLite) is the largest rowid
 * of `resources` before the run wrote: the rows above it are new and appended in rowid order.
 */
export function refreshSearchIndex(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { integrationId: string; since: string; rowidsAfter?: number | undefined },
): Promise<void> {
  return flags.searchEngine.refreshAfterSync(db, options);
}

/** Re-indexes resources by id: a hand-made resource, a user's edit of a title, description or documentation. */
export function refreshSearchDocuments(
  db: Kysely<Database>,
  flags: DialectFlags,
  ids: readonly string[],
): Promise<void> {
  return flags.searchEngine.refreshDocuments(db, ids);
}

/**
 * Re-indexes every resource of a workspace (or of the whole database): the repair for an SQLite index whose rowids
 * a VACUUM renumbered, and the reference the tests compare the incremental refreshes with.
 */
export function rebuildSearchIndex(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId?: string } = {},
): Promise<void> {
  return flags.searchEngine.rebuild(db, options);
}

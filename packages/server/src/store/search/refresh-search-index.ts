import { type Kysely, sql } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { POSTGRES_UPSERT, type ResourceCondition, SQLITE_DELETE, SQLITE_INSERT } from './search-document.js';

/** Ids per statement when re-indexing by id (well under either backend's parameter limit). */
const IDS_PER_STATEMENT = 500;

/**
 * Re-indexes, in one set-based pass, the resources one sync wrote: those of the integration updated at or after
 * `since` (the run's start; a sync stamps every row it writes or stales with it). Call it inside the sync's
 * transaction so that the index commits, or rolls back, with the run.
 *
 * On SQLite, `rowidsAfter` (the largest rowid of `resources` before the run wrote) splits the work: the rows the
 * run inserted are the rowids above it, read as one range in rowid order (what FTS5 appends fastest); only the
 * rows it updated are found through the integration's index and sorted.
 */
export async function refreshSearchIndex(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { integrationId: string; since: string; rowidsAfter?: number | undefined },
): Promise<void> {
  const written = sql`r.integration_id = ${options.integrationId} and r.updated_at >= ${options.since}`;
  if (flags.backend !== 'sqlite' || options.rowidsAfter === undefined) {
    await reindex(db, flags, written);
    return;
  }
  await reindex(db, flags, sql`${written} and r.rowid <= ${options.rowidsAfter}`);
  // A rowid above the old maximum may still have an entry, left by a deleted row that once had it.
  await sql`delete from resource_search where rowid > ${options.rowidsAfter}`.execute(db);
  await SQLITE_INSERT(sql`r.rowid > ${options.rowidsAfter}`).execute(db);
}

/** Re-indexes resources by id: a hand-made resource, a user's edit of a title, description or documentation. */
export async function refreshSearchDocuments(
  db: Kysely<Database>,
  flags: DialectFlags,
  ids: readonly string[],
): Promise<void> {
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    const chunk = ids.slice(start, start + IDS_PER_STATEMENT);
    await reindex(db, flags, sql`r.id in (${sql.join(chunk)})`);
  }
}

/**
 * Re-indexes every resource of a workspace (or of the whole database): the repair for an SQLite index whose rowids
 * a VACUUM renumbered, and the reference the tests compare the incremental refreshes with.
 */
export async function rebuildSearchIndex(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId?: string } = {},
): Promise<void> {
  if (flags.backend === 'sqlite' && options.workspaceId === undefined) {
    await sql`delete from resource_search`.execute(db);
    await SQLITE_INSERT(sql`1 = 1`).execute(db);
    return;
  }
  await reindex(db, flags, options.workspaceId ? sql`r.workspace_id = ${options.workspaceId}` : sql`1 = 1`);
}

// SQLite: a rowid freed by a deleted resource may be given to a new one, so its old entry is deleted first.
// PostgreSQL: an upsert; a deleted resource's entry went with it (foreign key).
async function reindex(db: Kysely<Database>, flags: DialectFlags, where: ResourceCondition): Promise<void> {
  if (flags.backend === 'sqlite') {
    await SQLITE_DELETE(where).execute(db);
    await SQLITE_INSERT(where).execute(db);
  } else {
    await POSTGRES_UPSERT(where).execute(db);
  }
}

import type { Kysely } from 'kysely';
import type { SyncWarning } from '../../sync/sync-types.js';
import type { Database } from '../schema.js';

/**
 * Adds warnings found before the records reached the engine (an unknown artifact version, a model whose SQL did
 * not parse) to a finished sync record. The engine's records carry resources, lineage and problems only; these
 * warnings do not fail the run, so they are written beside the engine's own, first.
 */
export async function prependSyncWarnings(
  db: Kysely<Database>,
  syncId: string,
  warnings: SyncWarning[],
): Promise<void> {
  if (warnings.length === 0) return;
  const row = await db.selectFrom('syncs').select('warnings').where('id', '=', syncId).executeTakeFirst();
  if (!row) return;
  const existing = JSON.parse(row.warnings) as SyncWarning[];
  await db
    .updateTable('syncs')
    .set({ warnings: JSON.stringify([...warnings, ...existing]) })
    .where('id', '=', syncId)
    .execute();
}

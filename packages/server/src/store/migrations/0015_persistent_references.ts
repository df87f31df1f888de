import type { Kysely } from 'kysely';

/**
 * External lineage references persist per integration, resolved or not (issue 15): `pending_lineage` keeps every
 * pair with an external end, and `from_target_id`/`to_target_id` record what each external end resolves to now
 * (null while nothing matches). A reference then re-resolves whenever a candidate appears, disappears or changes,
 * in whatever order the syncs come, instead of being forgotten once it first resolved.
 *
 * `other_key` is the second end's lower-cased table name when both ends are external names (`match_key` is the
 * first), so that an arrival under either name re-resolves the pair. No foreign key on the targets: a target's
 * deletion is what triggers re-resolution, which then clears or replaces it. Rows written before this migration
 * are all unresolved (resolved references were not kept); those come back with their integration's next sync.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s.alterTable('pending_lineage').addColumn('from_target_id', 'text').execute();
  await s.alterTable('pending_lineage').addColumn('to_target_id', 'text').execute();
  await s.alterTable('pending_lineage').addColumn('other_key', 'text').execute();
  await s.createIndex('pending_lineage_from_target').on('pending_lineage').column('from_target_id').execute();
  await s.createIndex('pending_lineage_to_target').on('pending_lineage').column('to_target_id').execute();
  // Partial: most rows have no second name, and a (workspace, other_key) index would look as good to SQLite's
  // planner as (workspace, match_key) for the diff's probes, then scan every row of the workspace.
  await s
    .createIndex('pending_lineage_other_key')
    .on('pending_lineage')
    .column('other_key')
    .where('other_key', 'is not', null)
    .execute();
}

import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql, insertRows, selectSql } from '../sync/raw-sql.js';

/** The databuilder_ids a run's staged lineage still names, with the ids the run gave them. */
const STAGE_KEYS = 'sextant_stage_keys';

/**
 * Resolves the internal references of a lineage staging table that were not resolved as they streamed in (they
 * named a resource declared later in the run, or never): each distinct databuilder_id is looked up in the run's
 * index once, and the ids found are set on both sides in one statement per side. Files declare resources before
 * lineage, so there is usually nothing to do.
 */
export async function resolveInternalReferences(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { stageTable: string; lookup: (databuilderId: string) => string | undefined },
): Promise<void> {
  const stage = options.stageTable;
  const keys = await selectSql<{ key: string }>(
    db,
    flags,
    `select from_key as key from ${stage} where from_kind = 'internal' and from_id is null
     union select to_key as key from ${stage} where to_kind = 'internal' and to_id is null`,
  );
  const found: Array<[string, string]> = [];
  for (const { key } of keys) {
    const id = options.lookup(key);
    if (id !== undefined) found.push([key, id]);
  }
  if (found.length === 0) return;
  await executeSql(db, flags, `drop table if exists ${STAGE_KEYS}`);
  await executeSql(
    db,
    flags,
    `create temp table ${STAGE_KEYS} (databuilder_id text primary key, resource_id text not null)
     ${flags.keyedTableOption} ${flags.tempTableSuffix}`,
  );
  await insertRows(db, flags, { table: STAGE_KEYS, columns: ['databuilder_id', 'resource_id'], rows: found });
  for (const side of ['from', 'to'] as const) {
    await executeSql(
      db,
      flags,
      `update ${stage} set ${side}_id = (
         select k.resource_id from ${STAGE_KEYS} k where k.databuilder_id = ${stage}.${side}_key)
       where ${side}_kind = 'internal' and ${side}_id is null`,
    );
  }
  await executeSql(db, flags, `drop table ${STAGE_KEYS}`);
}

import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql, selectSql } from './raw-sql.js';
import { STAGE_RESOURCES } from './staging-tables.js';

/** Deepest chain of rows whose full title waits on a parent's (nested columns); deeper ones keep a partial title. */
const MAX_TITLE_DEPTH = 8;

/**
 * Finishes what the streaming pass could not: rows whose parent came later in the run get their `parent_id`, and
 * rows whose full title depends on such a parent get `parent.title_full + '.' + title`, one level per pass.
 */
export async function linkStagedParents(db: Kysely<Database>, flags: DialectFlags): Promise<void> {
  await executeSql(
    db,
    flags,
    // Probed by databuilder_id (the stage's key; the rows updated are this run's, so theirs is the staged one):
    // probing by resource_id would scan the whole stage once per row.
    `update resources set parent_id = (
       select p.resource_id from ${STAGE_RESOURCES} s
       join ${STAGE_RESOURCES} p on p.databuilder_id = s.parent_databuilder_id
       where s.databuilder_id = resources.databuilder_id)
     where id in (select resource_id from ${STAGE_RESOURCES} where needs_parent = 1)`,
  );
  const [waiting] = await selectSql<{ n: number }>(
    db,
    flags,
    `select count(*) as n from ${STAGE_RESOURCES} where needs_title_full = 1`,
  );
  if (Number(waiting?.n ?? 0) === 0) return;
  const derived = `coalesce((select p.title_full || '.' from resources p where p.id = resources.parent_id), '') || title`;
  for (let depth = 0; depth < MAX_TITLE_DEPTH; depth++) {
    const changed = await executeSql(
      db,
      flags,
      `update resources set title_full = ${derived}
       where id in (select resource_id from ${STAGE_RESOURCES} where needs_title_full = 1)
         and title_full <> ${derived}`,
    );
    if (changed === 0) return;
  }
}

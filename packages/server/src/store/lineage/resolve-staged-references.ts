import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from '../sync/raw-sql.js';

type Side = 'from' | 'to';

/**
 * Resolves the external names of a lineage staging table, set-based (internal ids were resolved by the run):
 *
 *   table     ── lower(title) [+ schema, database when given] ──> live tables of the whole workspace
 *   column    ── the table as above, then lower(column title) among its live columns
 *
 * An external name means an asset another integration brought: candidates of other integrations (or hand-made
 * ones) win; only when there are none do the declaring integration's own assets count, and never the edge's
 * other end (a dbt model's link to "the warehouse table it builds" must not resolve to the model itself, which
 * has the same name, but wait until the warehouse integration brings the table).
 * `<side>_matches` gets the number of candidates; `<side>_id` is set only when there is exactly one, so an
 * ambiguous name is reported, never guessed.
 */
export async function resolveStagedReferences(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { stageTable: string; workspaceId: string },
): Promise<void> {
  for (const side of ['from', 'to'] as const) {
    for (const kind of ['table', 'column'] as const) {
      const others = candidatesOf(options.stageTable, side, kind, 'other-integrations');
      const own = candidatesOf(options.stageTable, side, kind, 'own-integration');
      const picked = kind === 'table' ? 't' : 'c';
      await executeSql(
        db,
        flags,
        `update ${options.stageTable} set ${side}_matches = (select count(*) ${others})
         where ${side}_kind = '${kind}'`,
        [options.workspaceId],
      );
      await executeSql(
        db,
        flags,
        `update ${options.stageTable} set ${side}_id = (select min(${picked}.id) ${others})
         where ${side}_kind = '${kind}' and ${side}_matches = 1`,
        [options.workspaceId],
      );
      await executeSql(
        db,
        flags,
        `update ${options.stageTable} set ${side}_matches = (select count(*) ${own})
         where ${side}_kind = '${kind}' and ${side}_matches = 0`,
        [options.workspaceId],
      );
      await executeSql(
        db,
        flags,
        `update ${options.stageTable} set ${side}_id = (select min(${picked}.id) ${own})
         where ${side}_kind = '${kind}' and ${side}_matches = 1 and ${side}_id is null`,
        [options.workspaceId],
      );
    }
  }
}

/**
 * `t` is a live table. Written through coalesce() so that no planner picks the (workspace, type, stale) index
 * over (workspace, title): on SQLite without statistics that choice scans every table of the workspace per name.
 */
export const LIVE_TABLE = `coalesce(t.entity_type, '') = 'table' and coalesce(t.stale, 0) = 0`;

/**
 * `from ... where ...` selecting the live candidates of one side's reference (one `?`: the workspace), among the
 * assets of other integrations or among the declaring integration's own (minus the edge's other end).
 */
function candidatesOf(
  stage: string,
  side: Side,
  kind: 'table' | 'column',
  among: 'other-integrations' | 'own-integration',
): string {
  const other = side === 'from' ? 'to' : 'from';
  const picked = kind === 'table' ? 't' : 'c';
  const owner =
    among === 'other-integrations'
      ? `coalesce(t.integration_id, '') <> ${stage}.integration_id`
      : `t.integration_id = ${stage}.integration_id and ${picked}.id <> coalesce(${stage}.${other}_id, '')`;
  return `from resources t
    ${kind === 'column' ? `join resources c on c.parent_id = t.id and c.entity_type = 'column' and c.stale = 0 and c.title_lower = ${stage}.${side}_column` : ''}
    where t.workspace_id = ? and t.title_lower = ${stage}.${side}_key and ${LIVE_TABLE}
      and (${stage}.${side}_schema is null or lower(t.schema_name) = ${stage}.${side}_schema)
      and (${stage}.${side}_database is null or lower(t.database_name) = ${stage}.${side}_database)
      and ${owner}`;
}

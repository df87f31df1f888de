import type { Kysely } from 'kysely';
import { CASE_SENSITIVE_DIALECTS, isDbtIntegration, normalizeDialect } from '../catalog/entity-sources.js';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from '../sync/raw-sql.js';

type Side = 'from' | 'to';
type Kind = 'table' | 'column';

/**
 * Resolves the external names of a lineage staging table, set-based (internal ids were resolved by the run):
 *
 *   table     ── lower(title) [+ schema, database when given] ──> live tables of the whole workspace
 *   column    ── the table as above, then lower(column title) among its live columns
 *
 * Every candidate is ranked and the most specific one wins, so a name keeps its edge when a second table of that
 * name arrives, and the answer depends on what the workspace holds, never on the order it arrived in:
 *
 *   1. another integration's asset before the declaring integration's own (never the edge's other end): a dbt
 *      model's link to "the table it builds" must not resolve to the model itself, and a dbt seed or source
 *      resolves to a node of its own project only while no warehouse object of that relation exists;
 *   2. a warehouse (non-dbt) asset before a dbt node, the physical object before a description of it; a dbt
 *      model's "builds" link (a dbt `to` end) never resolves to another dbt project's node at all;
 *   3. the database of the edge's other end, then the declaring integration's type;
 *   4. then by content (database, schema, title, integration name, databuilder_id), so ties break the same way
 *      whatever the order of arrival.
 *
 * `<side>_matches` gets how many candidates were as good as the winner on (1) and (2); more than one is reported
 * as a warning (the edge goes to the winner all the same).
 */
export async function resolveStagedReferences(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: {
    stageTable: string;
    workspaceId: string;
    /**
     * The dialect the names are written in when no declaring integration says it (a `lineage_from_query` query's
     * dialect); otherwise each staged row's integration gives its own host and dialect.
     */
    namesDialect?: string | undefined;
  },
): Promise<void> {
  const stage = options.stageTable;
  const address = addressOfNames(stage, options.namesDialect);
  for (const side of ['from', 'to'] as const) {
    for (const kind of ['table', 'column'] as const) {
      const picked = kind === 'table' ? 't' : 'c';
      await executeSql(
        db,
        flags,
        `update ${stage} set ${side}_id = (
           select ${picked}.id ${candidatesOf(stage, side, kind, flags, address)}
           order by ${rankOf(stage, side, picked)}
           limit 1)
         where ${side}_kind = '${kind}'`,
        [options.workspaceId],
      );
      // The winner's class (own integration? dbt?) and how many candidates share it.
      await executeSql(
        db,
        flags,
        `update ${stage} set ${side}_matches = (
           select count(*) ${candidatesOf(stage, side, kind, flags, address)}
             and ${classOf(stage, 'ti', picked)} = (
               select ${classOf(stage, 'wi', 'w')} from resources w
               left join integrations wi on wi.id = w.integration_id where w.id = ${stage}.${side}_id))
         where ${side}_kind = '${kind}' and ${side}_id is not null`,
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

const declaringType = (stage: string) =>
  `(select i.type from integrations i where i.id = ${stage}.integration_id)`;

const isDbt = isDbtIntegration;

/** 0..3: whether the candidate is the declaring integration's own (2) and whether it is a dbt node (1). */
function classOf(stage: string, integration: string, picked: string): string {
  return `(case when coalesce(${picked}.integration_id, '') = ${stage}.integration_id then 2 else 0 end
           + case when ${isDbt(`${integration}.id`)} then 1 else 0 end)`;
}

function rankOf(stage: string, side: Side, picked: string): string {
  const other = side === 'from' ? 'to' : 'from';
  return `${classOf(stage, 'ti', picked)},
    case when lower(t.database_name) = (select lower(o.database_name) from resources o
                                        where o.id = ${stage}.${other}_id) then 0 else 1 end,
    case when ti.type = ${declaringType(stage)} then 0 else 1 end,
    lower(coalesce(t.database_name, '')), lower(coalesce(t.schema_name, '')), t.title, coalesce(ti.name, ''),
    coalesce(${picked}.databuilder_id, ''), ${picked}.id`;
}

/**
 * `from ... where ...` selecting the live candidates of one side's reference (one `?`: the workspace), with the
 * candidate's integration as `ti`: every matching asset except the edge's other end and, for a dbt `to` end
 * (the table a node builds), other dbt projects' nodes.
 */
function candidatesOf(
  stage: string,
  side: Side,
  kind: Kind,
  flags: DialectFlags,
  address: NamesAddress,
): string {
  const other = side === 'from' ? 'to' : 'from';
  const picked = kind === 'table' ? 't' : 'c';
  const notOtherEnd = `(coalesce(t.integration_id, '') <> ${stage}.integration_id
                        or ${picked}.id <> coalesce(${stage}.${other}_id, ''))`;
  const buildsLink =
    side === 'to'
      ? `and not (coalesce(t.integration_id, '') <> ${stage}.integration_id and ${isDbt('ti.id')}
                  and ${isDbt(`${stage}.integration_id`)})`
      : '';
  return `from resources t
    ${kind === 'column' ? `join resources c on c.parent_id = t.id and c.entity_type = 'column' and c.stale = 0 and c.title_lower = ${stage}.${side}_column` : ''}
    left join integrations ti on ti.id = t.integration_id
    where t.workspace_id = ? and t.title_lower = ${stage}.${side}_key and ${LIVE_TABLE}
      and (${stage}.${side}_schema is null or lower(t.schema_name) = ${stage}.${side}_schema)
      and (${stage}.${side}_database is null or lower(t.database_name) = ${stage}.${side}_database)
      and ${notOtherEnd} ${buildsLink}
      and ${sameAddressRules(stage, side, flags, address)}`;
}

const declaring = (stage: string, column: 'address_host' | 'address_dialect') =>
  `coalesce((select di.${column} from integrations di where di.id = ${stage}.integration_id), '')`;

/** SQL giving the host and dialect the staged names are written in. */
interface NamesAddress {
  host: string;
  dialect: string;
}

/**
 * The declaring integration's host and dialect, or the given dialect (a query's; no host). `ansi`, the generic
 * SQL dialect, names no warehouse. Dialect names are `[a-z0-9_]` words (anything else is taken as none), so the
 * literal is safe to inline.
 */
function addressOfNames(stage: string, namesDialect: string | undefined): NamesAddress {
  if (namesDialect === undefined) {
    return { host: declaring(stage, 'address_host'), dialect: declaring(stage, 'address_dialect') };
  }
  const dialect = normalizeDialect(namesDialect);
  const known = /^[a-z0-9_]+$/.test(dialect) && dialect !== 'ansi';
  return { host: "''", dialect: known ? `'${dialect}'` : "''" };
}

/**
 * The entity identity's host and dialect rules (catalog/entity-sources.ts SAME_ENTITY) for a name declared by an
 * integration that knows its host or dialect (a connector, a dbt project): a table on another host, or of another
 * known dialect, is another warehouse's; in a case-sensitive dialect (PostgreSQL, BigQuery) the name matches as
 * written (the reference's `ref` keeps it). An import or SDK run names neither and matches as before, and so does
 * a candidate of an integration that names neither.
 */
function sameAddressRules(stage: string, side: Side, flags: DialectFlags, address: NamesAddress): string {
  const ref = `${stage}.${side}_ref`;
  const written = (key: string) => flags.jsonTextOf(ref, key);
  const caseSensitive = CASE_SENSITIVE_DIALECTS.map((dialect) => `'${dialect}'`).join(', ');
  const { host, dialect } = address;
  return `(${host} = '' or coalesce(ti.address_host, '') = '' or ti.address_host = ${host})
    and (${dialect} = '' or coalesce(ti.address_dialect, '') = ''
         or (ti.address_dialect = ${dialect}
             and (ti.address_dialect not in (${caseSensitive}) or ${ref} is null
                  or (t.title = ${written('table')}
                      and (${written('schema')} is null or t.schema_name = ${written('schema')})
                      and (${written('database')} is null or t.database_name = ${written('database')})))))`;
}

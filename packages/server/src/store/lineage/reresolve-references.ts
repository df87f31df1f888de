import type { Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import type { DialectFlags } from '../dialect.js';
import type { Database, PendingLineageTable } from '../schema.js';
import { executeSql, selectSql } from '../sync/raw-sql.js';
import { type StagedLineage, stageLineageReferences } from '../sync/stage-run-lineage.js';
import { createLineageStage, STAGE_HEALING } from '../sync/staging-tables.js';
import { insertMissingEdges } from './replace-integration-lineage.js';
import { resolveStagedReferences } from './resolve-staged-references.js';
import { referenceFromPendingRef, type StagedReference } from './staged-reference.js';

/**
 * Re-resolves other integrations' external references that what this sync wrote may concern: a table it
 * created, changed, revived or staled carries the reference's name (a new candidate, or one that left), or is
 * what the reference resolves to now (its identity changed). Runs inside the sync's transaction, with the run's
 * staging tables. Returns how many references changed target.
 *
 *   pending_lineage (other integrations) ── match_key / other_key / target ──> tables this sync touched
 *   ──> resolved again with the same rules ──> old edge dropped, new edge added (owned by the reference's integration)
 */
export async function reresolveAfterSync(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; integrationId: string; now: string },
): Promise<number> {
  // A table of this integration written by the run (updated_at = now: created, changed, revived or staled), or
  // one whose columns were.
  const touched = (t: string) =>
    `${t}.integration_id = ? and (${t}.updated_at = ? or exists (
       select 1 from resources c where c.parent_id = ${t}.id and c.updated_at = ?))`;
  const byName = (key: string) =>
    `exists (select 1 from resources t where t.workspace_id = p.workspace_id and t.title_lower = p.${key}
             and coalesce(t.entity_type, '') = 'table' and ${touched('t')})`;
  const byTarget = (end: string) =>
    `exists (select 1 from resources t where t.id = p.${end}_target_id
             and t.integration_id = ? and t.updated_at = ?)`;
  const i = options.integrationId;
  const n = options.now;
  const rows = await selectSql<PendingLineageTable>(
    db,
    flags,
    `select p.* from pending_lineage p
     where p.workspace_id = ? and p.integration_id <> ?
       and (${byName('match_key')} or (p.other_key is not null and ${byName('other_key')})
            or ${byTarget('from')} or ${byTarget('to')})`,
    [options.workspaceId, i, i, n, n, i, n, n, i, n, i, n],
  );
  return reresolveRows(db, flags, { workspaceId: options.workspaceId, now: options.now, rows });
}

/** The references of other integrations that resolve to a resource of this integration (before deleting it). */
export async function referencesResolvedInto(
  db: Kysely<Database>,
  flags: DialectFlags,
  integrationId: string,
): Promise<PendingLineageTable[]> {
  return selectSql<PendingLineageTable>(
    db,
    flags,
    `select p.* from pending_lineage p where p.integration_id <> ? and (
       exists (select 1 from resources t where t.id = p.from_target_id and t.integration_id = ?)
       or exists (select 1 from resources t where t.id = p.to_target_id and t.integration_id = ?))`,
    [integrationId, integrationId, integrationId],
  );
}

/**
 * Re-resolves references whose target an integration's deletion took away (rows listed by
 * {@link referencesResolvedInto} before the deletion): each finds the next candidate or waits again. Opens and
 * drops its own staging table; call inside the deleting transaction.
 */
export async function reresolveAfterDeletion(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; now: string; rows: PendingLineageTable[] },
): Promise<number> {
  const ids = new Set(
    (
      await selectSql<{ id: string }>(db, flags, 'select id from pending_lineage where workspace_id = ?', [
        options.workspaceId,
      ])
    ).map((row) => row.id),
  );
  const rows = options.rows.filter((row) => ids.has(row.id));
  if (rows.length === 0) return 0;
  await createLineageStage(db, flags, STAGE_HEALING);
  const changed = await reresolveRows(db, flags, { ...options, rows });
  await executeSql(db, flags, `drop table ${STAGE_HEALING}`);
  return changed;
}

/**
 * Re-resolves every external reference of the workspace with today's rules (migration 0024: references resolved
 * under older rules move to what they resolve to now). Opens and drops its own staging table.
 */
export async function reresolveWorkspace(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; now: string },
): Promise<number> {
  const rows = await selectSql<PendingLineageTable>(
    db,
    flags,
    'select * from pending_lineage where workspace_id = ?',
    [options.workspaceId],
  );
  return reresolveAfterDeletion(db, flags, { ...options, rows });
}

/**
 * Resolves the rows again, records their new targets, drops the edges their old targets gave (unless another of
 * the integration's references still gives the same pair) and adds the new ones.
 */
async function reresolveRows(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; now: string; rows: PendingLineageTable[] },
): Promise<number> {
  if (options.rows.length === 0) return 0;
  await executeSql(db, flags, `delete from ${STAGE_HEALING}`);
  await stageLineageReferences(db, flags, {
    stageTable: STAGE_HEALING,
    rows: options.rows.map(toStagedPair),
  });
  await resolveStagedReferences(db, flags, { stageTable: STAGE_HEALING, workspaceId: options.workspaceId });
  const resolved = await selectSql<{ edge_id: string; from_target: string | null; to_target: string | null }>(
    db,
    flags,
    `select edge_id, case when from_ref is not null then from_id end as from_target,
            case when to_ref is not null then to_id end as to_target
     from ${STAGE_HEALING}`,
  );
  const before = new Map(options.rows.map((row) => [row.id, row]));
  const changed = resolved.filter((row) => {
    const old = before.get(row.edge_id)!;
    return old.from_target_id !== row.from_target || old.to_target_id !== row.to_target;
  });
  if (changed.length === 0) return 0;
  for (const row of changed) {
    await executeSql(
      db,
      flags,
      'update pending_lineage set from_target_id = ?, to_target_id = ? where id = ?',
      [row.from_target, row.to_target, row.edge_id],
    );
  }
  for (const row of changed) {
    const old = before.get(row.edge_id)!;
    const from = old.from_resource_id ?? old.from_target_id;
    const to = old.to_resource_id ?? old.to_target_id;
    if (from === null || to === null) continue;
    await executeSql(
      db,
      flags,
      `delete from lineage where from_resource_id = ? and to_resource_id = ? and integration_id = ?
         and is_manual = 0
         and not exists (select 1 from pending_lineage q where q.integration_id = ? and (
           (q.from_target_id = ? and coalesce(q.to_resource_id, q.to_target_id) = ?)
           or (q.to_target_id = ? and coalesce(q.from_resource_id, q.from_target_id) = ?)))`,
      [from, to, old.integration_id, old.integration_id, from, to, to, from],
    );
  }
  await freeTakenEdgeIds(db, flags);
  await insertMissingEdges(db, flags, {
    stageTable: STAGE_HEALING,
    workspaceId: options.workspaceId,
    now: options.now,
  });
  return changed.length;
}

/**
 * An edge takes the id of the reference that gave it. When a reference moves to a new target while another
 * reference of its integration still gives the old pair, the old edge stays under that id: the new edge needs
 * another (found by a dbt source and model of one relation, and a second project's model arriving later).
 */
async function freeTakenEdgeIds(db: Kysely<Database>, flags: DialectFlags): Promise<void> {
  const taken = await selectSql<{ edge_id: string }>(
    db,
    flags,
    `select s.edge_id from ${STAGE_HEALING} s join lineage l on l.id = s.edge_id
     where l.from_resource_id <> coalesce(s.from_id, '') or l.to_resource_id <> coalesce(s.to_id, '')`,
  );
  for (const row of taken) {
    await executeSql(db, flags, `update ${STAGE_HEALING} set edge_id = ? where edge_id = ?`, [
      newId(),
      row.edge_id,
    ]);
  }
}

function toStagedPair(row: PendingLineageTable): StagedLineage {
  const end = (id: string | null, ref: string | null): StagedReference =>
    ref === null
      ? { kind: 'resolved', key: id ?? '', schema: null, database: null, column: null, ref: null }
      : referenceFromPendingRef(ref);
  return {
    edge_id: row.id,
    file: 'pending',
    line: 0,
    integration_id: row.integration_id,
    sync_id: row.sync_id,
    from: end(row.from_resource_id, row.from_ref),
    to: end(row.to_resource_id, row.to_ref),
  };
}

import { describeReference } from '../lineage/staged-reference.js';
import {
  collectResolvedEdges,
  countStagedLineageOutcomes,
  listRejectedLineage,
  type RejectedLineage,
  replaceIntegrationLineage,
  replacePendingLineage,
  reresolveAfterSync,
  resolveInternalReferences,
  resolveStagedReferences,
} from '../store/lineage/index.js';
import { STAGE_LINEAGE } from '../store/sync/index.js';
import { type BoundedList, MAX_REPORTED } from './problem-list.js';
import type { SyncCounts, SyncRunContext, SyncWarning } from './sync-types.js';

export interface RunLineageInputs {
  /** The id of a resource this run declared, by databuilder_id: internal references resolve against it. */
  lookup: (databuilderId: string) => string | undefined;
  /** The integration had no edges of its own when the run began: there is nothing to diff them against. */
  startedWithoutEdges: boolean;
  /** The run's counts: the `lineage_*` outcomes are added to them. */
  counts: SyncCounts;
  /** The run's warnings: each rejected or ambiguous reference is explained there. */
  warnings: BoundedList<SyncWarning>;
  /** Called after each part, to log how long it took. */
  step: (name: string) => void;
}

export interface RunLineageOutcome {
  /** Edges of this integration written and removed. */
  inserted: number;
  deleted: number;
  /** References of other integrations that now resolve, move, or wait again, because of this run. */
  healed: number;
}

/**
 * The lineage a run staged (STAGE_LINEAGE), applied to the catalog inside the run's transaction:
 *
 *   internal ends resolved (the run's own ids) ─> external names resolved ─> outcomes counted, rejections explained
 *   ─> the integration's edges replaced ─> its pending references replaced
 *   ─> other integrations' references re-resolved against what this run wrote (healed, moved or waiting again)
 */
export async function applyRunLineage(
  ctx: SyncRunContext,
  inputs: RunLineageInputs,
): Promise<RunLineageOutcome> {
  const { db, flags, target, syncId, now } = ctx;
  const { counts, warnings, step } = inputs;
  // Internal ids first, on both sides, so the external pass can leave out each edge's other end.
  await resolveInternalReferences(db, flags, { stageTable: STAGE_LINEAGE, lookup: inputs.lookup });
  await resolveStagedReferences(db, flags, { stageTable: STAGE_LINEAGE, workspaceId: target.workspace_id });
  step('resolved lineage');
  const outcomes = await countStagedLineageOutcomes(db, flags, STAGE_LINEAGE);
  counts.lineage_resolved += outcomes.resolved;
  counts.lineage_pending += outcomes.pending;
  counts.lineage_rejected += outcomes.rejected;
  for (const rejected of await listRejectedLineage(db, flags, {
    stageTable: STAGE_LINEAGE,
    limit: MAX_REPORTED,
  })) {
    warnings.add(explainRejection(rejected));
  }
  warnings.total += Math.max(0, outcomes.rejected - MAX_REPORTED);
  await collectResolvedEdges(db, flags, STAGE_LINEAGE);
  const edges = await replaceIntegrationLineage(db, flags, {
    workspaceId: target.workspace_id,
    integrationId: target.id,
    syncId,
    now,
    startedWithoutEdges: inputs.startedWithoutEdges,
  });
  step('replaced lineage');
  await replacePendingLineage(db, flags, {
    stageTable: STAGE_LINEAGE,
    workspaceId: target.workspace_id,
    integrationId: target.id,
    now,
  });
  step('replaced pending lineage');
  const healed = await reresolveAfterSync(db, flags, {
    workspaceId: target.workspace_id,
    integrationId: target.id,
    now,
  });
  step('healed');
  return { inserted: edges.inserted, deleted: edges.deleted, healed };
}

function explainRejection(row: RejectedLineage): SyncWarning {
  const side = (
    kind: string,
    key: string,
    rest: { schema: string | null; database: string | null; column: string | null },
    id: string | null,
    matches: number | null,
  ) => {
    const name = describeReference({ kind: kind as 'internal', key, ...rest });
    if (kind === 'internal' && id === null) return `${name} is not declared in this run`;
    if ((matches ?? 0) > 1)
      return `${name} is ambiguous: ${matches} resources match, linked to the most specific; qualify it with schema and database`;
    return undefined;
  };
  const reasons = [
    side(
      row.from_kind,
      row.from_key,
      { schema: row.from_schema, database: row.from_database, column: row.from_column },
      row.from_id,
      row.from_matches,
    ),
    side(
      row.to_kind,
      row.to_key,
      { schema: row.to_schema, database: row.to_database, column: row.to_column },
      row.to_id,
      row.to_matches,
    ),
  ].filter((reason) => reason !== undefined);
  // Only an undeclared internal end stops the edge; an ambiguous name is linked to its most specific match.
  const applied = !(
    (row.from_kind === 'internal' && row.from_id === null) ||
    (row.to_kind === 'internal' && row.to_id === null)
  );
  return {
    file: row.file,
    line: row.line,
    message: `${applied ? 'lineage ambiguous' : 'lineage not applied'}: ${reasons.join('; ')}`,
  };
}

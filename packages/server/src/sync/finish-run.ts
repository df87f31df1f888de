import { cpuMsSince } from '../lib/time.js';
import { describeReference } from '../lineage/staged-reference.js';
import { refreshEntityIds } from '../store/catalog/index.js';
import {
  collectResolvedEdges,
  countStagedLineageOutcomes,
  endBulkGraphWrites,
  listRejectedLineage,
  type RejectedLineage,
  replaceIntegrationLineage,
  replacePendingLineage,
  reresolveAfterSync,
  resolveInternalReferences,
  resolveStagedReferences,
} from '../store/lineage/index.js';
import { refreshSearchIndex } from '../store/search/index.js';
import {
  deriveFullTitles,
  dropStagingTables,
  executeSql,
  findChildrenOf,
  linkRunParents,
  STAGE_LINEAGE,
  staleAbsentResources,
} from '../store/sync/index.js';
import { type BoundedList, MAX_REPORTED } from './problem-list.js';
import { idOf, type RunHierarchy, type RunIndex } from './run-hierarchy.js';
import type { SyncCounts, SyncProblem, SyncRunContext, SyncWarning } from './sync-types.js';

/** What finishing reads and writes of a run: SyncRun, which calls {@link finishRun} at the end of streaming. */
export interface FinishingRun {
  readonly ctx: SyncRunContext;
  readonly counts: SyncCounts;
  readonly problems: BoundedList<SyncProblem>;
  readonly warnings: BoundedList<SyncWarning>;
  readonly index: RunIndex;
  readonly hierarchy: RunHierarchy;
  readonly resourceRecords: number;
  readonly existingAtStart: number;
  readonly existingSeen: number;
  readonly startedWithoutEdges: boolean;
  readonly rowidsBefore: number | undefined;
  restoreIndexes(): Promise<void>;
  analyzeStages(): Promise<void>;
  failOnProblems(): void;
  log(message: string, fields?: Record<string, unknown>): void;
}

/**
 * The set-based half of a run, after every record is staged:
 *
 *   parents settled and linked ─> absent resources staled ─> entities worked out again for the tables written
 *   ─> lineage resolved, diffed, pending kept
 *   ─> other integrations' references re-resolved against what this run wrote (healed, moved or waiting again)
 */
export async function finishRun(run: FinishingRun): Promise<void> {
  const { db, flags, target, syncId, now } = run.ctx;
  const step = stepTimer(run);
  await run.restoreIndexes();
  step('rebuilt indexes');
  await settleHierarchy(run);
  if (run.index.size < run.resourceRecords) {
    run.warnings.add({
      message: `${run.resourceRecords - run.index.size} resources repeat an earlier databuilder_id; the last declaration wins`,
    });
  }
  step('linked parents');
  // Nothing to stale when the run declared every resource the integration had (a first sync has none).
  if (target.auto_stale === 1 && run.existingSeen < run.existingAtStart) {
    run.counts.staled = await staleAbsentResources(db, flags, {
      integrationId: target.id,
      now,
      isDeclared: (databuilderId) => run.index.has(databuilderId),
    });
  }
  step('staled');
  // Which tables are later sources of an entity, for what the run wrote (and what shares their names).
  if (run.counts.created + run.counts.updated + run.counts.staled + run.counts.revived > 0) {
    await refreshEntityIds(db, flags, {
      workspaceId: target.workspace_id,
      changed: { kind: 'run', integrationId: target.id, since: now },
    });
    step('entities');
  }
  // Staling needs no re-index (searches read staleness from the row); an unchanged run wrote nothing to index.
  if (run.counts.created + run.counts.updated + run.counts.revived > 0) {
    await refreshSearchIndex(db, flags, {
      integrationId: target.id,
      since: now,
      rowidsAfter: run.rowidsBefore,
    });
  }
  step('indexed for search');
  await run.analyzeStages();
  // Internal ids first, on both sides, so the external pass can leave out each edge's other end.
  await resolveInternalReferences(db, flags, {
    stageTable: STAGE_LINEAGE,
    lookup: (databuilderId) => idOf(run.index.get(databuilderId)),
  });
  await resolveStagedReferences(db, flags, { stageTable: STAGE_LINEAGE, workspaceId: target.workspace_id });
  step('resolved lineage');
  const outcomes = await countStagedLineageOutcomes(db, flags, STAGE_LINEAGE);
  run.counts.lineage_resolved += outcomes.resolved;
  run.counts.lineage_pending += outcomes.pending;
  run.counts.lineage_rejected += outcomes.rejected;
  for (const rejected of await listRejectedLineage(db, flags, {
    stageTable: STAGE_LINEAGE,
    limit: MAX_REPORTED,
  })) {
    run.warnings.add(explainRejection(rejected));
  }
  run.warnings.total += Math.max(0, outcomes.rejected - MAX_REPORTED);
  await collectResolvedEdges(db, flags, STAGE_LINEAGE);
  const edges = await replaceIntegrationLineage(db, flags, {
    workspaceId: target.workspace_id,
    integrationId: target.id,
    syncId,
    now,
    startedWithoutEdges: run.startedWithoutEdges,
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
  const { created, updated, staled, revived } = run.counts;
  // 10,000 new rows or more: small syncs leave statistics to autovacuum.
  if (flags.analyzesAfterLargeWrites && created + edges.inserted >= 10_000) {
    await executeSql(db, flags, 'analyze resources');
    await executeSql(db, flags, 'analyze lineage');
    step('analyzed');
  }
  await endBulkGraphWrites(db, flags, {
    workspaceId: target.workspace_id,
    changed: created + updated + staled + revived + edges.inserted + edges.deleted + healed > 0,
  });
  run.log('sync applied', {
    ...run.counts,
    edges_inserted: edges.inserted,
    edges_deleted: edges.deleted,
    healed_from_other_integrations: healed,
  });
  await dropStagingTables(db, flags);
}

/**
 * Judges the parents the streaming pass could not (declared later, of the wrong kind so far, or retyped by a
 * later declaration) against the run's final index: a wrong kind fails the run, a parent never declared is a
 * warning, and rows written before their parent get it now.
 */
async function settleHierarchy(run: FinishingRun): Promise<void> {
  const { db, flags, target } = run.ctx;
  const outcome = run.hierarchy.settle();
  for (const problem of outcome.problems) run.problems.add(problem);
  if (outcome.retyped.length > 0) {
    const children = await findChildrenOf(db, {
      integrationId: target.id,
      parentIds: outcome.retyped.map((parent) => parent.id),
    });
    for (const problem of run.hierarchy.checkRetypedChildren(outcome.retyped, children))
      run.problems.add(problem);
  }
  run.failOnProblems();
  for (const warning of outcome.warnings) run.warnings.add(warning);
  await linkRunParents(db, flags, outcome.links);
  await deriveFullTitles(db, flags, outcome.titlesToDerive);
}

function explainRejection(row: RejectedLineage) {
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

/** Logs how long each set-based step took (the record's `logs`), to see where a slow sync spends its time. */
function stepTimer(run: FinishingRun): (name: string) => void {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (name) => {
    const now = performance.now();
    run.log(name, { ms: Math.round(now - last), cpu_ms: cpuMsSince(lastCpu) });
    last = now;
    lastCpu = process.cpuUsage();
  };
}

import { stepTimer } from '../lib/time.js';
import { refreshEntityIds } from '../store/catalog/index.js';
import { endBulkGraphWrites } from '../store/lineage/index.js';
import { refreshSearchIndex } from '../store/search/index.js';
import {
  analyzeWrittenTables,
  deriveFullTitles,
  dropStagingTables,
  findChildrenOf,
  linkRunParents,
  staleAbsentResources,
} from '../store/sync/index.js';
import { applyRunLineage } from './apply-run-lineage.js';
import type { BoundedList } from './problem-list.js';
import { idOf, type RunHierarchy, type RunIndex } from './run-hierarchy.js';
import type { SyncCounts, SyncProblem, SyncRunContext, SyncWarning } from './sync-types.js';

/**
 * What finishing reads of a run, handed over by SyncRun (which keeps its state private) when streaming ends: what
 * streaming learned, where to report, and the run's own steps that finishing calls.
 */
export interface FinishingRun {
  readonly index: RunIndex;
  readonly hierarchy: RunHierarchy;
  readonly resourceRecords: number;
  /** The integration's resources when the run began, and how many of them the run declared. */
  readonly existingAtStart: number;
  readonly existingSeen: number;
  readonly startedWithoutEdges: boolean;
  /** SQLite: the largest rowid of `resources` before the run wrote (the search refresh reads new rows by it). */
  readonly rowidsBefore: number | undefined;
  readonly counts: SyncCounts;
  readonly problems: BoundedList<SyncProblem>;
  readonly warnings: BoundedList<SyncWarning>;
  restoreIndexes(): Promise<void>;
  analyzeStages(): Promise<void>;
  failOnProblems(): void;
  log(message: string, fields?: Record<string, unknown>): void;
}

/**
 * The set-based half of a run, after every record is staged:
 *
 *   indexes rebuilt ─> parents settled and linked ─> absent resources staled
 *   ─> entities worked out again for the tables written ─> search index refreshed
 *   ─> lineage applied ({@link applyRunLineage}: resolved, diffed, pending kept, other integrations' healed)
 *   ─> statistics after a large load ─> the graph version bumped if anything changed ─> staging dropped
 */
export async function finishRun(ctx: SyncRunContext, run: FinishingRun): Promise<void> {
  const { db, flags, target, now } = ctx;
  const step = stepTimer((name, fields) => run.log(name, fields));
  await run.restoreIndexes();
  step('rebuilt indexes');
  await settleHierarchy(ctx, run);
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
  const lineage = await applyRunLineage(ctx, {
    lookup: (databuilderId) => idOf(run.index.get(databuilderId)),
    startedWithoutEdges: run.startedWithoutEdges,
    counts: run.counts,
    warnings: run.warnings,
    step,
  });
  const { created, updated, staled, revived } = run.counts;
  // A large share of a table written: its statistics now, not when autovacuum comes (analyze-written-tables.ts).
  const analyzed = await analyzeWrittenTables(db, flags, {
    resources: created + updated + staled + revived,
    resource_search: created + updated + revived,
    lineage: lineage.inserted + lineage.deleted,
  });
  if (analyzed.length > 0) step(`analyzed ${analyzed.join(', ')}`);
  await endBulkGraphWrites(db, flags, {
    workspaceId: target.workspace_id,
    changed: created + updated + staled + revived + lineage.inserted + lineage.deleted + lineage.healed > 0,
  });
  run.log('sync applied', {
    ...run.counts,
    edges_inserted: lineage.inserted,
    edges_deleted: lineage.deleted,
    healed_from_other_integrations: lineage.healed,
  });
  await dropStagingTables(db, flags);
}

/**
 * Judges the parents the streaming pass could not (declared later, of the wrong kind so far, or retyped by a
 * later declaration) against the run's final index: a wrong kind fails the run, a parent never declared is a
 * warning, and rows written before their parent get it now.
 */
async function settleHierarchy(ctx: SyncRunContext, run: FinishingRun): Promise<void> {
  const { db, flags, target } = ctx;
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

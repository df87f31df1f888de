import { InputError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { cpuMsSince } from '../lib/time.js';
import type { StagedReference } from '../lineage/staged-reference.js';
import { loadOwnerDirectory, type OwnerDirectory } from '../store/accounts/index.js';
import { beginBulkGraphWrites, hasIntegrationLineage } from '../store/lineage/index.js';
import { rowsCopiedIn } from '../store/postgres-copy.js';
import {
  analyzeStagingTable,
  countSyncedResources,
  createStagingTables,
  findSyncedResources,
  insertSyncedResources,
  isBulkLoad,
  maxRowid,
  readResourceEdits,
  restoreIndexes,
  STAGE_LINEAGE,
  type StagedEdge,
  type StagedLineage,
  type SuspendedIndexes,
  type SyncedResource,
  settleRunEdges,
  stageLineageReferences,
  stageRunEdges,
  suspendIndexes,
  upsertSyncedResources,
} from '../store/sync/index.js';
import { finishRun } from './finish-run.js';
import { prepareRecord } from './prepared-record.js';
import { BoundedList, formatProblem } from './problem-list.js';
import { isUnchanged, type PendingResource, planResourceBatch } from './resource-batch.js';
import { idOf, RunHierarchy, type RunIndex } from './run-hierarchy.js';
import {
  emptyCounts,
  type PreparedRecord,
  type RunRecord,
  type SyncCounts,
  type SyncProblem,
  type SyncProgress,
  type SyncRunContext,
  type SyncWarning,
} from './sync-types.js';

const resolved = (reference: StagedReference, id: string): StagedReference => ({
  ...reference,
  kind: 'resolved',
  key: id,
});

/** What a finished (or failed) run leaves for its sync record. */
export interface RunReport {
  counts: SyncCounts;
  warnings: SyncWarning[];
  logs: Array<Record<string, unknown>>;
}

/** Records per write batch: large enough for multi-row statements, small enough to keep memory flat. */
const BATCH_SIZE = 2000;

/**
 * The state of one run inside its transaction: records stream in through {@link addRecord}, are validated,
 * batched and written; {@link finish} does the set-based rest (parents, staling, lineage, healing). After the
 * first invalid record nothing more is written: the run only keeps validating to report up to 100 problems.
 */
export class SyncRun {
  private readonly counts = emptyCounts();
  private readonly problems = new BoundedList<SyncProblem>();
  private readonly warnings = new BoundedList<SyncWarning>();
  private readonly logs: Array<Record<string, unknown>> = [];
  private resourceRecords = 0;
  private lineageRecords = 0;
  private resources: PendingResource[] = [];
  private lineage: StagedLineage[] = [];
  private edges: StagedEdge[] = [];
  /** Every resource declared so far, by databuilder_id. */
  private readonly index: RunIndex = new Map();
  private readonly hierarchy = new RunHierarchy(this.index);

  constructor(private readonly ctx: SyncRunContext) {}

  /** The integration had no resources when the run began: only repeats within the run need a lookup. */
  private startedEmpty = false;
  private readonly startedMs = performance.now();
  private readonly startedCpu = process.cpuUsage();

  /** The integration's resources when the run began, and how many of them the run declared so far. */
  private existingAtStart = 0;
  private existingSeen = 0;

  /** The integration had no edges of its own when the run began: there is nothing to diff them against. */
  private startedWithoutEdges = false;

  /** SQLite: the largest rowid of `resources` before the run wrote (the search refresh reads new rows by it). */
  private rowidsBefore: number | undefined;

  async start(): Promise<void> {
    await createStagingTables(this.ctx.db, this.ctx.flags);
    await beginBulkGraphWrites(this.ctx.db, this.ctx.flags, this.ctx.target.workspace_id);
    this.existingAtStart = await countSyncedResources(this.ctx.db, this.ctx.target.id);
    this.startedEmpty = this.existingAtStart === 0;
    this.startedWithoutEdges = !(await hasIntegrationLineage(this.ctx.db, this.ctx.target.id));
    if (this.ctx.flags.backend === 'sqlite')
      this.rowidsBefore = await maxRowid(this.ctx.db, this.ctx.flags, 'resources');
  }

  /** True once 100 problems are known: reading further would not change the outcome. */
  get isSaturated(): boolean {
    return this.problems.isFull;
  }

  /**
   * Takes one record. Returns a promise only when the record made a batch full and it is being written (await it
   * before the next record); a record that is only buffered costs no promise, which adds up over a million records.
   */
  addRecord(record: RunRecord): Promise<void> | undefined {
    if (record.kind === 'problem') {
      this.problems.add(record.problem);
      return undefined;
    }
    const prepared =
      record.kind === 'prepared' ? record.value : prepareRecord(record, this.ctx.target.import_policy);
    if (prepared.kind === 'invalid') {
      for (const problem of prepared.problems) this.problems.add(problem);
      if (prepared.of === 'resource') this.resourceRecords++;
      else this.lineageRecords++;
      return undefined;
    }
    if (prepared.kind === 'resource') {
      this.resourceRecords++;
      if (this.problems.total > 0) return undefined;
      this.resources.push({ resource: prepared.resource, origin: prepared.origin });
      return this.resources.length >= BATCH_SIZE ? this.flushResources() : undefined;
    }
    this.lineageRecords++;
    if (this.problems.total > 0) return undefined;
    // Files list resources first: flushing them at the first lineage line lets every internal end resolve here.
    if (this.lineageRecords === 1 && this.resources.length > 0) {
      return this.flushResources().then(() => this.addLineage(prepared));
    }
    return this.addLineage(prepared);
  }

  private addLineage(lineage: Extract<PreparedRecord, { kind: 'lineage' }>): Promise<void> | undefined {
    this.stageLineage(lineage);
    return this.lineage.length + this.edges.length >= BATCH_SIZE ? this.flushLineage() : undefined;
  }

  /** Writes what is buffered and applies the run; throws an InputError naming the problems if there were any. */
  async finish(): Promise<void> {
    this.failOnProblems();
    await this.flushResources();
    await this.flushLineage();
    await settleRunEdges(this.ctx.db, this.ctx.flags);
    this.log('streamed records', {
      ms: Math.round(performance.now() - this.startedMs),
      cpu_ms: cpuMsSince(this.startedCpu),
      copied_rows: rowsCopiedIn(this.ctx.db),
    });
    this.reportProgress('finishing');
    await finishRun(this.ctx, {
      index: this.index,
      hierarchy: this.hierarchy,
      resourceRecords: this.resourceRecords,
      existingAtStart: this.existingAtStart,
      existingSeen: this.existingSeen,
      startedWithoutEdges: this.startedWithoutEdges,
      rowidsBefore: this.rowidsBefore,
      counts: this.counts,
      problems: this.problems,
      warnings: this.warnings,
      restoreIndexes: () => this.restoreIndexes(),
      analyzeStages: () => this.analyzeStages(),
      failOnProblems: () => this.failOnProblems(),
      log: (message, fields) => this.log(message, fields),
    });
    this.failOnProblems();
  }

  /** A warning for the sync record (one known before the records, or one a step after them found). */
  addWarning(warning: SyncWarning): void {
    this.warnings.add(warning);
  }

  /** What the sync record keeps of the run: its counts, its warnings (at most 100 listed) and its step log. */
  report(): RunReport {
    return { counts: this.counts, warnings: this.warnings.report(), logs: this.logs };
  }

  private failOnProblems(): void {
    if (this.problems.total === 0) return;
    const first = this.problems.items[0]!;
    const more = this.problems.total > 1 ? ` (and ${this.problems.total - 1} more problems)` : '';
    throw new InputError('invalid_record', `invalid input: ${formatProblem(first)}${more}`, {
      sync_id: this.ctx.syncId,
      problem_count: this.problems.total,
      problems: this.problems.items,
    });
  }

  log(message: string, fields: Record<string, unknown> = {}): void {
    this.logs.push({ at: new Date().toISOString(), message, ...fields });
  }

  private stageLineage({ from, to, origin }: Extract<PreparedRecord, { kind: 'lineage' }>): void {
    if (from.length === 0) {
      this.counts.lineage_rejected++;
      this.warnings.add({ ...origin, field: 'from_identifier.sql', message: 'the query reads no table' });
      return;
    }
    for (const fromRef of from) {
      const fromId = this.idInRun(fromRef);
      for (const toRef of to) {
        const toId = this.idInRun(toRef);
        if (fromId !== undefined && toId !== undefined) {
          this.counts.lineage_resolved++;
          this.edges.push({
            from_id: fromId,
            to_id: toId,
            edge_id: this.ctx.flags.newIdSql ? null : newId(),
          });
        } else {
          this.lineage.push({
            edge_id: newId(),
            ...origin,
            integration_id: this.ctx.target.id,
            sync_id: this.ctx.syncId,
            from: fromId === undefined ? fromRef : resolved(fromRef, fromId),
            to: toId === undefined ? toRef : resolved(toRef, toId),
          });
        }
      }
    }
  }

  /**
   * The id of an internal reference to a resource already declared in this run; the rest (declared later, or
   * never, or external names) is resolved set-based at the end.
   */
  private idInRun(reference: StagedReference): string | undefined {
    return reference.kind === 'internal' ? idOf(this.index.get(reference.key)) : undefined;
  }

  private owners: OwnerDirectory | undefined;

  /** The workspace's users by email, loaded once per run: synced owners resolve to them (issue #20). */
  private async ownerDirectory(): Promise<OwnerDirectory> {
    this.owners ??= await loadOwnerDirectory(this.ctx.db, this.ctx.target.workspace_id);
    return this.owners;
  }

  private async flushResources(): Promise<void> {
    if (this.resources.length === 0) return;
    // A databuilder_id declared twice in one batch: the last declaration wins, as an upsert would.
    const batch = [...new Map(this.resources.map((r) => [r.resource.databuilder_id, r])).values()];
    this.resources = [];
    const { db, flags, target } = this.ctx;
    const ids = batch.map((r) => r.resource.databuilder_id);
    const existing = await findSyncedResources(db, flags, {
      integrationId: target.id,
      databuilderIds: this.startedEmpty ? ids.filter((id) => this.index.has(id)) : ids,
    });
    const rewritten: SyncedResource[] = [];
    for (const { resource } of batch) {
      const current = existing.get(resource.databuilder_id);
      if (current !== undefined && !isUnchanged(current, resource)) rewritten.push(current);
    }
    if (rewritten.length > 0) await readResourceEdits(db, flags, rewritten);
    const writes = planResourceBatch(batch, existing, {
      workspaceId: target.workspace_id,
      integrationId: target.id,
      syncId: this.ctx.syncId,
      policy: target.import_policy,
      now: this.ctx.now,
      index: this.index,
      hierarchy: this.hierarchy,
      counts: this.counts,
      onExistingSeen: () => {
        this.existingSeen++;
      },
      owners: await this.ownerDirectory(),
    });
    // Rows new to the catalog cannot conflict: a plain insert (COPY on PostgreSQL); the rest update in place.
    const existingIds = new Set(Array.from(existing.values(), (row) => row.id));
    const created = writes.filter((row) => !existingIds.has(row.id as string));
    const rewrites = writes.filter((row) => existingIds.has(row.id as string));
    if (created.length > 0) await insertSyncedResources(db, flags, created);
    if (rewrites.length > 0) await upsertSyncedResources(db, flags, rewrites);
    await this.considerBulkLoad();
    this.reportProgress('resources');
  }

  /**
   * A first sync that has already written more resources than the catalog held before it is a bulk load: the
   * table's secondary indexes are dropped and rebuilt at the end, which is far cheaper for a large load than
   * updating them row by row. {@link restoreIndexes} must run before anything reads through them.
   */
  private async considerBulkLoad(): Promise<void> {
    if (this.suspendedIndexes !== undefined || !this.startedEmpty) return;
    const { db, flags } = this.ctx;
    if (
      !(await isBulkLoad(db, flags, {
        table: 'resources',
        rows: this.index.size,
        tableRows: this.rowidsBefore,
      }))
    )
      return;
    this.suspendedIndexes = (await suspendIndexes(this.ctx.db, this.ctx.flags, 'resources')) ?? null;
    if (this.suspendedIndexes) this.log('dropped the resources indexes for a bulk load');
  }

  /** Rebuilds the resources indexes a bulk load dropped (at the end of streaming, before the set-based steps). */
  private async restoreIndexes(): Promise<void> {
    if (!this.suspendedIndexes) return;
    await restoreIndexes(this.ctx.db, this.ctx.flags, this.suspendedIndexes);
    this.suspendedIndexes = null;
  }

  /** Indexes dropped for a bulk load (undefined: not decided; null: not dropped). */
  private suspendedIndexes: SuspendedIndexes | null | undefined;

  private async flushLineage(): Promise<void> {
    if (this.lineage.length + this.edges.length === 0) return;
    const rows = this.lineage;
    const edges = this.edges;
    this.lineage = [];
    this.edges = [];
    const { db, flags } = this.ctx;
    if (rows.length > 0) await stageLineageReferences(db, flags, { stageTable: STAGE_LINEAGE, rows });
    // Staged, not inserted as they come: the stage is keyed by (from, to), and lineage's two pair indexes take a
    // million edges far faster in that order than in the file's (measured: 15 s against 20 s at 1M).
    if (edges.length > 0) await stageRunEdges(db, flags, edges);
    this.reportProgress('lineage');
  }

  private async analyzeStages(): Promise<void> {
    await analyzeStagingTable(this.ctx.db, this.ctx.flags, STAGE_LINEAGE);
  }

  private reportProgress(phase: SyncProgress['phase']): void {
    this.ctx.onProgress?.({ phase, resources: this.resourceRecords, lineages: this.lineageRecords });
  }
}

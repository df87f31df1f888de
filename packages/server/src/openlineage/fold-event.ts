import type { OpenLineageJobRow, OpenLineageRunRow } from '../store/openlineage/index.js';
import { normalizeTimestamp } from './event-time.js';
import {
  EMPTY_IO,
  type Facets,
  facetOf,
  mergeIo,
  type OpenLineageEvent,
  type RunIo,
} from './openlineage-model.js';

/** Marquez's run states, by the event type that sets them; OTHER sets none (a run first seen so is NEW). */
const STATE_OF: Record<string, { state: string; rank: number }> = {
  START: { state: 'RUNNING', rank: 1 },
  RUNNING: { state: 'RUNNING', rank: 2 },
  COMPLETE: { state: 'COMPLETED', rank: 3 },
  FAIL: { state: 'FAILED', rank: 3 },
  ABORT: { state: 'ABORTED', rank: 3 },
};

export const TERMINAL_FAILURES = new Set(['FAILED', 'ABORTED']);

export interface FoldContext {
  workspaceId: string;
  /** The event's time, normalised. */
  eventTime: string;
  now: string;
}

/**
 * Folds one RunEvent into its run, so that the result does not depend on the order events arrive in:
 * - the state is the one of the highest (rank, event time): a terminal state beats START/RUNNING whenever it was
 *   sent, a later terminal beats an earlier one, and an exact tie keeps the first (duplicates change nothing);
 * - started_at is the earliest START/RUNNING time, ended_at the time of the terminal state;
 * - facets merge, the latest of each facet name winning (inputs/outputs are merged by the caller, by content hash).
 * COMPLETE without START makes a COMPLETED run with no start time.
 */
export function foldRunEvent(
  run: OpenLineageRunRow | undefined,
  event: OpenLineageEvent,
  ctx: FoldContext & {
    /**
     * Parsed facets per run, kept across the events of a batch (parsing them again for every event cost more than
     * the fold); `facets` is written from it once, by {@link writeParsedRuns}.
     */
    parsed?: Map<string, ParsedRun>;
  },
): OpenLineageRunRow {
  const set = STATE_OF[event.eventType ?? ''];
  const base: OpenLineageRunRow = run ?? {
    workspace_id: ctx.workspaceId,
    run_id: event.run!.runId,
    job_namespace: event.job!.namespace,
    job_name: event.job!.name,
    state: 'NEW',
    state_rank: 0,
    state_time: ctx.eventTime,
    started_at: null,
    ended_at: null,
    nominal_start_time: null,
    nominal_end_time: null,
    parent_run_id: null,
    parent_job_namespace: null,
    parent_job_name: null,
    error_message: null,
    facets: '{}',
    io: JSON.stringify(EMPTY_IO),
    io_hash: null,
    created_at: ctx.eventTime,
    updated_at: ctx.now,
  };
  const next: OpenLineageRunRow = { ...base, updated_at: ctx.now };
  if (ctx.eventTime < next.created_at) next.created_at = ctx.eventTime;
  if (
    set &&
    (set.rank > next.state_rank || (set.rank === next.state_rank && ctx.eventTime > next.state_time))
  ) {
    next.state = set.state;
    next.state_rank = set.rank;
    next.state_time = ctx.eventTime;
    next.ended_at = set.rank === 3 ? ctx.eventTime : null;
  }
  if (set && set.rank < 3 && (next.started_at === null || ctx.eventTime < next.started_at)) {
    next.started_at = ctx.eventTime;
  }
  const before = ctx.parsed?.get(next.run_id) ?? { facets: JSON.parse(next.facets) as Facets };
  const facets: Facets = event.run?.facets ? { ...before.facets, ...event.run.facets } : before.facets;
  readRunFacets(next, facets);
  if (ctx.parsed) ctx.parsed.set(next.run_id, { facets });
  else next.facets = JSON.stringify(facets);
  return next;
}

export interface ParsedRun {
  facets: Facets;
}

/** Writes the parsed facets of a batch's runs into their rows (once per run). */
export function writeParsedRuns(runs: Iterable<OpenLineageRunRow>, parsed: Map<string, ParsedRun>): void {
  for (const run of runs) {
    const state = parsed.get(run.run_id);
    if (!state) continue;
    run.facets = JSON.stringify(state.facets);
  }
}

function readRunFacets(run: OpenLineageRunRow, facets: Facets): void {
  const nominal = facetOf<{ nominalStartTime?: string; nominalEndTime?: string | null }>(
    facets,
    'nominalTime',
  );
  run.nominal_start_time = timeOrNull(nominal?.nominalStartTime);
  run.nominal_end_time = timeOrNull(nominal?.nominalEndTime);
  const parent = facetOf<{ run?: { runId?: string }; job?: { namespace?: string; name?: string } }>(
    facets,
    'parent',
  );
  run.parent_run_id = parent?.run?.runId ?? null;
  run.parent_job_namespace = parent?.job?.namespace ?? null;
  run.parent_job_name = parent?.job?.name ?? null;
  run.error_message = facetOf<{ message?: string }>(facets, 'errorMessage')?.message ?? null;
}

const timeOrNull = (text: string | null | undefined) =>
  typeof text === 'string' ? (normalizeTimestamp(text) ?? null) : null;

/**
 * The lineage rank of a run: a COMPLETE run ranks by its end, above every run that did not complete (which rank
 * by their start). A job's lineage is its highest-ranked run's inputs and outputs: the latest COMPLETE run once
 * there is one, the latest started run before.
 */
export function lineageRankOf(run: OpenLineageRunRow): string {
  return run.state === 'COMPLETED'
    ? `1|${run.ended_at}|${run.run_id}`
    : `0|${run.started_at ?? run.state_time}|${run.run_id}`;
}

/**
 * Folds a run's new state into its job. Answers whether the job's catalog records change (a new job, other job
 * facets, or a different or grown lineage run), i.e. whether its namespace needs a sync.
 */
export function foldJobRun(
  job: OpenLineageJobRow | undefined,
  run: OpenLineageRunRow,
  event: OpenLineageEvent,
  now: string,
  /** The event carried inputs or outputs (the run's may have grown). */
  carriedDatasets: boolean,
): { job: OpenLineageJobRow; changed: boolean } {
  const next = newJobRow(job, event, now);
  let changed = job === undefined || next.facets !== job.facets;
  if (next.latest_run_id === null || event.eventType === 'START') next.latest_run_id = run.run_id;
  const rank = lineageRankOf(run);
  if (next.lineage_run_id === run.run_id || next.lineage_rank === null || rank > next.lineage_rank) {
    changed ||= next.lineage_run_id !== run.run_id || rank !== next.lineage_rank || carriedDatasets;
    next.lineage_run_id = run.run_id;
    next.lineage_rank = rank;
  }
  return { job: next, changed };
}

/** Folds a JobEvent: its facets, and its inputs/outputs as the job's lineage while it has no run. */
export function foldJobEvent(
  job: OpenLineageJobRow | undefined,
  event: OpenLineageEvent,
  now: string,
): OpenLineageJobRow {
  const next = newJobRow(job, event, now);
  next.static_io = JSON.stringify(
    mergeIo(job?.static_io ? (JSON.parse(job.static_io) as RunIo) : EMPTY_IO, {
      inputs: event.inputs,
      outputs: event.outputs,
    }),
  );
  return next;
}

function newJobRow(
  job: OpenLineageJobRow | undefined,
  event: OpenLineageEvent,
  now: string,
): OpenLineageJobRow {
  const base: OpenLineageJobRow = job ?? {
    workspace_id: '',
    namespace: event.job!.namespace,
    name: event.job!.name,
    facets: '{}',
    latest_run_id: null,
    lineage_run_id: null,
    lineage_rank: null,
    static_io: null,
    created_at: now,
    updated_at: now,
  };
  const facets = event.job?.facets
    ? JSON.stringify({ ...JSON.parse(base.facets), ...event.job.facets })
    : base.facets;
  return { ...base, facets, updated_at: now };
}

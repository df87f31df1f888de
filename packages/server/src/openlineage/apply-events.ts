import type { Logger } from 'pino';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import type { Store } from '../store/database.js';
import {
  claimOpenLineageDrain,
  findOpenLineageDatasets,
  findOpenLineageJobs,
  findOpenLineageRuns,
  insertOpenLineageIo,
  listPendingOpenLineageEvents,
  markOpenLineageEvents,
  markOpenLineageNamespacesDirty,
  type OpenLineageDatasetRow,
  type OpenLineageEventRow,
  type OpenLineageJobRow,
  type OpenLineageRunRow,
  releaseOpenLineageDrain,
  upsertOpenLineageDatasets,
  upsertOpenLineageJobs,
  upsertOpenLineageRuns,
} from '../store/openlineage/index.js';
import {
  foldJobEvent,
  foldJobRun,
  foldRunEvent,
  type ParsedRun,
  TERMINAL_FAILURES,
  writeParsedRuns,
} from './fold-event.js';
import { carriesDatasets, EMPTY_IO_TEXT, hashesToLoad, ioTextOf, RunIoFolder } from './fold-run-io.js';
import { announceFailures, ensureNamespaces } from './namespace-integrations.js';
import type { Facets, OpenLineageEvent } from './openlineage-model.js';
import { syncDirtyNamespaces } from './sync-namespaces.js';

/** Events read per pass: one sync per touched namespace per pass, so bursts cost few syncs. */
const BATCH = 5000;
const LEASE_MS = 60_000;
/** A pass stops starting batches after this long, so the job loop gets its turn. */
const PASS_MS = 10_000;

export interface ApplyEventsOptions {
  log?: Pick<Logger, 'info' | 'warn'> | undefined;
  /** Events read per batch (tests use small ones). */
  batchSize?: number | undefined;
}

export interface ApplyEventsResult {
  applied: number;
  failed: number;
  syncs: number;
}

const OWNER = `openlineage-${newId()}`;

/**
 * Applies the pending OpenLineage events (DESIGN §2: an OpenLineage run ends in the one sync engine):
 *
 *   pending events (seq order) ──fold──> runs, jobs, datasets, changed namespaces marked dirty, events marked
 *                                        applied (one transaction per batch: all of it or nothing)
 *                                        └──> one sync per dirty namespace (syncDirtyNamespaces), skipped when
 *                                             nothing the catalog shows changed
 *                                        └──> `openlineage.run.failed` for runs that reached FAIL/ABORT
 *
 * One drainer at a time per database (a lease row), so the events of a run are folded in the order received.
 * Returns at once (zero counts) when another process holds the lease.
 */
export async function applyPendingOpenLineageEvents(
  store: Store,
  options: ApplyEventsOptions = {},
): Promise<ApplyEventsResult> {
  const total: ApplyEventsResult = { applied: 0, failed: 0, syncs: 0 };
  const started = performance.now();
  const lease = () =>
    claimOpenLineageDrain(store.db, {
      owner: OWNER,
      now: nowIso(),
      expiresAt: new Date(Date.now() + LEASE_MS).toISOString(),
    });
  if (!(await lease())) return total;
  try {
    // Namespaces a crash (or a failed sync) left between their events' transaction and their sync.
    total.syncs += await syncDirtyNamespaces(store, options.log);
    while (performance.now() - started < PASS_MS) {
      const rows = await listPendingOpenLineageEvents(store.db, { limit: options.batchSize ?? BATCH });
      if (rows.length === 0) break;
      const result = await applyBatch(store, rows, options);
      total.applied += result.applied;
      total.failed += result.failed;
      total.syncs += result.syncs;
      if (!(await lease())) break;
    }
  } finally {
    await releaseOpenLineageDrain(store.db, OWNER);
  }
  return total;
}

interface Folded {
  runs: Map<string, OpenLineageRunRow>;
  jobs: Map<string, OpenLineageJobRow>;
  datasets: Map<string, OpenLineageDatasetRow>;
  touched: Set<string>;
  failures: OpenLineageRunRow[];
  applied: number[];
  failed: Array<{ seq: number; error: string }>;
  parsed: Map<string, ParsedRun>;
  io: RunIoFolder;
}

async function applyBatch(
  store: Store,
  rows: OpenLineageEventRow[],
  options: ApplyEventsOptions,
): Promise<ApplyEventsResult> {
  const byWorkspace = new Map<string, OpenLineageEventRow[]>();
  for (const row of rows)
    byWorkspace.set(row.workspace_id, [...(byWorkspace.get(row.workspace_id) ?? []), row]);
  const result: ApplyEventsResult = { applied: 0, failed: 0, syncs: 0 };
  for (const [workspaceId, events] of byWorkspace) {
    const folded = await foldEvents(store, workspaceId, events);
    const integrations = await store.db.transaction().execute(async (trx) => {
      const names = new Set([...folded.touched, ...[...folded.jobs.values()].map((j) => j.namespace)]);
      const ids = await ensureNamespaces(trx as unknown as Store['db'], workspaceId, names);
      await insertOpenLineageIo(
        trx,
        [...folded.io.toStore].map(([hash, io]) => ({ workspace_id: workspaceId, hash, io })),
      );
      await upsertOpenLineageRuns(trx, [...folded.runs.values()]);
      await upsertOpenLineageJobs(trx, [...folded.jobs.values()]);
      await upsertOpenLineageDatasets(trx, [...folded.datasets.values()]);
      await markOpenLineageNamespacesDirty(trx, { workspaceId, namespaces: [...folded.touched] });
      await markOpenLineageEvents(trx, { seqs: folded.applied, state: 'applied' });
      for (const f of folded.failed)
        await markOpenLineageEvents(trx, { seqs: [f.seq], state: 'failed', error: f.error });
      return ids;
    });
    result.syncs += await syncDirtyNamespaces(store, options.log);
    await announceFailures(store, workspaceId, folded.failures, integrations);
    result.applied += folded.applied.length;
    result.failed += folded.failed.length;
    options.log?.info(
      { workspaceId, applied: folded.applied.length, syncs: folded.touched.size },
      'openlineage events applied',
    );
  }
  return result;
}

const jobKey = (namespace: string, name: string) => `${namespace}\u0000${name}`;

/** Folds events in seq order into the rows they change (loaded once per batch). */
async function foldEvents(store: Store, workspaceId: string, rows: OpenLineageEventRow[]): Promise<Folded> {
  const io = new RunIoFolder();
  const events = rows.map((row) => {
    const event = JSON.parse(row.body) as OpenLineageEvent;
    // Events stored before content hashing carry their datasets in the body.
    const ioHash =
      row.io_hash ??
      (row.event_kind !== 'dataset' && carriesDatasets(event) ? io.remember(ioTextOf(event)) : null);
    return { row, event, ioHash };
  });
  const runIds = [...new Set(rows.map((r) => r.run_id).filter((id): id is string => id !== null))];
  const jobKeys = uniqueKeys(events.filter((e) => e.event.job).map((e) => e.event.job!));
  const datasetKeys = uniqueKeys(events.filter((e) => e.event.dataset).map((e) => e.event.dataset!));
  const runs = new Map(
    (await findOpenLineageRuns(store.db, { workspaceId, runIds })).map((r) => [r.run_id, r]),
  );
  for (const run of runs.values()) {
    // A run folded before content hashing keeps its inputs/outputs in `io`: they move to the content store.
    if (run.io_hash === null && run.io !== EMPTY_IO_TEXT) {
      run.io_hash = io.remember(run.io);
      run.io = EMPTY_IO_TEXT;
    }
  }
  await io.load(
    store,
    workspaceId,
    hashesToLoad(
      new Map([...runs].map(([id, run]) => [id, run.io_hash])),
      events.map((e) => ({ runId: e.row.event_kind === 'run' ? e.row.run_id : null, ioHash: e.ioHash })),
    ),
  );
  const jobs = new Map(
    (await findOpenLineageJobs(store.db, { workspaceId, keys: jobKeys })).map((j) => [
      jobKey(j.namespace, j.name),
      j,
    ]),
  );
  const datasets = new Map(
    (await findOpenLineageDatasets(store.db, { workspaceId, keys: datasetKeys })).map((d) => [
      jobKey(d.dataset_namespace, d.dataset_name),
      d,
    ]),
  );
  const folded: Folded = {
    runs: new Map(),
    jobs: new Map(),
    datasets: new Map(),
    touched: new Set(),
    failures: [],
    applied: [],
    failed: [],
    parsed: new Map(),
    io,
  };
  const now = nowIso();
  for (const { row, event, ioHash } of events) {
    try {
      foldOne(folded, { runs, jobs, datasets }, { workspaceId, row, event, ioHash, now });
      folded.applied.push(row.seq);
    } catch (error) {
      folded.failed.push({ seq: row.seq, error: (error as Error)?.message ?? String(error) });
    }
  }
  writeParsedRuns(folded.runs.values(), folded.parsed);
  return folded;
}

function foldOne(
  folded: Folded,
  state: Pick<Folded, 'runs' | 'jobs' | 'datasets'>,
  input: {
    workspaceId: string;
    row: OpenLineageEventRow;
    event: OpenLineageEvent;
    /** The content hash of the event's inputs/outputs (null: it has none). */
    ioHash: string | null;
    now: string;
  },
): void {
  const { workspaceId, row, event, ioHash, now } = input;
  if (row.event_kind === 'dataset') {
    const dataset = event.dataset!;
    const key = jobKey(dataset.namespace, dataset.name);
    const before = state.datasets.get(key);
    const facets: Facets = { ...(before ? JSON.parse(before.facets) : {}), ...dataset.facets };
    const next = {
      workspace_id: workspaceId,
      dataset_namespace: dataset.namespace,
      dataset_name: dataset.name,
      facets: JSON.stringify(facets),
      updated_at: now,
    };
    state.datasets.set(key, next);
    folded.datasets.set(key, next);
    folded.touched.add(dataset.namespace);
    return;
  }
  const key = jobKey(event.job!.namespace, event.job!.name);
  if (row.event_kind === 'job') {
    const withDatasets = ioHash === null ? event : { ...event, ...folded.io.io(ioHash) };
    const job = { ...foldJobEvent(state.jobs.get(key), withDatasets, now), workspace_id: workspaceId };
    state.jobs.set(key, job);
    folded.jobs.set(key, job);
    folded.touched.add(job.namespace);
    return;
  }
  const before = state.runs.get(event.run!.runId);
  const run = foldRunEvent(
    before,
    { ...event, eventTime: row.event_time },
    { workspaceId, eventTime: row.event_time, now, parsed: folded.parsed },
  );
  if (ioHash !== null) run.io_hash = folded.io.merge(run.io_hash, ioHash);
  state.runs.set(run.run_id, run);
  folded.runs.set(run.run_id, run);
  if (TERMINAL_FAILURES.has(run.state) && !TERMINAL_FAILURES.has(before?.state ?? ''))
    folded.failures.push(run);
  // A run's events name its job; the run stays with the job it was first seen under.
  const runJobKey = jobKey(run.job_namespace, run.job_name);
  const { job, changed } = foldJobRun(state.jobs.get(runJobKey), run, event, now, ioHash !== null);
  job.workspace_id = workspaceId;
  state.jobs.set(runJobKey, job);
  folded.jobs.set(runJobKey, job);
  if (changed) folded.touched.add(job.namespace);
}

function uniqueKeys(list: Array<{ namespace: string; name: string }>) {
  const seen = new Map<string, { namespace: string; name: string }>();
  for (const item of list)
    seen.set(jobKey(item.namespace, item.name), { namespace: item.namespace, name: item.name });
  return [...seen.values()];
}

import { NotFoundError } from '../errors/index.js';
import type { Store } from '../store/database.js';
import {
  findOpenLineageRun,
  listJobRuns,
  listRunEvents,
  listWorkspaceDatasets,
  listWorkspaceJobs,
  type OpenLineageJobRow,
  type OpenLineageRunRow,
} from '../store/openlineage/index.js';
import {
  datasetKey,
  EMPTY_IO,
  type Facets,
  facetOf,
  mergeDatasets,
  type OpenLineageDataset,
  type RunIo,
} from './openlineage-model.js';

/** Runs listed with a job. */
const LATEST_RUNS = 10;

export interface MarquezRun {
  id: string;
  createdAt: string;
  updatedAt: string;
  nominalStartTime: string | null;
  nominalEndTime: string | null;
  state: string;
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
  args: Record<string, unknown>;
  facets: Facets;
  jobNamespace: string;
  jobName: string;
  errorMessage: string | null;
  parentRun: { runId: string; jobNamespace: string | null; jobName: string | null } | null;
}

export interface DatasetId {
  namespace: string;
  name: string;
}

export interface MarquezJob {
  id: DatasetId;
  type: string;
  name: string;
  simpleName: string;
  namespace: string;
  createdAt: string;
  updatedAt: string;
  inputs: DatasetId[];
  outputs: DatasetId[];
  location: string | null;
  facets: Facets;
  latestRun: MarquezRun | null;
  latestRuns: MarquezRun[];
}

export interface MarquezDataset {
  id: DatasetId;
  type: string;
  name: string;
  physicalName: string;
  namespace: string;
  sourceName: string;
  createdAt: string;
  updatedAt: string;
  fields: Array<{ name: string; type: string | null; tags: string[]; description: string | null }>;
  tags: string[];
  description: string | null;
  facets: Facets;
  deleted: boolean;
}

export interface MarquezNamespace {
  name: string;
  createdAt: string;
  updatedAt: string;
  ownerName: string;
  description: string | null;
}

export function toMarquezRun(run: OpenLineageRunRow): MarquezRun {
  const duration =
    run.started_at && run.ended_at ? Date.parse(run.ended_at) - Date.parse(run.started_at) : null;
  return {
    id: run.run_id,
    createdAt: run.created_at,
    updatedAt: run.updated_at,
    nominalStartTime: run.nominal_start_time,
    nominalEndTime: run.nominal_end_time,
    state: run.state,
    startedAt: run.started_at,
    endedAt: run.ended_at,
    durationMs: duration,
    args: {},
    facets: JSON.parse(run.facets) as Facets,
    jobNamespace: run.job_namespace,
    jobName: run.job_name,
    errorMessage: run.error_message,
    parentRun: run.parent_run_id
      ? { runId: run.parent_run_id, jobNamespace: run.parent_job_namespace, jobName: run.parent_job_name }
      : null,
  };
}

interface WorldJob {
  row: OpenLineageJobRow;
  io: RunIo;
}

interface WorldDataset {
  dataset: OpenLineageDataset;
  createdAt: string;
  updatedAt: string;
}

/**
 * The workspace's OpenLineage state as Marquez sees it: jobs with their current inputs/outputs, datasets merged
 * from them and from DatasetEvents, namespaces being every job's and every dataset's. Read whole per request:
 * fine for thousands of jobs (a documented limit), not for millions.
 */
class OpenLineageWorld {
  readonly jobs = new Map<string, WorldJob>();
  readonly datasets = new Map<string, WorldDataset>();

  static async load(store: Store, workspaceId: string): Promise<OpenLineageWorld> {
    const world = new OpenLineageWorld();
    for (const row of await listWorkspaceJobs(store.db, workspaceId)) {
      const text = row.lineage_io ?? row.static_io;
      const io = text ? (JSON.parse(text) as RunIo) : EMPTY_IO;
      world.jobs.set(datasetKey(row), { row, io });
      for (const dataset of [...io.inputs, ...io.outputs])
        world.addDataset(dataset, row.created_at, row.updated_at);
    }
    for (const row of await listWorkspaceDatasets(store.db, workspaceId)) {
      world.addDataset(
        {
          namespace: row.dataset_namespace,
          name: row.dataset_name,
          facets: JSON.parse(row.facets) as Facets,
        },
        row.updated_at,
        row.updated_at,
      );
    }
    return world;
  }

  private addDataset(dataset: OpenLineageDataset, createdAt: string, updatedAt: string): void {
    const key = datasetKey(dataset);
    const before = this.datasets.get(key);
    if (!before) {
      this.datasets.set(key, {
        dataset: { namespace: dataset.namespace, name: dataset.name, facets: dataset.facets },
        createdAt,
        updatedAt,
      });
      return;
    }
    before.dataset = mergeDatasets(
      [before.dataset],
      [{ namespace: dataset.namespace, name: dataset.name, facets: dataset.facets }],
    )[0]!;
    if (createdAt < before.createdAt) before.createdAt = createdAt;
    if (updatedAt > before.updatedAt) before.updatedAt = updatedAt;
  }

  namespaces(): MarquezNamespace[] {
    const seen = new Map<string, MarquezNamespace>();
    const add = (name: string, createdAt: string, updatedAt: string) => {
      const before = seen.get(name);
      if (!before)
        seen.set(name, { name, createdAt, updatedAt, ownerName: 'openlineage', description: null });
      else {
        if (createdAt < before.createdAt) before.createdAt = createdAt;
        if (updatedAt > before.updatedAt) before.updatedAt = updatedAt;
      }
    };
    for (const { row } of this.jobs.values()) add(row.namespace, row.created_at, row.updated_at);
    for (const d of this.datasets.values()) add(d.dataset.namespace, d.createdAt, d.updatedAt);
    return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  }
}

function toMarquezDataset(d: WorldDataset): MarquezDataset {
  const { dataset } = d;
  const schema = facetOf<{ fields?: Array<{ name: string; type?: string; description?: string }> }>(
    dataset.facets,
    'schema',
  );
  const tags =
    facetOf<{ tags?: Array<{ key?: string; value?: string }> }>(dataset.facets, 'tags')?.tags ?? [];
  return {
    id: { namespace: dataset.namespace, name: dataset.name },
    type: 'DB_TABLE',
    name: dataset.name,
    physicalName: dataset.name,
    namespace: dataset.namespace,
    sourceName: dataset.namespace,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    fields: (schema?.fields ?? [])
      .filter((f) => typeof f?.name === 'string')
      .map((f) => ({ name: f.name, type: f.type ?? null, tags: [], description: f.description ?? null })),
    tags: tags.map((t) => (t.value ? `${t.key}:${t.value}` : String(t.key))),
    description: facetOf<{ description?: string }>(dataset.facets, 'documentation')?.description ?? null,
    facets: dataset.facets ?? {},
    deleted: false,
  };
}

async function toMarquezJob(store: Store, workspaceId: string, job: WorldJob): Promise<MarquezJob> {
  const { row, io } = job;
  const facets = JSON.parse(row.facets) as Facets;
  const runs = (
    await listJobRuns(store.db, { workspaceId, namespace: row.namespace, name: row.name, limit: LATEST_RUNS })
  ).map(toMarquezRun);
  const jobType = facetOf<{ processingType?: string }>(facets, 'jobType');
  return {
    id: { namespace: row.namespace, name: row.name },
    type: jobType?.processingType === 'STREAMING' ? 'STREAM' : 'BATCH',
    name: row.name,
    simpleName: row.name.split('.').at(-1) ?? row.name,
    namespace: row.namespace,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    inputs: io.inputs.map((d) => ({ namespace: d.namespace, name: d.name })),
    outputs: io.outputs.map((d) => ({ namespace: d.namespace, name: d.name })),
    location: facetOf<{ url?: string }>(facets, 'sourceCodeLocation')?.url ?? null,
    facets,
    latestRun: runs[0] ?? null,
    latestRuns: runs,
  };
}

export async function listMarquezNamespaces(store: Store, workspaceId: string): Promise<MarquezNamespace[]> {
  return (await OpenLineageWorld.load(store, workspaceId)).namespaces();
}

async function loadNamespace(
  store: Store,
  workspaceId: string,
  namespace: string,
): Promise<OpenLineageWorld> {
  const world = await OpenLineageWorld.load(store, workspaceId);
  if (!world.namespaces().some((n) => n.name === namespace)) {
    throw new NotFoundError('openlineage_namespace_not_found', `no OpenLineage namespace "${namespace}"`, {
      namespace,
    });
  }
  return world;
}

export async function listMarquezJobs(
  store: Store,
  options: { workspaceId: string; namespace: string; limit: number; offset: number },
): Promise<{ jobs: MarquezJob[]; totalCount: number }> {
  const world = await loadNamespace(store, options.workspaceId, options.namespace);
  const all = [...world.jobs.values()].filter((j) => j.row.namespace === options.namespace);
  const page = all.slice(options.offset, options.offset + options.limit);
  const jobs: MarquezJob[] = [];
  for (const job of page) jobs.push(await toMarquezJob(store, options.workspaceId, job));
  return { jobs, totalCount: all.length };
}

export async function getMarquezJob(
  store: Store,
  options: { workspaceId: string; namespace: string; name: string },
): Promise<MarquezJob> {
  const world = await OpenLineageWorld.load(store, options.workspaceId);
  const job = world.jobs.get(datasetKey({ namespace: options.namespace, name: options.name }));
  if (!job) {
    throw new NotFoundError(
      'openlineage_job_not_found',
      `no OpenLineage job "${options.name}" in "${options.namespace}"`,
      {
        namespace: options.namespace,
        name: options.name,
      },
    );
  }
  return toMarquezJob(store, options.workspaceId, job);
}

export async function listMarquezDatasets(
  store: Store,
  options: { workspaceId: string; namespace: string; limit: number; offset: number },
): Promise<{ datasets: MarquezDataset[]; totalCount: number }> {
  const world = await loadNamespace(store, options.workspaceId, options.namespace);
  const all = [...world.datasets.values()]
    .filter((d) => d.dataset.namespace === options.namespace)
    .sort((a, b) => (a.dataset.name < b.dataset.name ? -1 : 1));
  return {
    datasets: all.slice(options.offset, options.offset + options.limit).map(toMarquezDataset),
    totalCount: all.length,
  };
}

/** A run with its state history (every event received for it, in order). */
export async function getMarquezRun(
  store: Store,
  options: { workspaceId: string; runId: string },
): Promise<MarquezRun & { states: Array<{ eventType: string | null; eventTime: string }> }> {
  const run = await findOpenLineageRun(store.db, options);
  if (!run)
    throw new NotFoundError('openlineage_run_not_found', `no OpenLineage run ${options.runId}`, {
      runId: options.runId,
    });
  const events = await listRunEvents(store.db, options);
  return {
    ...toMarquezRun(run),
    states: events.map((e) => ({ eventType: e.event_type, eventTime: e.event_time })),
  };
}

export interface GraphNode {
  id: string;
  type: 'JOB' | 'DATASET';
  data: MarquezJob | MarquezDataset;
  inEdges: Array<{ origin: string; destination: string }>;
  outEdges: Array<{ origin: string; destination: string }>;
}

/** `dataset:<namespace>:<name>` / `job:<namespace>:<name>`; the namespace may hold colons (`postgres://h:5432`). */
export function parseNodeId(
  nodeId: string,
  world?: { has(type: string, ns: string, name: string): boolean },
) {
  const match = /^(dataset|job):(.+)$/.exec(nodeId);
  if (!match) return undefined;
  const [, type, rest] = match as unknown as [string, 'dataset' | 'job', string];
  // Try every colon as the separator, longest namespace first; the one that names a known node wins.
  const cuts = [...rest.matchAll(/:/g)].map((m) => m.index!).reverse();
  for (const cut of cuts) {
    const namespace = rest.slice(0, cut);
    const name = rest.slice(cut + 1);
    if (!world || world.has(type, namespace, name)) return { type, namespace, name };
  }
  return undefined;
}

/**
 * Marquez's lineage graph around one node: jobs and datasets within `depth` job hops, each with its in and out
 * edges (dataset ──> job for inputs, job ──> dataset for outputs), from each job's current lineage run.
 */
export async function getMarquezLineage(
  store: Store,
  options: { workspaceId: string; nodeId: string; depth: number },
): Promise<{ graph: GraphNode[] }> {
  const world = await OpenLineageWorld.load(store, options.workspaceId);
  const has = (type: string, namespace: string, name: string) =>
    (type === 'job' ? world.jobs : world.datasets).has(datasetKey({ namespace, name }));
  const start = parseNodeId(options.nodeId, { has });
  if (!start) {
    throw new NotFoundError('openlineage_node_not_found', `no OpenLineage node ${options.nodeId}`, {
      nodeId: options.nodeId,
    });
  }
  const nodeId = (type: 'job' | 'dataset', d: DatasetId) => `${type}:${d.namespace}:${d.name}`;
  const edges = new Map<string, { inEdges: Set<string>; outEdges: Set<string> }>();
  const edgeSet = (id: string) => {
    let e = edges.get(id);
    if (!e) {
      e = { inEdges: new Set(), outEdges: new Set() };
      edges.set(id, e);
    }
    return e;
  };
  for (const { row, io } of world.jobs.values()) {
    const job = nodeId('job', row);
    edgeSet(job);
    for (const d of io.inputs) {
      edgeSet(nodeId('dataset', d)).outEdges.add(job);
      edgeSet(job).inEdges.add(nodeId('dataset', d));
    }
    for (const d of io.outputs) {
      edgeSet(job).outEdges.add(nodeId('dataset', d));
      edgeSet(nodeId('dataset', d)).inEdges.add(job);
    }
  }
  const startId = nodeId(start.type, start);
  const seen = new Map<string, number>([[startId, 0]]);
  const queue = [startId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const hops = seen.get(id)!;
    const e = edges.get(id);
    if (!e) continue;
    for (const next of [...e.inEdges, ...e.outEdges]) {
      // Depth counts jobs away from the start, as Marquez does: a job's datasets come with it.
      const cost = next.startsWith('job:') ? hops + 1 : hops;
      if (seen.has(next) || cost > options.depth) continue;
      seen.set(next, cost);
      queue.push(next);
    }
  }
  const graph: GraphNode[] = [];
  for (const id of [...seen.keys()].sort()) {
    const e = edgeSet(id);
    const parsed = parseNodeId(id, { has })!;
    const key = datasetKey(parsed);
    const data =
      parsed.type === 'job'
        ? await toMarquezJob(store, options.workspaceId, world.jobs.get(key)!)
        : toMarquezDataset(world.datasets.get(key)!);
    graph.push({
      id,
      type: parsed.type === 'job' ? 'JOB' : 'DATASET',
      data,
      inEdges: [...e.inEdges].sort().map((origin) => ({ origin, destination: id })),
      outEdges: [...e.outEdges].sort().map((destination) => ({ origin: id, destination })),
    });
  }
  return { graph };
}

import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type {
  OpenLineageDatasetsTable,
  OpenLineageJobsTable,
  OpenLineageNamespacesTable,
  OpenLineageRunsTable,
} from './openlineage-tables.js';

export type OpenLineageRunRow = Selectable<OpenLineageRunsTable>;
export type OpenLineageJobRow = Selectable<OpenLineageJobsTable>;
export type OpenLineageDatasetRow = Selectable<OpenLineageDatasetsTable>;
export type OpenLineageNamespaceRow = Selectable<OpenLineageNamespacesTable>;
/** A job with its lineage run's inputs and outputs (JSON `RunIo`, null when it has no run) and their hash. */
export type OpenLineageJobWithIo = OpenLineageJobRow & {
  lineage_io: string | null;
  lineage_io_hash: string | null;
  lineage_ran_at: string | null;
};

/** Keys per `in (...)` list. */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function listOpenLineageNamespaces(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<OpenLineageNamespaceRow[]> {
  return db
    .selectFrom('openlineage_namespaces')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('namespace')
    .execute();
}

export async function insertOpenLineageNamespace(
  db: Kysely<Database>,
  row: Pick<OpenLineageNamespaceRow, 'workspace_id' | 'namespace' | 'integration_id' | 'created_at'>,
): Promise<void> {
  await db.insertInto('openlineage_namespaces').values(row).execute();
}

/** Marks namespaces as needing a sync (in the transaction that applies the events that changed them). */
export async function markOpenLineageNamespacesDirty(
  db: Kysely<Database>,
  options: { workspaceId: string; namespaces: string[] },
): Promise<void> {
  for (const names of chunks(options.namespaces)) {
    await db
      .updateTable('openlineage_namespaces')
      .set({ dirty: 1 })
      .where('workspace_id', '=', options.workspaceId)
      .where('namespace', 'in', names)
      .execute();
  }
}

/** Namespaces whose sync is due (also those a crash or a failed sync left so), across workspaces. */
export async function listDirtyOpenLineageNamespaces(
  db: Kysely<Database>,
): Promise<OpenLineageNamespaceRow[]> {
  return db
    .selectFrom('openlineage_namespaces')
    .selectAll()
    .where('dirty', '=', 1)
    .orderBy('workspace_id')
    .orderBy('namespace')
    .execute();
}

/** A namespace's sync is done (or skipped, or failed): what its records were built from, and the records' digest. */
export async function finishOpenLineageNamespaceSync(
  db: Kysely<Database>,
  options: {
    workspaceId: string;
    namespace: string;
    inputDigest: string | null;
    recordsDigest: string | null;
  },
): Promise<void> {
  await db
    .updateTable('openlineage_namespaces')
    .set({ dirty: 0, input_digest: options.inputDigest, records_digest: options.recordsDigest })
    .where('workspace_id', '=', options.workspaceId)
    .where('namespace', '=', options.namespace)
    .execute();
}

/** Stores inputs/outputs by content hash; content already stored is left as it is. */
export async function insertOpenLineageIo(
  db: Kysely<Database>,
  rows: Array<{ workspace_id: string; hash: string; io: string }>,
): Promise<void> {
  // A few per statement: each is tens of KB.
  for (let i = 0; i < rows.length; i += 50) {
    await db
      .insertInto('openlineage_io')
      .values(rows.slice(i, i + 50))
      .onConflict((oc) => oc.columns(['workspace_id', 'hash']).doNothing())
      .execute();
  }
}

/** Which of these inputs/outputs hashes are stored (without reading their contents). */
export async function findStoredOpenLineageIo(
  db: Kysely<Database>,
  options: { workspaceId: string; hashes: string[] },
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const hashes of chunks(options.hashes)) {
    const rows = await db
      .selectFrom('openlineage_io')
      .select('hash')
      .where('workspace_id', '=', options.workspaceId)
      .where('hash', 'in', hashes)
      .execute();
    for (const row of rows) found.add(row.hash);
  }
  return found;
}

/** Stored inputs/outputs by hash (JSON `RunIo` text). */
export async function findOpenLineageIo(
  db: Kysely<Database>,
  options: { workspaceId: string; hashes: string[] },
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const hashes of chunks(options.hashes)) {
    const rows = await db
      .selectFrom('openlineage_io')
      .select(['hash', 'io'])
      .where('workspace_id', '=', options.workspaceId)
      .where('hash', 'in', hashes)
      .execute();
    for (const row of rows) found.set(row.hash, row.io);
  }
  return found;
}

/** Runs by id (those that exist). */
export async function findOpenLineageRuns(
  db: Kysely<Database>,
  options: { workspaceId: string; runIds: string[] },
): Promise<OpenLineageRunRow[]> {
  const rows: OpenLineageRunRow[] = [];
  for (const ids of chunks(options.runIds)) {
    rows.push(
      ...(await db
        .selectFrom('openlineage_runs')
        .selectAll()
        .where('workspace_id', '=', options.workspaceId)
        .where('run_id', 'in', ids)
        .execute()),
    );
  }
  return rows;
}

/** Jobs of one workspace by namespace and name (those that exist). */
export async function findOpenLineageJobs(
  db: Kysely<Database>,
  options: { workspaceId: string; keys: Array<{ namespace: string; name: string }> },
): Promise<OpenLineageJobRow[]> {
  const rows: OpenLineageJobRow[] = [];
  for (const keys of chunks(options.keys)) {
    rows.push(
      ...(await db
        .selectFrom('openlineage_jobs')
        .selectAll()
        .where('workspace_id', '=', options.workspaceId)
        .where((eb) =>
          eb.or(keys.map((k) => eb.and([eb('namespace', '=', k.namespace), eb('name', '=', k.name)]))),
        )
        .execute()),
    );
  }
  return rows;
}

export async function upsertOpenLineageRuns(db: Kysely<Database>, rows: OpenLineageRunRow[]): Promise<void> {
  for (const part of chunks(rows)) {
    await db
      .insertInto('openlineage_runs')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'run_id']).doUpdateSet((eb) => ({
          job_namespace: eb.ref('excluded.job_namespace'),
          job_name: eb.ref('excluded.job_name'),
          state: eb.ref('excluded.state'),
          state_rank: eb.ref('excluded.state_rank'),
          state_time: eb.ref('excluded.state_time'),
          started_at: eb.ref('excluded.started_at'),
          ended_at: eb.ref('excluded.ended_at'),
          nominal_start_time: eb.ref('excluded.nominal_start_time'),
          nominal_end_time: eb.ref('excluded.nominal_end_time'),
          parent_run_id: eb.ref('excluded.parent_run_id'),
          parent_job_namespace: eb.ref('excluded.parent_job_namespace'),
          parent_job_name: eb.ref('excluded.parent_job_name'),
          error_message: eb.ref('excluded.error_message'),
          facets: eb.ref('excluded.facets'),
          io: eb.ref('excluded.io'),
          io_hash: eb.ref('excluded.io_hash'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

export async function upsertOpenLineageJobs(db: Kysely<Database>, rows: OpenLineageJobRow[]): Promise<void> {
  for (const part of chunks(rows)) {
    await db
      .insertInto('openlineage_jobs')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'namespace', 'name']).doUpdateSet((eb) => ({
          facets: eb.ref('excluded.facets'),
          latest_run_id: eb.ref('excluded.latest_run_id'),
          lineage_run_id: eb.ref('excluded.lineage_run_id'),
          lineage_rank: eb.ref('excluded.lineage_rank'),
          static_io: eb.ref('excluded.static_io'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

export async function upsertOpenLineageDatasets(
  db: Kysely<Database>,
  rows: OpenLineageDatasetRow[],
): Promise<void> {
  for (const part of chunks(rows)) {
    await db
      .insertInto('openlineage_datasets')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'dataset_namespace', 'dataset_name']).doUpdateSet((eb) => ({
          facets: eb.ref('excluded.facets'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

export async function findOpenLineageDatasets(
  db: Kysely<Database>,
  options: { workspaceId: string; keys: Array<{ namespace: string; name: string }> },
): Promise<OpenLineageDatasetRow[]> {
  const rows: OpenLineageDatasetRow[] = [];
  for (const keys of chunks(options.keys)) {
    rows.push(
      ...(await db
        .selectFrom('openlineage_datasets')
        .selectAll()
        .where('workspace_id', '=', options.workspaceId)
        .where((eb) =>
          eb.or(
            keys.map((k) =>
              eb.and([eb('dataset_namespace', '=', k.namespace), eb('dataset_name', '=', k.name)]),
            ),
          ),
        )
        .execute()),
    );
  }
  return rows;
}

/**
 * A workspace's jobs, each with its lineage run's inputs and outputs (null when it has no run yet): the run's
 * stored-once contents by hash, or the run's own text from before migration 0025.
 */
function jobsWithIo(db: Kysely<Database>, workspaceId: string) {
  return db
    .selectFrom('openlineage_jobs as j')
    .leftJoin('openlineage_runs as r', (join) =>
      join.onRef('r.workspace_id', '=', 'j.workspace_id').onRef('r.run_id', '=', 'j.lineage_run_id'),
    )
    .leftJoin('openlineage_io as b', (join) =>
      join.onRef('b.workspace_id', '=', 'r.workspace_id').onRef('b.hash', '=', 'r.io_hash'),
    )
    .selectAll('j')
    .select((eb) => [
      eb.fn.coalesce('b.io', 'r.io').as('lineage_io'),
      'r.io_hash as lineage_io_hash',
      eb.fn.coalesce('r.ended_at', 'r.started_at').as('lineage_ran_at'),
    ])
    .where('j.workspace_id', '=', workspaceId);
}

/** Every job of a namespace with its lineage run's inputs and outputs (null when it has no run yet). */
export async function listNamespaceJobs(
  db: Kysely<Database>,
  options: { workspaceId: string; namespace: string },
): Promise<OpenLineageJobWithIo[]> {
  return jobsWithIo(db, options.workspaceId)
    .where('j.namespace', '=', options.namespace)
    .orderBy('j.name')
    .execute();
}

/** Datasets announced on their own (DatasetEvent) whose namespace is this one. */
export async function listNamespaceDatasets(
  db: Kysely<Database>,
  options: { workspaceId: string; namespace: string },
): Promise<OpenLineageDatasetRow[]> {
  return db
    .selectFrom('openlineage_datasets')
    .selectAll()
    .where('workspace_id', '=', options.workspaceId)
    .where('dataset_namespace', '=', options.namespace)
    .orderBy('dataset_name')
    .execute();
}

/** The latest runs of a job, newest first. */
export async function listJobRuns(
  db: Kysely<Database>,
  options: { workspaceId: string; namespace: string; name: string; limit: number; offset?: number },
): Promise<OpenLineageRunRow[]> {
  return db
    .selectFrom('openlineage_runs')
    .selectAll()
    .where('workspace_id', '=', options.workspaceId)
    .where('job_namespace', '=', options.namespace)
    .where('job_name', '=', options.name)
    .orderBy('created_at', 'desc')
    .orderBy('run_id', 'desc')
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
}

/** One run, or undefined (also when it belongs to another workspace). */
export async function findOpenLineageRun(
  db: Kysely<Database>,
  options: { workspaceId: string; runId: string },
): Promise<OpenLineageRunRow | undefined> {
  return db
    .selectFrom('openlineage_runs')
    .selectAll()
    .where('workspace_id', '=', options.workspaceId)
    .where('run_id', '=', options.runId)
    .executeTakeFirst();
}

/** Jobs of a namespace, by name. */
export async function listOpenLineageJobs(
  db: Kysely<Database>,
  options: { workspaceId: string; namespace: string; limit: number; offset: number },
): Promise<{ rows: OpenLineageJobWithIo[]; count: number }> {
  const all = await listNamespaceJobs(db, options);
  return { rows: all.slice(options.offset, options.offset + options.limit), count: all.length };
}

/** Live resource ids of one integration by databuilder_id (for links from runs to their job's page). */
export async function findResourceIdsByDatabuilderId(
  db: Kysely<Database>,
  options: { integrationId: string; databuilderIds: string[] },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const part of chunks(options.databuilderIds)) {
    const rows = await db
      .selectFrom('resources')
      .select(['id', 'databuilder_id'])
      .where('integration_id', '=', options.integrationId)
      .where('databuilder_id', 'in', part)
      .execute();
    for (const row of rows) if (row.databuilder_id) ids.set(row.databuilder_id, row.id);
  }
  return ids;
}

/** Every job of a workspace with its lineage run's inputs and outputs (the Marquez-shaped reads walk these). */
export async function listWorkspaceJobs(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<OpenLineageJobWithIo[]> {
  return jobsWithIo(db, workspaceId).orderBy('j.namespace').orderBy('j.name').execute();
}

export async function listWorkspaceDatasets(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<OpenLineageDatasetRow[]> {
  return db.selectFrom('openlineage_datasets').selectAll().where('workspace_id', '=', workspaceId).execute();
}

/** The namespace whose `openlineage` integration this is, or undefined. */
export async function findNamespaceOfIntegration(
  db: Kysely<Database>,
  options: { workspaceId: string; integrationId: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('openlineage_namespaces')
    .select('namespace')
    .where('workspace_id', '=', options.workspaceId)
    .where('integration_id', '=', options.integrationId)
    .executeTakeFirst();
  return row?.namespace;
}

/**
 * Marks the column edges of an `openlineage` integration: `direct` for all, then `indirect` for the pairs whose
 * every columnLineage transformation is INDIRECT (filters, joins, groupings), by databuilder_id. The sync engine
 * writes edges without a kind; this runs inside its transaction, after the records.
 */
export async function markOpenLineageColumnEdges(
  db: Kysely<Database>,
  options: { integrationId: string; indirect: Array<[from: string, to: string]> },
): Promise<void> {
  const columns = db
    .selectFrom('resources')
    .select('id')
    .where('integration_id', '=', options.integrationId)
    .where('entity_type', '=', 'column');
  await db
    .updateTable('lineage')
    .set({ kind: 'direct' })
    .where('integration_id', '=', options.integrationId)
    .where('from_resource_id', 'in', columns)
    .where((eb) => eb.or([eb('kind', 'is', null), eb('kind', '!=', 'direct')]))
    .execute();
  if (options.indirect.length === 0) return;
  // One lookup for every end, then the pairs a chunk at a time (one UPDATE per pair cost ~2 ms each at 1,000 pairs).
  const ids = await findResourceIdsByDatabuilderId(db, {
    integrationId: options.integrationId,
    databuilderIds: [...new Set(options.indirect.flat())],
  });
  const pairs = options.indirect
    .map(([from, to]) => [ids.get(from), ids.get(to)] as const)
    .filter((pair): pair is readonly [string, string] => pair[0] !== undefined && pair[1] !== undefined);
  for (let i = 0; i < pairs.length; i += 200) {
    const part = pairs.slice(i, i + 200);
    await db
      .updateTable('lineage')
      .set({ kind: 'indirect' })
      .where('integration_id', '=', options.integrationId)
      .where((eb) =>
        eb.or(
          part.map(([from, to]) =>
            eb.and([eb('from_resource_id', '=', from), eb('to_resource_id', '=', to)]),
          ),
        ),
      )
      .execute();
  }
}

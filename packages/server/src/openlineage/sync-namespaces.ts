import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Store } from '../store/database.js';
import { addDbtTags, replaceDbtTestResults } from '../store/dbt/index.js';
import {
  finishOpenLineageNamespaceSync,
  listDirtyOpenLineageNamespaces,
  listNamespaceDatasets,
  listNamespaceJobs,
  markOpenLineageColumnEdges,
  type OpenLineageNamespaceRow,
} from '../store/openlineage/index.js';
import { applySync } from '../sync/apply-sync.js';
import {
  collectNamespaceDatasets,
  indirectColumnEdges,
  type NamespaceJob,
  namespaceRecords,
} from './namespace-records.js';
import { EMPTY_IO, type Facets, type RunIo } from './openlineage-model.js';
import { qualityResults } from './quality-facets.js';
import { facetTags } from './tag-facets.js';

type Log = Pick<Logger, 'info' | 'warn'> | undefined;

/**
 * Syncs every namespace the applied events left `dirty` (also one a crash left so between the events'
 * transaction and its sync), each as one sync of its whole state through the sync engine, atomically. Two digests
 * spare the work when nothing the catalog shows changed:
 *
 *   jobs (facets, lineage run's inputs/outputs hash) + datasets ─digest─> same as last time? done, nothing parsed
 *        └──> records, column edge kinds, test results, tags ─digest─> same as the last sync's? done, nothing written
 *                 └──> applySync (its transaction also clears `dirty` and keeps both digests)
 *
 * Returns how many syncs ran. A failed sync keeps the catalog as it was; the namespace is retried on its next change.
 */
export async function syncDirtyNamespaces(store: Store, log: Log): Promise<number> {
  let syncs = 0;
  for (const namespace of await listDirtyOpenLineageNamespaces(store.db)) {
    if (await syncNamespace(store, namespace, log)) syncs++;
  }
  return syncs;
}

async function syncNamespace(store: Store, row: OpenLineageNamespaceRow, log: Log): Promise<boolean> {
  const { workspace_id: workspaceId, namespace } = row;
  const finish = (db: Store['db'], digests: { input: string | null; records: string | null }) =>
    finishOpenLineageNamespaceSync(db, {
      workspaceId,
      namespace,
      inputDigest: digests.input,
      recordsDigest: digests.records,
    });
  const jobRows = await listNamespaceJobs(store.db, { workspaceId, namespace });
  const datasetRows = await listNamespaceDatasets(store.db, { workspaceId, namespace });
  const input = createHash('sha256');
  for (const job of jobRows)
    input.update(
      JSON.stringify([job.name, job.facets, job.lineage_io_hash ?? job.lineage_io ?? job.static_io]),
    );
  for (const dataset of datasetRows) input.update(JSON.stringify([dataset.dataset_name, dataset.facets]));
  const inputDigest = input.digest('base64url');
  if (inputDigest === row.input_digest) {
    await finish(store.db, { input: inputDigest, records: row.records_digest });
    return false;
  }
  const jobs: NamespaceJob[] = jobRows.map((job) => ({
    name: job.name,
    facets: JSON.parse(job.facets) as Facets,
    io: job.lineage_io
      ? (JSON.parse(job.lineage_io) as RunIo)
      : job.static_io
        ? (JSON.parse(job.static_io) as RunIo)
        : EMPTY_IO,
    ranAt: job.lineage_ran_at,
  }));
  const standalone = datasetRows.map((d) => ({
    namespace: d.dataset_namespace,
    name: d.dataset_name,
    facets: JSON.parse(d.facets) as Facets,
  }));
  const collected = collectNamespaceDatasets(jobs, standalone);
  const records = [...namespaceRecords(namespace, jobs, standalone, collected)];
  const hash = createHash('sha256');
  for (const record of records)
    hash.update(JSON.stringify(record.kind === 'problem' ? record.problem : record.value));
  // Edge kinds are not in the records: a change of transformation types alone must sync too.
  const indirect = indirectColumnEdges(jobs, standalone, collected);
  hash.update(JSON.stringify(indirect));
  // Test results and tags are not in the records either.
  const tests = qualityResults(jobs);
  const tags = facetTags(jobs, standalone);
  hash.update(JSON.stringify(tests));
  hash.update(JSON.stringify([...tags]));
  const recordsDigest = hash.digest('base64url');
  if (recordsDigest === row.records_digest) {
    await finish(store.db, { input: inputDigest, records: recordsDigest });
    return false;
  }
  try {
    const record = await applySync(store, {
      integrationId: row.integration_id,
      workspaceId,
      source: 'openlineage',
      records,
      afterRecords: async (trx, run) => {
        await markOpenLineageColumnEdges(trx, { integrationId: row.integration_id, indirect });
        await replaceDbtTestResults(trx, store.flags, { ...run, results: tests });
        await addDbtTags(trx, store.flags, { ...run, tags });
        await finish(trx, { input: inputDigest, records: recordsDigest });
      },
    });
    log?.info({ namespace, syncId: record.id, ...record.counts }, 'openlineage namespace synced');
  } catch (error) {
    // The sync rolled back: the catalog is as it was, and the digests too, so the next change tries again.
    await finish(store.db, { input: row.input_digest, records: row.records_digest });
    log?.warn({ namespace, err: error }, 'openlineage namespace sync failed; its events stay applied');
  }
  return true;
}

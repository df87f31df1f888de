import type { ColumnType, Generated } from 'kysely';

/** Row of `openlineage_events` (migration 0012): one received event, pending until the worker applies it. */
export interface OpenLineageEventsTable {
  /** Receipt order; the worker applies events in this order (so those of one run in the order sent). */
  seq: Generated<number>;
  workspace_id: string;
  received_at: string;
  event_kind: 'run' | 'dataset' | 'job';
  event_type: string | null;
  /** Normalised to UTC milliseconds. */
  event_time: string;
  run_id: string | null;
  job_namespace: string | null;
  job_name: string | null;
  /**
   * The event as received (JSON), custom facets included; without its `inputs` and `outputs` when `io_hash` is set
   * (they are in `openlineage_io`, stored once per distinct content: migration 0025).
   */
  body: string;
  io_hash: string | null;
  state: 'pending' | 'applied' | 'failed';
  error: string | null;
}

/** Row of `openlineage_namespaces`: the `openlineage` integration that holds one namespace's assets. */
export interface OpenLineageNamespacesTable {
  workspace_id: string;
  namespace: string;
  integration_id: string;
  created_at: string;
  /** Digest of what the namespace's records were last built from (jobs, their lineage inputs/outputs, datasets). */
  input_digest: ColumnType<string | null, string | null | undefined, string | null>;
  /** Digest of the records of the namespace's last sync. */
  records_digest: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 from the transaction that applied events changing the namespace until its sync (or its skip) is done. */
  dirty: Generated<number>;
}

/** Row of `openlineage_io`: the `{inputs, outputs}` of events and runs, once per distinct content. */
export interface OpenLineageIoTable {
  workspace_id: string;
  hash: string;
  io: string;
}

/** Row of `openlineage_runs`: one run folded from its events (see openlineage/fold-run.ts). */
export interface OpenLineageRunsTable {
  workspace_id: string;
  run_id: string;
  job_namespace: string;
  job_name: string;
  state: string;
  state_rank: number;
  state_time: string;
  started_at: string | null;
  ended_at: string | null;
  nominal_start_time: string | null;
  nominal_end_time: string | null;
  parent_run_id: string | null;
  parent_job_namespace: string | null;
  parent_job_name: string | null;
  error_message: string | null;
  /** Run facets, the latest of each name (JSON object). */
  facets: string;
  /** Inputs and outputs seen on the run's events, merged (JSON `RunIo`), for runs folded before migration 0025. */
  io: string;
  /** The run's merged inputs and outputs in `openlineage_io` (null: none, or in `io`). */
  io_hash: string | null;
  created_at: string;
  updated_at: string;
}

/** Row of `openlineage_jobs`: a job, its facets and the run whose inputs/outputs are its lineage. */
export interface OpenLineageJobsTable {
  workspace_id: string;
  namespace: string;
  name: string;
  facets: string;
  latest_run_id: string | null;
  lineage_run_id: string | null;
  /** Sort key of the lineage run: `1|<time>` for a COMPLETE run, `0|<time>` otherwise (higher wins). */
  lineage_rank: string | null;
  /** Inputs and outputs of the job's latest JobEvent (JSON `RunIo`): its lineage while it has no run. */
  static_io: string | null;
  created_at: string;
  updated_at: string;
}

/** Row of `openlineage_datasets`: a dataset announced by a DatasetEvent (or a JobEvent), facets merged. */
export interface OpenLineageDatasetsTable {
  workspace_id: string;
  dataset_namespace: string;
  dataset_name: string;
  facets: string;
  updated_at: string;
}

export interface OpenLineageDrainLeaseTable {
  id: number;
  owner: string | null;
  expires_at: string;
}

export type OpenLineageTables = {
  openlineage_events: OpenLineageEventsTable;
  openlineage_namespaces: OpenLineageNamespacesTable;
  openlineage_io: OpenLineageIoTable;
  openlineage_runs: OpenLineageRunsTable;
  openlineage_jobs: OpenLineageJobsTable;
  openlineage_datasets: OpenLineageDatasetsTable;
  openlineage_drain_lease: OpenLineageDrainLeaseTable;
};

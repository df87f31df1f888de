/** Row types of migration 0008: jobs and sync_logs (the lease columns of syncs are in schema.ts's SyncsTable). */

/** A queued run waits for a worker; a running one is owned by the process that claimed it. */
export type JobStatus = 'queued' | 'running';

/** What started a run. */
export type JobTrigger = 'manual' | 'schedule';

export interface JobsTable {
  id: string;
  workspace_id: string;
  /** Unique: one queued or running job per integration. */
  integration_id: string;
  /** The sync record the run fills, created (status `running`) when the job is queued. */
  sync_id: string;
  trigger: JobTrigger;
  status: JobStatus;
  owner_id: string | null;
  created_at: string;
  started_at: string | null;
}

export interface SyncLogsTable {
  sync_id: string;
  /** 1-based order within the sync. */
  seq: number;
  at: string;
  /** `log` (the integration's own lines), `http` (the call log), `run` (what the runner did). */
  kind: string;
  level: string;
  message: string;
  /** JSON object: the whole entry. */
  data: string;
}

export type JobTables = {
  jobs: JobsTable;
  sync_logs: SyncLogsTable;
};

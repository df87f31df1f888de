/**
 * Row types of migration 0008 (jobs, sync_logs, and the lease columns of syncs), merged into the store's
 * `Database` and `SyncsTable` interfaces so the tables are typed everywhere without every helper editing one file.
 */

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

declare module '../schema.js' {
  interface SyncsTable {
    /** The process running this sync (see processOwnerId); null for records older than migration 0008. */
    owner_id?: string | null;
    /** Last time the owner said the sync is alive; a stale heartbeat means the run was interrupted. */
    heartbeat_at?: string | null;
  }
  interface Database {
    jobs: JobsTable;
    sync_logs: SyncLogsTable;
  }
}

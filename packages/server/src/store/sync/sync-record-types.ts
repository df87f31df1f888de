/*
 * The record of one sync run as the store keeps it and the API answers it. These shapes live in the store (the
 * floor every other folder stands on) so that the store never imports `sync/`; `sync/sync-types.ts` re-exports them.
 */

/** Something the run did not apply but that did not fail it (an ambiguous name, an unknown parent). */
export interface SyncWarning {
  file?: string;
  line?: number;
  field?: string;
  message: string;
}

export interface SyncCounts {
  created: number;
  updated: number;
  unchanged: number;
  staled: number;
  revived: number;
  lineage_resolved: number;
  lineage_pending: number;
  lineage_rejected: number;
}

export function emptyCounts(): SyncCounts {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    staled: 0,
    revived: 0,
    lineage_resolved: 0,
    lineage_pending: 0,
    lineage_rejected: 0,
  };
}

export interface SyncErrorInfo {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** A sync as the API answers it (the record of one run). */
export interface SyncRecord {
  id: string;
  integration_id: string;
  status: 'running' | 'succeeded' | 'failed';
  dry_run: boolean;
  source: string;
  started_at: string;
  finished_at: string | null;
  counts: SyncCounts;
  warnings: SyncWarning[];
  error: SyncErrorInfo | null;
}

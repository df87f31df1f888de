import type { DeclaredLineage, Resource } from '@sextant/sdk';
import type { PreparedRecord } from './prepared-record.js';

/** Where a record came from, for messages: a file name (or `sdk`) and a 1-based line or record number. */
export interface RecordOrigin {
  file: string;
  line: number;
}

/**
 * One record of a run, not yet validated: the engine validates it with the SDK's rules so that every road into
 * the catalog (SDK run, JSONL, CSV, dbt, connectors) is checked the same way.
 */
export type RunRecord =
  | { kind: 'resource'; value: unknown; origin: RecordOrigin }
  | { kind: 'lineage'; value: unknown; origin: RecordOrigin }
  /** A problem the parser found before there was a record (bad JSON, a CSV conflict). */
  | { kind: 'problem'; problem: SyncProblem }
  /** A record its reader already validated and prepared (a file import's worker thread). */
  | { kind: 'prepared'; value: PreparedRecord };

export type ValidRecord = { resource: Resource } | { lineage: DeclaredLineage };

/** One thing wrong with the input, naming file, line and field. */
export interface SyncProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

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

/** Progress of a run as it streams, for progress bars. */
export interface SyncProgress {
  phase: 'resources' | 'lineage' | 'finishing';
  resources: number;
  lineages: number;
}

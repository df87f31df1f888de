import type { DeclaredLineage, Resource } from '@sextant/sdk';
import type { Kysely } from 'kysely';
import type { StagedReference } from '../lineage/staged-reference.js';
import type { DialectFlags } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import type { SyncTarget } from '../store/sync/find-sync-target.js';
import type { NormalizedResource } from './normalize-resource.js';

/** Where a record came from, for messages: a file name (or `sdk`) and a 1-based line or record number. */
export interface RecordOrigin {
  file: string;
  line: number;
}

/**
 * One record of a run, not yet validated: the engine validates it with the SDK's rules so that every road into
 * the catalog (SDK run, JSONL, CSV, dbt, connectors) is checked the same way.
 */
/*
 * `hasNoNul`: set by a reader that proved from the raw text that no string of the value holds NUL (a JSONL line
 * without a `\u0000` escape), so preparing it skips the walk (a million-line import would pay a second per walk).
 */
export type RunRecord =
  | { kind: 'resource'; value: unknown; origin: RecordOrigin; hasNoNul?: boolean }
  | { kind: 'lineage'; value: unknown; origin: RecordOrigin; hasNoNul?: boolean }
  /** A problem the parser found before there was a record (bad JSON, a CSV conflict). */
  | { kind: 'problem'; problem: SyncProblem }
  /** A record its reader already validated and prepared (a file import's worker thread). */
  | { kind: 'prepared'; value: PreparedRecord };

/**
 * A record after the work that needs nothing but the record itself: validated, a resource normalised and hashed, a
 * lineage declaration turned into staged references (a `tables_from_query` parsed). This is most of a large
 * import's CPU time, so file imports do it on a worker thread (imports/jsonl-worker.ts) while the run writes;
 * every other source prepares its records in `SyncRun` (sync-run.ts). Both call `prepareRecord` (prepared-record.ts).
 */
export type PreparedRecord =
  | { kind: 'resource'; resource: NormalizedResource; origin: RecordOrigin }
  | { kind: 'lineage'; from: StagedReference[]; to: StagedReference[]; origin: RecordOrigin }
  /** A record that failed validation: it counts as read, and its problems fail the run. */
  | { kind: 'invalid'; of: 'resource' | 'lineage'; problems: SyncProblem[] };

export type ValidRecord = { resource: Resource } | { lineage: DeclaredLineage };

/** One thing wrong with the input, naming file, line and field. */
export interface SyncProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export type { SyncCounts, SyncErrorInfo, SyncRecord, SyncWarning } from '../store/sync/sync-record-types.js';
export { emptyCounts } from '../store/sync/sync-record-types.js';

/** Progress of a run as it streams, for progress bars. */
export interface SyncProgress {
  phase: 'resources' | 'lineage' | 'finishing';
  resources: number;
  lineages: number;
}

/** What a run works in: its transaction, the integration it writes for, its sync record and clock. */
export interface SyncRunContext {
  db: Kysely<Database>;
  flags: DialectFlags;
  target: SyncTarget;
  syncId: string;
  now: string;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
}

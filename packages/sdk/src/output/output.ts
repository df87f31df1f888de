import type { DeclaredLineage } from '../model/lineage.js';
import type { Resource } from '../model/resource.js';
import type { SyncRecord } from './sync-record.js';

/** The validated records of one run. */
export interface RunRecords {
  resources: Resource[];
  lineages: DeclaredLineage[];
}

/** What an output did, for the run summary. */
export interface OutputReport {
  /** One line, e.g. "wrote out/resources.jsonl (12 lines) and out/lineages.jsonl (3 lines)". */
  description: string;
  /** The server's sync record when the records were pushed. */
  sync?: SyncRecord;
}

/**
 * Where a run's records go: stdout, two JSONL files, or a Sextant server. `write` is called once per run,
 * only when every record is valid, so an output never receives half a run.
 */
export interface Output {
  write(records: RunRecords): Promise<OutputReport>;
}

/** One JSON object per line, as the JSONL import takes them. */
export function toJsonLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

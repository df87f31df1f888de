import { type ReferenceTuple, referenceFromTuple, referenceTuple } from '../lineage/staged-reference.js';
import { STRUCTURAL_COLUMNS } from '../store/sync/index.js';
import type { StructuralValues } from './normalize-resource.js';
import type { PreparedRecord, RunRecord, SyncProblem } from './sync-types.js';

/**
 * Prepared records cross from the file reader's worker thread to the run as one JSON text per batch of flat
 * arrays. Copying objects between threads (structured clone) cost the receiving thread about as much as parsing
 * the original lines; JSON of arrays without keys costs it a seventh of that, and the run's thread is the one
 * that writes to the database.
 */

// Every structural column, in the order they are packed (the round-trip test keeps the list complete).
const STRUCTURAL_KEYS: ReadonlyArray<keyof StructuralValues> = STRUCTURAL_COLUMNS;

const RESOURCE = 0;
const LINEAGE = 1;
const INVALID = 2;
const PROBLEM = 3;

/** Packs the records of one file (their origins' file names are given back on unpacking). */
export function packPreparedRecords(records: ReadonlyArray<PreparedRecord | SyncProblem>): string {
  const packed: unknown[] = [];
  for (const record of records) {
    if (!('kind' in record)) {
      packed.push([PROBLEM, record]);
    } else if (record.kind === 'resource') {
      const { resource, origin } = record;
      const row: unknown[] = [RESOURCE, origin.line, resource.databuilder_id, resource.parent_databuilder_id];
      row.push(
        resource.hash,
        resource.source.description,
        resource.source.definition,
        resource.source.owners,
      );
      for (const key of STRUCTURAL_KEYS) row.push(resource.structural[key]);
      packed.push(row);
    } else if (record.kind === 'lineage') {
      packed.push([
        LINEAGE,
        record.origin.line,
        record.from.map(referenceTuple),
        record.to.map(referenceTuple),
      ]);
    } else {
      packed.push([INVALID, record.of, record.problems]);
    }
  }
  return JSON.stringify(packed);
}

/** The run records of a packed batch, their origins naming `file`. */
export function unpackPreparedRecords(text: string, file: string): RunRecord[] {
  const records: RunRecord[] = [];
  for (const row of JSON.parse(text) as unknown[][]) {
    switch (row[0]) {
      case RESOURCE: {
        const structural = {} as Record<string, unknown>;
        for (let i = 0; i < STRUCTURAL_KEYS.length; i++) structural[STRUCTURAL_KEYS[i]!] = row[8 + i];
        records.push({
          kind: 'prepared',
          value: {
            kind: 'resource',
            origin: { file, line: row[1] as number },
            resource: {
              databuilder_id: row[2] as string,
              parent_databuilder_id: row[3] as string | null,
              hash: row[4] as string,
              source: { description: row[5], definition: row[6], owners: row[7] },
              structural: structural as unknown as StructuralValues,
            },
          },
        });
        break;
      }
      case LINEAGE:
        records.push({
          kind: 'prepared',
          value: {
            kind: 'lineage',
            origin: { file, line: row[1] as number },
            from: (row[2] as ReferenceTuple[]).map(referenceFromTuple),
            to: (row[3] as ReferenceTuple[]).map(referenceFromTuple),
          },
        });
        break;
      case INVALID:
        records.push({
          kind: 'prepared',
          value: { kind: 'invalid', of: row[1] as 'resource' | 'lineage', problems: row[2] as SyncProblem[] },
        });
        break;
      default:
        records.push({ kind: 'problem', problem: row[1] as SyncProblem });
    }
  }
  return records;
}

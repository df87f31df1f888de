import { type DeclaredLineage, type Resource, validateLineage, validateResource } from '@sextant/sdk';
import { type StagedReference, stageReferences } from '../lineage/staged-reference.js';
import type { ImportPolicy } from '../store/schema.js';
import { type NormalizedResource, normalizeResource } from './normalize-resource.js';
import type { RecordOrigin, RunRecord, SyncProblem } from './sync-types.js';

/**
 * A record after the work that needs nothing but the record itself: validated, a resource normalised and hashed, a
 * lineage declaration turned into staged references (a `tables_from_query` parsed). This is most of a large
 * import's CPU time, so file imports do it on a worker thread (imports/jsonl-worker.ts) while the run writes;
 * every other source prepares its records in {@link SyncRun}. Both call {@link prepareRecord}.
 */
export type PreparedRecord =
  | { kind: 'resource'; resource: NormalizedResource; origin: RecordOrigin }
  | { kind: 'lineage'; from: StagedReference[]; to: StagedReference[]; origin: RecordOrigin }
  /** A record that failed validation: it counts as read, and its problems fail the run. */
  | { kind: 'invalid'; of: 'resource' | 'lineage'; problems: SyncProblem[] };

/** Validates and prepares one resource or lineage record with the SDK's rules (the same on every road in). */
export function prepareRecord(
  record: Extract<RunRecord, { kind: 'resource' | 'lineage' }>,
  policy: ImportPolicy,
): PreparedRecord {
  const { file, line } = record.origin;
  const validate = record.kind === 'resource' ? validateResource : validateLineage;
  const problems = validate(record.value, { index: line });
  if (problems.length > 0) {
    return {
      kind: 'invalid',
      of: record.kind,
      problems: problems.map((problem) => ({ file, line, field: problem.field, message: problem.message })),
    };
  }
  if (record.kind === 'resource') {
    return {
      kind: 'resource',
      resource: normalizeResource(record.value as Resource, policy),
      origin: record.origin,
    };
  }
  const lineage = record.value as DeclaredLineage;
  return {
    kind: 'lineage',
    from: stageReferences(lineage.from_identifier),
    to: stageReferences(lineage.to_identifier),
    origin: record.origin,
  };
}

import { type DeclaredLineage, type Resource, validateLineage, validateResource } from '@sextant/sdk';
import { findNulField } from '../lib/find-nul-field.js';
import { stageReferences } from '../lineage/staged-reference.js';
import type { ImportPolicy } from '../store/schema.js';
import { normalizeResource } from './normalize-resource.js';
import type { PreparedRecord, RunRecord } from './sync-types.js';

/** The problem a NUL character (which PostgreSQL text cannot hold) makes in an imported value. */
export const NUL_MESSAGE = 'contains a NUL character (\\u0000), which text cannot hold';

/**
 * Validates and prepares one resource or lineage record with the SDK's rules (the same on every road in). A
 * string holding NUL is refused here for every import format (issue 16), before the SDK's checks.
 */
export function prepareRecord(
  record: Extract<RunRecord, { kind: 'resource' | 'lineage' }>,
  policy: ImportPolicy,
): PreparedRecord {
  const { file, line } = record.origin;
  const nulField = record.hasNoNul ? undefined : findNulField(record.value, '');
  if (nulField !== undefined) {
    return {
      kind: 'invalid',
      of: record.kind,
      problems: [{ file, line, field: nulField, message: NUL_MESSAGE }],
    };
  }
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

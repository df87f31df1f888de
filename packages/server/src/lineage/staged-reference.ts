import type { LineageID } from '@sextant/sdk';
import {
  externalReference,
  internalReference,
  type StagedReference,
} from '../store/lineage/staged-reference.js';
import { extractQueryTables } from './extract-query-tables.js';

export type { ReferenceTuple, StagedReference } from '../store/lineage/staged-reference.js';
export {
  referenceFromPendingRef,
  referenceFromTuple,
  referenceTuple,
} from '../store/lineage/staged-reference.js';

/**
 * Turns a declared identifier into staged references: one for most kinds, one per table read for
 * `tables_from_query` (none when the query reads no table). `cluster` is accepted but not matched: the catalog
 * does not record clusters, so matching on what is given means matching on database, schema and table.
 */
export function stageReferences(identifier: LineageID): StagedReference[] {
  switch (identifier.type) {
    case 'internal_resource':
      return [internalReference(identifier.databuilder_id)];
    case 'external_table':
    case 'external_column': {
      const column = identifier.type === 'external_column' ? identifier.column : null;
      return [externalReference({ ...identifier, column })];
    }
    case 'tables_from_query':
      return extractQueryTables(identifier.sql).map((table) => externalReference({ ...table, column: null }));
  }
}

/** Describes a reference for warnings: `table shop.public.orders`, `resource "t1"`. */
export function describeReference(
  reference: Pick<StagedReference, 'kind' | 'key' | 'schema' | 'database' | 'column'>,
): string {
  if (reference.kind === 'internal') return `internal resource "${reference.key}"`;
  const name = [reference.database, reference.schema, reference.key, reference.column]
    .filter((p) => p)
    .join('.');
  return `${reference.kind === 'column' ? 'column' : 'table'} "${name}"`;
}

import type { LineageID } from '@sextant/sdk';
import { extractQueryTables } from './extract-query-tables.js';

/**
 * One end of a lineage declaration in the form the set-based resolver works on: `internal` by databuilder_id,
 * `table`/`column` by lower-cased names (null parts match anything), or `resolved` when the resource id is known.
 */
export interface StagedReference {
  kind: 'internal' | 'table' | 'column' | 'resolved';
  /** databuilder_id for `internal`, lower(table) for `table`/`column`, the resource id for `resolved`. */
  key: string;
  schema: string | null;
  database: string | null;
  column: string | null;
  /** The reference as JSON, kept on pending rows so they can be resolved again later. */
  ref: string | null;
}

/** A reference's fields in a fixed order: how staging tables and the import worker's batches carry it. */
export type ReferenceTuple = [
  StagedReference['kind'],
  string,
  string | null,
  string | null,
  string | null,
  string | null,
];

export function referenceTuple(reference: StagedReference): ReferenceTuple {
  return [
    reference.kind,
    reference.key,
    reference.schema,
    reference.database,
    reference.column,
    reference.ref,
  ];
}

export function referenceFromTuple([
  kind,
  key,
  schema,
  database,
  column,
  ref,
]: ReferenceTuple): StagedReference {
  return { kind, key, schema, database, column, ref };
}

const lower = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value.toLowerCase();

/**
 * Turns a declared identifier into staged references: one for most kinds, one per table read for
 * `tables_from_query` (none when the query reads no table). `cluster` is accepted but not matched: the catalog
 * does not record clusters, so matching on what is given means matching on database, schema and table.
 */
export function stageReferences(identifier: LineageID): StagedReference[] {
  switch (identifier.type) {
    case 'internal_resource':
      return [
        {
          kind: 'internal',
          key: identifier.databuilder_id,
          schema: null,
          database: null,
          column: null,
          ref: null,
        },
      ];
    case 'external_table':
    case 'external_column': {
      const column = identifier.type === 'external_column' ? identifier.column : null;
      return [externalReference({ ...identifier, column })];
    }
    case 'tables_from_query':
      return extractQueryTables(identifier.sql).map((table) => externalReference({ ...table, column: null }));
  }
}

function externalReference(name: {
  database?: string | null | undefined;
  schema?: string | null | undefined;
  table: string;
  column: string | null;
}): StagedReference {
  const ref = {
    type: name.column === null ? 'external_table' : 'external_column',
    database: name.database ?? null,
    schema: name.schema ?? null,
    table: name.table,
    ...(name.column === null ? {} : { column: name.column }),
  };
  return {
    kind: name.column === null ? 'table' : 'column',
    key: name.table.toLowerCase(),
    schema: lower(name.schema),
    database: lower(name.database),
    column: lower(name.column),
    ref: JSON.stringify(ref),
  };
}

/** Rebuilds a staged reference from a pending row's stored `ref` JSON. */
export function referenceFromPendingRef(refJson: string): StagedReference {
  const ref = JSON.parse(refJson) as LineageID;
  const [reference] = stageReferences(ref);
  if (!reference) throw new Error(`pending lineage reference is not an external name: ${refJson}`);
  return reference;
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

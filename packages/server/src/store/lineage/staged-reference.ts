/*
 * The staged form of a lineage reference, as the store's set-based resolver reads it. It lives in the store (the
 * floor every other folder stands on) so that the store never imports `lineage/`; `lineage/staged-reference.ts`
 * re-exports it and keeps the part that needs the SQL parser (`tables_from_query`).
 */

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

/** The staged reference of an `internal_resource` identifier. */
export function internalReference(databuilderId: string): StagedReference {
  return { kind: 'internal', key: databuilderId, schema: null, database: null, column: null, ref: null };
}

/** The staged reference of an external table or column name; `ref` keeps it as the JSON a pending row stores. */
export function externalReference(name: {
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

/**
 * Rebuilds a staged reference from a pending row's stored `ref` JSON. Pending rows only ever store what
 * `externalReference` wrote (a `tables_from_query` end is staged as one external table per table read), so this
 * needs no SQL parser.
 */
export function referenceFromPendingRef(refJson: string): StagedReference {
  const ref = JSON.parse(refJson) as {
    type: string;
    databuilder_id?: string;
    database?: string | null;
    schema?: string | null;
    table?: string;
    column?: string;
  };
  if (ref.type === 'internal_resource' && typeof ref.databuilder_id === 'string') {
    return internalReference(ref.databuilder_id);
  }
  if ((ref.type === 'external_table' || ref.type === 'external_column') && typeof ref.table === 'string') {
    const column = ref.type === 'external_column' ? (ref.column ?? null) : null;
    return externalReference({ database: ref.database, schema: ref.schema, table: ref.table, column });
  }
  throw new Error(`pending lineage reference is not an external name: ${refJson}`);
}

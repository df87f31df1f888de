import type { ResourcesTable } from '../schema.js';

/**
 * The shapes of a checked catalog query, as the store compiles them. The domain (catalog/resource-filter.ts)
 * builds them from request text; only whitelisted fields reach these types.
 */

/**
 * How a catalog field is stored, which decides the operators it supports:
 * - `text`: a text column (exact, contains, in, is_set);
 * - `list`: a JSON array of strings in a text column (owners, teams): `exact`/`in` test membership;
 * - `relation`: ids in a link table (tags, collections): `exact`/`in` test membership;
 * - `bool`: a 0/1 column (exact, in);
 * - `number`, `timestamp`: exact, in, is_set.
 */
export type FieldKind = 'text' | 'list' | 'relation' | 'bool' | 'number' | 'timestamp';

export type ResourceColumn = keyof ResourcesTable & string;

export interface FieldSpec {
  kind: FieldKind;
  /** The column (text, list, bool, number, timestamp) or the link table's name (relation). */
  column: ResourceColumn | 'tags' | 'collections';
  isSortable: boolean;
}

export type ResourceFilter = LogicalFilter | LeafFilter;

export interface LogicalFilter {
  operator: 'and' | 'or' | 'not';
  operands: ResourceFilter[];
}

export type LeafValue = string | number | boolean;

export interface LeafFilter {
  operator: 'exact' | 'contains' | 'in' | 'is_set';
  field: string;
  spec: FieldSpec;
  /** `exact`/`contains`: one value; `in`: a list; `is_set`: whether the field must be set (default true). */
  value: LeafValue | LeafValue[];
}

export interface ResourceSort {
  field: string;
  /** What to order by: a resource column, or `total_usage` (external + internal usage). */
  column: ResourceColumn | 'total_usage';
  order: 'asc' | 'desc';
  /** Secoda's `tie_breaker`: a second key ordering rows the first one leaves equal (the id still comes last). */
  tieBreaker?: { field: string; column: ResourceColumn | 'total_usage'; order: 'asc' | 'desc' } | undefined;
}

import type { GraphResourceRow } from '../../store/lineage-graph/index.js';
import type { UnresolvedName } from './resolve-query-names.js';

/** A table as `lineage_from_query` answers it (compat §6). */
export interface QueryTableObject {
  id: string;
  created_at: string;
  updated_at: string;
  title: string;
  schema_name: string | null;
  database_name: string | null;
  native_type: string | null;
  integration_id: string | null;
  integration_title: string | null;
  integration_type: string | null;
}

/** A column: the table fields (schema/database of its table) plus its own type. */
export interface QueryColumnObject extends QueryTableObject {
  entity_type: string;
  type: string | null;
  /** Sextant extension: the table holding the column. */
  parent_id: string | null;
}

export interface QueryColumnLineage {
  from_column: QueryColumnObject;
  to_column: QueryColumnObject;
  /** Sextant extension: `direct` (the value flows) or `indirect` (filters, joins, groups the rows). */
  kind: 'direct' | 'indirect';
}

export interface QueryLineageAnswer {
  sql: string;
  source_tables: QueryTableObject[];
  column_lineages: QueryColumnLineage[];
  target_table: QueryTableObject | null;
  /** Sextant extension: names that matched no live resource, or several (never guessed). */
  unresolved: UnresolvedName[];
  /** Sextant extension: problems the SQL lineage engine reported, with 1-based line and column. */
  diagnostics: Array<{ severity: string; code: string; message: string; line: number; column: number }>;
  /** Sextant extension: edges written (0 for the preview) and non-manual edges removed (PATCH). */
  edges_created: number;
  edges_deleted: number;
}

export function toTableObject(row: GraphResourceRow): QueryTableObject {
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    title: row.title,
    schema_name: row.schema_name,
    database_name: row.database_name,
    native_type: row.native_type,
    integration_id: row.integration_id,
    integration_title: row.integration_title,
    integration_type: row.integration_type,
  };
}

export function toColumnObject(column: GraphResourceRow, table: GraphResourceRow): QueryColumnObject {
  return {
    ...toTableObject(column),
    schema_name: column.schema_name ?? table.schema_name,
    database_name: column.database_name ?? table.database_name,
    entity_type: column.entity_type,
    type: column.type,
    parent_id: column.parent_id,
  };
}

import Type from 'typebox';
import { LINEAGE_DIRECTIONS, ManualLineageSchema } from '../../lineage/manual/index.js';
import { LiteralUnion, Nullable, PageQuerySchema } from './common.js';

const Id = Type.String({ minLength: 1, maxLength: 200 });
const IdList = Type.Array(Id, { maxItems: 1000, description: 'Comma-separated resource ids.' });
const Direction = LiteralUnion(LINEAGE_DIRECTIONS);

export { ManualLineageSchema };

export const ManualLineageListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  from_entity__in: Type.Optional(IdList),
  to_entity__in: Type.Optional(IdList),
});

export const ManualLineageCreateSchema = Type.Object(
  {
    from_entity: Id,
    to_entity: Id,
    direction: Type.Optional({ ...Direction, description: 'Default DOWNSTREAM (from_entity → to_entity).' }),
  },
  {
    additionalProperties: false,
    description:
      'One edge is stored; the opposite direction is answered from it (A→B DOWNSTREAM is also B→A UPSTREAM).',
  },
);

const QUERY_INPUT_FIELDS = {
  sql: Type.String({
    minLength: 1,
    maxLength: 1_000_000,
    description: 'The SQL (one statement or a script).',
  }),
  dialect: Type.String({
    minLength: 1,
    maxLength: 50,
    description:
      'postgresql, bigquery, snowflake, mysql, redshift, tsql, databricks, sparksql, hive, trino, …',
  }),
  table_id: Type.Optional(Id),
  default_database: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  default_schema: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
};
/** Query parameters of the preview (GET). */
export const QueryLineageQuerySchema = Type.Object(QUERY_INPUT_FIELDS);
/** Body of POST/PATCH. */
export const QueryLineageBodySchema = Type.Object(QUERY_INPUT_FIELDS, { additionalProperties: false });

const TABLE_OBJECT_FIELDS = {
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  title: Type.String(),
  schema_name: Nullable(Type.String()),
  database_name: Nullable(Type.String()),
  native_type: Nullable(Type.String()),
  integration_id: Nullable(Type.String()),
  integration_title: Nullable(Type.String()),
  integration_type: Nullable(Type.String()),
};
const QueryTableSchema = Type.Object(TABLE_OBJECT_FIELDS);
const QueryColumnSchema = Type.Object({
  ...TABLE_OBJECT_FIELDS,
  entity_type: Type.String(),
  type: Nullable(Type.String()),
  parent_id: Nullable(Type.String({ description: 'Sextant extension: the table holding the column.' })),
});

export const QueryLineageAnswerSchema = Type.Object({
  sql: Type.String(),
  source_tables: Type.Array(QueryTableSchema),
  column_lineages: Type.Array(
    Type.Object({
      from_column: QueryColumnSchema,
      to_column: QueryColumnSchema,
      kind: Type.String({ description: 'Sextant extension: direct or indirect.' }),
    }),
  ),
  target_table: Nullable(QueryTableSchema),
  unresolved: Type.Array(
    Type.Object({
      kind: Type.String(),
      name: Type.String(),
      reason: Type.String({ description: 'not_found or ambiguous' }),
      matches: Type.Integer(),
    }),
    { description: 'Sextant extension: names that matched no live resource, or several.' },
  ),
  diagnostics: Type.Array(
    Type.Object({
      severity: Type.String(),
      code: Type.String(),
      message: Type.String(),
      line: Type.Integer(),
      column: Type.Integer(),
    }),
  ),
  edges_created: Type.Integer(),
  edges_deleted: Type.Integer(),
});

const Depth = (fallback: number) =>
  Type.Integer({ minimum: 1, maximum: 20, default: fallback, description: 'Edges to follow (≤ 20).' });

export const LineageGraphQuerySchema = Type.Object({
  resource_id: Id,
  direction: Type.Optional(
    Type.Union([Type.Literal('upstream'), Type.Literal('downstream'), Type.Literal('both')], {
      default: 'both',
    }),
  ),
  depth: Type.Optional(Depth(3)),
  level: Type.Optional(Type.Union([Type.Literal('table'), Type.Literal('column')], { default: 'table' })),
});

const GRAPH_NODE_FIELDS = {
  id: Type.String(),
  title: Type.String(),
  title_full: Type.String(),
  entity_type: Type.String(),
  native_type: Nullable(Type.String()),
  parent_id: Nullable(Type.String()),
  schema_name: Nullable(Type.String()),
  database_name: Nullable(Type.String()),
  integration_id: Nullable(Type.String()),
  integration_title: Nullable(Type.String()),
  integration_type: Nullable(Type.String()),
  distance: Type.Integer({ description: 'Edges between the node and the root.' }),
};

export const LineageGraphSchema = Type.Object({
  root: Type.String(),
  level: Type.String(),
  truncated: Type.Boolean({ description: 'True when the node limit (5,000) cut the walk short.' }),
  nodes: Type.Array(
    Type.Object({
      ...GRAPH_NODE_FIELDS,
      side: Type.String({ description: 'root, upstream or downstream' }),
      hidden_upstream: Type.Integer({ description: 'Upstream neighbours not in this answer.' }),
      hidden_downstream: Type.Integer({ description: 'Downstream neighbours not in this answer.' }),
    }),
  ),
  edges: Type.Array(
    Type.Object({
      from: Type.String(),
      to: Type.String(),
      kind: Nullable(Type.String({ description: 'direct, indirect, or null for resource-level edges' })),
      is_manual: Type.Boolean(),
    }),
  ),
});

export const ImpactQuerySchema = Type.Object({
  resource_id: Id,
  entity_type: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  integration_id: Type.Optional(Id),
  depth: Type.Optional(Depth(20)),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' })),
});

export const ImpactSchema = Type.Object({
  root: Type.Object(GRAPH_NODE_FIELDS),
  level: Type.String({ description: 'column when the root is a column, else table' }),
  truncated: Type.Boolean(),
  count: Type.Integer(),
  results: Type.Array(Type.Object(GRAPH_NODE_FIELDS)),
});

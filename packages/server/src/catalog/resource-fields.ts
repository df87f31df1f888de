import type { FieldKind, FieldSpec, ResourceColumn } from '../store/catalog/resource-query.js';

const text = (column: ResourceColumn, isSortable = false): FieldSpec => ({
  kind: 'text',
  column,
  isSortable,
});
const bool = (column: ResourceColumn): FieldSpec => ({ kind: 'bool', column, isSortable: false });
const num = (column: ResourceColumn): FieldSpec => ({ kind: 'number', column, isSortable: true });
const time = (column: ResourceColumn): FieldSpec => ({ kind: 'timestamp', column, isSortable: true });

/**
 * The fields `filter=` and `sort=` may name (a whitelist: nothing else reaches SQL). Names are the resource
 * object's field names; `integration`/`parent` are accepted as aliases of `integration_id`/`parent_id`, and
 * `type` as an alias of `entity_type`: Secoda's docs filter tables with `{"field":"type","value":"table"}`
 * (compat §8). A column's data type (the object's `type` field) is reached as `data_type`.
 */
export const RESOURCE_FIELDS: Readonly<Record<string, FieldSpec>> = {
  id: text('id'),
  entity_type: text('entity_type', true),
  native_type: text('native_type', true),
  title: text('title', true),
  title_full: text('title_full', true),
  description: text('description'),
  definition: text('definition'),
  integration_id: text('integration_id'),
  integration: text('integration_id'),
  parent_id: text('parent_id'),
  parent: text('parent_id'),
  databuilder_id: text('databuilder_id'),
  database: text('database_name', true),
  schema: text('schema_name', true),
  type: text('entity_type', true),
  data_type: text('type', true),
  url: text('url'),
  product: text('product'),
  group: text('group_name'),
  owners: { kind: 'list', column: 'owners', isSortable: false },
  teams: { kind: 'list', column: 'teams', isSortable: false },
  tags: { kind: 'relation', column: 'tags', isSortable: false },
  collections: { kind: 'relation', column: 'collections', isSortable: false },
  verified: bool('verified'),
  pii: bool('pii'),
  published: bool('published'),
  archived: bool('archived'),
  stale: bool('stale'),
  is_pk: bool('is_pk'),
  hidden: bool('hidden'),
  sort_order: num('sort_order'),
  row_count: num('row_count'),
  byte_size: num('byte_size'),
  quality_score: num('quality_score'),
  external_usage: num('external_usage'),
  internal_usage: num('internal_usage'),
  created_at: time('created_at'),
  updated_at: time('updated_at'),
  external_updated_at: time('external_updated_at'),
  stale_at: time('stale_at'),
  archived_at: time('archived_at'),
};

/** Sort-only fields computed from columns. */
export const COMPUTED_SORT_FIELDS = ['total_usage'] as const;

export const FILTER_OPERATORS_BY_KIND: Readonly<Record<FieldKind, readonly string[]>> = {
  text: ['exact', 'contains', 'in', 'is_set'],
  list: ['exact', 'contains', 'in', 'is_set'],
  relation: ['exact', 'in', 'is_set'],
  bool: ['exact', 'in'],
  number: ['exact', 'in', 'is_set'],
  timestamp: ['exact', 'in', 'is_set'],
};

import Type, { type Static } from 'typebox';
import { Nullable } from '../lib/typebox.js';

/*
 * The catalog resource as the API answers it (compat §6): one definition gives the type (ResourceView, which
 * toResourceView in resource-view.ts fills), the answer validation and the OpenAPI entry.
 */

export const OwnerDisplaySchema = Type.Object({
  id: Nullable(Type.String()),
  name: Type.String(),
  email: Nullable(Type.String()),
  external: Type.Boolean(),
});
export type OwnerDisplay = Static<typeof OwnerDisplaySchema>;

export const ResourcePermissionsSchema = Type.Object(
  { read: Type.Boolean(), write: Type.Boolean(), edit: Type.Boolean(), delete: Type.Boolean() },
  { description: 'What the caller’s role allows on this resource.' },
);
export type ResourcePermissions = Static<typeof ResourcePermissionsSchema>;

/** The fields every catalog resource has (compat §6). */
export const RESOURCE_ANSWER_FIELDS = {
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  entity_type: Type.String(),
  native_type: Nullable(Type.String()),
  title: Type.String(),
  title_full: Type.String({ description: 'Dotted full name, e.g. "db.schema.table".' }),
  description: Type.String(),
  definition: Type.String({ description: 'Long documentation (markdown or HTML).' }),
  owners: Type.Array(Type.String(), {
    description:
      'User ids of the owners. Writes accept user ids or emails; unknown names become external owners.',
  }),
  external_owners: Type.Array(Type.String(), {
    description: 'Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written.',
  }),
  owners_display: Type.Array(OwnerDisplaySchema, {
    description: 'Sextant extension: every owner with a name to show (users first by id, then external).',
  }),
  owners_groups: Type.Array(Type.String()),
  collections: Type.Array(Type.String(), { description: 'Ids of the collections holding the resource.' }),
  tags: Type.Array(Type.String(), { description: 'Tag ids.' }),
  workspace_id: Type.String(),
  published: Type.Boolean(),
  archived: Type.Boolean(),
  archived_at: Nullable(Type.String()),
  pii: Type.Boolean(),
  verified: Type.Boolean(),
  url: Nullable(Type.String()),
  parent: Nullable(Type.String({ description: 'Id of the parent resource.' })),
  children_count: Type.Integer({ description: 'Live (not stale) children.' }),
  integration: Nullable(Type.String({ description: 'Id of the integration; null for hand-made resources.' })),
  databuilder_id: Nullable(Type.String()),
  sources: Type.Array(Type.String()),
  teams: Type.Array(Type.String(), { description: 'Team ids.' }),
  external_updated_at: Nullable(Type.String()),
  external_usage: Type.Number(),
  internal_usage: Type.Number(),
  total_usage: Type.Number(),
  stale: Type.Boolean({ description: 'Absent from its integration’s last sync; kept in the archive view.' }),
  stale_at: Nullable(Type.String()),
  row_count: Nullable(Type.Number()),
  byte_size: Nullable(Type.Number()),
  quality_score: Nullable(
    Type.Number({
      description:
        'Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md).',
    }),
  ),
  properties: Type.Record(Type.String(), Type.Unknown(), {
    description:
      'Sextant extension: read-only facts from the source, e.g. `foreign_keys` ' +
      '([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), ' +
      '`view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md).',
  }),
  tests: Type.Array(
    Type.Object({
      name: Type.String(),
      status: Nullable(Type.String({ description: 'pass, fail, error, warn or skipped; null if never run' })),
      message: Nullable(Type.String()),
      failures: Nullable(Type.Integer()),
      run_at: Nullable(Type.String()),
    }),
    { description: 'Sextant extension: latest dbt test results on this resource (dbt integrations).' },
  ),
  title_cased: Type.String({ description: 'Display title a user chose; `title` when none was set.' }),
  icon: Nullable(Type.String({ description: 'An emoji or icon name.' })),
  definition_version: Type.Null({ description: 'Sextant keeps no definition versions.' }),
  subscribers: Type.Array(Type.String(), {
    description: 'Always empty: no per-user subscriptions in Sextant.',
  }),
  bookmarked_by: Type.Array(Type.String(), { description: 'Always empty: no bookmarks in Sextant.' }),
  current_user_permissions: ResourcePermissionsSchema,
  display_metadata: Type.Record(Type.String(), Type.Unknown()),
  search_metadata: Type.Record(Type.String(), Type.Unknown()),
  multiplayers: Type.Array(Type.String(), { description: 'Always empty: no collaborative editing.' }),
  multiplayer_last_modified: Nullable(Type.String()),
  multiplayer_last_modified_by: Nullable(Type.String()),
  parent_id: Nullable(Type.String({ description: 'Same as `parent`.' })),
  integration_id: Nullable(Type.String({ description: 'Same as `integration`.' })),
  custom_properties: Type.Record(Type.String(), Type.Unknown(), {
    description:
      'Sextant extension: custom property values, keyed by the property name ' +
      '(set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}).',
  }),
};

const COLUMN_FIELDS = {
  type: Nullable(Type.String({ description: 'Data type text.' })),
  sort_order: Nullable(Type.Integer()),
  is_pk: Type.Boolean(),
};
const TABLE_FIELDS = {
  schema: Nullable(Type.String({ description: 'Schema name.' })),
  database: Nullable(Type.String({ description: 'Database name.' })),
  described_by: Type.Optional(
    Type.Array(
      Type.Object({
        resource: Type.String({ description: 'The source’s own resource id.' }),
        integration: Nullable(Type.String()),
        integration_name: Nullable(Type.String()),
        integration_type: Nullable(Type.String()),
        kind: Type.Union([Type.Literal('warehouse'), Type.Literal('dbt')]),
      }),
      {
        description:
          'Sextant extension (GET by id): every integration describing this physical table, primary first; ' +
          '`sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources").',
      },
    ),
  ),
};

/** A resource as toResourceView shapes it from its row: columns and tables carry their extra fields. */
export const ResourceViewSchema = Type.Object({
  ...RESOURCE_ANSWER_FIELDS,
  type: Type.Optional(COLUMN_FIELDS.type),
  sort_order: Type.Optional(COLUMN_FIELDS.sort_order),
  is_pk: Type.Optional(COLUMN_FIELDS.is_pk),
  schema: Type.Optional(TABLE_FIELDS.schema),
  database: Type.Optional(TABLE_FIELDS.database),
});
export type ResourceView = Static<typeof ResourceViewSchema>;

/** Any resource (`/resource/all`, `/resource/catalog`): a table read by id also names the sources describing it. */
export const ResourceSchema = Type.Object({
  ...ResourceViewSchema.properties,
  described_by: TABLE_FIELDS.described_by,
});
export type Resource = Static<typeof ResourceSchema>;
export const ColumnSchema = Type.Object({ ...RESOURCE_ANSWER_FIELDS, ...COLUMN_FIELDS });
export const TableSchema = Type.Object({ ...RESOURCE_ANSWER_FIELDS, ...TABLE_FIELDS });
/** Resources of the other typed routes (databases, schemas, dashboards, charts). */
export const EntitySchema = Type.Object(RESOURCE_ANSWER_FIELDS);

/** The answer schema of a typed route's entity type. */
export function typedResourceSchema(entityType: string) {
  if (entityType === 'column') return ColumnSchema;
  if (entityType === 'table') return TableSchema;
  return EntitySchema;
}

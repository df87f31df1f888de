import Type, { type Static } from 'typebox';
import { Nullable, PageQuerySchema } from './common.js';

// PostgreSQL text cannot hold NUL characters (it answers an error the handler would turn into a 500), so every
// text the catalog stores or queries with refuses them at validation, on both backends alike.
const WITHOUT_NUL = '^[^\\u0000]*$';

/** A text input (body, query or path) of the catalog routes: no NUL characters. */
export const InputText = (options: { minLength?: number; maxLength: number; description?: string }) =>
  Type.String({ ...options, pattern: WITHOUT_NUL });

/** An id in a path, query or body. */
export const InputId = InputText({ minLength: 1, maxLength: 200 });

/** `{id}` path parameters of the catalog routes. */
export const CatalogIdParamsSchema = Type.Object({ id: InputId });

const Id = InputId;
const IdList = Type.Array(Id, { maxItems: 1000 });
const Text = (maxLength: number) => InputText({ maxLength });

/** The fields every catalog resource has (compat §6). */
const RESOURCE_FIELDS = {
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  entity_type: Type.String(),
  native_type: Nullable(Type.String()),
  title: Type.String(),
  title_full: Type.String({ description: 'Dotted full name, e.g. "db.schema.table".' }),
  description: Type.String(),
  definition: Type.String({ description: 'Long documentation (markdown or HTML).' }),
  owners: Type.Array(Type.String(), { description: 'Owner emails.' }),
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
};

/** Any resource (`/resource/all`, `/resource/catalog`): columns and tables carry their extra fields. */
export const ResourceSchema = Type.Object({
  ...RESOURCE_FIELDS,
  type: Type.Optional(COLUMN_FIELDS.type),
  sort_order: Type.Optional(COLUMN_FIELDS.sort_order),
  is_pk: Type.Optional(COLUMN_FIELDS.is_pk),
  schema: Type.Optional(TABLE_FIELDS.schema),
  database: Type.Optional(TABLE_FIELDS.database),
});
export type Resource = Static<typeof ResourceSchema>;
export const ColumnSchema = Type.Object({ ...RESOURCE_FIELDS, ...COLUMN_FIELDS });
export const TableSchema = Type.Object({ ...RESOURCE_FIELDS, ...TABLE_FIELDS });
/** Resources of the other typed routes (databases, schemas, dashboards, charts). */
export const EntitySchema = Type.Object(RESOURCE_FIELDS);

/** The answer schema of a typed route's entity type. */
export function typedResourceSchema(entityType: string) {
  if (entityType === 'column') return ColumnSchema;
  if (entityType === 'table') return TableSchema;
  return EntitySchema;
}

const EDITABLE_FIELDS = {
  description: Type.Optional(Text(100_000)),
  definition: Type.Optional(Text(1_000_000)),
  owners: Type.Optional(Type.Array(InputText({ minLength: 1, maxLength: 320 }), { maxItems: 200 })),
  native_type: Type.Optional(Nullable(Text(200))),
  url: Type.Optional(Nullable(Text(2000))),
  pii: Type.Optional(Type.Boolean()),
  verified: Type.Optional(Type.Boolean()),
  published: Type.Optional(Type.Boolean()),
  tags: Type.Optional(IdList),
  collections: Type.Optional(IdList),
  teams: Type.Optional(IdList),
};

export const ResourcePatchSchema = Type.Object(
  {
    ...EDITABLE_FIELDS,
    title: Type.Optional(InputText({ minLength: 1, maxLength: 1000 })),
    archived: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description:
      'Absent fields are kept. description/definition/owners become user values that syncs respect (import ' +
      'policy); title and native_type can only be edited on hand-made resources; tags/collections/teams ' +
      'replace the lists.',
  },
);
export type ResourcePatchBody = Static<typeof ResourcePatchSchema>;

const CREATE_FIELDS = {
  ...EDITABLE_FIELDS,
  title: InputText({ minLength: 1, maxLength: 1000 }),
  parent: Type.Optional(Nullable(Id)),
};

const CreateEntitySchema = Type.Object(CREATE_FIELDS, { additionalProperties: false });
const CreateColumnSchema = Type.Object(
  {
    ...CREATE_FIELDS,
    type: Type.Optional(Nullable(Text(1000))),
    sort_order: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }))),
    is_pk: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const CreateTableSchema = Type.Object(
  {
    ...CREATE_FIELDS,
    schema: Type.Optional(Nullable(Text(1000))),
    database: Type.Optional(Nullable(Text(1000))),
  },
  { additionalProperties: false, description: 'schema/database default to the parent schema’s names.' },
);

/** Body of POST on a typed route (a hand-made resource); columns and tables take their extra fields. */
export function createResourceBodySchema(
  entityType: string,
): typeof CreateEntitySchema | typeof CreateColumnSchema | typeof CreateTableSchema {
  if (entityType === 'column') return CreateColumnSchema;
  if (entityType === 'table') return CreateTableSchema;
  return CreateEntitySchema;
}

export const CatalogQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  filter: Type.Optional(
    Type.String({
      maxLength: 20_000,
      description:
        'URL-encoded JSON: {"operator":"and"|"or"|"not","operands":[...]} or ' +
        '{"operator":"exact"|"contains"|"in"|"is_set","field":"...","value":...}. Stale resources are left out ' +
        'unless the filter names "stale".',
    }),
  ),
  sort: Type.Optional(
    Type.String({
      maxLength: 1000,
      description: 'URL-encoded JSON: {"field":"title","order":"asc"|"desc"}.',
    }),
  ),
});

const CommaList = Type.Array(Id, { maxItems: 1000 });

export const TypedListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  integration_id: Type.Optional(Id),
  parent_id: Type.Optional(Id),
  title: Type.Optional(InputText({ maxLength: 1000, description: 'Exact title.' })),
  integration_id__in: Type.Optional(CommaList),
  parent_id__in: Type.Optional(CommaList),
  title__in: Type.Optional(CommaList),
});

import Type from 'typebox';
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

export {
  ColumnSchema,
  EntitySchema,
  RESOURCE_ANSWER_FIELDS,
  type Resource,
  ResourceSchema,
  TableSchema,
  typedResourceSchema,
} from '../../catalog/resource-schema.js';

export const EDITABLE_FIELDS = {
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
  owners_groups: Type.Optional({ ...IdList, description: 'Ids of the groups that own the resource.' }),
  title_cased: Type.Optional(
    Nullable(InputText({ maxLength: 1000, description: 'Display title; null clears it.' })),
  ),
  icon: Type.Optional(Nullable(Text(200))),
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

export const CREATE_FIELDS = {
  ...EDITABLE_FIELDS,
  title: InputText({ minLength: 1, maxLength: 1000 }),
  parent: Type.Optional(Nullable(Id)),
  integration: Type.Optional(
    Nullable({
      ...Id,
      description: 'Integration id; default: the parent’s integration (none without a parent).',
    }),
  ),
  entity_type: Type.Optional(
    InputText({
      maxLength: 100,
      description: 'Accepted as Secoda scripts send it; must be the route’s type.',
    }),
  ),
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
      description:
        'URL-encoded JSON: {"field":"title","order":"asc"|"desc","tie_breaker":{"field":"id","order":"asc"}}.',
    }),
  ),
  teams: Type.Optional(
    InputText({
      maxLength: 20_000,
      description: 'A team id (or comma-separated ids): only resources of these teams.',
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

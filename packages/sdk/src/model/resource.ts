import Type, { type Static } from 'typebox';

/** Every `entity_type` a resource may carry (compat §2); `job_group` and `job` are for pipelines. */
export const ENTITY_TYPES = [
  'database',
  'schema',
  'table',
  'column',
  'dashboard_group',
  'dashboard',
  'chart',
  'job_group',
  'job',
] as const;

/** One of {@link ENTITY_TYPES}. */
export type EntityType = (typeof ENTITY_TYPES)[number];

// Optional fields also accept `null`: JSONL files written by Secoda's Python SDK serialise unset fields as
// `null`, and those files must import unchanged.
const OptionalString = (description: string) =>
  Type.Optional(Type.Union([Type.String(), Type.Null()], { description }));

const OptionalCount = (description: string) =>
  Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description }));

const OptionalBoolean = (description: string) =>
  Type.Optional(Type.Union([Type.Boolean(), Type.Null()], { description }));

/**
 * A resource as integrations declare it and as JSONL `resources` lines carry it. Field names are the wire
 * names. Rules that need more than one field (tables need `schema` and `database`, ...) live in
 * `validateResource`, not here, so that their messages can name the record.
 */
export const ResourceSchema = Type.Object(
  {
    entity_type: Type.Enum(ENTITY_TYPES, { description: 'kind of asset' }),
    databuilder_id: Type.String({ minLength: 1, description: 'stable id chosen by the integration' }),
    parent_databuilder_id: OptionalString('parent in the same integration'),
    title: OptionalString('display name; defaults to ""'),
    description: OptionalString('short description'),
    definition: OptionalString('long documentation, markdown or HTML'),
    external_updated_at: OptionalString('ISO-8601 time of the last change in the source'),
    native_type: OptionalString("the source's own type word (view, csv, folder ...)"),
    sort_order: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { description: 'column position' })),
    type: OptionalString('column data type text'),
    is_pk: OptionalBoolean('column is (part of) the primary key; defaults to false'),
    hidden: OptionalBoolean('hidden from the catalog; defaults to false'),
    schema: OptionalString('schema name; required for tables'),
    database: OptionalString('database name; required for tables'),
    group: OptionalString('dashboards: the group they belong to'),
    product: OptionalString("charts: the tool's name"),
    owners: Type.Optional(Type.Union([Type.Array(Type.String()), Type.Null()], { description: 'emails' })),
    // Sextant extensions: facts a database states about a table (compat §6 answers them on the resource object).
    row_count: OptionalCount('tables: number of rows (an estimate is fine)'),
    byte_size: OptionalCount('tables: size on disk in bytes'),
    external_usage: OptionalCount('how often the source saw it used (queries, calls)'),
    properties: Type.Optional(
      Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
        description:
          'read-only facts shown on the resource page, e.g. foreign_keys, view_definition (see docs/connectors.md)',
      }),
    ),
  },
  // Unknown fields are rejected: a misspelt field (`parent_id`) would otherwise vanish silently.
  { additionalProperties: false },
);

/** A declared resource; see {@link ResourceSchema}. */
export type Resource = Static<typeof ResourceSchema>;

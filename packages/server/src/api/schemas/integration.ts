import Type, { type Static } from 'typebox';
import { ListEnvelope, Nullable, PageQuerySchema, WITHOUT_NUL } from './common.js';

const MASK = '********';

const ImportPolicySchema = Type.Union(
  [Type.Literal('never'), Type.Literal('smart'), Type.Literal('always')],
  {
    description: 'How source values meet user edits: never import, smart (user edits win; default), always',
  },
);

const TeamIdsSchema = Type.Array(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }), {
  maxItems: 100,
  uniqueItems: true,
  description: 'ids of the teams that own the integration',
});

const PropertiesSchema = Type.Record(Type.String(), Type.Unknown(), {
  description: 'free, non-secret settings of the integration',
});

/** compat.md §6, plus Sextant's import policy and schedule switches. */
export const IntegrationSchema = Type.Object(
  {
    id: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    name: Type.String(),
    type: Type.String(),
    credentials: Type.Record(Type.String(), Type.Literal(MASK), {
      description: `the credential keys; every value is "${MASK}" (secrets are never returned)`,
    }),
    workspace_id: Type.String(),
    ssh_tunnel: Nullable(Type.String()),
    execute_access: Type.Array(Type.String()),
    scheduled_extractions_hour: Type.Integer({ description: 'hour of the day, UTC' }),
    scheduled_extractions_frequency: Type.Integer({ description: 'days between scheduled runs' }),
    scheduled_extractions_next_run: Nullable(Type.String({ format: 'date-time' })),
    scheduled_extractions_last_run: Nullable(Type.String({ format: 'date-time' })),
    properties: PropertiesSchema,
    preview_access_users: Type.Array(Type.String()),
    preview_access_roles: Type.Array(Type.String()),
    preview_access_groups: Type.Array(Type.String()),
    teams: Type.Array(Type.String()),
    import_policy: ImportPolicySchema,
    auto_stale: Type.Boolean(),
    schedule_enabled: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type IntegrationObject = Static<typeof IntegrationSchema>;

export const IntegrationListSchema = ListEnvelope(IntegrationSchema);

export const IntegrationListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  type: Type.Optional(
    Type.String({
      pattern: WITHOUT_NUL,
      minLength: 1,
      maxLength: 100,
      description: 'only integrations of this type',
    }),
  ),
  type__in: Type.Optional(
    Type.String({
      pattern: WITHOUT_NUL,
      minLength: 1,
      maxLength: 2000,
      description: 'only integrations of these types (comma-separated)',
    }),
  ),
});

const settings = {
  teams: Type.Optional(TeamIdsSchema),
  properties: Type.Optional(PropertiesSchema),
  import_policy: Type.Optional(ImportPolicySchema),
  auto_stale: Type.Optional(
    Type.Boolean({ description: 'stale resources absent from a sync (default true)' }),
  ),
  scheduled_extractions_hour: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 23, description: 'UTC, default 0' }),
  ),
  scheduled_extractions_frequency: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 365, description: 'days between runs, default 1' }),
  ),
  schedule_enabled: Type.Optional(Type.Boolean({ description: 'run on the schedule (default true)' })),
};

export const CreateIntegrationBodySchema = Type.Object(
  {
    name: Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }),
    type: Type.String({
      pattern: WITHOUT_NUL,
      minLength: 1,
      maxLength: 100,
      description: 'the kind of source: postgres, dbt, custom, ...',
    }),
    credentials: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description: 'stored encrypted; never returned in clear',
      }),
    ),
    marketplace_version: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1_000_000,
        description: 'type marketplace:<id> only: the version to pin (default: newest own / newest approved)',
      }),
    ),
    allow_private_hosts: Type.Optional(
      Type.Array(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 300 }), {
        maxItems: 20,
        description:
          'type marketplace:<id> only: private host[:port] the code may reach (e.g. 127.0.0.1:8080)',
      }),
    ),
    ...settings,
  },
  { additionalProperties: false },
);

export const UpdateIntegrationBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 })),
    credentials: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description: `merged into the stored credentials: a value replaces, "${MASK}" keeps, null removes`,
      }),
    ),
    ...settings,
  },
  { additionalProperties: false },
);

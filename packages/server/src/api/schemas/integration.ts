import Type from 'typebox';
import {
  CREDENTIAL_MASK,
  ImportPolicySchema,
  IntegrationPropertiesSchema,
  IntegrationSchema,
} from '../../integrations/index.js';
import { ListEnvelope, PageQuerySchema, WITHOUT_NUL } from './common.js';

const TeamIdsSchema = Type.Array(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }), {
  maxItems: 100,
  uniqueItems: true,
  description: 'ids of the teams that own the integration',
});

export { IntegrationSchema };

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
  properties: Type.Optional(IntegrationPropertiesSchema),
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
        description: `merged into the stored credentials: a value replaces, "${CREDENTIAL_MASK}" keeps, null removes`,
      }),
    ),
    ...settings,
  },
  { additionalProperties: false },
);

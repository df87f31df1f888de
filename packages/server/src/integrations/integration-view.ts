import Type, { type Static } from 'typebox';
import { parseJsonColumn, toBool } from '../lib/json.js';
import { LiteralUnion, Nullable } from '../lib/typebox.js';
import type { IntegrationRow } from '../store/integrations/index.js';
import { IMPORT_POLICIES } from '../store/schema.js';
import { CREDENTIAL_MASK, type Credentials, maskCredentials } from './credentials.js';

const ImportPolicySchema = LiteralUnion(IMPORT_POLICIES, {
  description:
    'How source values meet user edits. never: a source value only fills a field that has none yet (user ' +
    'edits and earlier values stay); smart (default): user edits win, otherwise the source value; always: ' +
    'the source value wins over user edits whenever it has one',
});

const IntegrationPropertiesSchema = Type.Record(Type.String(), Type.Unknown(), {
  description: 'free, non-secret settings of the integration',
});

/** An integration as the API answers it (compat.md §6), plus Sextant's import policy and schedule switches. */
export const IntegrationSchema = Type.Object(
  {
    id: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    name: Type.String(),
    type: Type.String(),
    credentials: Type.Record(Type.String(), Type.Literal(CREDENTIAL_MASK), {
      description: `the credential keys; every value is "${CREDENTIAL_MASK}" (secrets are never returned)`,
    }),
    workspace_id: Type.String(),
    ssh_tunnel: Nullable(Type.String()),
    execute_access: Type.Array(Type.String()),
    scheduled_extractions_hour: Type.Integer({ description: 'hour of the day, UTC' }),
    scheduled_extractions_frequency: Type.Integer({ description: 'days between scheduled runs' }),
    scheduled_extractions_next_run: Nullable(Type.String({ format: 'date-time' })),
    scheduled_extractions_last_run: Nullable(Type.String({ format: 'date-time' })),
    properties: IntegrationPropertiesSchema,
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
export type IntegrationView = Static<typeof IntegrationSchema>;

/** The parts of an integration's answer that its create and update bodies take too. */
export { ImportPolicySchema, IntegrationPropertiesSchema };

/**
 * Shapes a row for an answer or an audit entry. It takes the already opened credentials only to list their keys;
 * no value can get through. Execution and preview access are not modelled yet: everyone in the workspace with the
 * right role may run and preview, which the empty lists say.
 */
export function toIntegrationView(row: IntegrationRow, credentials: Credentials): IntegrationView {
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    name: row.name,
    type: row.type,
    credentials: maskCredentials(credentials),
    workspace_id: row.workspace_id,
    ssh_tunnel: row.ssh_tunnel,
    execute_access: [],
    scheduled_extractions_hour: row.scheduled_extractions_hour,
    scheduled_extractions_frequency: row.scheduled_extractions_frequency,
    scheduled_extractions_next_run: row.scheduled_extractions_next_run,
    scheduled_extractions_last_run: row.scheduled_extractions_last_run,
    properties: parseJsonColumn<Record<string, unknown>>(row.properties, {}),
    preview_access_users: [],
    preview_access_roles: [],
    preview_access_groups: [],
    teams: parseJsonColumn<string[]>(row.teams, []),
    import_policy: row.import_policy,
    auto_stale: toBool(row.auto_stale),
    schedule_enabled: toBool(row.schedule_enabled),
  };
}

import { parseJsonColumn, toBool } from '../lib/json.js';
import type { IntegrationRow } from '../store/integrations/index.js';
import type { ImportPolicy } from '../store/schema.js';
import { type CREDENTIAL_MASK, type Credentials, maskCredentials } from './credentials.js';

/** An integration as the API answers it (compat.md §6), plus Sextant's policy and schedule extensions. */
export interface IntegrationView {
  id: string;
  created_at: string;
  updated_at: string;
  name: string;
  type: string;
  credentials: Record<string, typeof CREDENTIAL_MASK>;
  workspace_id: string;
  ssh_tunnel: string | null;
  execute_access: string[];
  scheduled_extractions_hour: number;
  scheduled_extractions_frequency: number;
  scheduled_extractions_next_run: string | null;
  scheduled_extractions_last_run: string | null;
  properties: Record<string, unknown>;
  preview_access_users: string[];
  preview_access_roles: string[];
  preview_access_groups: string[];
  teams: string[];
  import_policy: ImportPolicy;
  auto_stale: boolean;
  schedule_enabled: boolean;
}

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

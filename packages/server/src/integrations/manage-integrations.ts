import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import type { SecretBox } from '../auth/secret-box.js';
import { InputError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { attachMarketplaceConnection, checkMarketplaceCredentials } from '../marketplace/connections.js';
import { checkSlackCredentials } from '../slack/slack-credentials.js';
import { findMissingTeamIds } from '../store/accounts/index.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  deleteIntegrationRow,
  getIntegration,
  type IntegrationChanges,
  type IntegrationRow,
  insertIntegration,
  listIntegrations,
  updateIntegrationRow,
} from '../store/integrations/index.js';
import type { Database, ImportPolicy } from '../store/schema.js';
import { canonicalIntegrationType, checkConnectorCredentials } from './connector-credentials.js';
import {
  type Credentials,
  checkNewCredentials,
  mergeCredentials,
  openCredentials,
  sealCredentials,
} from './credentials.js';
import { type IntegrationView, toIntegrationView } from './integration-view.js';
import { nextScheduledRun } from './schedule.js';

/** What integration management needs: the database and the key that seals credentials. */
export interface IntegrationServices {
  db: Kysely<Database>;
  secrets: SecretBox;
}

/** The editable settings of an integration, spelled as in the API. */
export interface IntegrationSettings {
  name?: string;
  teams?: string[];
  credentials?: Credentials;
  properties?: Record<string, unknown>;
  import_policy?: ImportPolicy;
  auto_stale?: boolean;
  scheduled_extractions_hour?: number;
  scheduled_extractions_frequency?: number;
  schedule_enabled?: boolean;
}

export interface NewIntegration extends IntegrationSettings {
  name: string;
  type: string;
  /** `marketplace:<id>` types only: the version to pin (default: see marketplace/connections.ts). */
  marketplace_version?: number;
  /** `marketplace:<id>` types only: private host[:port] the code may reach. */
  allow_private_hosts?: string[];
}

export async function listIntegrationViews(
  services: IntegrationServices,
  options: { workspaceId: string; types?: string[] | undefined; limit: number; offset: number },
): Promise<{ views: IntegrationView[]; count: number }> {
  const { rows, count } = await listIntegrations(services.db, options);
  return { views: rows.map((row) => viewOf(services, row)), count };
}

export async function getIntegrationView(
  services: IntegrationServices,
  workspaceId: string,
  id: string,
): Promise<IntegrationView> {
  return viewOf(services, await getIntegration(services.db, workspaceId, id));
}

/** Creates an integration with sealed credentials and its first scheduled run; audited without secrets. */
export async function createIntegration(
  services: IntegrationServices,
  auth: AuthContext,
  input: NewIntegration,
): Promise<IntegrationView> {
  const credentials = checkNewCredentials(input.credentials ?? {});
  checkSlackCredentials(input.type, credentials);
  const type = canonicalIntegrationType(input.type);
  checkConnectorCredentials(type, credentials);
  return services.db.transaction().execute(async (tx) => {
    await checkTeamsExist(tx, auth.workspaceId, input.teams ?? []);
    const now = nowIso();
    const row: IntegrationRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      name: input.name,
      type,
      credentials_encrypted: sealCredentials(services.secrets, credentials),
      properties: JSON.stringify(input.properties ?? {}),
      teams: JSON.stringify(input.teams ?? []),
      ssh_tunnel: null,
      address_host: null,
      address_dialect: null,
      import_policy: input.import_policy ?? 'smart',
      auto_stale: input.auto_stale === false ? 0 : 1,
      schedule_enabled: input.schedule_enabled === false ? 0 : 1,
      scheduled_extractions_hour: input.scheduled_extractions_hour ?? 0,
      scheduled_extractions_frequency: input.scheduled_extractions_frequency ?? 1,
      scheduled_extractions_next_run: null,
      scheduled_extractions_last_run: null,
      created_by: auth.userId,
      created_at: now,
      updated_at: now,
    };
    row.scheduled_extractions_next_run = nextRunOf(row);
    await insertIntegration(tx, row);
    await attachMarketplaceConnection(tx, auth, {
      integrationId: row.id,
      type: input.type,
      credentials,
      version: input.marketplace_version,
      allow_private_hosts: input.allow_private_hosts,
    });
    const view = toIntegrationView(row, credentials);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'integration',
      entityId: row.id,
      after: view,
    });
    return view;
  });
}

/**
 * Changes the settings given and leaves the others alone. Credentials merge key by key (see mergeCredentials); a
 * schedule change recomputes the next run.
 */
export async function updateIntegration(
  services: IntegrationServices,
  auth: AuthContext,
  id: string,
  settings: IntegrationSettings,
): Promise<IntegrationView> {
  return services.db.transaction().execute(async (tx) => {
    const before = await getIntegration(tx, auth.workspaceId, id);
    const storedCredentials = openCredentials(services.secrets, before.credentials_encrypted);
    if (settings.teams) await checkTeamsExist(tx, auth.workspaceId, settings.teams);
    const credentials = settings.credentials
      ? mergeCredentials(storedCredentials, settings.credentials)
      : storedCredentials;
    if (settings.credentials)
      await checkMarketplaceCredentials(tx, { integrationId: id, type: before.type, credentials });
    checkSlackCredentials(before.type, credentials);
    checkConnectorCredentials(before.type, credentials);
    const changes = changesOf(settings);
    if (settings.credentials) changes.credentials_encrypted = sealCredentials(services.secrets, credentials);
    const after: IntegrationRow = { ...before, ...changes, updated_at: nowIso() } as IntegrationRow;
    after.scheduled_extractions_next_run = nextRunOf(after);
    await updateIntegrationRow(tx, id, {
      ...changes,
      updated_at: after.updated_at,
      scheduled_extractions_next_run: after.scheduled_extractions_next_run,
    });
    const view = toIntegrationView(after, credentials);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'integration',
      entityId: id,
      before: toIntegrationView(before, storedCredentials),
      after: view,
    });
    return view;
  });
}

/** Deletes an integration and, by cascade, every resource, lineage edge and sync it produced. */
export async function deleteIntegration(
  services: IntegrationServices,
  auth: AuthContext,
  id: string,
): Promise<void> {
  await services.db.transaction().execute(async (tx) => {
    const before = await getIntegration(tx, auth.workspaceId, id);
    await deleteIntegrationRow(tx, id);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'delete',
      entityType: 'integration',
      entityId: id,
      before: toIntegrationView(before, openCredentials(services.secrets, before.credentials_encrypted)),
    });
  });
}

function viewOf(services: IntegrationServices, row: IntegrationRow): IntegrationView {
  return toIntegrationView(row, openCredentials(services.secrets, row.credentials_encrypted));
}

function changesOf(settings: IntegrationSettings): IntegrationChanges {
  const changes: IntegrationChanges = {};
  if (settings.name !== undefined) changes.name = settings.name;
  if (settings.teams !== undefined) changes.teams = JSON.stringify(settings.teams);
  if (settings.properties !== undefined) changes.properties = JSON.stringify(settings.properties);
  if (settings.import_policy !== undefined) changes.import_policy = settings.import_policy;
  if (settings.auto_stale !== undefined) changes.auto_stale = settings.auto_stale ? 1 : 0;
  if (settings.schedule_enabled !== undefined) changes.schedule_enabled = settings.schedule_enabled ? 1 : 0;
  if (settings.scheduled_extractions_hour !== undefined)
    changes.scheduled_extractions_hour = settings.scheduled_extractions_hour;
  if (settings.scheduled_extractions_frequency !== undefined)
    changes.scheduled_extractions_frequency = settings.scheduled_extractions_frequency;
  return changes;
}

/** A disabled schedule has no next run. */
function nextRunOf(row: IntegrationRow): string | null {
  if (row.schedule_enabled !== 1) return null;
  return nextScheduledRun({
    hour: row.scheduled_extractions_hour,
    frequencyDays: row.scheduled_extractions_frequency,
    lastRun: row.scheduled_extractions_last_run,
  });
}

async function checkTeamsExist(db: Kysely<Database>, workspaceId: string, teamIds: string[]): Promise<void> {
  const missing = await findMissingTeamIds(db, workspaceId, teamIds);
  if (missing.length === 0) return;
  throw new InputError(
    'validation_failed',
    `body.teams: no team with id ${missing.join(', ')} in this workspace`,
    {
      problems: missing.map((id) => ({
        in: 'body',
        field: `teams.${teamIds.indexOf(id)}`,
        message: 'is not a team of this workspace',
      })),
    },
  );
}

import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { InputError } from '../errors/index.js';
import { toBool } from '../lib/json.js';
import { nowIso } from '../lib/time.js';
import { SLACK_INTEGRATION_TYPE } from '../slack/slack-credentials.js';
import { recordAudit } from '../store/audit-logs.js';
import { findIntegration } from '../store/integrations/index.js';
import {
  findNotificationSettings,
  type NotificationSettingsRow,
  saveNotificationSettings,
} from '../store/notifications/index.js';
import type { Database } from '../store/schema.js';

/** A workspace's notification settings as the API answers them (spelled as stored). */
export interface NotificationSettings {
  slack_integration_id: string | null;
  channel: string | null;
  on_sync_failure: boolean;
  on_dbt_test_failure: boolean;
  stale_threshold: number | null;
  updated_at: string | null;
}

export type NotificationSettingsInput = Partial<Omit<NotificationSettings, 'updated_at'>>;

/** Nothing is sent until a channel is set. */
const DEFAULTS: NotificationSettings = {
  slack_integration_id: null,
  channel: null,
  on_sync_failure: true,
  on_dbt_test_failure: true,
  stale_threshold: 0.2,
  updated_at: null,
};

export async function getNotificationSettings(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<NotificationSettings> {
  const row = await findNotificationSettings(db, workspaceId);
  return row ? toSettingsView(row) : { ...DEFAULTS };
}

/**
 * Replaces the workspace's settings (fields left out take their defaults). The Slack integration, when named,
 * must be a Slack integration of the workspace. Audited.
 */
export async function putNotificationSettings(
  db: Kysely<Database>,
  auth: AuthContext,
  input: NotificationSettingsInput,
): Promise<NotificationSettings> {
  return db.transaction().execute(async (tx) => {
    const integrationId = input.slack_integration_id ?? null;
    if (integrationId !== null) {
      const integration = await findIntegration(tx, auth.workspaceId, integrationId);
      if (!integration || integration.type !== SLACK_INTEGRATION_TYPE) {
        throw new InputError(
          'validation_failed',
          `body.slack_integration_id: ${integrationId} is not a Slack integration of this workspace`,
          {
            problems: [
              {
                in: 'body',
                field: 'slack_integration_id',
                message: 'is not a Slack integration of this workspace',
              },
            ],
          },
        );
      }
    }
    const before = await findNotificationSettings(tx, auth.workspaceId);
    const row: NotificationSettingsRow = {
      workspace_id: auth.workspaceId,
      slack_integration_id: integrationId,
      channel: input.channel ?? null,
      on_sync_failure: (input.on_sync_failure ?? DEFAULTS.on_sync_failure) ? 1 : 0,
      on_dbt_test_failure: (input.on_dbt_test_failure ?? DEFAULTS.on_dbt_test_failure) ? 1 : 0,
      stale_threshold: input.stale_threshold === undefined ? DEFAULTS.stale_threshold : input.stale_threshold,
      updated_at: nowIso(),
      updated_by: auth.userId,
    };
    await saveNotificationSettings(tx, row);
    const view = toSettingsView(row);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: before ? 'update' : 'create',
      entityType: 'notification_settings',
      entityId: auth.workspaceId,
      before: before ? toSettingsView(before) : undefined,
      after: view,
    });
    return view;
  });
}

export function toSettingsView(row: NotificationSettingsRow): NotificationSettings {
  return {
    slack_integration_id: row.slack_integration_id,
    channel: row.channel,
    on_sync_failure: toBool(row.on_sync_failure),
    on_dbt_test_failure: toBool(row.on_dbt_test_failure),
    stale_threshold: row.stale_threshold === null ? null : Number(row.stale_threshold),
    updated_at: row.updated_at,
  };
}

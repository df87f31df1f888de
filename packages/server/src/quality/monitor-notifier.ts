import type { BaseLogger } from 'pino';
import type { SecretBox } from '../auth/secret-box.js';
import { SextantError } from '../errors/index.js';
import { getNotificationSettings } from '../notifications/index.js';
import { connectSlack, type SlackClientOptions } from '../slack/index.js';
import type { Store } from '../store/database.js';
import { listSubscriptionsOfResources } from '../store/notifications/index.js';
import type { MonitorRow } from '../store/quality/index.js';

export interface MonitorNotifierOptions {
  store: Pick<Store, 'db'>;
  secrets: SecretBox;
  /** Base of links back to the catalog (no trailing slash). */
  publicUrl: string;
  slack: Omit<SlackClientOptions, 'token'>;
  log: Pick<BaseLogger, 'info' | 'warn'>;
}

export interface IncidentChange {
  kind: 'opened' | 'resolved';
  monitor: MonitorRow;
  targetLabel: string;
  /** The resources whose subscribers hear of it: the target, and its table for a column. */
  resourceIds: string[];
  value: number;
  band: { lower: number | null; upper: number | null };
}

/**
 * Tells the monitor's Slack channel and the channels subscribed to its target (or the target's table) that an
 * incident opened or resolved, through the workspace's Slack integration. Never throws: a failure is logged
 * without the token.
 */
export async function notifyIncidentChange(
  options: MonitorNotifierOptions,
  change: IncidentChange,
): Promise<void> {
  const channels = new Set<string>();
  if (change.monitor.notify_slack_channel) channels.add(change.monitor.notify_slack_channel);
  for (const subscription of await listSubscriptionsOfResources(options.store.db, change.resourceIds)) {
    channels.add(subscription.channel);
  }
  if (channels.size === 0) return;
  const fields = { monitorId: change.monitor.id, kind: change.kind };
  try {
    const settings = await getNotificationSettings(options.store.db, change.monitor.workspace_id);
    const slack = await connectSlack(
      { db: options.store.db, secrets: options.secrets, client: options.slack },
      { workspaceId: change.monitor.workspace_id, integrationId: settings.slack_integration_id },
    );
    const text = incidentMessage(change, options.publicUrl);
    for (const channel of channels) {
      await slack.client.postMessage({ channel, text });
      options.log.info({ ...fields, channel }, 'monitor notification sent');
    }
  } catch (error) {
    const reason =
      error instanceof SextantError
        ? { code: error.code, reason: error.message }
        : { reason: String((error as Error).message ?? error) };
    options.log.warn({ ...fields, ...reason }, 'monitor notification not sent');
  }
}

export function incidentMessage(change: IncidentChange, publicUrl: string): string {
  const range = `[${change.band.lower ?? '-∞'}, ${change.band.upper ?? '∞'}]`;
  const value = Number(change.value.toPrecision(12));
  const link = `${publicUrl}/monitors/${change.monitor.id}`;
  return change.kind === 'opened'
    ? `:rotating_light: Sextant monitor "${change.monitor.name}" on ${change.targetLabel}: ${change.monitor.metric_type} is ${value}, outside ${range}. Incident opened: ${link}`
    : `:white_check_mark: Sextant monitor "${change.monitor.name}" on ${change.targetLabel}: ${change.monitor.metric_type} is back in range (${value}). Incident resolved: ${link}`;
}

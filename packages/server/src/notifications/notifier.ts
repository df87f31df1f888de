import type { BaseLogger } from 'pino';
import type { SecretBox } from '../auth/secret-box.js';
import { SextantError } from '../errors/index.js';
import {
  type DbtTestsChangedEvent,
  eventsOf,
  type NewlyFailingResource,
  type OpenLineageRunFailedEvent,
  type QuestionActivityEvent,
  type SyncFinishedEvent,
} from '../events/index.js';
import { connectSlack, type SlackClientOptions, type SlackConnection } from '../slack/index.js';
import type { Store } from '../store/database.js';
import { listSubscriptionsOfResources } from '../store/notifications/index.js';
import {
  type MessageContent,
  openLineageRunFailedMessage,
  questionActivityMessage,
  syncFailedMessage,
  syncStaledMessage,
  testsFailingMessage,
} from './messages.js';
import { getNotificationSettings, type NotificationSettings } from './notification-settings.js';

/** Messages to the workspace channel for one dbt event; beyond it, one summary line. */
const MAX_WORKSPACE_MESSAGES = 20;

export interface NotifierOptions {
  store: Store;
  secrets: SecretBox;
  /** Base of links back to the catalog's pages (`SEXTANT_PUBLIC_URL`, no trailing slash). */
  publicUrl: string;
  /** Slack client settings (API URL, retry and rate-limit waits). */
  slack: Omit<SlackClientOptions, 'token'>;
  log: Pick<BaseLogger, 'info' | 'warn' | 'error'>;
}

/**
 * Listens to the catalog's events and sends Slack messages: a failed sync and a sync that staled more than the
 * threshold share of its integration's resources to the workspace channel; dbt tests that start failing to the
 * workspace channel and to each channel subscribed to the resource. Runs after the change committed, never
 * throws (failures are logged without the token). Returns the function that stops listening.
 */
export function startNotifier(options: NotifierOptions): () => void {
  const hub = eventsOf(options.store);
  hub.setErrorHandler((error, event) => options.log.error({ err: error, event }, 'notification failed'));
  const offSync = hub.on('sync.finished', (event) => notifySyncFinished(options, event));
  const offTests = hub.on('dbt.tests.changed', (event) => notifyTestsChanged(options, event));
  const offRuns = hub.on('openlineage.run.failed', (event) => notifyRunFailed(options, event));
  const offQuestions = hub.on('question.activity', (event) => notifyQuestionActivity(options, event));
  return () => {
    offSync();
    offTests();
    offRuns();
    offQuestions();
  };
}

async function notifySyncFinished(options: NotifierOptions, event: SyncFinishedEvent): Promise<void> {
  const settings = await getNotificationSettings(options.store.db, event.workspaceId);
  if (!settings.channel) return;
  let message: MessageContent | undefined;
  if (event.record.status === 'failed' && settings.on_sync_failure) {
    message = syncFailedMessage(event, options.publicUrl);
  } else if (isOverThreshold(event, settings.stale_threshold)) {
    message = syncStaledMessage(event, settings.stale_threshold!, options.publicUrl);
  }
  if (!message) return;
  const slack = await connect(options, event.workspaceId, settings);
  if (slack) await send(options, slack, { channel: settings.channel, ...message }, event.record.status);
}

/** A failed OpenLineage run is a failed sync of its job: the workspace channel, and the job's subscribers. */
async function notifyRunFailed(options: NotifierOptions, event: OpenLineageRunFailedEvent): Promise<void> {
  const settings = await getNotificationSettings(options.store.db, event.workspaceId);
  const channels = new Set<string>();
  if (settings.channel && settings.on_sync_failure) channels.add(settings.channel);
  if (event.job.resourceId) {
    for (const subscription of await listSubscriptionsOfResources(options.store.db, [event.job.resourceId])) {
      channels.add(subscription.channel);
    }
  }
  if (channels.size === 0) return;
  const slack = await connect(options, event.workspaceId, settings);
  if (!slack) return;
  const message = openLineageRunFailedMessage(event, options.publicUrl);
  for (const channel of channels)
    await send(options, slack, { channel, ...message }, 'openlineage_run_failed');
}

/** A reply or an accepted answer: the channels subscribed to the question or to the resource it is about. */
async function notifyQuestionActivity(options: NotifierOptions, event: QuestionActivityEvent): Promise<void> {
  const ids = [event.question.id, ...(event.question.subjectId ? [event.question.subjectId] : [])];
  const channels = new Set(
    (await listSubscriptionsOfResources(options.store.db, ids)).map((subscription) => subscription.channel),
  );
  if (channels.size === 0) return;
  const settings = await getNotificationSettings(options.store.db, event.workspaceId);
  const slack = await connect(options, event.workspaceId, settings);
  if (!slack) return;
  const message = questionActivityMessage(event, options.publicUrl);
  for (const channel of channels) await send(options, slack, { channel, ...message }, event.kind);
}

function isOverThreshold(
  event: SyncFinishedEvent,
  threshold: number | null,
): event is SyncFinishedEvent & { staledShare: number; resourcesBefore: number } {
  return (
    event.record.status === 'succeeded' &&
    threshold !== null &&
    event.staledShare !== null &&
    event.resourcesBefore !== null &&
    event.record.counts.staled > 0 &&
    event.staledShare > threshold
  );
}

async function notifyTestsChanged(options: NotifierOptions, event: DbtTestsChangedEvent): Promise<void> {
  const settings = await getNotificationSettings(options.store.db, event.workspaceId);
  const outbox: Array<{ channel: string; resource: NewlyFailingResource }> = [];
  const seen = new Set<string>();
  const add = (channel: string, resource: NewlyFailingResource) => {
    const key = `${channel}\u0000${resource.resourceId}`;
    if (!seen.has(key)) outbox.push({ channel, resource });
    seen.add(key);
  };
  const byId = new Map(event.newlyFailing.map((r) => [r.resourceId, r]));
  for (const subscription of await listSubscriptionsOfResources(options.store.db, [...byId.keys()])) {
    add(subscription.channel, byId.get(subscription.resource_id)!);
  }
  const toWorkspace = settings.channel && settings.on_dbt_test_failure ? event.newlyFailing : [];
  for (const resource of toWorkspace.slice(0, MAX_WORKSPACE_MESSAGES)) add(settings.channel!, resource);
  if (outbox.length === 0) return;
  const slack = await connect(options, event.workspaceId, settings);
  if (!slack) return;
  for (const { channel, resource } of outbox) {
    const message = testsFailingMessage(resource, event.integration.name, options.publicUrl);
    await send(options, slack, { channel, ...message }, 'dbt_test_failure');
  }
  if (toWorkspace.length > MAX_WORKSPACE_MESSAGES) {
    const more = toWorkspace.length - MAX_WORKSPACE_MESSAGES;
    const text = `Sextant: dbt tests also started failing on ${more} more resources of "${event.integration.name}".`;
    await send(options, slack, { channel: settings.channel!, text }, 'dbt_test_failure');
  }
}

async function connect(
  options: NotifierOptions,
  workspaceId: string,
  settings: NotificationSettings,
): Promise<SlackConnection | undefined> {
  try {
    return await connectSlack(
      { db: options.store.db, secrets: options.secrets, client: options.slack },
      { workspaceId, integrationId: settings.slack_integration_id },
    );
  } catch (error) {
    logFailure(options, error, { workspaceId });
    return undefined;
  }
}

async function send(
  options: NotifierOptions,
  slack: SlackConnection,
  message: { channel: string; text: string; blocks?: MessageContent['blocks'] },
  kind: string,
): Promise<void> {
  try {
    await slack.client.postMessage(message);
    options.log.info(
      { kind, channel: message.channel, slackIntegrationId: slack.integrationId },
      'slack notification sent',
    );
  } catch (error) {
    logFailure(options, error, { kind, channel: message.channel, slackIntegrationId: slack.integrationId });
  }
}

function logFailure(options: NotifierOptions, error: unknown, fields: Record<string, unknown>): void {
  // A SextantError's message and details never carry the token; anything else is reduced to its message.
  const reason =
    error instanceof SextantError
      ? { code: error.code, reason: error.message }
      : { reason: error instanceof Error ? error.message : String(error) };
  options.log.warn({ ...fields, ...reason }, 'slack notification not sent');
}

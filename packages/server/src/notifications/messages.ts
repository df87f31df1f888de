import type {
  NewlyFailingResource,
  OpenLineageRunFailedEvent,
  QuestionActivityEvent,
  SyncFinishedEvent,
} from '../events/index.js';

/** A message before it has a channel: the plain text (notifications, fallbacks) and Block Kit blocks. */
export interface MessageContent {
  text: string;
  blocks: Array<Record<string, unknown>>;
}

/** Slack's mrkdwn needs only these three escaped (https://api.slack.com/reference/surfaces/formatting). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link in mrkdwn: `<url|label>`. */
function link(url: string, label: string): string {
  return `<${url}|${escapeMrkdwn(label)}>`;
}

export function integrationUrl(baseUrl: string, integrationId: string): string {
  return `${baseUrl}/integrations/${encodeURIComponent(integrationId)}`;
}

export function resourceUrl(baseUrl: string, resourceId: string): string {
  return `${baseUrl}/resources/${encodeURIComponent(resourceId)}`;
}

function content(text: string, mrkdwn: string, context: string): MessageContent {
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(context) }] },
    ],
  };
}

export function syncFailedMessage(event: SyncFinishedEvent, baseUrl: string): MessageContent {
  const { integration, record } = event;
  const url = integrationUrl(baseUrl, integration.id);
  const reason = record.error?.message ?? 'unknown error';
  return content(
    `Sextant: the sync of integration "${integration.name}" failed: ${reason} ${url}`,
    `:x: *Sync failed* · ${link(url, integration.name)}\n${escapeMrkdwn(reason)}`,
    `Sextant · ${integration.type} · sync ${record.id}`,
  );
}

export function openLineageRunFailedMessage(
  event: OpenLineageRunFailedEvent,
  baseUrl: string,
): MessageContent {
  const { job } = event;
  const url = job.resourceId
    ? resourceUrl(baseUrl, job.resourceId)
    : integrationUrl(baseUrl, event.integration.id);
  const what = event.state === 'ABORTED' ? 'was aborted' : 'failed';
  const reason = event.errorMessage ?? 'no error message';
  const name = `${job.namespace}/${job.name}`;
  return content(
    `Sextant: the run of job "${name}" ${what}: ${reason} ${url}`,
    `:x: *Job run ${what}* · ${link(url, name)}\n${escapeMrkdwn(reason)}`,
    `Sextant · openlineage · run ${event.runId}`,
  );
}

export function syncStaledMessage(
  event: SyncFinishedEvent & { staledShare: number; resourcesBefore: number },
  threshold: number,
  baseUrl: string,
): MessageContent {
  const { integration, record } = event;
  const url = integrationUrl(baseUrl, integration.id);
  const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
  const what = `staled ${record.counts.staled} of ${event.resourcesBefore} assets (${percent(event.staledShare)}, above the ${percent(threshold)} threshold)`;
  return content(
    `Sextant: the sync of integration "${integration.name}" ${what}: the source may be broken. ${url}`,
    `:warning: *Many assets went stale* · ${link(url, integration.name)}\nThe sync ${escapeMrkdwn(what)}: the source may be broken.`,
    `Sextant · ${integration.type} · sync ${record.id}`,
  );
}

export function testsFailingMessage(
  resource: NewlyFailingResource,
  integrationName: string,
  baseUrl: string,
): MessageContent {
  const url = resourceUrl(baseUrl, resource.resourceId);
  const name = resource.titleFull || resource.title;
  const names = resource.tests.map((t) => t.name);
  const lines = resource.tests
    .slice(0, 10)
    .map(
      (t) => `• \`${escapeMrkdwn(t.name)}\` ${t.status}${t.message ? `: ${escapeMrkdwn(t.message)}` : ''}`,
    );
  if (resource.tests.length > 10) lines.push(`• … and ${resource.tests.length - 10} more`);
  const noun = resource.tests.length === 1 ? 'dbt test' : 'dbt tests';
  return content(
    `Sextant: ${noun} ${names.join(', ')} started failing on ${name} ${url}`,
    `:rotating_light: *${noun} started failing* on ${link(url, name)}\n${lines.join('\n')}`,
    `Sextant · ${integrationName} · ${resource.entityType}`,
  );
}

export function questionActivityMessage(event: QuestionActivityEvent, baseUrl: string): MessageContent {
  const url = resourceUrl(baseUrl, event.question.id);
  const title = event.question.title;
  const [what, emoji] =
    event.kind === 'question_reply'
      ? ['New reply', ':speech_balloon:']
      : ['Answer accepted', ':white_check_mark:'];
  return content(
    `Sextant: ${what.toLowerCase()} on the question "${title}" ${url}`,
    `${emoji} *${what}* · ${link(url, title)}`,
    `Sextant · question ${event.question.id}`,
  );
}

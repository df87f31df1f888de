/** The Slack and notification routes (docs/slack.md) as the notifications page calls them. */

import type { paths } from '@sextant/client';
import { api } from '../api/client';
import type { Integration, ListEnvelope } from '../api/types';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Item<List> = List extends { results: Array<infer T> } ? T : never;

export type SlackChannel = Json<
  paths['/api/v1/api/v2/integration_v2/slack/conversations/list']['get']['responses'][200]
>[number];
export type NotificationSettings = Json<paths['/api/v1/notifications/settings']['get']['responses'][200]>;
export type SettingsInput = Omit<NotificationSettings, 'updated_at'>;
export type Subscription = Item<Json<paths['/api/v1/notifications/subscriptions']['get']['responses'][200]>>;

/** The workspace's Slack integrations, oldest first (the server's default sender is the oldest). */
export async function fetchSlackIntegrations(): Promise<Integration[]> {
  const all = await api<ListEnvelope<Integration>>('/integration/integrations', {
    query: { page_size: 1000 },
  });
  return all.results
    .filter((integration) => integration.type === 'slack')
    .sort((a, b) => a.created_at.localeCompare(b.created_at));
}

/** Connects a Slack app by its bot token (admins); the token is stored sealed and never shown again. */
export const connectSlack = (name: string, token: string) =>
  api<Integration>('/integration/integrations', {
    method: 'POST',
    body: { name, type: 'slack', credentials: { token } },
  });

export const fetchSlackChannels = (integrationId: string | undefined) =>
  api<SlackChannel[]>('/api/v2/integration_v2/slack/conversations/list', {
    query: { integration_id: integrationId },
  });

export const fetchNotificationSettings = () => api<NotificationSettings>('/notifications/settings');
export const saveNotificationSettings = (settings: SettingsInput) =>
  api<NotificationSettings>('/notifications/settings', { method: 'PUT', body: settings });

export const fetchSubscriptions = () =>
  api<ListEnvelope<Subscription>>('/notifications/subscriptions', { query: { page_size: 1000 } });
export const createSubscription = (resourceId: string, channel: string) =>
  api<Subscription>('/notifications/subscriptions', {
    method: 'POST',
    body: { resource_id: resourceId, channel },
  });
export const deleteSubscription = (id: string) =>
  api<void>(`/notifications/subscriptions/${encodeURIComponent(id)}`, { method: 'DELETE' });

import type { Bool } from '../column-types.js';

/** Row of `notification_settings` (migration 0009): one per workspace. */
export interface NotificationSettingsTable {
  workspace_id: string;
  /** The Slack integration that sends; null: the workspace's oldest Slack integration. */
  slack_integration_id: string | null;
  /** Slack channel id (or name) of the workspace notifications; null: none are sent. */
  channel: string | null;
  on_sync_failure: Bool;
  on_dbt_test_failure: Bool;
  /** Share (0–1] of an integration's live assets a sync may stale before it is announced; null: off. */
  stale_threshold: number | null;
  updated_at: string;
  updated_by: string | null;
}

/** Row of `notification_subscriptions`: a resource whose newly failing dbt tests are sent to a channel. */
export interface NotificationSubscriptionsTable {
  id: string;
  workspace_id: string;
  resource_id: string;
  channel: string;
  created_by: string | null;
  created_at: string;
}

export type NotificationTables = {
  notification_settings: NotificationSettingsTable;
  notification_subscriptions: NotificationSubscriptionsTable;
};

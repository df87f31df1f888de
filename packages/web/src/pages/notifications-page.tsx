import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { hasRole, useMe } from '../auth/session';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { InboxSection } from '../knowledge/inbox-section';
import { ConnectSlackForm } from '../notifications/connect-slack';
import {
  fetchNotificationSettings,
  fetchSlackChannels,
  fetchSlackIntegrations,
} from '../notifications/notifications-api';
import { SettingsForm } from '../notifications/settings-form';
import { Subscriptions } from '../notifications/subscriptions';

/** What to do about a channel-list failure, by the server's error code (docs/slack.md §3). */
const NEXT_STEP: Record<string, string> = {
  slack_not_connected: 'Connect a Slack app below (admins), then pick its channels here.',
  slack_token_refused:
    'Slack refused the bot token (revoked or mistyped): an admin can paste a new one on the integration page.',
  slack_missing_scope:
    'The Slack app lacks a scope: add channels:read and groups:read to its bot token scopes and reinstall it.',
  slack_rate_limited: 'Slack is rate limiting this workspace: try again in a minute.',
  slack_unavailable: 'Slack cannot be reached from the server: try again later, or check its network access.',
};

/**
 * Slack notifications (docs/slack.md): connect Slack, pick the channel and what is announced (admins), and
 * subscribe channels to resources (editors).
 */
export default function NotificationsPage() {
  const me = useMe();
  const isAdmin = hasRole(me, 'admin');
  const isEditor = hasRole(me, 'editor');
  const integrations = useQuery({
    queryKey: ['notifications', 'slack-integrations'],
    queryFn: fetchSlackIntegrations,
  });
  const settings = useQuery({ queryKey: ['notifications', 'settings'], queryFn: fetchNotificationSettings });
  // The integration whose channels are listed: the one picked in the form, else the saved one, else the oldest.
  const [picked, setPicked] = useState<string | null>(null);
  const integrationId = picked ?? settings.data?.slack_integration_id ?? integrations.data?.[0]?.id;
  const connected = (integrations.data?.length ?? 0) > 0;
  const channels = useQuery({
    queryKey: ['notifications', 'channels', integrationId ?? ''],
    queryFn: () => fetchSlackChannels(integrationId || undefined),
    enabled: connected,
    retry: false,
  });
  if (integrations.isPending || settings.isPending) return <PageLoader />;
  const channelError = channels.error;
  const code = channelError instanceof ApiError ? channelError.code : '';
  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={4}>
        <Title order={2}>Notifications</Title>
        <Text c="dimmed" size="sm">
          Sextant posts to Slack when a sync fails, when a sync stales a large share of its source, and when
          dbt tests start failing. See{' '}
          <Anchor href="https://api.slack.com/apps" target="_blank" rel="noreferrer">
            Slack apps
          </Anchor>{' '}
          for the bot token.
        </Text>
      </Stack>
      <InboxSection />
      {integrations.error && <ErrorAlert error={integrations.error} title="Cannot load the integrations" />}
      {settings.error && <ErrorAlert error={settings.error} title="Cannot load the notification settings" />}
      {integrations.data && !connected && (
        <Alert color="yellow" title="Slack is not connected" data-testid="slack-not-connected">
          {isAdmin
            ? 'Connect a Slack app with its bot token below; its channels then appear here.'
            : 'Ask an admin of this workspace to connect a Slack app; until then nothing is sent.'}
        </Alert>
      )}
      {isAdmin && integrations.data && !connected && <ConnectSlackForm />}
      {channelError && (
        <ErrorAlert
          error={channelError}
          title={NEXT_STEP[code] ?? 'Cannot list the Slack channels'}
          data-testid="channels-error"
        />
      )}
      {connected && channels.data && (
        <Text size="sm" c="dimmed" data-testid="channel-count">
          {channels.data.length} channel{channels.data.length === 1 ? '' : 's'} visible to the bot.
        </Text>
      )}
      {settings.data && integrations.data && connected && (
        <SettingsForm
          settings={settings.data}
          slackIntegrations={integrations.data}
          channels={channels.data}
          canEdit={isAdmin}
          onIntegrationChange={(id) => setPicked(id || null)}
        />
      )}
      {connected && <Subscriptions channels={channels.data} canEdit={isEditor} />}
    </Stack>
  );
}

import { Button, Checkbox, Group, NativeSelect, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Integration } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import {
  type NotificationSettings,
  type SettingsInput,
  type SlackChannel,
  saveNotificationSettings,
} from './notifications-api';

/** The settings as the form edits them: the stale threshold in percent ('' = off). */
interface Draft {
  slackIntegrationId: string;
  channel: string;
  onSyncFailure: boolean;
  onDbtTestFailure: boolean;
  stalePercent: number | '';
}

function draftOf(settings: NotificationSettings): Draft {
  return {
    slackIntegrationId: settings.slack_integration_id ?? '',
    channel: settings.channel ?? '',
    onSyncFailure: settings.on_sync_failure,
    onDbtTestFailure: settings.on_dbt_test_failure,
    stalePercent: settings.stale_threshold === null ? '' : Math.round(settings.stale_threshold * 1000) / 10,
  };
}

function inputOf(draft: Draft): SettingsInput {
  return {
    slack_integration_id: draft.slackIntegrationId || null,
    channel: draft.channel || null,
    on_sync_failure: draft.onSyncFailure,
    on_dbt_test_failure: draft.onDbtTestFailure,
    stale_threshold: draft.stalePercent === '' ? null : draft.stalePercent / 100,
  };
}

/**
 * The workspace's notification settings (admins save; others read). The Slack integration picked here is the one
 * whose channels the select lists.
 */
export function SettingsForm({
  settings,
  slackIntegrations,
  channels,
  canEdit,
  onIntegrationChange,
}: {
  settings: NotificationSettings;
  slackIntegrations: Integration[];
  channels: SlackChannel[] | undefined;
  canEdit: boolean;
  onIntegrationChange: (integrationId: string) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => saveNotificationSettings(inputOf(draft)),
    onSuccess: (saved) => {
      queryClient.setQueryData(['notifications', 'settings'], saved);
      setDraft(draftOf(saved));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const set = (patch: Partial<Draft>) => setDraft((old) => ({ ...old, ...patch }));
  // A saved channel the list no longer has (archived, bot removed) stays selectable, marked as such.
  const channelOptions = [
    { value: '', label: 'none: workspace notifications are not sent' },
    ...(channels ?? []).map((channel) => ({ value: channel.id, label: `#${channel.name}` })),
    ...(draft.channel && channels && !channels.some((channel) => channel.id === draft.channel)
      ? [{ value: draft.channel, label: `${draft.channel} (not in the channel list)` }]
      : []),
  ];
  return (
    <Paper withBorder p="lg" data-testid="notification-settings">
      <form onSubmit={submit} aria-label="Notification settings">
        <Stack gap="sm">
          <Title order={4}>Workspace notifications</Title>
          {save.error && <ErrorAlert error={save.error} title="The settings were not saved" />}
          {save.isSuccess && !save.isPending && (
            <Text size="sm" c="teal" data-testid="settings-saved">
              Saved.
            </Text>
          )}
          <Group grow align="flex-start">
            <NativeSelect
              label="Slack integration"
              description="The one that sends (default: the oldest)"
              data={[
                { value: '', label: 'the oldest Slack integration' },
                ...slackIntegrations.map((integration) => ({
                  value: integration.id,
                  label: integration.name,
                })),
              ]}
              value={draft.slackIntegrationId}
              disabled={!canEdit}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set({ slackIntegrationId: value });
                onIntegrationChange(value);
              }}
            />
            <NativeSelect
              label="Channel"
              description="Where sync failures, stale sources and failing dbt tests are announced"
              data={channelOptions}
              value={draft.channel}
              disabled={!canEdit || !channels}
              onChange={(event) => set({ channel: event.currentTarget.value })}
              data-testid="settings-channel"
            />
          </Group>
          <Checkbox
            label="When a sync fails"
            checked={draft.onSyncFailure}
            disabled={!canEdit}
            onChange={(event) => set({ onSyncFailure: event.currentTarget.checked })}
          />
          <Checkbox
            label="When a dbt test starts failing"
            checked={draft.onDbtTestFailure}
            disabled={!canEdit}
            onChange={(event) => set({ onDbtTestFailure: event.currentTarget.checked })}
          />
          <NumberInput
            label="Stale threshold (%)"
            description="Announce a sync that stales more than this share of its integration's assets; empty: never"
            min={0.1}
            max={100}
            step={5}
            decimalScale={1}
            value={draft.stalePercent}
            disabled={!canEdit}
            onChange={(value) => set({ stalePercent: value === '' ? '' : Number(value) })}
            w={320}
          />
          {canEdit ? (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                Save settings
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Only admins change these settings.
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

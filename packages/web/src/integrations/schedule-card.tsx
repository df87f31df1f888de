import { Button, Group, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { updateIntegrationSchedule } from '../api/endpoints';
import type { Integration } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { RunNowButton } from './run-now-button';

/** "every 2 days at 06:00 UTC", or "off". */
export function describeSchedule(integration: Integration): string {
  if (!integration.schedule_enabled) return 'off';
  const days = integration.scheduled_extractions_frequency;
  const hour = String(integration.scheduled_extractions_hour).padStart(2, '0');
  return `${days === 1 ? 'every day' : `every ${days} days`} at ${hour}:00 UTC`;
}

/** Run now and the schedule of an integration the server runs itself; admins change them, others read them. */
export function ScheduleCard({ integration, canEdit }: { integration: Integration; canEdit: boolean }) {
  return (
    <Paper withBorder p="lg" data-testid="schedule-card">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={4}>Runs</Title>
          <Text size="sm" c="dimmed" data-testid="schedule-summary">
            Schedule: {describeSchedule(integration)}
            {integration.schedule_enabled && integration.scheduled_extractions_next_run
              ? ` · next run ${new Date(integration.scheduled_extractions_next_run).toLocaleString()}`
              : ''}
            {integration.scheduled_extractions_last_run
              ? ` · last run ${new Date(integration.scheduled_extractions_last_run).toLocaleString()}`
              : ''}
          </Text>
        </div>
        {canEdit && <RunNowButton integrationId={integration.id} />}
      </Group>
      {canEdit ? (
        <ScheduleForm integration={integration} />
      ) : (
        <Text size="sm" c="dimmed">
          Running and scheduling need the admin role.
        </Text>
      )}
    </Paper>
  );
}

function ScheduleForm({ integration }: { integration: Integration }) {
  const client = useQueryClient();
  const [hour, setHour] = useState<number | string>(integration.scheduled_extractions_hour);
  const [days, setDays] = useState<number | string>(integration.scheduled_extractions_frequency);
  const [isEnabled, setEnabled] = useState(integration.schedule_enabled);
  const save = useMutation({
    mutationFn: () =>
      updateIntegrationSchedule(integration.id, {
        scheduled_extractions_hour: Number(hour),
        scheduled_extractions_frequency: Number(days),
        schedule_enabled: isEnabled,
      }),
    onSuccess: (saved) => {
      client.setQueryData(['integration', integration.id], saved);
      void client.invalidateQueries({ queryKey: ['integrations'] });
    },
  });
  const isChanged =
    Number(hour) !== integration.scheduled_extractions_hour ||
    Number(days) !== integration.scheduled_extractions_frequency ||
    isEnabled !== integration.schedule_enabled;
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Switch
          label="Run on a schedule"
          checked={isEnabled}
          onChange={(event) => setEnabled(event.currentTarget.checked)}
          data-testid="schedule-enabled"
        />
        <NumberInput
          label="Hour (UTC)"
          min={0}
          max={23}
          clampBehavior="strict"
          allowDecimal={false}
          value={hour}
          onChange={setHour}
          w={120}
          disabled={!isEnabled}
        />
        <NumberInput
          label="Every N days"
          min={1}
          max={365}
          clampBehavior="strict"
          allowDecimal={false}
          value={days}
          onChange={setDays}
          w={140}
          disabled={!isEnabled}
        />
        <Button
          variant="light"
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!isChanged || hour === '' || days === ''}
          data-testid="save-schedule"
        >
          Save schedule
        </Button>
      </Group>
      {save.error && <ErrorAlert error={save.error} title="Cannot save the schedule" />}
      {save.isSuccess && !isChanged && (
        <Text size="sm" c="teal" data-testid="schedule-saved">
          Saved.
        </Text>
      )}
    </Stack>
  );
}

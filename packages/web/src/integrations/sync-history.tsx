import { Accordion, Group, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchSyncs } from '../api/endpoints';
import { ErrorAlert } from '../components/error-alert';
import { SyncLogs } from './sync-logs';
import { SyncStatusBadge, SyncSummary } from './sync-summary';

/** How often a history with a running sync asks again. */
const FOLLOW_MS = 1500;

/** The integration's syncs, newest first; open one to see its counts, warnings and error. */
export function SyncHistory({ integrationId }: { integrationId: string }) {
  const syncs = useQuery({
    queryKey: ['syncs', integrationId],
    queryFn: () => fetchSyncs(integrationId),
    // A queued or running sync (run now, the schedule, someone else's upload) is followed to its end.
    refetchInterval: (query) =>
      query.state.data?.results.some((sync) => sync.status === 'running') ? FOLLOW_MS : false,
  });
  // Only the opened sync fetches its log (Mantine keeps closed panels mounted).
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Sync history</Title>
        {syncs.data && (
          <Text size="sm" c="dimmed">
            {syncs.data.count} sync{syncs.data.count === 1 ? '' : 's'}
          </Text>
        )}
      </Group>
      {syncs.error && <ErrorAlert error={syncs.error} title="Cannot load the sync history" />}
      {syncs.data?.count === 0 && (
        <Text size="sm" c="dimmed">
          No syncs yet. Upload a file above (or run the integration) to start the first one.
        </Text>
      )}
      {syncs.data && syncs.data.results.length > 0 && (
        <Accordion variant="separated" data-testid="sync-history" value={opened} onChange={setOpened}>
          {syncs.data.results.map((sync) => (
            <Accordion.Item key={sync.id} value={sync.id}>
              <Accordion.Control>
                <Group gap="sm">
                  <SyncStatusBadge sync={sync} />
                  <Text size="sm">{new Date(sync.started_at).toLocaleString()}</Text>
                  <Text size="sm" c="dimmed">
                    {sync.source} · +{sync.counts.created} created · {sync.counts.updated} updated ·{' '}
                    {sync.counts.staled} staled
                    {sync.warnings.length ? ` · ${sync.warnings.length} warnings` : ''}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <SyncSummary sync={sync} />
                {opened === sync.id && (
                  <SyncLogs
                    integrationId={integrationId}
                    syncId={sync.id}
                    isRunning={sync.status === 'running'}
                  />
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Paper>
  );
}

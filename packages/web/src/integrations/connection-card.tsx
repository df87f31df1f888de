import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlugConnected } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { testIntegrationConnection } from '../api/endpoints';
import { ErrorAlert } from '../components/error-alert';
import { ConnectionTestResultView } from './connection-test-result';
import { EditConnectionForm } from './edit-connection-form';
import { useConnectors } from './runnable';

/**
 * A saved connector integration (admins): test its stored credentials at any time, or change some of them, after
 * which the connection is tested again at once.
 */
export function ConnectionCard({ integrationId, type }: { integrationId: string; type: string }) {
  const test = useMutation({ mutationFn: () => testIntegrationConnection(integrationId) });
  const [editing, setEditing] = useState(false);
  const connector = useConnectors().data?.results.find((candidate) => candidate.type === type);
  return (
    <Paper withBorder p="lg" data-testid="connection-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>Connection</Title>
            <Text size="sm" c="dimmed">
              Credentials are stored encrypted and never shown again.
            </Text>
          </div>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              disabled={!connector || editing}
              onClick={() => setEditing(true)}
              data-testid="edit-connection"
            >
              Edit connection
            </Button>
            <Button
              variant="light"
              leftSection={<IconPlugConnected size={16} />}
              loading={test.isPending}
              onClick={() => test.mutate()}
              data-testid="test-connection"
            >
              Test connection
            </Button>
          </Group>
        </Group>
        {editing && connector && (
          <EditConnectionForm
            integrationId={integrationId}
            connector={connector}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              test.mutate();
            }}
          />
        )}
        {test.error && <ErrorAlert error={test.error} title="Cannot test the connection" />}
        {test.data && <ConnectionTestResultView result={test.data} />}
      </Stack>
    </Paper>
  );
}

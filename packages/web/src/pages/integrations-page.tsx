import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fetchIntegrations, fetchSyncs } from '../api/endpoints';
import type { Integration } from '../api/types';
import { hasRole, useMe } from '../auth/session';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { CreateIntegrationModal } from '../integrations/create-integration-modal';
import { useIsRunnable } from '../integrations/runnable';
import { describeSchedule } from '../integrations/schedule-card';
import { SyncStatusBadge } from '../integrations/sync-summary';

/** Every integration with the outcome of its last sync; admins create new ones here. */
export function IntegrationsPage() {
  const me = useMe();
  const isAdmin = hasRole(me, 'admin');
  const [opened, { open, close }] = useDisclosure(false);
  const integrations = useQuery({ queryKey: ['integrations'], queryFn: fetchIntegrations });
  const createButton = isAdmin && (
    <Button leftSection={<IconPlus size={16} />} onClick={open} data-testid="new-integration">
      Add integration
    </Button>
  );
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>Integrations</Title>
        {createButton}
      </Group>
      <CreateIntegrationModal opened={opened} onClose={close} />
      {integrations.error && <ErrorAlert error={integrations.error} title="Cannot load the integrations" />}
      {!integrations.data && !integrations.error && <PageLoader />}
      {integrations.data?.count === 0 && (
        <EmptyState title="No integrations yet" icon={<IconPlugConnected />} action={createButton}>
          An integration is one source of metadata. Connect a PostgreSQL or MySQL/MariaDB database, or create
          one to upload a CSV or JSONL export or dbt artifacts to, or to run an SDK integration against.
          {!isAdmin && ' Ask an admin to create the first one.'}
        </EmptyState>
      )}
      {integrations.data && integrations.data.count > 0 && (
        <Paper withBorder>
          <Table
            highlightOnHover
            verticalSpacing="sm"
            horizontalSpacing="md"
            data-testid="integrations-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Last sync</Table.Th>
                <Table.Th>Schedule</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {integrations.data.results.map((integration) => (
                <IntegrationRow key={integration.id} integration={integration} />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function IntegrationRow({ integration }: { integration: Integration }) {
  const isRunnable = useIsRunnable();
  const last = useQuery({
    queryKey: ['syncs', integration.id],
    queryFn: () => fetchSyncs(integration.id),
  });
  const sync = last.data?.results[0];
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/integrations/${integration.id}`} fw={600}>
          {integration.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color="gray" tt="none">
          {integration.type}
        </Badge>
      </Table.Td>
      <Table.Td>
        {sync ? (
          <Group gap="xs">
            <SyncStatusBadge sync={sync} />
            <Text size="sm" c="dimmed">
              {new Date(sync.started_at).toLocaleString()}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            never
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {isRunnable(integration.type) ? describeSchedule(integration) : 'pushed (uploads, SDK)'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

import { Anchor, Badge, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { fetchIntegration } from '../api/endpoints';
import { hasRole, useMe } from '../auth/session';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { ConnectionCard } from '../integrations/connection-card';
import { useIsConnectorType, useIsRunnable } from '../integrations/runnable';
import { ScheduleCard } from '../integrations/schedule-card';
import { SyncHistory } from '../integrations/sync-history';
import { UploadCard } from '../integrations/upload-card';

/** One integration: upload files to it (editors) and read its sync history. */
export function IntegrationPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const integration = useQuery({ queryKey: ['integration', id], queryFn: () => fetchIntegration(id) });
  const isRunnable = useIsRunnable();
  const isConnector = useIsConnectorType();
  if (integration.error) {
    if (integration.error instanceof ApiError && integration.error.status === 404) {
      return (
        <EmptyState title="This integration does not exist">
          It may have been deleted. Go back to the list of integrations.
        </EmptyState>
      );
    }
    return <ErrorAlert error={integration.error} title="Cannot load this integration" />;
  }
  if (!integration.data) return <PageLoader />;
  return (
    <Stack gap="lg">
      <Breadcrumbs separator="›">
        <Anchor component={Link} to="/integrations" size="sm">
          Integrations
        </Anchor>
        <Text size="sm" c="dimmed">
          {integration.data.name}
        </Text>
      </Breadcrumbs>
      <Group gap="sm">
        <Title order={2}>{integration.data.name}</Title>
        <Badge variant="light" color="gray" tt="none">
          {integration.data.type}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        Import policy: {integration.data.import_policy} · automatic staling{' '}
        {integration.data.auto_stale ? 'on' : 'off'} · created{' '}
        {new Date(integration.data.created_at).toLocaleDateString()}
      </Text>
      {isConnector(integration.data.type) && hasRole(me, 'admin') && (
        <ConnectionCard integrationId={id} type={integration.data.type} />
      )}
      {isRunnable(integration.data.type) && (
        <ScheduleCard integration={integration.data} canEdit={hasRole(me, 'admin')} />
      )}
      {isRunnable(integration.data.type) ? null : hasRole(me, 'editor') ? (
        <UploadCard integrationId={id} integrationType={integration.data.type} />
      ) : (
        <Text size="sm" c="dimmed">
          Uploading metadata needs the editor role.
        </Text>
      )}
      <SyncHistory integrationId={id} />
    </Stack>
  );
}

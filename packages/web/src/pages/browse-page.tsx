import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fetchIntegrations } from '../api/endpoints';
import { IntegrationBranch, LIST_STYLE } from '../browse/browse-tree';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';

/**
 * The catalog as a tree: integration → database → schema → table → column, and dashboard group → dashboard →
 * chart. Each level is fetched when it is opened, a page at a time.
 */
export function BrowsePage() {
  const integrations = useQuery({ queryKey: ['integrations'], queryFn: fetchIntegrations });
  const list = [...(integrations.data?.results ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Browse</Title>
        <Text size="sm" c="dimmed">
          Open an integration to walk down its databases, schemas, tables and columns, or its dashboard
          groups, dashboards and charts. The number beside an asset is how many assets it contains.
        </Text>
      </div>
      {integrations.error && <ErrorAlert error={integrations.error} title="Cannot load the integrations" />}
      {!integrations.data && !integrations.error && <PageLoader />}
      {integrations.data?.count === 0 && (
        <EmptyState
          title="Nothing to browse yet"
          icon={<IconPlugConnected />}
          action={
            <Button component={Link} to="/integrations" variant="light">
              Go to integrations
            </Button>
          }
        >
          Assets arrive through integrations: create one and upload a CSV, JSONL or dbt artifacts.
        </EmptyState>
      )}
      {list.length > 0 && (
        <Paper withBorder p="md" data-testid="browse-tree">
          <ul aria-label="Catalog" style={LIST_STYLE}>
            {list.map((integration) => (
              <IntegrationBranch key={integration.id} integration={integration} />
            ))}
          </ul>
        </Paper>
      )}
    </Stack>
  );
}

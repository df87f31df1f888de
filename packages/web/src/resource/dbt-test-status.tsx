import { Badge, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchFailingTests, fetchIntegration } from '../api/endpoints';
import type { Resource } from '../api/types';

/** For assets from a dbt integration: whether their latest dbt tests fail, warn, or neither. */
export function DbtTestStatus({ resource }: { resource: Resource }) {
  const integrationId = resource.integration;
  const integration = useQuery({
    queryKey: ['integration', integrationId],
    queryFn: () => fetchIntegration(integrationId as string),
    enabled: integrationId !== null,
  });
  const isDbt = integration.data?.type === 'dbt';
  const tests = useQuery({
    queryKey: ['dbt-failing-tests', integrationId],
    queryFn: () => fetchFailingTests(integrationId as string),
    enabled: isDbt,
  });
  if (!isDbt || !tests.data) return null;
  if (tests.data.failing.includes(resource.id)) {
    return (
      <Badge color="red" variant="light" data-testid="dbt-tests">
        dbt tests failing
      </Badge>
    );
  }
  if (tests.data.warning.includes(resource.id)) {
    return (
      <Badge color="yellow" variant="light" data-testid="dbt-tests">
        dbt tests warn
      </Badge>
    );
  }
  return (
    <Text size="sm" data-testid="dbt-tests">
      No failing dbt tests in the latest run
    </Text>
  );
}

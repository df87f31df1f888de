import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { fetchIntegration, fetchTags } from '../api/endpoints';
import type { Resource } from '../api/types';
import { DbtTestStatus } from './dbt-test-status';
import { OwnersEditor } from './owners-editor';
import { formatDate } from './resource-header';
import { TagsEditor } from './tags-editor';

/** The side panel: owners, tags, where the asset comes from, and its numbers. */
export function PropertiesPanel({ resource, canEdit }: { resource: Resource; canEdit: boolean }) {
  const tags = useQuery({ queryKey: ['tags'], queryFn: fetchTags, staleTime: 60_000 });
  const customProperties = Object.entries(resource.custom_properties ?? {});
  return (
    <Stack gap="md">
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Property label="Owners">
            <OwnersEditor resource={resource} canEdit={canEdit} />
          </Property>
          <Property label="Tags">
            <TagsEditor resource={resource} tags={tags.data?.results ?? []} canEdit={canEdit} />
          </Property>
          {customProperties.map(([name, value]) => (
            <Property key={name} label={name}>
              <Text size="sm">{typeof value === 'string' ? value : JSON.stringify(value)}</Text>
            </Property>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        <Title order={5} mb="sm">
          Provenance
        </Title>
        <Stack gap="sm">
          <Property label="Integration">
            <IntegrationLink id={resource.integration} />
          </Property>
          {resource.integration && <DbtTestStatus resource={resource} />}
          <Property label="Last updated">
            <Text size="sm">{formatDate(resource.updated_at)}</Text>
          </Property>
          {resource.external_updated_at && (
            <Property label="Changed in the source">
              <Text size="sm">{formatDate(resource.external_updated_at)}</Text>
            </Property>
          )}
          <Property label="Status">
            {resource.stale ? (
              <Text size="sm" c="orange">
                Stale since {formatDate(resource.stale_at)} (absent from the latest sync)
              </Text>
            ) : (
              <Text size="sm">Live</Text>
            )}
          </Property>
          {resource.row_count !== null && (
            <Property label="Rows">
              <Text size="sm">{resource.row_count.toLocaleString()}</Text>
            </Property>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function Property({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {label}
      </Text>
      {children}
    </div>
  );
}

function IntegrationLink({ id }: { id: string | null }) {
  const integration = useQuery({
    queryKey: ['integration', id],
    queryFn: () => fetchIntegration(id as string),
    enabled: id !== null,
  });
  if (id === null) return <Text size="sm">Made by hand in the catalog</Text>;
  return (
    <Anchor component={Link} to={`/integrations/${id}`} size="sm">
      {integration.data ? `${integration.data.name} (${integration.data.type})` : 'integration'}
    </Anchor>
  );
}

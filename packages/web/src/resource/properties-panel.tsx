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

interface PropertiesPanelProps {
  resource: Resource;
  canEdit: boolean;
  /** Guests read only their teams' assets: the workspace's tags and integrations are not theirs to fetch. */
  isGuest?: boolean;
}

/** The side panel: owners, tags, where the asset comes from, and its numbers. */
export function PropertiesPanel({ resource, canEdit, isGuest = false }: PropertiesPanelProps) {
  const tags = useQuery({ queryKey: ['tags'], queryFn: fetchTags, staleTime: 60_000, enabled: !isGuest });
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
          {(resource.described_by?.length ?? 0) > 1 ? (
            <Property label="Described by">
              <DescribedBy sources={resource.described_by ?? []} />
            </Property>
          ) : (
            <Property label="Integration">
              {isGuest ? (
                <Text size="sm">{resource.integration ? 'Synced by an integration' : 'Made by hand'}</Text>
              ) : (
                <IntegrationLink id={resource.integration} />
              )}
            </Property>
          )}
          {resource.integration && !isGuest && <DbtTestStatus resource={resource} />}
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
              <Text size="sm" data-testid="row-count">
                {resource.row_count.toLocaleString()}
              </Text>
            </Property>
          )}
          {resource.byte_size !== null && (
            <Property label="Size">
              <Text size="sm" data-testid="byte-size">
                {formatBytes(resource.byte_size)}
              </Text>
            </Property>
          )}
          {resource.external_usage > 0 && (
            <Property label="Queries seen in the source">
              <Text size="sm">{resource.external_usage.toLocaleString()}</Text>
            </Property>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

/** 1536 → "1.5 KB" (powers of 1024, as databases report sizes). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0
    ? `${bytes.toLocaleString()} bytes`
    : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
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

/** The sources of a merged table ("Warehouse, dbt"), each linking to its integration. */
function DescribedBy({ sources }: { sources: NonNullable<Resource['described_by']> }) {
  return (
    <Text size="sm" data-testid="described-by">
      {sources.map((source, i) => (
        <span key={source.resource}>
          {i > 0 && ', '}
          {source.integration ? (
            <Anchor component={Link} to={`/integrations/${source.integration}`} size="sm">
              {source.kind === 'dbt' ? 'dbt' : 'Warehouse'}
              {source.integration_name ? ` (${source.integration_name})` : ''}
            </Anchor>
          ) : (
            'Made by hand'
          )}
        </span>
      ))}
    </Text>
  );
}

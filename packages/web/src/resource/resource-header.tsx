import { Anchor, Badge, Breadcrumbs, Group, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Resource } from '../api/types';
import { EntityBadge } from '../components/entity-badge';
import { ErrorAlert } from '../components/error-alert';
import { useUpdateResource } from './use-resource';

interface ResourceHeaderProps {
  resource: Resource;
  /** The chain of parents, root first (database → schema → table). */
  ancestors: Resource[];
  canEdit: boolean;
}

/** Title with its full path as breadcrumbs, the kind of asset, and the verified / PII flags. */
export function ResourceHeader({ resource, ancestors, canEdit }: ResourceHeaderProps) {
  const update = useUpdateResource(resource.id);
  return (
    <Stack gap="xs">
      <Breadcrumbs separator="›" aria-label="Path" styles={{ separator: { margin: '0 4px' } }}>
        <Anchor component={Link} to="/" size="sm">
          Catalog
        </Anchor>
        {ancestors.map((ancestor) => (
          <Anchor key={ancestor.id} component={Link} to={`/resources/${ancestor.id}`} size="sm">
            {ancestor.title}
          </Anchor>
        ))}
        <Text size="sm" c="dimmed">
          {resource.title}
        </Text>
      </Breadcrumbs>
      <Group gap="sm" align="center">
        <Title order={2} data-testid="resource-title">
          {resource.title || '(untitled)'}
        </Title>
        <EntityBadge entityType={resource.entity_type} nativeType={resource.native_type} />
        {resource.stale && (
          <Tooltip label={`Absent from its integration’s sync since ${formatDate(resource.stale_at)}`}>
            <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />}>
              Stale
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Text ff="monospace" size="sm" c="dimmed" data-testid="resource-full-path">
        {resource.title_full}
      </Text>
      <Group gap="lg">
        <Switch
          label="Verified"
          color="teal"
          checked={resource.verified}
          disabled={!canEdit || update.isPending}
          onChange={(event) => update.mutate({ verified: event.currentTarget.checked })}
        />
        <Switch
          label="Contains PII"
          color="red"
          checked={resource.pii}
          disabled={!canEdit || update.isPending}
          onChange={(event) => update.mutate({ pii: event.currentTarget.checked })}
        />
      </Group>
      {update.error && <ErrorAlert error={update.error} title="The flag was not changed" />}
    </Stack>
  );
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
}

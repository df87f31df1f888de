import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconRosetteDiscountCheck, IconShieldLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Resource } from '../api/types';
import { EntityBadge } from '../components/entity-badge';

interface SearchResultRowProps {
  resource: Resource;
  active: boolean;
  /**
   * Keeps the keyboard cursor and the mouse in step. Bound to pointer *movement*, not `mouseenter`: a list that
   * shifts under a resting pointer (facets or fresh results arriving) must not steal the row the keys chose.
   */
  onHover: () => void;
}

/** One search hit: kind, title, full path, the start of the description, and its flags. */
export function SearchResultRow({ resource, active, onHover }: SearchResultRowProps) {
  return (
    <UnstyledButton
      component={Link}
      to={`/resources/${resource.id}`}
      className="search-result"
      data-active={active}
      data-testid="search-result"
      data-title={resource.title}
      role="option"
      aria-selected={active}
      onMouseMove={active ? undefined : onHover}
      px="md"
      py="sm"
      style={{ display: 'block', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap">
          <EntityBadge entityType={resource.entity_type} nativeType={resource.native_type} />
          <Text fw={600} truncate>
            {resource.title || '(untitled)'}
          </Text>
          {resource.verified && (
            <IconRosetteDiscountCheck size={16} color="var(--mantine-color-teal-6)" aria-label="Verified" />
          )}
          {resource.pii && (
            <Badge size="xs" color="red" variant="outline" leftSection={<IconShieldLock size={10} />}>
              PII
            </Badge>
          )}
          {resource.stale && (
            <Badge size="xs" color="gray" variant="outline">
              stale
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" ff="monospace" truncate>
          {resource.title_full}
          {resource.type ? ` · ${resource.type}` : ''}
        </Text>
        {resource.description && (
          <Text size="sm" c="dimmed" lineClamp={1}>
            {resource.description}
          </Text>
        )}
      </Stack>
    </UnstyledButton>
  );
}

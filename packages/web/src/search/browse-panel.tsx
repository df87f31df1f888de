import { Anchor, Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { searchCatalog } from '../api/endpoints';
import { EntityBadge } from '../components/entity-badge';

/** The tops of the hierarchies (databases, dashboard groups), to browse down from when not searching. */
export function BrowsePanel() {
  const roots = useQuery({
    queryKey: ['catalog-search', 'browse-roots'],
    queryFn: () =>
      searchCatalog({
        filter: {
          operator: 'and',
          operands: [
            { operator: 'in', field: 'entity_type', value: ['database', 'dashboard_group'] },
            { operator: 'exact', field: 'stale', value: false },
          ],
        },
        sort: { field: 'title', order: 'asc' },
        pageSize: 24,
      }),
  });
  if (!roots.data || roots.data.count === 0) return null;
  return (
    <Paper withBorder p="sm" data-testid="browse-panel">
      <Group justify="space-between" mb={6}>
        <Text size="xs" c="dimmed">
          Browse
        </Text>
        <Anchor component={Link} to="/browse" size="xs">
          The whole tree →
        </Anchor>
      </Group>
      <Group gap="xs">
        {roots.data.results.map((root) => (
          <UnstyledButton key={root.id} component={Link} to={`/resources/${root.id}`}>
            <Group gap={6} wrap="nowrap">
              <EntityBadge entityType={root.entity_type} />
              <Text size="sm" fw={500}>
                {root.title}
              </Text>
              <Badge size="xs" variant="default">
                {root.children_count}
              </Badge>
            </Group>
          </UnstyledButton>
        ))}
      </Group>
    </Paper>
  );
}

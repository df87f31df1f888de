import { Anchor, Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fetchChildren, searchCatalog } from '../api/endpoints';
import type { Resource } from '../api/types';
import { EntityBadge, entityLabel } from '../components/entity-badge';
import { ErrorAlert } from '../components/error-alert';
import { ColumnDescriptionCell } from './column-description-cell';

/** What a resource contains: a table's columns (with types), or the children of any other container. */
export function ChildrenSection({ resource, canEdit }: { resource: Resource; canEdit: boolean }) {
  if (resource.entity_type === 'table') return <ColumnsTable table={resource} canEdit={canEdit} />;
  if (resource.children_count === 0 || resource.entity_type === 'column') return null;
  return <ContainedAssets parent={resource} />;
}

function ColumnsTable({ table, canEdit }: { table: Resource; canEdit: boolean }) {
  const columns = useQuery({
    queryKey: ['columns', table.id],
    queryFn: () => fetchChildren('/table/columns', table.id),
  });
  const rows = [...(columns.data?.results ?? [])].sort(
    (a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0) || a.title.localeCompare(b.title),
  );
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Columns</Title>
        {columns.data && (
          <Text size="sm" c="dimmed">
            {columns.data.count}
          </Text>
        )}
      </Group>
      {columns.error && <ErrorAlert error={columns.error} title="Cannot load the columns" />}
      {columns.data && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No columns are known for this table. They arrive with the next sync of its integration.
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={500}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="columns-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Description</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((column) => (
                <Table.Tr key={column.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component={Link} to={`/resources/${column.id}`} ff="monospace" size="sm">
                        {column.title}
                      </Anchor>
                      {column.is_pk && <IconKey size={14} aria-label="Primary key" />}
                      {column.pii && (
                        <Badge size="xs" color="red" variant="outline">
                          PII
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="xs" c="dimmed">
                      {column.type ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ColumnDescriptionCell column={column} tableId={table.id} canEdit={canEdit} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function ContainedAssets({ parent }: { parent: Resource }) {
  const children = useQuery({
    queryKey: ['children', parent.id],
    queryFn: () =>
      searchCatalog({
        filter: { operator: 'exact', field: 'parent', value: parent.id },
        sort: { field: 'title', order: 'asc' },
        pageSize: 200,
      }),
  });
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Contains</Title>
        {children.data && (
          <Text size="sm" c="dimmed">
            {children.data.count} {children.data.count === 1 ? 'asset' : 'assets'}
          </Text>
        )}
      </Group>
      {children.error && <ErrorAlert error={children.error} title="Cannot load what this contains" />}
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Tbody>
          {(children.data?.results ?? []).map((child) => (
            <Table.Tr key={child.id}>
              <Table.Td w={160}>
                <EntityBadge entityType={child.entity_type} nativeType={child.native_type} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/resources/${child.id}`} size="sm" fw={500}>
                  {child.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {child.description || (child.children_count ? `${child.children_count} inside` : '')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {children.data && children.data.count > children.data.results.length && (
        <Text size="xs" c="dimmed" mt="xs">
          Showing the first {children.data.results.length}; search to find the others (
          {entityLabel(parent.entity_type)} {parent.title}).
        </Text>
      )}
    </Paper>
  );
}

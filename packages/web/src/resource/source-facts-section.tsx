import { Anchor, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { searchCatalog } from '../api/endpoints';
import type { ForeignKeyProperty, Resource } from '../api/types';

/**
 * Read-only facts a database connector states about a table (`properties`, docs/connectors.md): its foreign
 * keys, each linking to the referenced table, and, for views, the definition as the database prints it.
 */
export function SourceFactsSection({ resource }: { resource: Resource }) {
  const properties = (resource.properties ?? {}) as Record<string, unknown>;
  const foreignKeys = Array.isArray(properties.foreign_keys)
    ? (properties.foreign_keys as ForeignKeyProperty[])
    : [];
  const definition = typeof properties.view_definition === 'string' ? properties.view_definition : undefined;
  if (foreignKeys.length === 0 && definition === undefined) return null;
  return (
    <>
      {foreignKeys.length > 0 && (
        <Paper withBorder p="lg" data-testid="foreign-keys">
          <Title order={4} mb="sm">
            Foreign keys
          </Title>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Columns</Table.Th>
                <Table.Th>References</Table.Th>
                <Table.Th>Constraint</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {foreignKeys.map((key) => (
                <Table.Tr key={key.name}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {key.columns.join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ReferencedTable integrationId={resource.integration} reference={key.references} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {key.name}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {definition !== undefined && (
        <Paper withBorder p="lg" data-testid="view-definition">
          <Title order={4} mb="sm">
            View definition
          </Title>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {definition}
          </Code>
        </Paper>
      )}
    </>
  );
}

/** `schema.table (columns)`, linked to the referenced table's page when it is in the catalog. */
function ReferencedTable({
  integrationId,
  reference,
}: {
  integrationId: string | null;
  reference: ForeignKeyProperty['references'];
}) {
  const target = useQuery({
    queryKey: ['foreign-key-target', integrationId, reference.databuilder_id],
    enabled: integrationId !== null,
    staleTime: 60_000,
    queryFn: async () => {
      const page = await searchCatalog({
        filter: {
          operator: 'and',
          operands: [
            { operator: 'exact', field: 'integration_id', value: integrationId },
            { operator: 'exact', field: 'databuilder_id', value: reference.databuilder_id },
          ],
        },
        pageSize: 1,
      });
      return page.results[0] ?? null;
    },
  });
  const label = `${reference.schema}.${reference.table} (${reference.columns.join(', ')})`;
  return (
    <Stack gap={0}>
      {target.data ? (
        <Anchor component={Link} to={`/resources/${target.data.id}`} size="sm" ff="monospace">
          {label}
        </Anchor>
      ) : (
        <Text size="sm" ff="monospace">
          {label}
        </Text>
      )}
    </Stack>
  );
}

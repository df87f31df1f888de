import { Anchor, Button, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fetchImpact, impactCsvUrl } from '../api/endpoints';
import { EntityBadge } from '../components/entity-badge';
import { ErrorAlert } from '../components/error-alert';

/** Everything downstream of the resource, nearest first, with a CSV export straight from the server. */
export function ImpactList({ resourceId }: { resourceId: string }) {
  const impact = useQuery({ queryKey: ['impact', resourceId], queryFn: () => fetchImpact(resourceId) });
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>Impact</Title>
          <Text size="sm" c="dimmed">
            What breaks or changes if this asset changes: every downstream asset and how many hops away.
          </Text>
        </div>
        <Button
          component="a"
          href={impactCsvUrl(resourceId)}
          download
          variant="light"
          leftSection={<IconDownload size={16} />}
          data-testid="impact-csv"
        >
          Export CSV
        </Button>
      </Group>
      {impact.error && <ErrorAlert error={impact.error} title="Cannot load the impact list" />}
      {impact.data?.count === 0 && (
        <Text size="sm" c="dimmed">
          Nothing downstream: no asset is known to read from this one.
        </Text>
      )}
      {impact.data && impact.data.count > 0 && (
        <ScrollArea.Autosize mah={360}>
          <Table verticalSpacing={6} data-testid="impact-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Asset</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Integration</Table.Th>
                <Table.Th ta="right">Hops</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {impact.data.results.map((node) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/resources/${node.id}`} size="sm" ff="monospace">
                      {node.title_full}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <EntityBadge entityType={node.entity_type} nativeType={node.native_type} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {node.integration_title ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{node.distance}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {impact.data.truncated && (
            <Text size="xs" c="dimmed" mt="xs">
              The list was cut at the server’s limit; export the CSV for the complete list.
            </Text>
          )}
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}

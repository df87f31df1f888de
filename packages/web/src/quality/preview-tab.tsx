import { Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { fetchPreview } from './quality-api';

/** The first 50 rows of a table (PII masked by the server, which also audits every preview). */
export function PreviewTab({ tableId }: { tableId: string }) {
  const preview = useQuery({
    queryKey: ['preview', tableId],
    queryFn: () => fetchPreview(tableId),
    retry: false,
  });
  if (preview.error) return <ErrorAlert error={preview.error} title="No preview" />;
  if (!preview.data) return <PageLoader />;
  const { columns, rows } = preview.data;
  return (
    <Paper withBorder p="md" data-testid="preview-tab">
      <Text size="sm" c="dimmed" mb="xs">
        First {rows.length} rows · masked columns are marked PII and never read
      </Text>
      <Table.ScrollContainer minWidth={600}>
        <Table striped fz="xs" ff="monospace">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.name}>{c.name}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
              <Table.Tr key={index} data-testid="preview-row">
                {row.map((cell, i) => (
                  <Table.Td key={columns[i]?.name ?? i}>{cell === null ? 'null' : String(cell)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

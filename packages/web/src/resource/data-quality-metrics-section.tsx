import { Group, Paper, Table, Text, Title } from '@mantine/core';
import type { Resource } from '../api/types';
import { formatBytes } from './properties-panel';
import { formatDate } from './resource-header';

/** `properties.data_quality_metrics` of an OpenLineage dataset (server: openlineage/namespace-records.ts). */
interface DataQualityMetrics {
  row_count: number | null;
  byte_size: number | null;
  file_count: number | null;
  job: string | null;
  measured_at: string | null;
  columns: Record<string, ColumnMetrics>;
}

interface ColumnMetrics {
  null_count?: number;
  distinct_count?: number;
  sum?: number;
  count?: number;
  min?: number;
  max?: number;
  quantiles?: Record<string, number>;
}

const number = (value: number | undefined) => (value === undefined ? '—' : value.toLocaleString());

/**
 * What the latest OpenLineage run measured of a dataset (its `dataQualityMetrics` and `outputStatistics` facets,
 * docs/openlineage.md): rows, size and files, and per column nulls, distinct values, min, max, sum and quantiles.
 * Shown beside the dataset's test results, the way dataQualityAssertions show as tests.
 */
export function DataQualityMetricsSection({ resource }: { resource: Resource }) {
  const metrics = (resource.properties as Record<string, unknown> | null)?.data_quality_metrics as
    | DataQualityMetrics
    | undefined;
  if (!metrics || typeof metrics !== 'object') return null;
  const columns = Object.entries(metrics.columns ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const totals = [
    metrics.row_count !== null && `${metrics.row_count.toLocaleString()} rows`,
    metrics.byte_size !== null && formatBytes(metrics.byte_size),
    metrics.file_count !== null && `${metrics.file_count.toLocaleString()} files`,
  ].filter(Boolean);
  return (
    <Paper withBorder p="lg" data-testid="data-quality-metrics">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Measured</Title>
        <Text size="sm" c="dimmed">
          {[metrics.job && `by ${metrics.job}`, metrics.measured_at && formatDate(metrics.measured_at)]
            .filter(Boolean)
            .join(', ')}
        </Text>
      </Group>
      {totals.length > 0 && (
        <Text size="sm" mb={columns.length > 0 ? 'sm' : 0} data-testid="data-quality-totals">
          {totals.join(' · ')}
        </Text>
      )}
      {columns.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Column</Table.Th>
                <Table.Th>Nulls</Table.Th>
                <Table.Th>Distinct</Table.Th>
                <Table.Th>Min</Table.Th>
                <Table.Th>Max</Table.Th>
                <Table.Th>Sum</Table.Th>
                <Table.Th>Quantiles</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {columns.map(([name, column]) => (
                <Table.Tr key={name} data-testid="column-metrics" data-column={name}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{number(column.null_count)}</Table.Td>
                  <Table.Td>{number(column.distinct_count)}</Table.Td>
                  <Table.Td>{number(column.min)}</Table.Td>
                  <Table.Td>{number(column.max)}</Table.Td>
                  <Table.Td>{number(column.sum)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {Object.entries(column.quantiles ?? {})
                        .map(([q, value]) => `${q}: ${value.toLocaleString()}`)
                        .join(', ') || '—'}
                    </Text>
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

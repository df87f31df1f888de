import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchJobRuns } from '../api/endpoints';
import type { JobRun } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { formatDate } from './resource-header';

const STATE_COLOR: Record<string, string> = {
  COMPLETED: 'teal',
  RUNNING: 'blue',
  FAILED: 'red',
  ABORTED: 'orange',
  NEW: 'gray',
};

/**
 * The last OpenLineage runs of a job: state, start, duration, rows written (its outputs' `outputStatistics`) and
 * the error of a failed one (newest first).
 */
export function JobRunsSection({ resourceId }: { resourceId: string }) {
  const runs = useQuery({ queryKey: ['job-runs', resourceId], queryFn: () => fetchJobRuns(resourceId) });
  if (runs.error) return <ErrorAlert error={runs.error} title="Cannot load the runs" />;
  if (!runs.data || runs.data.runs.length === 0) return null;
  const failed = runs.data.runs.filter((run) => run.state === 'FAILED' || run.state === 'ABORTED').length;
  return (
    <Paper withBorder p="lg" data-testid="job-runs-section">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Runs</Title>
        <Text size="sm" c={failed > 0 ? 'red' : 'dimmed'}>
          {failed > 0
            ? `${failed} of the last ${runs.data.runs.length} failed`
            : `last ${runs.data.runs.length}`}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={500}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>State</Table.Th>
              <Table.Th w={190}>Started</Table.Th>
              <Table.Th w={110}>Duration</Table.Th>
              <Table.Th w={110}>Rows written</Table.Th>
              <Table.Th>Error</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.data.runs.map((run) => (
              <Table.Tr key={run.id} data-testid="job-run" data-state={run.state}>
                <Table.Td>
                  <Badge color={STATE_COLOR[run.state] ?? 'gray'} variant="light">
                    {run.state.toLowerCase()}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{formatDate(run.startedAt ?? run.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{formatDuration(run)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" data-testid="rows-written">
                    {run.rowsWritten === null ? '—' : run.rowsWritten.toLocaleString()}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c={run.errorMessage ? 'red' : 'dimmed'} lineClamp={3}>
                    {run.errorMessage ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** "2 min 5 s", "850 ms"; a dash while the run has no end. */
export function formatDuration(run: Pick<JobRun, 'durationMs'>): string {
  const ms = run.durationMs;
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

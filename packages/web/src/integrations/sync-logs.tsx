import { Badge, Code, Loader, ScrollArea, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { fetchSyncLogs } from '../api/endpoints';
import type { SyncLogEntry } from '../api/types';
import { ErrorAlert } from '../components/error-alert';

const LEVEL_COLOR: Record<string, string> = { error: 'red', warn: 'yellow', info: 'blue', debug: 'gray' };

/**
 * A run's log (the integration's log lines and its http calls), fetched when its sync is opened; followed while
 * the run is still going.
 */
export function SyncLogs({
  integrationId,
  syncId,
  isRunning,
}: {
  integrationId: string;
  syncId: string;
  isRunning: boolean;
}) {
  const logs = useQuery({
    queryKey: ['sync-logs', integrationId, syncId],
    queryFn: () => fetchSyncLogs(integrationId, syncId),
    refetchInterval: isRunning ? 1500 : false,
  });
  if (logs.error) {
    // A server without the logs route (older than run-now) has nothing to show: say so quietly.
    if (logs.error instanceof ApiError && logs.error.code === 'route_not_found') return null;
    return <ErrorAlert error={logs.error} title="Cannot load the run’s log" />;
  }
  if (!logs.data) return <Loader size="xs" />;
  if (logs.data.count === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="sync-logs-empty">
        No log lines: uploads write none, and runs write theirs here as they go.
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table verticalSpacing={4} fz="xs" data-testid="sync-logs">
        <Table.Tbody>
          {logs.data.results.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td w={110}>
                <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {new Date(entry.at).toLocaleTimeString()}
                </Text>
              </Table.Td>
              <Table.Td w={70}>
                <Badge size="xs" variant="light" color={LEVEL_COLOR[entry.level] ?? 'gray'}>
                  {entry.level}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Code bg="transparent" fz="xs">
                  {describeEntry(entry)}
                </Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {logs.data.count > logs.data.results.length && (
        <Text size="xs" c="dimmed" mt={4}>
          The first {logs.data.results.length} of {logs.data.count} lines.
        </Text>
      )}
    </ScrollArea.Autosize>
  );
}

function describeEntry(entry: SyncLogEntry): string {
  return entry.kind === 'log' || entry.kind === 'run' ? entry.message : `${entry.kind}: ${entry.message}`;
}

import { Anchor, Badge, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { fetchIncidents, fetchMonitors, type Monitor, STATUS_COLOR } from './quality-api';

type MonitorStatus = 'incident' | 'error' | 'ok';
const ROLLUP_COLOR: Record<MonitorStatus, string> = { incident: 'red', error: 'orange', ok: 'teal' };

/**
 * The monitor status of a table (its monitors and its columns') or of a column, as search's `monitor_status`
 * facet computes it: `incident` while one has an open incident, else `error` when a last run could not measure,
 * else `ok`; with the monitors listed (those declared in dbt marked read-only).
 */
export function MonitorsSection({ resourceId, isTable }: { resourceId: string; isTable: boolean }) {
  const query = isTable ? { table: resourceId } : { target: resourceId };
  const monitors = useQuery({
    queryKey: ['monitors', 'of', resourceId],
    queryFn: () => fetchMonitors(query),
  });
  const incidents = useQuery({
    queryKey: ['incidents', 'open'],
    queryFn: () => fetchIncidents({ status: 'open' }),
  });
  if (monitors.error) return <ErrorAlert error={monitors.error} title="Cannot load the monitors" />;
  const list = (monitors.data?.results ?? []).filter((m) => m.is_enabled);
  const open = new Set((incidents.data?.results ?? []).map((i) => i.monitor_id));
  const status = rollUp(list, open);
  return (
    <Paper withBorder p="lg" data-testid="monitors-section">
      <Group gap="sm" mb="sm">
        <Title order={4}>Monitors</Title>
        {status ? (
          <Badge color={ROLLUP_COLOR[status]} variant="light" data-testid="monitor-rollup">
            {status}
          </Badge>
        ) : (
          <Text c="dimmed" size="sm">
            none
          </Text>
        )}
      </Group>
      {list.length > 0 && (
        <Table fz="sm">
          <Table.Tbody>
            {list.map((m) => (
              <Table.Tr key={m.id} data-testid="resource-monitor-row">
                <Table.Td>
                  <Anchor component={Link} to={`/monitors/${m.id}`}>
                    {m.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{m.metric_type}</Table.Td>
                <Table.Td>
                  <Badge size="sm" color={STATUS_COLOR[m.status] ?? 'gray'} variant="light">
                    {open.has(m.id) ? 'incident' : m.status}
                  </Badge>
                  {m.managed_by && (
                    <Tooltip label={`declared in dbt (${m.managed_by.key}); change it in the dbt project`}>
                      <Badge size="sm" ml="xs" color="grape" variant="outline">
                        dbt
                      </Badge>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function rollUp(monitors: Monitor[], open: Set<string>): MonitorStatus | undefined {
  if (monitors.length === 0) return undefined;
  if (monitors.some((m) => open.has(m.id))) return 'incident';
  if (monitors.some((m) => m.status === 'error')) return 'error';
  return 'ok';
}

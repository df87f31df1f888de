import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { hasRole, useMe } from '../auth/session';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { MeasurementChart } from './measurement-chart';
import { IncidentTable } from './monitors-page';
import { fetchIncidents, fetchMeasurements, fetchMonitor, runMonitor, STATUS_COLOR } from './quality-api';

/** One monitor: its settings, a chart of its measurements against the threshold band, its incidents. */
export default function MonitorPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const client = useQueryClient();
  const monitor = useQuery({ queryKey: ['monitor', id], queryFn: () => fetchMonitor(id) });
  const measurements = useQuery({ queryKey: ['measurements', id], queryFn: () => fetchMeasurements(id) });
  const incidents = useQuery({
    queryKey: ['incidents', id],
    queryFn: () => fetchIncidents({ monitor_id: id }),
  });
  const run = useMutation({
    mutationFn: () => runMonitor(id),
    onSuccess: () =>
      client.invalidateQueries({
        predicate: (q) =>
          q.queryKey.includes(id) || ['monitors', 'incidents'].includes(String(q.queryKey[0])),
      }),
  });
  if (monitor.error) return <ErrorAlert error={monitor.error} title="Cannot load this monitor" />;
  if (!monitor.data) return <PageLoader />;
  const m = monitor.data;
  const thresholds =
    m.condition_auto_sensitivity === null
      ? `manual: ${m.condition_manual_min ?? '−∞'} to ${m.condition_manual_max ?? '∞'}`
      : `automatic, sensitivity ${m.condition_auto_sensitivity}`;
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group>
          <Title order={2} data-testid="monitor-name">
            {m.name}
          </Title>
          <Badge color={STATUS_COLOR[m.status] ?? 'gray'} variant="light" data-testid="monitor-status">
            {m.status}
          </Badge>
          {m.managed_by && (
            <Badge color="grape" variant="outline" data-testid="monitor-managed" title={m.managed_by.key}>
              declared in dbt · read-only
            </Badge>
          )}
        </Group>
        {hasRole(me, 'editor') && (
          <Button onClick={() => run.mutate()} loading={run.isPending} data-testid="run-monitor">
            Run now
          </Button>
        )}
      </Group>
      {run.error && <ErrorAlert error={run.error} title="The run failed" />}
      {m.description && <Text>{m.description}</Text>}
      <Text size="sm">
        {m.metric_type} of{' '}
        <Anchor component={Link} to={`/resources/${m.target}`}>
          {m.display_metadata.target.label}
        </Anchor>{' '}
        · {thresholds} · every {m.frequency} h
        {m.last_error_message ? ` · last error: ${m.last_error_message}` : ''}
      </Text>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Measurements
        </Title>
        {measurements.data && <MeasurementChart measurements={measurements.data.results} />}
        <Table fz="sm" mt="md" data-testid="measurements-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>Band</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measurements.data?.results.slice(0, 20).map((row) => (
              <Table.Tr key={row.id} data-testid="measurement-row">
                <Table.Td>{new Date(row.created_at).toLocaleString()}</Table.Td>
                <Table.Td>{row.value ?? row.error}</Table.Td>
                <Table.Td>
                  {row.lower_threshold === null && row.upper_threshold === null
                    ? '–'
                    : `${row.lower_threshold ?? '−∞'} … ${row.upper_threshold ?? '∞'}`}
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" color={STATUS_COLOR[row.status] ?? 'gray'} variant="light">
                    {row.status}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Title order={4}>Incidents</Title>
      <IncidentTable incidents={incidents.data?.results ?? []} names={new Map([[m.id, m.name]])} />
    </Stack>
  );
}

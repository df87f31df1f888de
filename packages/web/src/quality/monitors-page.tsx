import { Anchor, Badge, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { fetchIncidents, fetchMonitors, STATUS_COLOR } from './quality-api';

/** Every monitor of the workspace with its status, and the incidents (open first). */
export default function MonitorsPage() {
  const monitors = useQuery({ queryKey: ['monitors'], queryFn: () => fetchMonitors() });
  const incidents = useQuery({ queryKey: ['incidents'], queryFn: () => fetchIncidents() });
  if (monitors.error) return <ErrorAlert error={monitors.error} title="Cannot load monitors" />;
  if (!monitors.data) return <PageLoader />;
  const names = new Map(monitors.data.results.map((m) => [m.id, m.name]));
  const sortedIncidents = [...(incidents.data?.results ?? [])].sort(
    (a, b) =>
      Number(b.status === 'open') - Number(a.status === 'open') || b.opened_at.localeCompare(a.opened_at),
  );
  return (
    <Stack gap="lg">
      <Title order={2}>Monitors</Title>
      <Tabs defaultValue="monitors">
        <Tabs.List mb="md">
          <Tabs.Tab value="monitors">Monitors ({monitors.data.count})</Tabs.Tab>
          <Tabs.Tab value="incidents" data-testid="incidents-tab">
            Incidents ({sortedIncidents.filter((i) => i.status === 'open').length} open)
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="monitors">
          <Paper withBorder>
            <Table verticalSpacing="xs" data-testid="monitors-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Monitor</Table.Th>
                  <Table.Th>Target</Table.Th>
                  <Table.Th>Metric</Table.Th>
                  <Table.Th>Last value</Table.Th>
                  <Table.Th>Next run</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {monitors.data.results.map((monitor) => (
                  <Table.Tr key={monitor.id} data-testid="monitor-row">
                    <Table.Td>
                      <Badge color={STATUS_COLOR[monitor.status] ?? 'gray'} variant="light">
                        {monitor.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/monitors/${monitor.id}`}>
                        {monitor.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/resources/${monitor.target}`} size="sm">
                        {monitor.display_metadata.target.label}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{monitor.metric_type}</Table.Td>
                    <Table.Td>{monitor.last_measurement_value ?? '–'}</Table.Td>
                    <Table.Td>
                      {monitor.next_run_at ? new Date(monitor.next_run_at).toLocaleString() : '–'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {monitors.data.count === 0 && (
              <Text c="dimmed" p="md">
                No monitors yet: create them with the API (docs/quality.md).
              </Text>
            )}
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="incidents">
          <IncidentTable incidents={sortedIncidents} names={names} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export function IncidentTable({
  incidents,
  names,
}: {
  incidents: Awaited<ReturnType<typeof fetchIncidents>>['results'];
  names: Map<string, string>;
}) {
  return (
    <Paper withBorder>
      <Table verticalSpacing="xs" data-testid="incidents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Status</Table.Th>
            <Table.Th>Monitor</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Opened</Table.Th>
            <Table.Th>Resolved</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {incidents.map((incident) => (
            <Table.Tr key={incident.id} data-testid="incident-row" data-status={incident.status}>
              <Table.Td>
                <Badge color={STATUS_COLOR[incident.status] ?? 'gray'} variant="light">
                  {incident.status}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/monitors/${incident.monitor_id}`} size="sm">
                  {names.get(incident.monitor_id) ?? incident.monitor_id}
                </Anchor>
              </Table.Td>
              <Table.Td>{incident.message}</Table.Td>
              <Table.Td>{new Date(incident.opened_at).toLocaleString()}</Table.Td>
              <Table.Td>
                {incident.resolved_at ? new Date(incident.resolved_at).toLocaleString() : '–'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { DbtTestResult, Resource } from '../api/types';
import { formatDate } from './resource-header';

const STATUS_COLOR: Record<string, string> = {
  pass: 'teal',
  success: 'teal',
  warn: 'yellow',
  fail: 'red',
  error: 'red',
  skipped: 'gray',
};
/** Failing tests first, then warnings, then the rest, each by name. */
const STATUS_RANK: Record<string, number> = { error: 0, fail: 0, warn: 1 };

/** The latest dbt results of the asset's tests, one row per test (from the resource's `tests`). */
export function DbtTestsSection({ resource }: { resource: Resource }) {
  if (resource.tests.length === 0) return null;
  const tests = [...resource.tests].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const failing = tests.filter((test) => rank(test) === 0).length;
  return (
    <Paper withBorder p="lg" data-testid="dbt-tests-section">
      <Group justify="space-between" mb="sm">
        <Title order={4}>dbt tests</Title>
        <Text size="sm" c={failing > 0 ? 'red' : 'dimmed'}>
          {failing > 0 ? `${failing} of ${tests.length} failing` : `${tests.length} in the latest run`}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={500}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>Status</Table.Th>
              <Table.Th>Test</Table.Th>
              <Table.Th w={90}>Failures</Table.Th>
              <Table.Th w={170}>Run</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tests.map((test) => (
              <Table.Tr key={test.name} data-testid="dbt-test" data-status={test.status ?? 'unknown'}>
                <Table.Td>
                  <Badge color={STATUS_COLOR[test.status ?? ''] ?? 'gray'} variant="light">
                    {test.status ?? 'not run'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {test.name}
                  </Text>
                  {test.message && test.status !== 'pass' && (
                    <Text size="xs" c="dimmed" lineClamp={3}>
                      {test.message}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{test.failures ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {test.run_at ? formatDate(test.run_at) : '—'}
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

function rank(test: DbtTestResult): number {
  return STATUS_RANK[test.status ?? ''] ?? 2;
}

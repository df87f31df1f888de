import { Badge, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Resource } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import {
  type ColumnProfile,
  fetchColumnProfile,
  fetchLatestProfile,
  fetchScore,
  runProfile,
} from './quality-api';

const BAND_COLOR: Record<string, string> = { Good: 'teal', Moderate: 'yellow', Poor: 'red' };

/** A table's newest profile (one row per column) with "Profile now", and its quality score. */
export function TableProfilePanel({ resource, canEdit }: { resource: Resource; canEdit: boolean }) {
  const client = useQueryClient();
  const profile = useQuery({
    queryKey: ['profile', resource.id],
    queryFn: () => fetchLatestProfile(resource.id),
  });
  const score = useQuery({ queryKey: ['score', resource.id], queryFn: () => fetchScore(resource.id) });
  const run = useMutation({
    mutationFn: () => runProfile(resource.id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['profile', resource.id] }),
  });
  const latest = profile.data;
  return (
    <Paper withBorder p="lg" data-testid="profile-panel">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={4}>Profile</Title>
          {score.data && (
            <Tooltip label="Data quality score: stewardship, usability, freshness, reliability (docs/quality.md)">
              <Badge
                color={BAND_COLOR[score.data.band] ?? 'gray'}
                variant="light"
                data-testid="quality-score"
              >
                Quality {score.data.total} · {score.data.band}
              </Badge>
            </Tooltip>
          )}
        </Group>
        {canEdit && (
          <Button
            size="xs"
            variant="light"
            loading={run.isPending}
            onClick={() => run.mutate()}
            data-testid="profile-now"
          >
            Profile now
          </Button>
        )}
      </Group>
      {run.error && <ErrorAlert error={run.error} title="Profiling failed" />}
      {profile.error && <ErrorAlert error={profile.error} title="Cannot load the profile" />}
      {!latest && !profile.isLoading && (
        <Text c="dimmed" size="sm">
          Not profiled yet.
        </Text>
      )}
      {latest && latest.status === 'failed' && (
        <Text c="red" size="sm">
          The last profile failed: {latest.error}
        </Text>
      )}
      {latest && latest.status === 'succeeded' && (
        <>
          <Text size="sm" c="dimmed" mb="xs" data-testid="profile-summary">
            {latest.row_count?.toLocaleString()} rows{latest.is_row_count_estimated ? ' (estimated)' : ''}
            {latest.sample_percent !== null ? ` · ${latest.sample_percent.toFixed(2)} % sample` : ''} ·{' '}
            {new Date(latest.created_at).toLocaleString()}
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Column</Table.Th>
                  <Table.Th>Nulls</Table.Th>
                  <Table.Th>Distinct</Table.Th>
                  <Table.Th>Min</Table.Th>
                  <Table.Th>Max</Table.Th>
                  <Table.Th>Mean</Table.Th>
                  <Table.Th>Top values</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {latest.columns.map((column) => (
                  <ColumnRow key={column.name} column={column} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}

function ColumnRow({ column }: { column: ColumnProfile }) {
  const isText = column.kind === 'text';
  return (
    <Table.Tr data-testid="profile-column" data-column={column.name}>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {column.name}
        </Text>
        {column.is_pii && (
          <Badge size="xs" color="grape" variant="light">
            PII · counted only
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{column.null_percentage === null ? '–' : `${round(column.null_percentage)} %`}</Table.Td>
      <Table.Td>
        {column.distinct_count === null ? '–' : column.distinct_count.toLocaleString()}
        {column.is_distinct_estimated ? ' ≈' : ''}
      </Table.Td>
      <Table.Td>{isText ? lengthOf(column.min_length) : show(column.min)}</Table.Td>
      <Table.Td>{isText ? lengthOf(column.max_length) : show(column.max)}</Table.Td>
      <Table.Td>{isText ? lengthOf(column.mean_length) : show(column.mean)}</Table.Td>
      <Table.Td>
        {column.top_values
          ?.slice(0, 3)
          .map((v) => `${v.value} (${v.count})`)
          .join(', ') ?? '–'}
      </Table.Td>
    </Table.Tr>
  );
}

/** A column's figures from its table's newest profile. */
export function ColumnProfilePanel({ resource }: { resource: Resource }) {
  const answer = useQuery({
    queryKey: ['column-profile', resource.id],
    queryFn: () => fetchColumnProfile(resource.id),
    retry: false,
  });
  if (answer.error || !answer.data) return null;
  const { column } = answer.data;
  const rows: Array<[string, string]> = [
    [
      'Nulls',
      column.null_percentage === null ? '–' : `${column.null_count} (${round(column.null_percentage)} %)`,
    ],
    ['Distinct', column.distinct_count === null ? '–' : String(column.distinct_count)],
    ['Min', column.kind === 'text' ? lengthOf(column.min_length) : show(column.min)],
    ['Max', column.kind === 'text' ? lengthOf(column.max_length) : show(column.max)],
    ['Mean', column.kind === 'text' ? lengthOf(column.mean_length) : show(column.mean)],
  ];
  return (
    <Paper withBorder p="lg" data-testid="column-profile-panel">
      <Title order={4} mb="sm">
        Profile
      </Title>
      <Table fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={120}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function show(value: number | string | null): string {
  if (value === null) return '–';
  return typeof value === 'number' ? String(round(value)) : value.replace('T00:00:00.000Z', '');
}

function lengthOf(value: number | null): string {
  return value === null ? '–' : `${round(value)} chars`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

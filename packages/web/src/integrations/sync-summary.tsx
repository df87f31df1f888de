import { Alert, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SyncRecord } from '../api/types';

const COUNT_LABELS: Array<[keyof SyncRecord['counts'], string]> = [
  ['created', 'created'],
  ['updated', 'updated'],
  ['unchanged', 'unchanged'],
  ['staled', 'staled'],
  ['revived', 'revived'],
  ['lineage_resolved', 'lineage edges'],
  ['lineage_pending', 'lineage pending'],
  ['lineage_rejected', 'lineage rejected'],
];

/** The outcome of one sync: status, counts, and its warnings or error. */
export function SyncSummary({ sync }: { sync: SyncRecord }) {
  return (
    <Stack gap="sm" data-testid="sync-summary">
      <Group gap="xs">
        <SyncStatusBadge sync={sync} />
        <Text size="sm" c="dimmed">
          {sync.source.toUpperCase()} · {new Date(sync.started_at).toLocaleString()}
          {sync.dry_run ? ' · dry run (nothing kept)' : ''}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {COUNT_LABELS.map(([key, label]) => (
          <div key={key}>
            <Text fw={700} size="lg" data-testid={`sync-count-${key}`}>
              {sync.counts[key].toLocaleString()}
            </Text>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {sync.error && (
        <Alert color="red" title={`The sync failed: ${sync.error.code}`} role="alert">
          {sync.error.message}. Nothing was changed
          {['csv', 'jsonl', 'dbt'].includes(sync.source) ? '; fix the file and upload it again.' : '.'}
        </Alert>
      )}
      {sync.warnings.length > 0 && (
        <Alert
          color="yellow"
          title={`${sync.warnings.length} warning${sync.warnings.length === 1 ? '' : 's'}`}
        >
          <List size="sm" spacing={2}>
            {[...new Set(sync.warnings.slice(0, 20).map(describeProblem))].map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

export function SyncStatusBadge({ sync }: { sync: SyncRecord }) {
  const color = sync.status === 'succeeded' ? 'teal' : sync.status === 'failed' ? 'red' : 'blue';
  return (
    <Badge color={color} variant="light">
      {sync.status}
    </Badge>
  );
}

function describeProblem(problem: SyncRecord['warnings'][number]): string {
  const where = [problem.file, problem.line ? `line ${problem.line}` : null, problem.field]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

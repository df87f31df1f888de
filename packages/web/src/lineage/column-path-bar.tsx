import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { describeError } from '../api/client';
import type { ColumnPath } from './column-path';

interface ColumnPathBarProps {
  path: ColumnPath | null;
  error: unknown;
  isLoading: boolean;
  /** The nodes drawn now: tables on the path outside them are counted, not drawn. */
  drawnIds: ReadonlyMap<string, unknown>;
  onClear: () => void;
}

/** What the highlighted column path covers, what of it is off the graph, and a way to clear it. */
export function ColumnPathBar({ path, error, isLoading, drawnIds, onClear }: ColumnPathBarProps) {
  if (error !== null && error !== undefined) {
    return (
      <Alert color="red" mb="sm" title="Cannot load the column’s lineage" role="alert">
        {describeError(error)}
      </Alert>
    );
  }
  if (isLoading || !path) {
    return <Loader size="xs" mb="sm" />;
  }
  const others = path.columnIds.size - 1;
  const hidden = [...path.tableIds].filter((id) => !drawnIds.has(id)).length;
  return (
    <Alert color="grape" variant="light" mb="sm" py={6} data-testid="column-path-info">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {others === 0
            ? 'No lineage is known for this column.'
            : `${others} column${others === 1 ? '' : 's'} in ${path.tableIds.size} assets on this column’s path.`}
          {hidden > 0 &&
            ` ${hidden} of those assets ${hidden === 1 ? 'is' : 'are'} not drawn: raise the depth or expand nodes.`}
          {path.truncated && ' The path was cut at the server’s node limit.'}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onClear}>
          Clear
        </Button>
      </Group>
    </Alert>
  );
}

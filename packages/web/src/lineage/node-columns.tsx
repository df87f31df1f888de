import { Loader, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '../api/client';
import { fetchChildren } from '../api/endpoints';
import type { ColumnPath } from './column-path';

/** Rows of a table's column list inside its graph node; the node grows by this much when opened. */
export const COLUMN_ROW_HEIGHT = 22;
export const COLUMN_PANEL_HEIGHT = 8 * COLUMN_ROW_HEIGHT + 8;

interface NodeColumnsProps {
  tableId: string;
  tableTitle: string;
  path: ColumnPath | null;
  onSelectColumn: (columnId: string) => void;
}

/**
 * A table's columns inside its lineage node, fetched when the node is opened (so a graph of 1,000 tables loads
 * no column until someone asks). Clicking a column selects it: its path across tables is highlighted.
 * `nowheel`/`nodrag` keep React Flow from zooming or panning while the list scrolls.
 */
export function NodeColumns({ tableId, tableTitle, path, onSelectColumn }: NodeColumnsProps) {
  const columns = useQuery({
    queryKey: ['columns', tableId],
    queryFn: () => fetchChildren('/table/columns', tableId),
  });
  if (columns.error) {
    return (
      <Text size="xs" c="red" h={COLUMN_PANEL_HEIGHT}>
        Cannot load the columns: {describeError(columns.error)}
      </Text>
    );
  }
  if (!columns.data) return <Loader size="xs" m="xs" />;
  const rows = [...columns.data.results].sort(
    (a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0) || a.title.localeCompare(b.title),
  );
  if (rows.length === 0) {
    return (
      <Text size="xs" c="dimmed" h={COLUMN_PANEL_HEIGHT} pt={4}>
        No columns known.
      </Text>
    );
  }
  return (
    <ScrollArea
      h={COLUMN_PANEL_HEIGHT}
      className="nowheel nodrag"
      type="auto"
      mt={4}
      data-testid="node-columns"
      aria-label={`Columns of ${tableTitle}`}
    >
      {rows.map((column) => {
        const isSelected = path?.columnId === column.id;
        const isOnPath = path?.columnIds.has(column.id) ?? false;
        return (
          <UnstyledButton
            key={column.id}
            display="block"
            w="100%"
            h={COLUMN_ROW_HEIGHT}
            px={6}
            data-testid="node-column"
            data-column-id={column.id}
            data-on-path={isOnPath}
            aria-pressed={isSelected}
            title={`Highlight the lineage of ${column.title}`}
            style={{
              borderRadius: 4,
              background: isOnPath ? 'var(--mantine-color-yellow-light)' : undefined,
              fontWeight: isSelected ? 700 : 400,
            }}
            onClick={(event) => {
              event.stopPropagation();
              onSelectColumn(column.id);
            }}
          >
            <Text component="span" size="xs" ff="monospace" truncate display="block">
              {column.title}
              {column.type ? <Text component="span" size="xs" c="dimmed">{` ${column.type}`}</Text> : null}
            </Text>
          </UnstyledButton>
        );
      })}
    </ScrollArea>
  );
}

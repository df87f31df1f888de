import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchLineageGraph } from '../api/endpoints';
import { type ColumnPath, columnPathOf } from './column-path';

/** How far a column's path is followed each way: the API's usual maximum for a drawn graph. */
const COLUMN_PATH_DEPTH = 10;

/** The upstream and downstream path of the selected column (none selected: null), from the column-level graph. */
export function useColumnPath(columnId: string | null): {
  path: ColumnPath | null;
  error: unknown;
  isLoading: boolean;
} {
  const graph = useQuery({
    queryKey: ['lineage-column-path', columnId],
    queryFn: () =>
      fetchLineageGraph({
        resourceId: columnId ?? '',
        direction: 'both',
        depth: COLUMN_PATH_DEPTH,
        level: 'column',
      }),
    enabled: columnId !== null,
  });
  const path = useMemo(
    () => (columnId && graph.data ? columnPathOf(columnId, graph.data) : null),
    [columnId, graph.data],
  );
  return { path, error: graph.error, isLoading: graph.isLoading && columnId !== null };
}

import { Alert, Group, Paper, SegmentedControl, Slider, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { LineageDirection, Resource } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { ColumnPathBar } from './column-path-bar';
import { ImpactList } from './impact-list';
import { LineageCanvas } from './lineage-canvas';
import { useColumnPath } from './use-column-path';
import { useLineageModel } from './use-lineage-model';

/** The Lineage tab: direction and depth controls, the graph, search within it, and the impact list. */
export default function LineagePanel({ resource }: { resource: Resource }) {
  const [direction, setDirection] = useState<LineageDirection>('both');
  const [depth, setDepth] = useState(2);
  const [search, setSearch] = useState('');
  const [renderInfo, setRenderInfo] = useState<string | null>(null);
  const { model, error, isLoading, expanding, expand } = useLineageModel(resource.id, direction, depth);
  const navigate = useNavigate();
  const open = useCallback((id: string) => navigate(`/resources/${id}?tab=lineage`), [navigate]);
  const onLaidOut = useCallback(
    (ms: number, count: number) => setRenderInfo(`${count} nodes laid out in ${Math.round(ms)} ms`),
    [],
  );
  const onlyRoot = model !== null && model.nodes.size <= 1;
  const columns = useColumnView();
  const { path } = columns;
  // The tables a selected column's path runs through open their column lists, so the path's columns show.
  useEffect(() => {
    if (!path || !model) return;
    const drawnTables = [...path.tableIds].filter((id) => model.nodes.get(id)?.entity_type === 'table');
    columns.openTables(drawnTables);
  }, [path, model, columns.openTables]);

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Group gap="lg" wrap="wrap">
            <SegmentedControl
              value={direction}
              onChange={(value) => setDirection(value as LineageDirection)}
              data={[
                { value: 'upstream', label: 'Upstream' },
                { value: 'both', label: 'Both' },
                { value: 'downstream', label: 'Downstream' },
              ]}
              aria-label="Direction"
            />
            <Stack gap={0} w={180}>
              <Text size="xs" c="dimmed">
                Depth: {depth} hop{depth === 1 ? '' : 's'}
              </Text>
              <Slider min={1} max={10} value={depth} onChange={setDepth} thumbLabel="Depth" label={null} />
            </Stack>
          </Group>
          <TextInput
            placeholder="Find in graph"
            leftSection={<IconSearch size={14} />}
            size="xs"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            aria-label="Find in graph"
          />
        </Group>
        {error !== null && error !== undefined && (
          <ErrorAlert error={error} title="Cannot load the lineage" mb="sm" />
        )}
        {isLoading && <PageLoader />}
        {model && (columns.selected || columns.error !== null) && (
          <ColumnPathBar
            path={path}
            error={columns.error}
            isLoading={columns.isLoading}
            drawnIds={model.nodes}
            onClear={() => columns.select(null)}
          />
        )}
        {model?.truncated && (
          <Alert color="yellow" mb="sm">
            The graph was cut at the server’s node limit; lower the depth or expand nodes one at a time.
          </Alert>
        )}
        {onlyRoot ? (
          <EmptyState title="No lineage yet">
            Nothing is known to flow into or out of this asset. Lineage arrives with JSONL lineage files, dbt
            artifacts, SQL (lineage from query) or manual edges.
          </EmptyState>
        ) : (
          model && (
            <ReactFlowProvider>
              <LineageCanvas
                model={model}
                search={search}
                expanding={expanding}
                onExpand={expand}
                onOpen={open}
                onLaidOut={onLaidOut}
                openColumns={columns.openColumns}
                onToggleColumns={columns.toggle}
                columnPath={path}
                onSelectColumn={columns.select}
              />
            </ReactFlowProvider>
          )
        )}
        <Text size="xs" c="dimmed" mt="xs">
          Data flows left to right. Click a node with hidden neighbours (+N) to draw them; click a title to
          open it; open a table’s columns and click one to highlight its path.
          {renderInfo ? ` ${renderInfo}.` : ''}
        </Text>
      </Paper>
      <ImpactList resourceId={resource.id} />
    </Stack>
  );
}

/** Which tables show their columns, and the selected column with its path (the panel is keyed by its asset). */
function useColumnView() {
  const [openColumns, setOpenColumns] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const toggle = useCallback((id: string) => {
    setOpenColumns((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const openTables = useCallback((ids: string[]) => {
    setOpenColumns((current) =>
      ids.every((id) => current.has(id)) ? current : new Set([...current, ...ids]),
    );
  }, []);
  const select = useCallback((columnId: string | null) => {
    setSelected((current) => (current === columnId ? null : columnId));
  }, []);
  const { path, error, isLoading } = useColumnPath(selected);
  return { openColumns, toggle, openTables, selected, select, path, error, isLoading };
}

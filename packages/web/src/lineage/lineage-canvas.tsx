import '@xyflow/react/dist/style.css';
import { useComputedColorScheme } from '@mantine/core';
import {
  Background,
  Controls,
  type Edge,
  MarkerType,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorAlert } from '../components/error-alert';
import type { ColumnPath } from './column-path';
import { ExportPngButton } from './export-png-button';
import { layoutGraph, NODE_WIDTH, nodeHeight } from './graph-layout';
import { type GraphModel, visibleNodes } from './graph-model';
import { type LineageFlowNode, LineageNode } from './lineage-node';

const NODE_TYPES = { lineage: LineageNode };
/** From this many nodes on, only the nodes in view are drawn. */
const LARGE_GRAPH = 200;

interface LineageCanvasProps {
  model: GraphModel;
  search: string;
  expanding: string | null;
  onExpand: (id: string) => void;
  onOpen: (id: string) => void;
  /** Milliseconds from receiving the graph to the first laid-out frame (shown for large graphs). */
  onLaidOut?: (ms: number, nodeCount: number) => void;
  /** Tables whose column list is open. */
  openColumns: ReadonlySet<string>;
  onToggleColumns: (id: string) => void;
  /** The selected column's path, highlighted across tables. */
  columnPath: ColumnPath | null;
  onSelectColumn: (columnId: string) => void;
}

/** The laid-out graph. Layout runs again only when the set of nodes or edges changes, not on every hover. */
export function LineageCanvas(props: LineageCanvasProps) {
  const { model, search, expanding, onExpand, onOpen, onLaidOut, openColumns, columnPath } = props;
  const { onToggleColumns, onSelectColumn } = props;
  const colorScheme = useComputedColorScheme('light');
  const modelNodes = useMemo(() => visibleNodes(model), [model]);
  const modelEdges = useMemo(() => [...model.edges.values()], [model]);
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }> | null>(null);
  const flow = useReactFlow();
  const [exportError, setExportError] = useState<unknown>(null);
  const timing = useRef({ started: 0, reported: true });

  // Opening a node's columns lays the graph out again, but must not move the view away from what was clicked:
  // only a new set of nodes or edges fits the view again.
  const isRefit = useRef(true);
  const laidOutInput = useRef<{ nodes: unknown; edges: unknown }>({ nodes: null, edges: null });
  useEffect(() => {
    let cancelled = false;
    const input = laidOutInput.current;
    isRefit.current ||= input.nodes !== modelNodes || input.edges !== modelEdges;
    laidOutInput.current = { nodes: modelNodes, edges: modelEdges };
    timing.current = { started: performance.now(), reported: false };
    void layoutGraph(modelNodes, modelEdges, openColumns).then((laidOut) => {
      if (!cancelled) setPositions(laidOut);
    });
    return () => {
      cancelled = true;
    };
  }, [modelNodes, modelEdges, openColumns]);

  // Runs after React Flow (a child, so its effects run first) has the new positions. Nodes declare their size,
  // so fitting needs no DOM measurement (which never happens for off-screen nodes of a large graph). A large
  // graph is not fitted: at that zoom every node would be drawn at once; centring on the root at a readable zoom
  // draws only the visible ones (`onlyRenderVisibleElements`), and the minimap shows the rest.
  useEffect(() => {
    if (!positions) return;
    const root = positions.get(model.rootId);
    if (!isRefit.current) {
      // Only the column lists changed: keep the viewport.
    } else if (positions.size > LARGE_GRAPH && root) {
      void flow.setCenter(root.x + NODE_WIDTH / 2, root.y + nodeHeight(false) / 2, { zoom: 0.8 });
    } else {
      void flow.fitView({ padding: 0.15, maxZoom: 1.1, includeHiddenNodes: true });
    }
    isRefit.current = false;
    if (!timing.current.reported) {
      timing.current.reported = true;
      requestAnimationFrame(() => onLaidOut?.(performance.now() - timing.current.started, positions.size));
    }
  }, [positions, flow, onLaidOut, model.rootId]);

  const needle = search.trim().toLowerCase();
  const nodes: LineageFlowNode[] = useMemo(
    () =>
      // Nodes wait for the layout: drawn at (0,0) first, they would flash in a pile.
      modelNodes
        .filter((node) => positions?.has(node.id))
        .map((node) => ({
          id: node.id,
          type: 'lineage',
          position: positions?.get(node.id) ?? { x: 0, y: 0 },
          width: NODE_WIDTH,
          height: nodeHeight(openColumns.has(node.id)),
          data: {
            node,
            isRoot: node.id === model.rootId,
            isMatch: needle !== '' && node.title_full.toLowerCase().includes(needle),
            isExpanding: expanding === node.id,
            onExpand,
            onOpen,
            isColumnsOpen: openColumns.has(node.id),
            isOnPath: columnPath?.tableIds.has(node.id) ?? false,
            // Only nodes on the path see it, so selecting a column re-renders just those (nodes are memo'd).
            columnPath: columnPath?.tableIds.has(node.id) ? columnPath : null,
            onToggleColumns,
            onSelectColumn,
          },
        })),
    [
      modelNodes,
      positions,
      model.rootId,
      needle,
      expanding,
      onExpand,
      onOpen,
      openColumns,
      columnPath,
      onToggleColumns,
      onSelectColumn,
    ],
  );
  const edges: Edge[] = useMemo(
    () =>
      modelEdges
        .filter((edge) => positions?.has(edge.from) && positions.has(edge.to))
        .map((edge) => {
          const isOnPath = columnPath?.edgeIds.has(edge.id) ?? false;
          return {
            id: edge.id,
            source: edge.from,
            target: edge.to,
            animated: isOnPath,
            zIndex: isOnPath ? 1 : 0,
            markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
            style: {
              ...(edge.isManual ? { strokeDasharray: '6 4' } : {}),
              ...(isOnPath ? { stroke: 'var(--mantine-color-grape-6)', strokeWidth: 2.5 } : {}),
            },
            data: { isOnPath },
          };
        }),
    [modelEdges, positions, columnPath],
  );

  const isLarge = nodes.length > LARGE_GRAPH;
  return (
    <>
      {exportError !== null && (
        <ErrorAlert
          error={exportError}
          title="Cannot export the graph as PNG"
          mb="sm"
          withCloseButton
          onClose={() => setExportError(null)}
        />
      )}
      <div style={{ height: 560, visibility: positions ? 'visible' : 'hidden' }} data-testid="lineage-canvas">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          colorMode={colorScheme}
          nodesConnectable={false}
          nodesDraggable={false}
          onNodeClick={(_event, node) => {
            const { hiddenUpstream, hiddenDownstream } = node.data.node;
            if (hiddenUpstream + hiddenDownstream > 0 && expanding === null) onExpand(node.id);
          }}
          elementsSelectable={false}
          onlyRenderVisibleElements={isLarge}
          minZoom={0.05}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
          {nodes.length > 30 && <MiniMap pannable zoomable />}
          <Panel position="top-right">
            <ExportPngButton
              name={model.nodes.get(model.rootId)?.title ?? model.rootId}
              isViewOnly={isLarge}
              onError={setExportError}
            />
          </Panel>
        </ReactFlow>
      </div>
    </>
  );
}

import { Anchor, Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { entityLabel } from '../components/entity-badge';
import type { ColumnPath } from './column-path';
import { NODE_WIDTH, nodeHeight } from './graph-layout';
import type { ModelNode } from './graph-model';
import { NodeColumns } from './node-columns';

export interface LineageNodeData extends Record<string, unknown> {
  node: ModelNode;
  isRoot: boolean;
  /** Matches the search-in-graph text. */
  isMatch: boolean;
  isExpanding: boolean;
  onExpand: (id: string) => void;
  onOpen: (id: string) => void;
  /** The table's column list is open inside the node (tables only). */
  isColumnsOpen: boolean;
  /** The selected column's path passes through this node. */
  isOnPath: boolean;
  columnPath: ColumnPath | null;
  onToggleColumns: (id: string) => void;
  onSelectColumn: (columnId: string) => void;
}

export type LineageFlowNode = Node<LineageNodeData, 'lineage'>;

const SIDE_COLOR: Record<string, string> = { root: 'indigo', upstream: 'teal', downstream: 'orange' };

/**
 * One asset in the graph: its kind, title and integration, with "+N" counts of the neighbours not drawn yet.
 * Clicking the card draws those neighbours (the canvas's `onNodeClick`, which also makes React Flow let pointer
 * events reach the node); clicking the title opens the asset's page.
 */
export const LineageNode = memo(function LineageNode({ data }: NodeProps<LineageFlowNode>) {
  const { node, isRoot, isMatch, isOnPath } = data;
  const color = SIDE_COLOR[node.side] ?? 'gray';
  const canExpand = node.hiddenUpstream + node.hiddenDownstream > 0;
  const outline = isMatch ? 'yellow' : isOnPath ? 'grape' : isRoot ? color : null;
  return (
    <Paper
      withBorder
      shadow={isRoot ? 'md' : 'xs'}
      px="sm"
      py={6}
      w={NODE_WIDTH}
      h={nodeHeight(data.isColumnsOpen)}
      data-testid="lineage-node"
      data-node-id={node.id}
      data-root={isRoot}
      data-on-path={isOnPath}
      style={{
        borderColor: outline ? `var(--mantine-color-${outline}-6)` : undefined,
        borderWidth: outline ? 2 : 1,
        borderLeft: `4px solid var(--mantine-color-${color}-6)`,
        cursor: canExpand ? 'pointer' : 'default',
      }}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} truncate>
          {entityLabel(node.entity_type)}
          {node.native_type && node.native_type !== node.entity_type ? ` · ${node.native_type}` : ''}
        </Text>
        {node.integration_title && (
          <Badge size="xs" variant="light" color="gray" tt="none" maw={110}>
            {node.integration_title}
          </Badge>
        )}
      </Group>
      <Anchor
        title={`Open ${node.title_full}`}
        component="button"
        type="button"
        fw={600}
        size="sm"
        truncate
        display="block"
        maw="100%"
        c="var(--mantine-color-text)"
        onClick={(event) => {
          event.stopPropagation();
          data.onOpen(node.id);
        }}
      >
        {node.title}
      </Anchor>
      <Group justify="space-between" gap={4} mt={2} wrap="nowrap">
        <HiddenButton count={node.hiddenUpstream} label="upstream" data={data} />
        {node.entity_type === 'table' && <ColumnsToggle data={data} />}
        <HiddenButton count={node.hiddenDownstream} label="downstream" data={data} />
      </Group>
      {data.isColumnsOpen && (
        <NodeColumns
          tableId={node.id}
          tableTitle={node.title}
          path={data.columnPath}
          onSelectColumn={data.onSelectColumn}
        />
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </Paper>
  );
});

function HiddenButton({ count, label, data }: { count: number; label: string; data: LineageNodeData }) {
  if (count === 0) return <span />;
  return (
    <UnstyledButton
      onClick={(event) => {
        event.stopPropagation();
        data.onExpand(data.node.id);
      }}
      disabled={data.isExpanding}
      aria-label={`Show ${count} hidden ${label} neighbour${count === 1 ? '' : 's'} of ${data.node.title}`}
      data-testid={`expand-${label}`}
    >
      <Badge
        size="xs"
        variant="filled"
        color={label === 'upstream' ? 'teal' : 'orange'}
        style={{ cursor: 'pointer' }}
      >
        {label === 'upstream' ? `← +${count}` : `+${count} →`}
      </Badge>
    </UnstyledButton>
  );
}

function ColumnsToggle({ data }: { data: LineageNodeData }) {
  return (
    <UnstyledButton
      onClick={(event) => {
        event.stopPropagation();
        data.onToggleColumns(data.node.id);
      }}
      aria-expanded={data.isColumnsOpen}
      aria-label={`${data.isColumnsOpen ? 'Hide' : 'Show'} the columns of ${data.node.title}`}
      data-testid="toggle-columns"
    >
      <Badge
        size="xs"
        variant={data.isColumnsOpen ? 'filled' : 'light'}
        color="gray"
        style={{ cursor: 'pointer' }}
      >
        columns {data.isColumnsOpen ? '▴' : '▾'}
      </Badge>
    </UnstyledButton>
  );
}

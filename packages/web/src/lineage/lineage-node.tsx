import { Anchor, Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { entityLabel } from '../components/entity-badge';
import { NODE_HEIGHT, NODE_WIDTH } from './graph-layout';
import type { ModelNode } from './graph-model';

export interface LineageNodeData extends Record<string, unknown> {
  node: ModelNode;
  isRoot: boolean;
  /** Matches the search-in-graph text. */
  isMatch: boolean;
  isExpanding: boolean;
  onExpand: (id: string) => void;
  onOpen: (id: string) => void;
}

export type LineageFlowNode = Node<LineageNodeData, 'lineage'>;

const SIDE_COLOR = { root: 'indigo', upstream: 'teal', downstream: 'orange' } as const;

/**
 * One asset in the graph: its kind, title and integration, with "+N" counts of the neighbours not drawn yet.
 * Clicking the card draws those neighbours (the canvas's `onNodeClick`, which also makes React Flow let pointer
 * events reach the node); clicking the title opens the asset's page.
 */
export const LineageNode = memo(function LineageNode({ data }: NodeProps<LineageFlowNode>) {
  const { node, isRoot, isMatch } = data;
  const color = SIDE_COLOR[node.side] ?? 'gray';
  const canExpand = node.hiddenUpstream + node.hiddenDownstream > 0;
  return (
    <Paper
      withBorder
      shadow={isRoot ? 'md' : 'xs'}
      px="sm"
      py={6}
      w={NODE_WIDTH}
      h={NODE_HEIGHT}
      data-testid="lineage-node"
      data-node-id={node.id}
      data-root={isRoot}
      style={{
        borderColor: isMatch || isRoot ? `var(--mantine-color-${isMatch ? 'yellow' : color}-6)` : undefined,
        borderWidth: isMatch || isRoot ? 2 : 1,
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
      <Group justify="space-between" gap={4} mt={2}>
        <HiddenButton count={node.hiddenUpstream} label="upstream" data={data} />
        <HiddenButton count={node.hiddenDownstream} label="downstream" data={data} />
      </Group>
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

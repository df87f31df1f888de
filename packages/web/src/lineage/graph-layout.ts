import ELK from 'elkjs/lib/elk.bundled.js';
import type { ModelEdge, ModelNode } from './graph-model';

export const NODE_WIDTH = 250;
export const NODE_HEIGHT = 72;

const elk = new ELK();

/**
 * Left-to-right layered layout (data flows left to right): elk's `layered` algorithm places each node in a
 * column by its distance along the edges and orders columns to reduce crossings. Returns top-left positions.
 */
export async function layoutGraph(
  nodes: ModelNode[],
  edges: ModelEdge[],
): Promise<Map<string, { x: number; y: number }>> {
  const ids = new Set(nodes.map((node) => node.id));
  const result = await elk.layout({
    id: 'lineage',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '24',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      // Disconnected pieces (rare: manual edges) side by side rather than far apart.
      'elk.separateConnectedComponents': 'false',
    },
    children: nodes.map((node) => ({ id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: edges
      .filter((edge) => ids.has(edge.from) && ids.has(edge.to))
      .map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] })),
  });
  const positions = new Map<string, { x: number; y: number }>();
  for (const child of result.children ?? []) positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return positions;
}

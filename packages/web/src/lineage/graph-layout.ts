import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutLargeGraph } from './fast-layout';
import type { ModelEdge, ModelNode } from './graph-model';

export const NODE_WIDTH = 250;
export const NODE_HEIGHT = 72;

const elk = new ELK();

// Above this, elk's layered algorithm takes seconds on the main thread (12 s for 1,053 nodes on a loaded 2-core
// machine); the linear layout keeps a large graph responsive at the cost of more edge crossings.
const ELK_NODE_LIMIT = 300;

/**
 * Left-to-right layered layout (data flows left to right): elk's `layered` algorithm places each node in a
 * column by its distance along the edges and orders columns to reduce crossings. Returns top-left positions.
 * Large graphs use `layoutLargeGraph` instead.
 */
export async function layoutGraph(
  nodes: ModelNode[],
  edges: ModelEdge[],
): Promise<Map<string, { x: number; y: number }>> {
  if (nodes.length > ELK_NODE_LIMIT) {
    return layoutLargeGraph(nodes, edges, { width: NODE_WIDTH, height: NODE_HEIGHT });
  }
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

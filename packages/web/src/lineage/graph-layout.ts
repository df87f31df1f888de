import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutLargeGraph } from './fast-layout';
import type { ModelEdge, ModelNode } from './graph-model';
import { COLUMN_PANEL_HEIGHT } from './node-columns';

export const NODE_WIDTH = 250;
export const NODE_HEIGHT = 72;

/** A node's height: a table with its column list open is taller by the list's fixed height. */
export function nodeHeight(isColumnsOpen: boolean): number {
  return isColumnsOpen ? NODE_HEIGHT + COLUMN_PANEL_HEIGHT + 4 : NODE_HEIGHT;
}

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
  /** Nodes whose column list is open (taller than the others). */
  openColumns: ReadonlySet<string> = new Set(),
): Promise<Map<string, { x: number; y: number }>> {
  const heightOf = (id: string) => nodeHeight(openColumns.has(id));
  if (nodes.length > ELK_NODE_LIMIT) {
    return layoutLargeGraph(nodes, edges, { width: NODE_WIDTH, heightOf });
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
    children: nodes.map((node) => ({ id: node.id, width: NODE_WIDTH, height: heightOf(node.id) })),
    edges: edges
      .filter((edge) => ids.has(edge.from) && ids.has(edge.to))
      .map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] })),
  });
  const positions = new Map<string, { x: number; y: number }>();
  for (const child of result.children ?? []) positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return positions;
}

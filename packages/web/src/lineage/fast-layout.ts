import type { ModelEdge, ModelNode } from './graph-model';

const COLUMN_GAP = 90;
const ROW_GAP = 24;

/**
 * A layered layout in linear time for large graphs, where elk's crossing minimisation takes seconds: columns are
 * the nodes' layers (hops from the root, known from the server), and each column is ordered by the mean row of
 * its neighbours in the column nearer the root (one barycentre sweep outwards on each side).
 */
export function layoutLargeGraph(
  nodes: ModelNode[],
  edges: ModelEdge[],
  size: { width: number; heightOf: (id: string) => number },
): Map<string, { x: number; y: number }> {
  const byLayer = new Map<number, ModelNode[]>();
  for (const node of nodes) {
    const column = byLayer.get(node.layer);
    if (column) column.push(node);
    else byLayer.set(node.layer, [node]);
  }
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    (neighbours.get(edge.from) ?? neighbours.set(edge.from, []).get(edge.from)!).push(edge.to);
    (neighbours.get(edge.to) ?? neighbours.set(edge.to, []).get(edge.to)!).push(edge.from);
  }
  const row = new Map<string, number>();
  const top = new Map<string, number>();
  const layers = [...byLayer.keys()];
  // Root column first, then outwards, so every column is ordered against one already placed.
  const order = layers.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  for (const layer of order) {
    const column = byLayer.get(layer) ?? [];
    const placed = (id: string) => row.get(id);
    const barycentre = (node: ModelNode) => {
      const rows = (neighbours.get(node.id) ?? []).map(placed).filter((r): r is number => r !== undefined);
      return rows.length ? rows.reduce((sum, r) => sum + r, 0) / rows.length : Number.MAX_SAFE_INTEGER;
    };
    const keyed = column.map((node) => ({ node, key: barycentre(node) }));
    keyed.sort((a, b) => a.key - b.key || a.node.title.localeCompare(b.node.title));
    for (const [index, entry] of keyed.entries()) row.set(entry.node.id, index - (keyed.length - 1) / 2);
    // Rows stack by their own heights (a table with its columns open is taller), centred on the root's row.
    const total = keyed.reduce((sum, entry) => sum + size.heightOf(entry.node.id) + ROW_GAP, -ROW_GAP);
    let y = -total / 2;
    for (const entry of keyed) {
      top.set(entry.node.id, y);
      y += size.heightOf(entry.node.id) + ROW_GAP;
    }
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    positions.set(node.id, {
      x: node.layer * (size.width + COLUMN_GAP),
      y: top.get(node.id) ?? 0,
    });
  }
  return positions;
}

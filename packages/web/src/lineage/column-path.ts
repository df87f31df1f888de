import type { LineageGraph } from '../api/types';

/** What a column's lineage touches in the table-level graph on screen. */
export interface ColumnPath {
  /** The column whose path this is. */
  columnId: string;
  /** Every column on the path (the selected one included). */
  columnIds: Set<string>;
  /** The tables holding those columns (and table-level nodes the column graph reached). */
  tableIds: Set<string>;
  /** Table-level edge ids (`from->to`) that carry the path. */
  edgeIds: Set<string>;
  /** The server cut the walk at its node limit. */
  truncated: boolean;
}

/**
 * Projects a column-level graph answer onto the table graph: each column node counts for the table above it
 * (its `parent_id`), each column edge for the table edge between the two tables. A path that stays inside one
 * table (a column feeding a sibling) adds no table edge.
 */
export function columnPathOf(columnId: string, graph: LineageGraph): ColumnPath {
  const tableOf = new Map<string, string>();
  const columnIds = new Set<string>();
  for (const node of graph.nodes) {
    if (node.entity_type === 'column' && node.parent_id) {
      columnIds.add(node.id);
      tableOf.set(node.id, node.parent_id);
    } else {
      tableOf.set(node.id, node.id);
    }
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    const from = tableOf.get(edge.from);
    const to = tableOf.get(edge.to);
    if (from && to && from !== to) edgeIds.add(`${from}->${to}`);
  }
  return {
    columnId,
    columnIds,
    tableIds: new Set(tableOf.values()),
    edgeIds,
    truncated: graph.truncated,
  };
}

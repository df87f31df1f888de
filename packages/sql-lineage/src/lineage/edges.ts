import type { ColumnEdge, TableName } from '../model.js';
import type { QueryLineage } from '../scope/index.js';
import { splitColumnKey } from '../scope/index.js';

/**
 * Turns a query's lineage into edges into `target` (null: the result set of a plain SELECT). Output `i` is
 * written to `names[i]` when given (an INSERT column list, a CTAS column list), else to its own name.
 * A `*` that could not be expanded becomes a `t.*` → `target.*` edge, as other lineage tools write it.
 */
export function edgesInto(
  target: string | null,
  names: string[] | undefined,
  lineage: QueryLineage,
): ColumnEdge[] {
  const edges: ColumnEdge[] = [];
  lineage.outputs.forEach((output, i) => {
    const to = { table: target, column: names?.[i] ?? output.name };
    for (const key of output.direct) edges.push({ from: splitColumnKey(key), to, kind: 'direct' });
    for (const key of output.indirect) edges.push({ from: splitColumnKey(key), to, kind: 'indirect' });
    for (const key of lineage.rowIndirect) edges.push({ from: splitColumnKey(key), to, kind: 'indirect' });
  });
  if (lineage.stars.length > 0) {
    const to = { table: target, column: '*' };
    for (const table of lineage.stars) edges.push({ from: { table, column: '*' }, to, kind: 'direct' });
    if (lineage.outputs.length === 0) {
      for (const key of lineage.rowIndirect) edges.push({ from: splitColumnKey(key), to, kind: 'indirect' });
    }
  }
  return edges;
}

/** Names of a query's outputs, or undefined when a `*` left them incomplete. */
export function outputNames(lineage: QueryLineage): string[] | undefined {
  return lineage.stars.length > 0 ? undefined : lineage.outputs.map((o) => o.name);
}

/** A table map with one entry. */
export function tableMap(key: string, table: TableName): Map<string, TableName> {
  return new Map([[key, table]]);
}

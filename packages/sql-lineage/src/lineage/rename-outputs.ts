import type { Ast } from '../parse/index.js';
import { normalizeAlias } from '../qualify/index.js';
import type { QueryLineage } from '../scope/index.js';
import type { Env } from './env.js';

/** Applies a column alias list (`WITH c(x, y)`, `AS d(x, y)`) to a query's outputs, by position. */
export function renameOutputs(lineage: QueryLineage, columns: Ast[], env: Env): QueryLineage {
  if (columns.length === 0) return lineage;
  const outputs = lineage.outputs.map((output, i) => {
    const ident = columns[i]?.name ?? columns[i];
    return ident?.value === undefined ? output : { ...output, name: normalizeAlias(ident, env.ctx) };
  });
  return { ...lineage, outputs };
}

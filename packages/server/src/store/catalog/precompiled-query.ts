import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

// Compiled SQL text per dialect adapter (shared by a database and its transactions) and query name.
const cache = new WeakMap<object, Map<string, string>>();

/**
 * Runs a query whose shape never changes with new parameter values, building and compiling it only once per
 * backend. Kysely otherwise rebuilds and recompiles the query tree on every call, which costs as much as the
 * database work itself on the hot single-resource GET. `build` receives sentinel parameters; the compiled
 * statement must carry exactly them, in order, or this throws (a programming error caught by any test).
 */
export async function executePrecompiled<Row>(
  db: Kysely<Database>,
  options: {
    name: string;
    parameters: readonly unknown[];
    build: (parameters: readonly string[]) => Compilable<Row>;
  },
): Promise<Row[]> {
  const adapter = db.getExecutor().adapter;
  let byName = cache.get(adapter);
  if (!byName) {
    byName = new Map();
    cache.set(adapter, byName);
  }
  let text = byName.get(options.name);
  if (text === undefined) {
    const sentinels = options.parameters.map((_, i) => `\u0000sentinel-${i}`);
    const compiled = options.build(sentinels).compile();
    if (JSON.stringify(compiled.parameters) !== JSON.stringify(sentinels)) {
      throw new Error(`precompiled query ${options.name}: parameters do not follow the declared order`);
    }
    text = compiled.sql;
    byName.set(options.name, text);
  }
  const result = await db.executeQuery<Row>(CompiledQuery.raw(text, [...options.parameters]));
  return result.rows;
}

import { type AnalysisResult, analyze, DIALECT_NAMES, findDialect } from '@sextant/sql-lineage';
import { InputError, NotFoundError, UnprocessableError } from '../../errors/index.js';
import type { Store } from '../../store/database.js';
import type { GraphResourceRow } from '../../store/lineage-graph/index.js';
import { getGraphRoot } from '../graph/index.js';
import { type QueryLineageAnswer, toColumnObject, toTableObject } from './query-lineage-view.js';
import {
  loadTableColumns,
  reasonOf,
  resolveQueryTables,
  type UnresolvedName,
} from './resolve-query-names.js';

/** The inputs of `lineage_from_query` (compat §6). */
export interface QueryLineageInput {
  sql: string;
  dialect: string;
  table_id?: string | undefined;
  default_database?: string | undefined;
  default_schema?: string | undefined;
}

/** What a query's lineage resolves to in the catalog: the answer, plus the edges to write. */
export interface QueryLineagePlan {
  answer: Omit<QueryLineageAnswer, 'edges_created' | 'edges_deleted'>;
  target: GraphResourceRow | null;
  sources: GraphResourceRow[];
  columnEdges: Array<{ fromId: string; toId: string; kind: 'direct' | 'indirect' }>;
}

type Columns = Map<string, Map<string, GraphResourceRow[]>>;

/**
 * Runs the SQL lineage engine on a query and resolves what it names against the workspace: tables first (so the
 * catalog's columns can expand `SELECT *`), then the column edges. Unresolved names are reported, never invented.
 */
export async function planQueryLineage(
  store: Pick<Store, 'db' | 'flags'>,
  options: { workspaceId: string; input: QueryLineageInput },
): Promise<QueryLineagePlan> {
  const { input, workspaceId } = options;
  const dialect = findDialect(input.dialect);
  if (!dialect) {
    throw new InputError('unknown_dialect', `dialect "${input.dialect}" is not supported`, {
      field: 'dialect',
      supported: DIALECT_NAMES,
    });
  }
  const names = {
    dialect: dialect.name,
    ...(input.default_database ? { defaultDatabase: input.default_database } : {}),
    ...(input.default_schema ? { defaultSchema: input.default_schema } : {}),
  };
  // A first pass without the catalog's columns: enough for table names and statement kinds.
  const tables = analyze(input.sql, names);
  assertParsed(tables.errors, tables.sources.length + tables.targets.length);
  const sqlTargets = contentTargets(tables);
  const resolved = await resolveQueryTables(store, {
    workspaceId,
    dialect: dialect.name,
    tables: [
      ...tables.sourceTables,
      ...(input.table_id
        ? []
        : tables.targetTables.filter((_, i) => sqlTargets.includes(tables.targets[i]!))),
    ],
  });
  const unresolved = [...resolved.unresolved];
  const target = await findTarget(store, {
    workspaceId,
    input,
    sqlTargets,
    resolved,
    unresolved,
  });
  const sources = tables.sources.flatMap((name) => resolved.byName.get(name) ?? []);
  const columns = await loadTableColumns(store, {
    workspaceId,
    tableIds: [...sources.map((s) => s.id), ...(target ? [target.id] : [])],
  });
  // The catalog's columns of the resolved tables, keyed as the engine names them, so `SELECT *` expands.
  const schema = Object.fromEntries(
    tables.sources.flatMap((name) => {
      const table = resolved.byName.get(name);
      const known = table && columns.get(table.id);
      return known ? [[name, [...known.values()].map((list) => list[0]!.title)]] : [];
    }),
  );
  const analysis = analyze(input.sql, { ...names, schema });
  const pairs = resolveColumnEdges({
    analysis,
    sqlTargets,
    resolved: resolved.byName,
    target,
    columns,
    unresolved,
  });
  return {
    answer: {
      sql: input.sql,
      source_tables: [...new Map(sources.map((s) => [s.id, toTableObject(s)])).values()],
      column_lineages: pairs.map((p) => ({
        from_column: toColumnObject(p.from, p.fromTable),
        to_column: toColumnObject(p.to, p.toTable),
        kind: p.kind,
      })),
      target_table: target ? toTableObject(target) : null,
      unresolved,
      diagnostics: analysis.errors,
    },
    target,
    sources,
    columnEdges: pairs.map((p) => ({ fromId: p.from.id, toId: p.to.id, kind: p.kind })),
  };
}

/** Statements that change a table without giving it new content from elsewhere. */
const IN_PLACE_KINDS = new Set(['delete', 'truncate', 'alter_table', 'rename_table', 'drop']);

/**
 * The tables the query fills with data: the script's targets that some statement writes content into (not only
 * deletes from, truncates or alters) and that the script does not read again (a staging table it writes and then
 * reads is a step on the way, not the output). `lineage_from_query` attaches lineage to these; a PATCH replaces
 * their upstream lineage, so a `DELETE` or `TRUNCATE` must never count.
 */
function contentTargets(analysis: AnalysisResult): string[] {
  const filled = new Set(
    analysis.statements.filter((s) => !IN_PLACE_KINDS.has(s.type)).flatMap((s) => s.targets),
  );
  const read = new Set(analysis.sources);
  return analysis.targets.filter((name) => filled.has(name) && !read.has(name));
}

function assertParsed(errors: AnalysisResult['errors'], tablesFound: number): void {
  const fatal = errors.filter((e) => e.severity === 'error');
  if (fatal.length === 0 || tablesFound > 0) return;
  const first = fatal[0]!;
  throw new UnprocessableError(
    'invalid_sql',
    `sql: line ${first.line}, column ${first.column}: ${first.message}`,
    {
      field: 'sql',
      errors: fatal.slice(0, 20),
    },
  );
}

/** The table the query writes: `table_id` when given, else the SQL's single target when it resolves. */
async function findTarget(
  store: Pick<Store, 'db' | 'flags'>,
  options: {
    workspaceId: string;
    input: QueryLineageInput;
    sqlTargets: string[];
    resolved: { byName: Map<string, GraphResourceRow> };
    unresolved: UnresolvedName[];
  },
): Promise<GraphResourceRow | null> {
  const { input } = options;
  if (input.table_id) {
    const table = await getGraphRoot(store, { workspaceId: options.workspaceId, resourceId: input.table_id });
    if (table.entity_type === 'column') {
      throw new NotFoundError('resource_not_found', `table_id ${input.table_id} is a column, not a table`, {
        field: 'table_id',
      });
    }
    return table;
  }
  if (options.sqlTargets.length !== 1) return null;
  return options.resolved.byName.get(options.sqlTargets[0]!) ?? null;
}

interface ColumnPair {
  from: GraphResourceRow;
  fromTable: GraphResourceRow;
  to: GraphResourceRow;
  toTable: GraphResourceRow;
  kind: 'direct' | 'indirect';
}

/** Maps the engine's column edges onto catalog columns; edges into the result set of a SELECT go to the target. */
function resolveColumnEdges(options: {
  analysis: AnalysisResult;
  sqlTargets: string[];
  resolved: Map<string, GraphResourceRow>;
  target: GraphResourceRow | null;
  columns: Columns;
  unresolved: UnresolvedName[];
}): ColumnPair[] {
  const { resolved, target, columns, unresolved } = options;
  const reported = new Set(unresolved.map((u) => `${u.kind}:${u.name}`));
  const lookup = (table: GraphResourceRow | undefined | null, tableName: string, column: string) => {
    if (!table) return undefined;
    const found = columns.get(table.id)?.get(column.toLowerCase()) ?? [];
    if (found.length === 1) return found[0];
    const name = `${tableName}.${column}`;
    if (!reported.has(`column:${name}`)) {
      reported.add(`column:${name}`);
      unresolved.push({ kind: 'column', name, ...reasonOf(found.length) });
    }
    return undefined;
  };
  const pairs = new Map<string, ColumnPair>();
  for (const edge of options.analysis.columns) {
    if (edge.from.table === null) continue;
    const toTable =
      edge.to.table === null || options.sqlTargets.includes(edge.to.table)
        ? target
        : resolved.get(edge.to.table);
    const fromTable = resolved.get(edge.from.table);
    const from = lookup(fromTable, edge.from.table, edge.from.column);
    const to = lookup(toTable, toTable?.title ?? edge.to.table ?? 'result', edge.to.column);
    if (!from || !to || !fromTable || !toTable) continue;
    const key = `${from.id}|${to.id}`;
    const seen = pairs.get(key);
    if (!seen || (seen.kind === 'indirect' && edge.kind === 'direct')) {
      pairs.set(key, { from, fromTable, to, toTable, kind: edge.kind });
    }
  }
  return [...pairs.values()];
}

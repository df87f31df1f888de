import { type DialectInfo, findDialect } from '../dialect/index.js';
import {
  type AnalysisResult,
  type AnalyzeOptions,
  type ColumnEdge,
  type Diagnostic,
  parseTableName,
  type StatementLineage,
  type TableName,
} from '../model.js';
import { type Ast, parseScript } from '../parse/index.js';
import { type NameContext, SchemaIndex } from '../qualify/index.js';
import { composeScript } from './compose-script.js';
import { dbtDependsOnStatements } from './dbt-depends-on.js';
import type { Env } from './env.js';
import { buildQuery } from './query.js';
import { sessionDefaultsAfter } from './session-defaults.js';
import type { StatementOutcome } from './statement-outcome.js';
import { analyzeStatement } from './statements.js';

/** Nesting limit for procedure bodies and blocks (defends against pathological input). */
const MAX_NESTING = 16;

/**
 * Analyses a script statement by statement, sharing what earlier statements created (their columns) with later
 * ones, then composes the script. `withColumns: false` skips the column passes (table-level lineage only).
 * Never throws: parse failures and analysis failures become diagnostics.
 */
export function analyzeScript(input: string, options: AnalyzeOptions, withColumns: boolean): AnalysisResult {
  const sql = typeof input === 'string' ? input : '';
  const errors: Diagnostic[] = [];
  const dialect = resolveDialect(options.dialect, errors);
  let ctx: NameContext = {
    dialect,
    ...(options.defaultDatabase && { defaultDatabase: options.defaultDatabase }),
    ...(options.defaultSchema && { defaultSchema: options.defaultSchema }),
  };
  const schema = new SchemaIndex(options.schema, ctx);
  const parsed = parseScript(sql, dialect.parserDialect);
  errors.push(...parsed.errors);
  const outcomes: StatementOutcome[] = [];
  const statements: StatementLineage[] = [];
  const visit = (node: Ast, line: number, depth: number, inBlock: boolean, type?: string): void => {
    ctx = sessionDefaultsAfter(node, ctx) ?? ctx;
    const unresolved = new Set<string>();
    const env: Env = {
      ctx,
      schema,
      withColumns,
      ctes: new Map(),
      tables: new Map(),
      diagnostics: errors,
      unresolved,
      inBlock,
      buildQuery,
    };
    let outcome: StatementOutcome;
    try {
      outcome = analyzeStatement(node, env);
    } catch (error) {
      const message = `could not analyse this statement: ${(error as Error)?.message ?? String(error)}`;
      errors.push({ severity: 'error', code: 'analysis_error', message, line, column: 1 });
      return;
    }
    if (outcome.nested.length > 0 && depth < MAX_NESTING) {
      for (const inner of outcome.nested) visit(inner, line, depth + 1, true);
      return;
    }
    if (unresolved.size > 0) errors.push(unresolvedWarning(unresolved, line));
    if (type) outcome.type = type;
    outcomes.push(outcome);
    statements.push(toStatementLineage(outcome, line));
  };
  for (const hint of dbtDependsOnStatements(sql)) {
    const [node] = parseScript(hint.sql, dialect.parserDialect).statements;
    if (node) visit(node.node, hint.line, 0, false, 'depends_on');
  }
  for (const statement of parsed.statements)
    visit(statement.node, statement.line, 0, statement.inBlock === true);
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  const composed = composeScript(outcomes);
  const named = new Map<string, TableName>();
  for (const outcome of outcomes)
    for (const [key, table] of [...outcome.sources, ...outcome.targets]) named.set(key, table);
  const structured = (keys: string[]) => keys.map((key) => named.get(key) ?? parseTableName(key));
  return {
    statements,
    ...composed,
    sourceTables: structured(composed.sources),
    targetTables: structured(composed.targets),
    intermediateTables: structured(composed.intermediates),
    errors,
  };
}

/** One warning per statement listing the column references that got no edge. */
function unresolvedWarning(names: Set<string>, line: number): Diagnostic {
  const listed = [...names].slice(0, 10).join(', ') + (names.size > 10 ? `, ... (${names.size} in all)` : '');
  return {
    severity: 'warning',
    code: 'unresolved_columns',
    message: `no table found for column reference(s) ${listed}: several tables with unknown columns could hold them; give a schema`,
    line,
    column: 1,
  };
}

function resolveDialect(name: string | undefined, errors: Diagnostic[]): DialectInfo {
  const found = findDialect(name);
  if (found) return found;
  const message = `unknown dialect "${name}"; analysed as ansi`;
  errors.push({ severity: 'warning', code: 'unknown_dialect', message, line: 1, column: 1 });
  return findDialect('ansi') as DialectInfo;
}

function toStatementLineage(outcome: StatementOutcome, line: number): StatementLineage {
  return {
    type: outcome.type,
    sources: [...outcome.sources.keys()].sort(),
    targets: [...outcome.targets.keys()].sort(),
    columns: dedupeEdges(outcome.edges),
    sourceTables: [...outcome.sources].sort(([a], [b]) => a.localeCompare(b)).map(([, t]) => t),
    targetTables: [...outcome.targets].sort(([a], [b]) => a.localeCompare(b)).map(([, t]) => t),
    line,
  };
}

/** Removes repeated edges (a column may reach a target through several paths). */
export function dedupeEdges(edges: ColumnEdge[]): ColumnEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const key = `${edge.from.table}\u0000${edge.from.column}\u0000${edge.to.table}\u0000${edge.to.column}\u0000${edge.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

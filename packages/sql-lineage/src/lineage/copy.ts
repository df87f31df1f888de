import type { TableName } from '../model.js';
import { type Ast, objectNameParts, parseScript } from '../parse/index.js';
import { formatTableName, qualifyTableName } from '../qualify/index.js';
import { edgesInto } from './edges.js';
import type { Env } from './env.js';
import { buildQuery } from './query.js';
import { emptyOutcome, type StatementOutcome, withSources } from './statement-outcome.js';

/** A file, URL or stage path, kept whole as a "table" name so COPY / UNLOAD lineage reaches it. */
function pathTable(path: string): [string, TableName] {
  return [path, { name: path }];
}

/**
 * PostgreSQL / Redshift COPY: `COPY t FROM 'file'` loads t from the file; `COPY t TO 'file'` and
 * `COPY (query) TO 'file'` write the file. STDIN / STDOUT are not lineage endpoints.
 */
export function analyzeCopy(copy: Ast, env: Env): StatementOutcome {
  const outcome = emptyOutcome('copy');
  const file: string | undefined = copy.target?.File?.filename;
  const tableNode = copy.source?.Table;
  if (copy.source?.Query) {
    const lineage = buildQuery(copy.source.Query, env, undefined);
    withSources(outcome, env);
    if (file) outcome.targets.set(...pathTable(file));
    if (file && env.withColumns) outcome.edges = edgesInto(file, undefined, lineage);
    return outcome;
  }
  if (!tableNode) return outcome;
  const table = qualifyTableName(objectNameParts(tableNode.table_name), env.ctx);
  const key = formatTableName(table);
  if (copy.to) {
    outcome.sources.set(key, table);
    if (file) outcome.targets.set(...pathTable(file));
  } else {
    outcome.targets.set(key, table);
    if (file) outcome.sources.set(...pathTable(file));
  }
  return outcome;
}

/** Snowflake `COPY INTO table FROM @stage|(query)` and `COPY INTO @stage FROM table|(query)`. */
export function analyzeCopyIntoSnowflake(copy: Ast, env: Env): StatementOutcome {
  const outcome = emptyOutcome('copy');
  const into = objectNameParts(copy.into);
  const fromParts = objectNameParts(copy.from_obj ?? []);
  const isPath = (parts: { value: string }[]) =>
    parts.length === 1 && /^(@|'|[a-z]+:\/\/)/i.test(parts[0]?.value ?? '');
  const endpoint = (parts: { value: string; quote_style?: string | null }[]): [string, TableName] => {
    if (isPath(parts)) return pathTable(parts.map((p) => p.value).join('.'));
    const table = qualifyTableName(parts, env.ctx);
    return [formatTableName(table), table];
  };
  if (copy.from_query) {
    buildQuery(copy.from_query, env, undefined);
    withSources(outcome, env);
  } else if (fromParts.length > 0) outcome.sources.set(...endpoint(fromParts));
  if (into.length > 0) outcome.targets.set(...endpoint(into));
  outcome.replacesTarget = false;
  return outcome;
}

/** Redshift `UNLOAD ('select ...') TO 's3://...'`: the quoted query is parsed and its tables are the sources. */
export function analyzeUnload(unload: Ast, env: Env): StatementOutcome {
  const outcome = emptyOutcome('unload');
  const path: string | undefined = unload.to?.value;
  const queries: Ast[] = unload.query
    ? [{ Query: unload.query }]
    : parseScript(String(unload.query_text ?? ''), env.ctx.dialect.parserDialect).statements.map(
        (s) => s.node,
      );
  for (const statement of queries) {
    if (!statement?.Query) continue;
    const lineage = buildQuery(statement.Query, env, undefined);
    if (path && env.withColumns) outcome.edges.push(...edgesInto(path, undefined, lineage));
  }
  withSources(outcome, env);
  if (path) outcome.targets.set(...pathTable(path));
  return outcome;
}

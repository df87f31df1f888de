import { type DialectInfo, normalizeIdentifier } from '../dialect/index.js';
import { formatTableName, parseTableName, type TableName } from '../model.js';
import type { Ident } from '../parse/index.js';

/** The dialect and defaults every name is qualified with. */
export interface NameContext {
  dialect: DialectInfo;
  defaultDatabase?: string;
  defaultSchema?: string;
}

/**
 * Qualifies a table name as far as the SQL plus the defaults allow, like sqlglot's `qualify_tables`: the
 * default schema fills a missing schema, the default database fills a missing database only once there is a
 * schema. T-SQL temp tables (`#t`, `##t`) live outside any schema and stay unqualified.
 */
export function qualifyTableName(parts: Ident[], ctx: NameContext): TableName {
  const names = parts.map((p) => normalizeIdentifier(p.value, Boolean(p.quote_style), ctx.dialect.tableCase));
  const name = names.pop() ?? '';
  if (name.startsWith('#')) return { name };
  let schema = names.pop();
  let database = names.length > 0 ? names.join('.') : undefined;
  if (schema === undefined && ctx.defaultSchema) schema = normalizeDefault(ctx.defaultSchema, ctx);
  if (database === undefined && schema !== undefined && ctx.defaultDatabase) {
    database = normalizeDefault(ctx.defaultDatabase, ctx);
  }
  return { ...(database !== undefined && { database }), ...(schema !== undefined && { schema }), name };
}

/** Normalises a column identifier under the dialect's rule. */
export function normalizeColumnName(ident: Ident, ctx: NameContext): string {
  return normalizeIdentifier(ident.value, Boolean(ident.quote_style), ctx.dialect.columnCase);
}

/** Normalises a table alias or table-name part used as a column qualifier, with the table rule. */
export function normalizeAlias(ident: Ident, ctx: NameContext): string {
  return normalizeIdentifier(ident.value, Boolean(ident.quote_style), ctx.dialect.tableCase);
}

function normalizeDefault(value: string, ctx: NameContext): string {
  return normalizeIdentifier(value, false, ctx.dialect.tableCase);
}

/**
 * Parses a user-written table name (a `--schema` key, `--default-*` value) with the dialect's case rule, as if
 * it were unquoted SQL.
 */
export function qualifyUserTableName(qualified: string, ctx: NameContext): TableName {
  const parsed = parseTableName(qualified);
  const parts = [parsed.database, parsed.schema, parsed.name]
    .filter((p): p is string => p !== undefined)
    .map((value) => ({ value }));
  return qualifyTableName(parts, ctx);
}

export { formatTableName };

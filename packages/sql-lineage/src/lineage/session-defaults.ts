import type { Ast } from '../parse/index.js';
import { objectNameParts } from '../parse/index.js';
import type { NameContext } from '../qualify/index.js';

/**
 * The name context after a statement that changes the session's defaults, or `undefined` when it does not:
 * `USE DATABASE d`, `USE SCHEMA [d.]s`, `USE x` (a database in Snowflake and T-SQL, where names have three
 * parts; the schema slot in MySQL, Hive and Spark, where `db.table` has two), PostgreSQL `SET search_path`.
 * Later statements of the script qualify their names with the new defaults, as the database would.
 */
export function sessionDefaultsAfter(node: Ast, ctx: NameContext): NameContext | undefined {
  const use = node?.Use;
  if (use) return defaultsFromUse(use, ctx);
  const assignment = node?.Set?.SingleAssignment;
  const variable = objectNameParts(assignment?.variable ?? []).map((p) => p.value.toLowerCase());
  if (variable.join('.') === 'search_path') {
    const first = assignment.values?.[0];
    const schema = first?.Identifier?.value ?? first?.Value?.value?.SingleQuotedString;
    if (typeof schema === 'string') return { ...ctx, defaultSchema: schema.split(',')[0]?.trim() ?? schema };
  }
  return undefined;
}

function defaultsFromUse(use: Ast, ctx: NameContext): NameContext | undefined {
  const names = (list: Ast) => objectNameParts(list ?? []).map((p) => p.value);
  if (use.Database) {
    const [database] = names(use.Database);
    return database ? { ...ctx, defaultDatabase: database } : undefined;
  }
  const parts = names(use.Schema ?? use.Object ?? use.Catalog);
  if (use.Catalog && parts[0]) return { ...ctx, defaultDatabase: parts[0] };
  if (parts.length === 2) return { ...ctx, defaultDatabase: parts[0], defaultSchema: parts[1] };
  const [name] = parts;
  if (!name) return undefined;
  const threePartNames = ctx.dialect.name === 'snowflake' || ctx.dialect.name === 'tsql';
  if (use.Object && threePartNames) return { ...ctx, defaultDatabase: name };
  return { ...ctx, defaultSchema: name };
}

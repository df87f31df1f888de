import { extractTables } from '@sextant/sql-lineage';

/** A table a query reads, as written (unquoted), with whatever qualification the query gave. */
export interface QueryTable {
  database?: string;
  schema?: string;
  table: string;
}

// A name part: "quoted", `quoted`, [quoted] or a bare identifier.
const PART = String.raw`(?:"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\]|[A-Za-z_][\w$]*)`;
const NAME = String.raw`${PART}(?:\s*\.\s*${PART}){0,2}`;
const TABLE_REFERENCE = new RegExp(String.raw`\b(?:from|join)\s+(${NAME})`, 'gi');
const CTE_NAME = new RegExp(String.raw`(?:\bwith(?:\s+recursive)?|,)\s*(${PART})\s+as\s*\(`, 'gi');

/**
 * The tables a SQL query reads, by the SQL lineage engine (`extractTables`: CTEs, subqueries and dialect quoting
 * understood). When it cannot parse the query and finds nothing, a plain `FROM` / `JOIN` scan is the fallback, so
 * a query in a dialect the parser misses still yields its tables.
 */
export function extractQueryTables(sql: string): QueryTable[] {
  const parsed = extractTables(sql);
  if (parsed.sourceTables.length > 0 || parsed.errors.length === 0) {
    return parsed.sourceTables.map((table) => ({
      table: table.name,
      ...(table.schema === undefined ? {} : { schema: table.schema }),
      ...(table.database === undefined ? {} : { database: table.database }),
    }));
  }
  return scanQueryTables(sql);
}

/** `FROM` / `JOIN` table references, CTE names and comments excluded. */
export function scanQueryTables(sql: string): QueryTable[] {
  const withoutComments = sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
  const ctes = new Set(
    [...withoutComments.matchAll(CTE_NAME)].map((match) => unquote(match[1]!).toLowerCase()),
  );
  const seen = new Map<string, QueryTable>();
  for (const match of withoutComments.matchAll(TABLE_REFERENCE)) {
    const parts = match[1]!.split(/\s*\.\s*/).map(unquote);
    const table = parts.at(-1)!;
    if (parts.length === 1 && ctes.has(table.toLowerCase())) continue;
    if (['select', 'lateral', 'unnest'].includes(table.toLowerCase())) continue;
    const found: QueryTable = { table };
    if (parts.length >= 2) found.schema = parts.at(-2)!;
    if (parts.length === 3) found.database = parts[0]!;
    seen.set(JSON.stringify(found).toLowerCase(), found);
  }
  return [...seen.values()];
}

function unquote(part: string): string {
  return /^["`[]/.test(part) ? part.slice(1, -1) : part;
}

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
 * The tables a SQL query reads, found by their `FROM` / `JOIN` positions (CTE names excluded). A deliberately small
 * stand-in for the SQL lineage engine's table extraction, kept behind this one function so the engine can replace it.
 */
export function extractQueryTables(sql: string): QueryTable[] {
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

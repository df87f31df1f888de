/**
 * dbt's way to declare a dependency the SQL does not show: a `-- depends_on: {{ ref('x') }}` comment, which
 * compiles to `-- depends_on: "db"."schema"."x"`. Compiled dbt models are a main input of a catalog, so these
 * hints are read as a pseudo-statement `SELECT * FROM <relation>` of type `depends_on`.
 */
export function dbtDependsOnStatements(sql: string): { sql: string; line: number }[] {
  if (!sql.includes('depends_on:')) return [];
  const found: { sql: string; line: number }[] = [];
  sql.split('\n').forEach((text, i) => {
    const match = /^\s*--\s*depends_on:\s*([^\s;]+)\s*$/.exec(text);
    if (match) found.push({ sql: `SELECT * FROM ${match[1]}`, line: i + 1 });
  });
  return found;
}

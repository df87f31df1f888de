import type { SqlCredentials } from '../sql-credentials.js';

/** The least-privilege grants of docs/connectors.md, for these databases. */
export function mysqlGrantsNeeded(credentials: SqlCredentials, databases: string[]): string[] {
  const user = `'${credentials.user.replaceAll("'", "''")}'@'%'`;
  const grants = databases.map(
    (database) => `GRANT SELECT, SHOW VIEW ON \`${database.replaceAll('`', '``')}\`.* TO ${user};`,
  );
  if (credentials.query_history) grants.push(`GRANT SELECT ON performance_schema.* TO ${user};`);
  return grants;
}

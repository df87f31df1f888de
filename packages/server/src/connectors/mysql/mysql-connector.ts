import type { Connector } from '../connector.js';
import { parseSqlCredentials, type SqlCredentials, sqlConnectionFields } from '../sql-credentials.js';
import { extractMysql } from './extract-mysql.js';
import { testMysqlConnection } from './test-mysql-connection.js';

const DEFAULT_PORT = 3306;

/**
 * MySQL and MariaDB (type `mysql`, alias `mariadb`): databases, tables, views, columns, foreign keys and view
 * lineage from information_schema; usage from performance_schema (docs/connectors.md#mysql-and-mariadb).
 */
export const mysqlConnector: Connector<SqlCredentials> = {
  type: 'mysql',
  aliases: ['mariadb'],
  label: 'MySQL / MariaDB',
  fields: sqlConnectionFields({
    defaultPort: DEFAULT_PORT,
    databaseHelp: 'databases to read (one or a list); empty reads every database the user may see',
  }).map((field) =>
    field.key === 'query_history'
      ? { ...field, label: 'Usage from performance_schema', description: 'needs performance_schema = ON' }
      : field,
  ),
  parseCredentials: (raw) => parseSqlCredentials(raw, { defaultPort: DEFAULT_PORT }),
  testConnection: (credentials, options) => testMysqlConnection(credentials, options),
  extract: (credentials, sink, options) => extractMysql(credentials, sink, options),
};

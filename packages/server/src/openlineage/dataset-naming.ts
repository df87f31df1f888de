import type { ExternalTableLineageID } from '@sextant/sdk';

/** A dataset's place in the catalog: what a table resource carries and what an `external_table` matches. */
export interface DatasetAddress {
  database: string;
  schema: string;
  table: string;
  /** Parts the name really had (null: not named by the dataset, so matched as "any"). */
  match: { database: string | null; schema: string | null; table: string };
}

/** Schemes whose names are `[database.]schema.table` (OpenLineage naming spec); others are paths or topics. */
const DOTTED = new Set([
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'snowflake',
  'bigquery',
  'redshift',
  'hive',
  'trino',
  'presto',
  'sqlserver',
  'mssql',
  'oracle',
  'db2',
  'teradata',
  'databricks',
  'spark',
  'duckdb',
  'athena',
  'awsathena',
  'glue',
  'clickhouse',
  'vertica',
  'crate',
  'iceberg',
]);

/**
 * Reads an OpenLineage dataset name by the spec's naming rules:
 *
 *   postgres://host:5432  db.schema.table     ─> database db, schema schema, table table
 *   hive://host:9083      db.table            ─> schema db, table table   (database: the namespace)
 *   bigquery              project.dataset.t   ─> database project, schema dataset, table t
 *   s3://bucket           /path/to/files      ─> table /path/to/files     (database: the namespace)
 *
 * A name with more than three dotted parts keeps the extra ones in the table name. Parts a name lacks are the
 * namespace (database) and `default` (schema) in the catalog, and match anything.
 */
export function datasetAddress(namespace: string, name: string): DatasetAddress {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(namespace)?.[1]?.toLowerCase() ?? namespace.toLowerCase();
  const parts = DOTTED.has(scheme) && !name.includes('/') ? name.split('.') : [name];
  if (parts.length >= 3 && parts.every((p) => p !== '')) {
    const [database, schema, ...rest] = parts as [string, string, ...string[]];
    return { database, schema, table: rest.join('.'), match: { database, schema, table: rest.join('.') } };
  }
  if (parts.length === 2 && parts[0] && parts[1]) {
    return {
      database: namespace,
      schema: parts[0],
      table: parts[1],
      match: { database: null, schema: parts[0], table: parts[1] },
    };
  }
  return {
    database: namespace,
    schema: 'default',
    table: name,
    match: { database: null, schema: null, table: name },
  };
}

/** The `external_table` reference that finds the same table in another integration. */
export function externalTableOf(address: DatasetAddress): ExternalTableLineageID {
  return { type: 'external_table', ...address.match };
}

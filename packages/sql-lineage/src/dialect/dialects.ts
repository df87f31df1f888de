import type { DialectName } from '../model.js';

/**
 * How a dialect treats identifier case. `insensitive`: quoted or not, `Foo` and `foo` are the same name (we
 * lower-case). `fold-lower` / `fold-upper`: unquoted names fold (we write them lower-case); quoted names keep
 * their case, except a quoted name already in the folded case, which equals the unquoted one.
 * `preserve`: names are compared as written (MySQL and BigQuery table names on a case-sensitive file system).
 */
export type CaseRule = 'insensitive' | 'fold-lower' | 'fold-upper' | 'preserve';

/** Everything the passes need to know about a dialect. */
export interface DialectInfo {
  name: DialectName;
  /** Dialect name understood by the parser adapter. */
  parserDialect: string;
  tableCase: CaseRule;
  columnCase: CaseRule;
}

const DIALECTS: Record<DialectName, DialectInfo> = {
  ansi: { name: 'ansi', parserDialect: 'generic', tableCase: 'fold-lower', columnCase: 'fold-lower' },
  postgres: {
    name: 'postgres',
    parserDialect: 'postgresql',
    tableCase: 'fold-lower',
    columnCase: 'fold-lower',
  },
  redshift: {
    name: 'redshift',
    parserDialect: 'redshift',
    tableCase: 'insensitive',
    columnCase: 'insensitive',
  },
  mysql: { name: 'mysql', parserDialect: 'mysql', tableCase: 'preserve', columnCase: 'insensitive' },
  snowflake: {
    name: 'snowflake',
    parserDialect: 'snowflake',
    tableCase: 'fold-upper',
    columnCase: 'fold-upper',
  },
  oracle: { name: 'oracle', parserDialect: 'oracle', tableCase: 'fold-upper', columnCase: 'fold-upper' },
  bigquery: { name: 'bigquery', parserDialect: 'bigquery', tableCase: 'preserve', columnCase: 'insensitive' },
  tsql: { name: 'tsql', parserDialect: 'mssql', tableCase: 'insensitive', columnCase: 'insensitive' },
  databricks: {
    name: 'databricks',
    parserDialect: 'databricks',
    tableCase: 'insensitive',
    columnCase: 'insensitive',
  },
  hive: { name: 'hive', parserDialect: 'hive', tableCase: 'insensitive', columnCase: 'insensitive' },
  // sqlparser-rs has no Trino dialect; its generic dialect accepts Trino's syntax for everything we tested.
  trino: { name: 'trino', parserDialect: 'generic', tableCase: 'insensitive', columnCase: 'insensitive' },
  duckdb: { name: 'duckdb', parserDialect: 'duckdb', tableCase: 'insensitive', columnCase: 'insensitive' },
  sqlite: { name: 'sqlite', parserDialect: 'sqlite', tableCase: 'insensitive', columnCase: 'insensitive' },
};

/** Other spellings users and tools (dbt adapters, Secoda's API, sqlglot) use for the same dialects. */
const ALIASES: Record<string, DialectName> = {
  generic: 'ansi',
  postgresql: 'postgres',
  pg: 'postgres',
  mariadb: 'mysql',
  mssql: 'tsql',
  sqlserver: 'tsql',
  fabric: 'tsql',
  synapse: 'tsql',
  spark: 'databricks',
  sparksql: 'databricks',
  spark2: 'databricks',
  athena: 'trino',
  presto: 'trino',
};

/** Dialect names `resolveDialect` accepts, for help texts and error messages. */
export const DIALECT_NAMES: readonly string[] = [...Object.keys(DIALECTS), ...Object.keys(ALIASES)].sort();

/** Looks up a dialect by name or alias (case-insensitive); `undefined` when unknown. Empty means ansi. */
export function findDialect(name: string | undefined): DialectInfo | undefined {
  const key = (name ?? 'ansi').trim().toLowerCase() || 'ansi';
  const canonical = key in DIALECTS ? (key as DialectName) : ALIASES[key];
  return canonical ? DIALECTS[canonical] : undefined;
}

/**
 * Normalises one identifier for output and comparison under a case rule.
 * @param quoted whether the identifier was quoted in the SQL
 */
export function normalizeIdentifier(value: string, quoted: boolean, rule: CaseRule): string {
  switch (rule) {
    case 'insensitive':
      return value.toLowerCase();
    case 'preserve':
      return value;
    case 'fold-lower':
      return quoted ? value : value.toLowerCase();
    case 'fold-upper':
      return !quoted || value === value.toUpperCase() ? value.toLowerCase() : value;
  }
}

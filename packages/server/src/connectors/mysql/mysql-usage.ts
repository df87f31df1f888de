import { extractTables } from '@sextant/sql-lineage';
import type { ConnectorWarning } from '../connector.js';
import { LIST_STATEMENT_DIGESTS, PERFORMANCE_SCHEMA_STATE } from './mysql-catalog-queries.js';
import type { MysqlSession } from './mysql-session.js';

/** Executions per table, keyed by {@link usageKey}. */
export type TableUsage = Map<string, number>;

export const usageKey = (database: string, table: string) => `${database}\u0000${table}`;

export interface DigestRow {
  SCHEMA_NAME: string | null;
  DIGEST_TEXT: string;
  COUNT_STAR: number | string;
}

export const PERFORMANCE_SCHEMA_OFF: ConnectorWarning = {
  code: 'performance_schema_off',
  message:
    'performance_schema is OFF on this server, so usage (how often each table is queried) is not read. ' +
    'Turn it on with `performance_schema = ON` in the [mysqld] section of the server configuration and ' +
    'restart the server (it cannot be switched on while running), then GRANT SELECT ON performance_schema.* ' +
    'to this user. See docs/connectors.md#mysql-and-mariadb.',
};

/**
 * How often each table was used, from the statement digests of performance_schema: every statement that reads or
 * writes a table counts its executions for that table. Returns an empty map, with one warning, when
 * performance_schema is off or not readable; never fails the run.
 */
export async function readMysqlUsage(
  session: MysqlSession,
  warn: (warning: ConnectorWarning) => void,
): Promise<TableUsage> {
  const [state] = await session.rows<{ enabled: number | string }>(PERFORMANCE_SCHEMA_STATE);
  if (Number(state?.enabled) !== 1) {
    warn(PERFORMANCE_SCHEMA_OFF);
    return new Map();
  }
  let digests: DigestRow[];
  try {
    digests = await session.rows<DigestRow>(LIST_STATEMENT_DIGESTS);
  } catch (error) {
    warn({
      code: 'performance_schema_not_readable',
      message: `performance_schema is ON but this user may not read it (${(error as Error).message}), so usage is not read. Fix: GRANT SELECT ON performance_schema.* TO the connector's user.`,
      object: 'performance_schema.events_statements_summary_by_digest',
    });
    return new Map();
  }
  return countTableUsage(digests);
}

/** Sums executions per table over statement digests; digests that do not parse (truncated ...) are skipped. */
export function countTableUsage(digests: Iterable<DigestRow>): TableUsage {
  const usage: TableUsage = new Map();
  for (const digest of digests) {
    const calls = Number(digest.COUNT_STAR);
    if (!Number.isFinite(calls) || calls <= 0) continue;
    const defaultSchema = digest.SCHEMA_NAME ?? undefined;
    const tables = extractTables(normalizeDigest(digest.DIGEST_TEXT), { dialect: 'mysql', defaultSchema });
    const touched = new Set<string>();
    for (const table of [...tables.sourceTables, ...tables.targetTables]) {
      if (table.schema) touched.add(usageKey(table.schema, table.name));
    }
    for (const key of touched) usage.set(key, (usage.get(key) ?? 0) + calls);
  }
  return usage;
}

/** Digest text spells `a . b` and `IN (...)`; make it SQL again. */
function normalizeDigest(text: string): string {
  return text.replace(/\(\s*\.\.\.\s*\)/g, '(?)').replace(/\s*\.\s*/g, '.');
}

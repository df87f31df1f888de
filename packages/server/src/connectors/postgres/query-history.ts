import { extractTables } from '@sextant/sql-lineage';
import type { ConnectorSink } from '../connector.js';
import { LIST_STATEMENTS, QUERY_HISTORY_PREREQUISITES } from './catalog-queries.js';
import type { PgSession } from './pg-session.js';

/** Most-called statements read from pg_stat_statements per database. */
const STATEMENT_LIMIT = 20_000;

export interface QueryHistory {
  /** lower(`schema.table`) → calls of the statements that read or wrote it. */
  usage: Map<string, number>;
  /** Statements that write a table from others (INSERT…SELECT, CTAS, UPDATE…FROM, MERGE): lineage candidates. */
  writes: Array<{ query: string; calls: number }>;
}

/**
 * Reads this database's statements from pg_stat_statements, after checking the prerequisites (the extension in
 * this database; superuser or `pg_read_all_stats`, without which other users' statements read
 * `<insufficient privilege>`). A missing prerequisite is one warning with the exact fix, and no history.
 */
export async function readQueryHistory(
  session: PgSession,
  context: { database: string; sink: ConnectorSink },
): Promise<QueryHistory | undefined> {
  const { database, sink } = context;
  const [check] = await session.query<{
    has_extension: boolean;
    has_read_all_stats: boolean;
    user_name: string;
  }>(QUERY_HISTORY_PREREQUISITES);
  if (!check!.has_extension) {
    sink.warn({
      code: 'query_history_unavailable',
      message: `query history of ${database} is skipped: pg_stat_statements is not installed in it. Fix: add pg_stat_statements to shared_preload_libraries in postgresql.conf, restart PostgreSQL, then run CREATE EXTENSION pg_stat_statements; in database ${database}`,
      object: database,
    });
    return undefined;
  }
  if (!check!.has_read_all_stats) {
    sink.warn({
      code: 'query_history_unavailable',
      message: `query history of ${database} is skipped: user ${check!.user_name} cannot read other users' statements. Fix: GRANT pg_read_all_stats TO "${check!.user_name}";`,
      object: database,
    });
    return undefined;
  }
  const result = await session.tryQuery<{ query: string; calls: string }>(LIST_STATEMENTS, [STATEMENT_LIMIT]);
  if ('failure' in result) {
    sink.warn({
      code: 'query_history_unavailable',
      message: `query history of ${database} is skipped: ${result.failure.message}. Fix: install pg_stat_statements (shared_preload_libraries, then CREATE EXTENSION pg_stat_statements;) and GRANT pg_read_all_stats`,
      object: database,
    });
    return undefined;
  }
  const history: QueryHistory = { usage: new Map(), writes: [] };
  for (const row of result.rows) {
    const calls = Number(row.calls);
    const tables = extractTables(row.query, { dialect: 'postgres', defaultSchema: 'public' });
    const touched = new Set(
      [...tables.sourceTables, ...tables.targetTables].map((table) =>
        `${table.schema ?? 'public'}.${table.name}`.toLowerCase(),
      ),
    );
    for (const key of touched) history.usage.set(key, (history.usage.get(key) ?? 0) + calls);
    if (tables.targetTables.length > 0 && tables.sourceTables.length > 0) {
      history.writes.push({ query: row.query, calls });
    }
  }
  return history;
}

import { pgTsvector } from './search/pg-tsvector.js';
import type { SearchEngine } from './search/search-engine.js';
import { sqliteFts5 } from './search/sqlite-fts5.js';

/** The backends the store runs on. Everything that differs between them is a flag here, not an `if` in a query. */
export type Backend = 'sqlite' | 'postgres';

export interface DialectFlags {
  backend: Backend;
  /** Bound parameters one statement may carry (SQLite's SQLITE_MAX_VARIABLE_NUMBER vs PostgreSQL's 65535). */
  maxParameters: number;
  /** Case-insensitive LIKE: SQLite's LIKE already is (for ASCII); PostgreSQL needs ILIKE. */
  likeOperator: 'like' | 'ilike';
  /** How raw statements number their parameters: SQLite `?`, PostgreSQL `$1, $2, ...`. */
  parameterStyle: 'question' | 'dollar';
  /** Words after `create temp table (...)`: PostgreSQL drops staging tables at commit; SQLite drops them itself. */
  tempTableSuffix: string;
  /** `select ... for update` row locks (PostgreSQL); SQLite serialises writers with its database lock instead. */
  supportsRowLocks: boolean;
  /** Null-safe equality: SQLite's `is`, PostgreSQL's `is not distinct from`. */
  nullSafeEquals: string;
  /**
   * Statements a sync runs at the start of its transaction: SQLite's temp schema has a 2 MB page cache by default,
   * far too small for a million staged rows; PostgreSQL sorts and hashes them in `work_mem`.
   */
  syncSessionSettings: string[];
  /** Statements after a sync (committed or not) that give the connection its usual memory back. */
  syncSessionReset: string[];
  /** Temporary tables need an explicit ANALYZE for good plans (PostgreSQL's autovacuum never sees them). */
  analyzesTempTables: boolean;
  /**
   * The lineage graph version triggers run once per row (SQLite has no statement triggers), so bulk writers
   * silence them and bump the version once (store/lineage/bulk-graph-writes.ts).
   */
  perRowGraphTriggers: boolean;
  /**
   * Table option for staging tables with a primary key: SQLite's `without rowid` keeps such a table as one B-tree
   * (a rowid table is two: the rows, and the key's index); PostgreSQL has no such option.
   */
  keyedTableOption: string;
  /**
   * SQL giving a new resource/edge id, or null where ids come from the application: SQLite calls the store's
   * `sextant_new_id()` (store/database.ts), so that a million staged edges get their ids as they are inserted,
   * in key order (the primary key index takes them in order, and the stage stays narrow).
   */
  newIdSql: string | null;
  /**
   * Analyze `resources`, `resource_search` and `lineage` in a sync that wrote a large share of them (PostgreSQL,
   * store/sync/analyze-written-tables.ts): the next sync's lookups and the next searches are planned from these
   * statistics, and autovacuum may not have run yet. With the statistics of an empty table the planner scanned a
   * million rows once per batch (a 1M re-sync took 265 s).
   */
  analyzesAfterLargeWrites: boolean;
  /** Aggregate of rows into a JSON array (`agg(x order by ...)` on both). */
  jsonArrayAgg: 'json_group_array' | 'json_agg';
  /** A JSON object from key/value pairs. */
  jsonObject: 'json_object' | 'json_build_object';
  /** SQL reading the text of one top-level key of a JSON text column: SQLite's json_extract, PostgreSQL's `->>`. */
  jsonTextOf: (jsonColumn: string, key: string) => string;
  /** Full-text search: `sqlite-fts5` or `pg-tsvector` (store/search/search-engine.ts). */
  searchEngine: SearchEngine;
  /**
   * A sync's plain bulk inserts stream with `COPY ... FROM STDIN` (PostgreSQL, store/postgres-copy.ts): binding
   * thousands of parameters per INSERT costs both sides more than the rows themselves. SQLite binds in process.
   */
  copiesBulkRows: boolean;
}

export function dialectFlags(backend: Backend): DialectFlags {
  return backend === 'sqlite'
    ? {
        backend,
        maxParameters: 32_000,
        likeOperator: 'like',
        parameterStyle: 'question',
        tempTableSuffix: '',
        supportsRowLocks: false,
        nullSafeEquals: 'is',
        // A run writes every page of a million-row catalog in one transaction: with the default 64 MB cache,
        // dirty pages spill to the WAL and are read back over and over (hundreds of GB of reads in a 1M-row sync).
        // 384 MB, not the 512 of before: since a bulk load no longer updates the secondary indexes row by row,
        // the smaller cache measured as fast (1M first sync 61 s against 67 s) with 200 MB less peak RSS. The
        // temporary schema (the edge stage) gets 64 MB: 128 measured no faster and 100 MB larger.
        // The automatic WAL checkpoint would run on this connection when the sync (or its record) commits; the
        // store checkpoints in the background instead and turns it back on then (Store.checkpointSoon). Two
        // sorter threads: a bulk load's index rebuilds sort on the second core, idle by then.
        syncSessionSettings: [
          'pragma temp.cache_size = -65536',
          'pragma main.cache_size = -393216',
          'pragma wal_autocheckpoint = 0',
          'pragma threads = 2',
        ],
        syncSessionReset: ['pragma main.cache_size = -65536', 'pragma shrink_memory', 'pragma threads = 0'],
        analyzesTempTables: false,
        perRowGraphTriggers: true,
        keyedTableOption: 'without rowid',
        newIdSql: 'sextant_new_id()',
        analyzesAfterLargeWrites: false,
        jsonArrayAgg: 'json_group_array',
        jsonObject: 'json_object',
        jsonTextOf: (jsonColumn, key) => `json_extract(${jsonColumn}, '$.${key}')`,
        searchEngine: sqliteFts5,
        copiesBulkRows: false,
      }
    : {
        backend,
        maxParameters: 65_000,
        likeOperator: 'ilike',
        parameterStyle: 'dollar',
        tempTableSuffix: 'on commit drop',
        supportsRowLocks: true,
        nullSafeEquals: 'is not distinct from',
        // The store's connections run without parallel workers or JIT (store/database.ts); a sync's set-based
        // merges over a million rows are what they are for.
        syncSessionSettings: [
          "set local work_mem = '128MB'",
          'set local max_parallel_workers_per_gather = 2',
          'set local jit = on',
        ],
        syncSessionReset: [],
        analyzesTempTables: true,
        perRowGraphTriggers: false,
        keyedTableOption: '',
        newIdSql: null,
        analyzesAfterLargeWrites: true,
        jsonArrayAgg: 'json_agg',
        jsonObject: 'json_build_object',
        jsonTextOf: (jsonColumn, key) => `(cast(${jsonColumn} as json) ->> '${key}')`,
        searchEngine: pgTsvector,
        copiesBulkRows: true,
      };
}

/** Rows per multi-row INSERT so that `columns × rows` stays under the backend's parameter limit. */
export function rowsPerInsert(flags: DialectFlags, columns: number, cap = 1000): number {
  return Math.max(1, Math.min(cap, Math.floor(flags.maxParameters / columns)));
}

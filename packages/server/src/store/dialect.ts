/** The backends the store runs on. Everything that differs between them is a flag here, not an `if` in a query. */
export type Backend = 'sqlite' | 'postgres';

export interface DialectFlags {
  backend: Backend;
  /** Bound parameters one statement may carry (SQLite's SQLITE_MAX_VARIABLE_NUMBER vs PostgreSQL's 65535). */
  maxParameters: number;
  /** Case-insensitive LIKE: SQLite's LIKE already is (for ASCII); PostgreSQL needs ILIKE. */
  likeOperator: 'like' | 'ilike';
}

export function dialectFlags(backend: Backend): DialectFlags {
  return backend === 'sqlite'
    ? { backend, maxParameters: 32_000, likeOperator: 'like' }
    : { backend, maxParameters: 65_000, likeOperator: 'ilike' };
}

/** Rows per multi-row INSERT so that `columns × rows` stays under the backend's parameter limit. */
export function rowsPerInsert(flags: DialectFlags, columns: number, cap = 1000): number {
  return Math.max(1, Math.min(cap, Math.floor(flags.maxParameters / columns)));
}

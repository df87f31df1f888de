import type SQLite from 'better-sqlite3';

/**
 * Time spent per SQL statement on SQLite, kept when `SEXTANT_SQL_PROFILE` is set: the benchmarks print it
 * (bench/sync-jsonl.ts) to show where a slow sync spends its time. Statements are keyed by their text with long
 * runs of placeholders folded, so every multi-row insert of one table is one line.
 */
const timings = new Map<string, { ms: number; calls: number }>();

/** Wraps a prepared statement so that its runs are timed. */
export function profileStatement(statement: SQLite.Statement, sql: string): SQLite.Statement {
  const key = sql
    .replace(/\s+/g, ' ')
    .replace(/(\(\?(,\?)*\),?)+/g, '(...)')
    .slice(0, 140);
  const timed =
    (run: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      const started = performance.now();
      try {
        return run.apply(statement, args);
      } finally {
        const entry = timings.get(key) ?? { ms: 0, calls: 0 };
        entry.ms += performance.now() - started;
        entry.calls++;
        timings.set(key, entry);
      }
    };
  return new Proxy(statement, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property === 'run' || property === 'all' || property === 'get') return timed(value);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The slowest statements since the last call, one line each (seconds, runs, text), and starts afresh. */
export function takeSqlProfile(limit = 20): string[] {
  const lines = [...timings]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, limit)
    .map(
      ([sql, { ms, calls }]) =>
        `${(ms / 1000).toFixed(2).padStart(7)} s ${String(calls).padStart(6)}x ${sql}`,
    );
  timings.clear();
  return lines;
}

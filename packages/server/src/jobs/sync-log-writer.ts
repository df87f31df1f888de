import type { Store } from '../store/database.js';
import { insertSyncLogs, type SyncLogsTable } from '../store/jobs/index.js';

/** Lines kept per sync: an integration that logs in a loop must not fill the database. */
const MAX_ENTRIES = 10_000;
/** Lines written per insert. */
const BATCH = 200;

export type SyncLogKind = 'log' | 'http' | 'run';

/**
 * Collects a run's log lines (the integration's own, the http call log, and what the runner did) and writes them
 * to `sync_logs` in batches as the run goes, so they survive a crash of the run and memory stays bounded.
 */
export class SyncLogWriter {
  private buffer: SyncLogsTable[] = [];
  private seq = 0;
  private dropped = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly syncId: string,
    private readonly onError: (error: unknown) => void,
  ) {}

  add(kind: SyncLogKind, level: string, message: string, data: Record<string, unknown> = {}): void {
    if (this.seq >= MAX_ENTRIES - 1) {
      this.dropped++;
      return;
    }
    this.push(kind, level, message, data);
    if (this.buffer.length >= BATCH) this.flush();
  }

  /** Writes what is buffered (a line saying how many were dropped, if any) and waits for every write. */
  async close(): Promise<void> {
    if (this.dropped > 0) {
      this.push(
        'run',
        'warn',
        `${this.dropped} more log lines were dropped (limit ${MAX_ENTRIES} per run)`,
        {},
      );
      this.dropped = 0;
    }
    this.flush();
    await this.writing;
  }

  private push(kind: SyncLogKind, level: string, message: string, data: Record<string, unknown>): void {
    const at = typeof data.at === 'string' ? data.at : new Date().toISOString();
    this.buffer.push({
      sync_id: this.syncId,
      seq: ++this.seq,
      at,
      kind,
      level,
      message: message.slice(0, 4000),
      data: JSON.stringify(data),
    });
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    this.buffer = [];
    this.writing = this.writing
      .then(() => insertSyncLogs(this.store.db, this.store.flags, rows))
      .catch(this.onError);
  }
}

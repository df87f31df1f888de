import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Runs in a worker thread with a connection of its own (CommonJS, from `eval`): a passive checkpoint copies what
// the WAL holds into the database file without waiting for readers or writers.
const CHECKPOINT = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 10000');
  db.pragma('wal_checkpoint(PASSIVE)');
} finally {
  db.close();
}
`;

/**
 * Checkpoints an SQLite database's WAL on a worker thread. After a large sync the WAL holds every page the run
 * wrote (1.5 GB for a million resources): copied into the database by the committing connection, as SQLite's
 * automatic checkpoint does, it kept the sync's caller waiting seconds after its data was safely committed.
 * Syncs turn the automatic checkpoint off for their connection and call {@link request} when they end; the store
 * turns it back on when the checkpoint is done.
 */
export class BackgroundCheckpoint {
  private running: Promise<void> | undefined;
  private again = false;

  /** `onDone` runs after each checkpoint, done or failed. */
  constructor(
    private readonly file: string,
    private readonly onDone: () => void = () => {},
  ) {}

  /** Starts a checkpoint, or one more after the running one. Failures are ignored: the next one retries. */
  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.checkpoint().finally(() => {
      this.running = undefined;
      this.onDone();
      if (this.again) {
        this.again = false;
        this.request();
      }
    });
  }

  /** Waits for the running checkpoint and the one requested after it, if any (before closing the database). */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }

  private checkpoint(): Promise<void> {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(CHECKPOINT, { eval: true, workerData: { driver, file: this.file } });
    return new Promise<void>((resolve) => {
      worker.once('error', () => resolve());
      worker.once('exit', () => resolve());
    });
  }
}

import type { SecretBox } from '../auth/secret-box.js';
import type { Store } from '../store/database.js';
import { claimNextJob, PROCESS_OWNER_ID, recoverInterruptedRuns } from '../store/jobs/index.js';
import { INTERRUPTED, type JobLogger, runJob } from './run-job.js';
import { scheduleDueRuns } from './schedule-due-runs.js';

export interface JobServiceOptions {
  store: Store;
  secrets: SecretBox;
  logger: JobLogger;
  /** How often queued jobs are looked for (ms). */
  pollMs: number;
  /** How often due schedules are looked for (ms). */
  tickMs: number;
  /** A running sync whose heartbeat is older than this was interrupted (ms). */
  leaseMs: number;
  /** Runs at once in this process. */
  concurrency: number;
  /** Queue scheduled runs (else only run-now requests are run). */
  schedule: boolean;
  /**
   * At start, treat every running sync of another process as interrupted without waiting for its lease: true when
   * this is the only process that runs syncs on the database (SQLite), so a restart recovers at once.
   */
  recoverAllAtStart: boolean;
  limits: { memoryLimitMb: number; timeLimitMs: number };
  /** The clock the scheduler compares `next_run` with (tests move it). */
  now?: () => Date;
}

/**
 * The worker loop of one process (DESIGN §6): recovers interrupted runs, queues due scheduled runs, claims queued
 * jobs and runs them. Everything it coordinates on is in the database (job slots, conditional claims, heartbeats),
 * so any number of processes on one PostgreSQL database can run it.
 */
export class JobService {
  private timer: NodeJS.Timeout | undefined;
  private readonly running = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private lastSchedule = Number.NEGATIVE_INFINITY;
  private lastRecovery = Number.NEGATIVE_INFINITY;
  private ticking: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: JobServiceOptions) {}

  async start(): Promise<void> {
    const now = this.now();
    await this.recover(this.options.recoverAllAtStart ? now : undefined);
    this.schedulePoll();
  }

  /** One pass: recovery (every lease/2), due schedules (every tick), then claims up to the concurrency. */
  async tick(): Promise<void> {
    if (this.ticking) return this.ticking;
    this.ticking = this.pass().finally(() => {
      this.ticking = undefined;
    });
    return this.ticking;
  }

  /** Resolves when no run of this process is in flight (tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** Stops polling and aborts the runs in flight (recorded as interrupted), waiting for them to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.ticking?.catch(() => {});
    await this.idle();
  }

  private async pass(): Promise<void> {
    const clock = performance.now();
    if (clock - this.lastRecovery >= this.options.leaseMs / 2) await this.recover();
    if (this.options.schedule && clock - this.lastSchedule >= this.options.tickMs) {
      this.lastSchedule = clock;
      await scheduleDueRuns(this.options.store, { now: this.now(), logger: this.options.logger });
    }
    while (!this.stopped && this.running.size < this.options.concurrency) {
      const job = await claimNextJob(this.options.store.db, {
        ownerId: PROCESS_OWNER_ID,
        now: new Date().toISOString(),
      });
      if (!job) break;
      this.options.logger.info({ jobId: job.id, syncId: job.sync_id, trigger: job.trigger }, 'run claimed');
      const run = runJob(this.options, job, this.abort.signal).finally(() => {
        this.running.delete(job.id);
        if (!this.stopped) void this.tick().catch(() => {});
      });
      this.running.set(job.id, run);
    }
  }

  private async recover(staleBefore?: Date): Promise<void> {
    this.lastRecovery = performance.now();
    const now = new Date();
    const recovered = await recoverInterruptedRuns(this.options.store.db, {
      ownerId: PROCESS_OWNER_ID,
      staleBefore: (staleBefore ?? new Date(now.getTime() - this.options.leaseMs)).toISOString(),
      now: now.toISOString(),
      error: INTERRUPTED,
    });
    if (recovered.length > 0)
      this.options.logger.warn({ syncs: recovered.map((r) => r.id) }, 'interrupted runs marked failed');
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick()
        .catch((error) => this.options.logger.warn({ err: error }, 'job loop pass failed; retrying'))
        .finally(() => this.schedulePoll());
    }, this.options.pollMs);
    this.timer.unref();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

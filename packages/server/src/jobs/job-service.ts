import type { SecretBox } from '../auth/secret-box.js';
import { applyPendingOpenLineageEvents, onOpenLineageEvents } from '../openlineage/index.js';
import type { Store } from '../store/database.js';
import { claimNextJob, PROCESS_OWNER_ID, recoverInterruptedRuns } from '../store/jobs/index.js';
import { INTERRUPTED, runJob } from './run-job.js';
import type { JobLogger } from './runner-registry.js';
import { scheduleDueRuns } from './schedule-due-runs.js';

/** How long received OpenLineage events are gathered before a drain starts (ms). */
const OPENLINEAGE_GATHER_MS = 200;

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
  /** Data-quality monitors: each scheduler pass starts a background round of the due ones (quality/monitor-runs.ts). */
  monitors?: { tick(now: Date): void; idle(): Promise<void> } | undefined;
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
  /** When the poll loop last came round (performance clock), or undefined before `start`. */
  private lastLoopAt: number | undefined;
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private offOpenLineage: (() => void) | undefined;
  private drainTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: JobServiceOptions) {}

  async start(): Promise<void> {
    const now = this.now();
    await this.recover(this.options.recoverAllAtStart ? now : undefined);
    this.lastLoopAt = performance.now();
    // Received OpenLineage events are applied at once in this process, not at the next poll.
    this.offOpenLineage = onOpenLineageEvents(this.options.store, () => this.wakeOpenLineage());
    this.schedulePoll();
  }

  /**
   * Whether the worker loop is running and came round recently (readiness, /readyz): false before `start`, after
   * `stop`, and when a pass has hung for longer than ten poll intervals or the lease, whichever is longer (a pass
   * only claims runs, it does not wait for them, so a healthy loop turns every poll interval).
   */
  isAlive(): boolean {
    if (this.stopped || this.lastLoopAt === undefined) return false;
    const allowedMs = Math.max(10 * this.options.pollMs, this.options.leaseMs);
    return performance.now() - this.lastLoopAt <= allowedMs;
  }

  /**
   * A burst of requests is gathered for a moment: every drain syncs each namespace it touches whole, so fewer,
   * larger drains apply more events per second than one per request.
   */
  private wakeOpenLineage(): void {
    if (this.drainTimer || this.stopped) return;
    this.drainTimer = setTimeout(() => {
      this.drainTimer = undefined;
      void this.drainOpenLineage();
    }, OPENLINEAGE_GATHER_MS);
    this.drainTimer.unref();
  }

  /**
   * Applies pending OpenLineage events; one drain at a time, and a wake during a drain runs one more after it, so
   * a burst of requests costs a few drains, not one each.
   */
  drainOpenLineage(): Promise<void> {
    if (this.draining) {
      this.drainAgain = true;
      return this.draining;
    }
    this.draining = (async () => {
      do {
        this.drainAgain = false;
        await applyPendingOpenLineageEvents(this.options.store, { log: this.options.logger }).catch((error) =>
          this.options.logger.warn({ err: error }, 'openlineage drain failed; retrying at the next poll'),
        );
      } while (this.drainAgain && !this.stopped);
    })().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  /** One pass: recovery (every lease/2), due schedules (every tick), then claims up to the concurrency. */
  async tick(): Promise<void> {
    if (this.ticking) return this.ticking;
    this.ticking = this.pass().finally(() => {
      this.ticking = undefined;
    });
    return this.ticking;
  }

  /**
   * Resolves when no run of this process is in flight and no pass is claiming one (tests). A run that ends starts
   * a pass that may claim the next queued run, so waiting for the runs alone could return while one is starting.
   */
  async idle(): Promise<void> {
    while (this.running.size > 0 || this.ticking)
      await Promise.allSettled([...this.running.values(), this.ticking ?? Promise.resolve()]);
    await this.options.monitors?.idle();
  }

  /** Stops polling and aborts the runs in flight (recorded as interrupted), waiting for them to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.offOpenLineage?.();
    clearTimeout(this.drainTimer);
    clearTimeout(this.timer);
    this.abort.abort();
    await this.ticking?.catch(() => {});
    await this.draining;
    await this.idle();
  }

  private async pass(): Promise<void> {
    const clock = performance.now();
    if (clock - this.lastRecovery >= this.options.leaseMs / 2) await this.recover();
    if (this.options.schedule && clock - this.lastSchedule >= this.options.tickMs) {
      this.lastSchedule = clock;
      await scheduleDueRuns(this.options.store, { now: this.now(), logger: this.options.logger });
      this.options.monitors?.tick(this.now());
    }
    void this.drainOpenLineage();
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
        .finally(() => {
          this.lastLoopAt = performance.now();
          this.schedulePoll();
        });
    }, this.options.pollMs);
    this.timer.unref();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

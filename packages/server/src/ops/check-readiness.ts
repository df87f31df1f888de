import type { Store } from '../store/database.js';
import { listPendingMigrations, pingStore } from '../store/ops/index.js';

/** Whether this process's job worker still runs (the readiness check asks it). */
export interface JobWorkerProbe {
  isAlive(): boolean;
}

/** `ok`, `not_applicable` (jobs run in another process), or what is wrong, in a sentence. */
export type CheckResult = string;

export interface Readiness {
  isReady: boolean;
  checks: { store: CheckResult; migrations: CheckResult; jobs: CheckResult };
  /** Why the store did not answer, for the log only: the route is public and must not tell hosts or paths. */
  storeError?: Error;
}

/**
 * Whether this process can serve the catalog (DESIGN: operating the service): the store answers, every migration
 * of this build is applied, and the job worker loop turns when this process runs jobs. Checks after a failed store
 * check are reported as `skipped`: without the store they cannot be known.
 */
export async function checkReadiness(
  store: Store,
  jobWorker: JobWorkerProbe | undefined,
): Promise<Readiness> {
  const jobs =
    jobWorker === undefined ? 'not_applicable' : jobWorker.isAlive() ? 'ok' : 'job worker not running';
  try {
    await pingStore(store.db);
  } catch (error) {
    const checks = { store: 'unreachable', migrations: 'skipped', jobs };
    return { isReady: false, checks, storeError: error as Error };
  }
  const pending = await listPendingMigrations(store.db);
  const migrations = pending.length === 0 ? 'ok' : `pending: ${pending.join(', ')}`;
  const isReady = migrations === 'ok' && jobs !== 'job worker not running';
  return { isReady, checks: { store: 'ok', migrations, jobs } };
}

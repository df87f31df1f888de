import pino from 'pino';
import { createSecretBox, loadOrCreateSecretKey, type SecretBox } from '../auth/secret-box.js';
import type { Config } from '../config.js';
import { type CatalogMetrics, createCatalogMetrics } from '../ops/index.js';
import { createMonitorScheduler } from '../quality/index.js';
import { openStore, type Store } from '../store/database.js';
import { registerDefaultRunners } from './default-runners.js';
import { JobService } from './job-service.js';
import type { JobLogger } from './runner-registry.js';

export interface StartJobsOptions {
  /** The scheduler's clock (tests move it). */
  now?: (() => Date) | undefined;
}

/** Starts this process's worker loop on a store with the configured intervals, lease and run limits. */
export async function startJobService(
  services: { store: Store; secrets: SecretBox },
  config: Config,
  logger: JobLogger,
  options: StartJobsOptions = {},
): Promise<JobService> {
  const { store } = services;
  const service = new JobService({
    ...services,
    logger,
    pollMs: config.jobPollMs,
    tickMs: config.schedulerTickMs,
    leaseMs: config.jobLeaseMs,
    concurrency: config.jobConcurrency,
    schedule: true,
    // SQLite: this is the one process that runs syncs on the file (serve --workers runs jobs in the primary only).
    recoverAllAtStart: store.backend === 'sqlite',
    limits: { memoryLimitMb: config.runMemoryLimitMb, timeLimitMs: config.runTimeLimitMs },
    now: options.now,
    monitors: createMonitorScheduler({
      db: store.db,
      secrets: services.secrets,
      notifier: {
        publicUrl: (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, ''),
        slack: { apiUrl: config.slackApiUrl },
        log: logger,
      },
      log: logger,
    }),
  });
  await service.start();
  return service;
}

/**
 * The worker loop on its own store, for a process that does not serve (the primary of `serve --workers N`, so
 * that on SQLite exactly one process per database runs and schedules integrations).
 */
export async function startJobWorker(
  config: Config,
): Promise<{ close(): Promise<void>; metrics: CatalogMetrics | undefined }> {
  registerDefaultRunners();
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    sqliteFile: config.sqliteFile,
    poolSize: config.pgPoolSize,
  });
  const logger = pino({ level: config.logLevel }).child({ module: 'jobs' });
  const secrets = createSecretBox(loadOrCreateSecretKey(config));
  const service = await startJobService({ store, secrets }, config, logger).catch(async (error) => {
    await store.close();
    throw error;
  });
  // Its sync runs and the queue depth, for the cluster's /metrics (ops/cluster-metrics.ts).
  const metrics = config.metricsEnabled ? createCatalogMetrics(store) : undefined;
  return {
    metrics,
    close: async () => {
      await service.stop();
      metrics?.stop();
      await store.close();
    },
  };
}

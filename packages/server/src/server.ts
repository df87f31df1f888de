import type pino from 'pino';
import { buildApp, LOG_REDACT_PATHS } from './api/app.js';
import type { App } from './api/context.js';
import { type BootstrapResult, bootstrapIfEmpty } from './auth/bootstrap.js';
import { createSecretBox, loadOrCreateSecretKey } from './auth/secret-box.js';
import type { Config } from './config.js';
import {
  type JobService,
  registerDefaultRunners,
  type StartJobsOptions,
  startJobService,
} from './jobs/index.js';
import { createCatalogMetrics, joinClusterMetrics } from './ops/index.js';
import { openStore, type Store } from './store/database.js';

export interface RunningServer {
  app: App;
  store: Store;
  /** `http://host:port` actually bound (port 0 picks a free one). */
  url: string;
  /** Set when this start created the first workspace, admin and key. */
  bootstrap: BootstrapResult | undefined;
  /** This process's worker loop, when it runs jobs. */
  jobs: JobService | undefined;
  close(): Promise<void>;
}

export interface StartServerOptions {
  /** pino options for the request log; `false` silences it. */
  logger?: pino.LoggerOptions | false;
  adminEmail?: string | undefined;
  adminPassword?: string | undefined;
  /** Options of the worker loop (started when `config.runJobs`). */
  jobs?: StartJobsOptions;
  /**
   * This process is a worker of `serve --workers N`: /metrics answers the whole cluster's metrics, asked of the
   * primary (which calls `serveClusterMetrics`).
   */
  isClusterWorker?: boolean;
}

/**
 * Migrates the store, creates the secret key file and bootstraps an empty catalog, without serving: what a
 * process that forks several serving workers does once before forking (each worker's `startServer` then finds the
 * catalog ready).
 */
export async function prepareCatalog(
  config: Config,
  options: Pick<StartServerOptions, 'adminEmail' | 'adminPassword'> = {},
): Promise<BootstrapResult | undefined> {
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    sqliteFile: config.sqliteFile,
    poolSize: config.pgPoolSize,
  });
  try {
    loadOrCreateSecretKey(config);
    return await bootstrapIfEmpty(store.db, {
      dataDir: config.dataDir,
      adminEmail: options.adminEmail,
      adminPassword: options.adminPassword,
    });
  } finally {
    await store.close();
  }
}

/** Opens (and migrates) the store, bootstraps an empty catalog, and listens. */
export async function startServer(config: Config, options: StartServerOptions = {}): Promise<RunningServer> {
  registerDefaultRunners();
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    sqliteFile: config.sqliteFile,
    poolSize: config.pgPoolSize,
  });
  try {
    const secrets = createSecretBox(loadOrCreateSecretKey(config));
    const bootstrap = await bootstrapIfEmpty(store.db, {
      dataDir: config.dataDir,
      adminEmail: options.adminEmail,
      adminPassword: options.adminPassword,
    });
    const logger =
      options.logger === false
        ? false
        : { level: config.logLevel, redact: LOG_REDACT_PATHS, ...options.logger };
    // The worker loop starts once the app listens; until then /readyz answers that it is not running.
    let jobs: JobService | undefined;
    const jobWorker = config.runJobs ? { isAlive: () => jobs?.isAlive() ?? false } : undefined;
    const metrics = config.metricsEnabled ? createCatalogMetrics(store) : undefined;
    const scrapeMetrics =
      metrics && options.isClusterWorker ? joinClusterMetrics(metrics.registry) : undefined;
    const app = await buildApp({ store, config, secrets, jobWorker, metrics, scrapeMetrics }, { logger });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    jobs = config.runJobs
      ? await startJobService({ store, secrets }, config, app.log.child({ module: 'jobs' }), options.jobs)
      : undefined;
    return {
      app,
      store,
      url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
      bootstrap,
      jobs,
      close: async () => {
        await jobs?.stop();
        await app.close();
        metrics?.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

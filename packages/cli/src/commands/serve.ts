import cluster from 'node:cluster';
import {
  type Config,
  loadDemoAtStart,
  prepareCatalog,
  type Store,
  serveClusterMetrics,
  startJobWorker,
  startServer,
} from '@sextant/server';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';
import { printServing } from './serve-banner.js';
import { serveWithWorkers } from './serve-workers.js';

interface ServeFlags extends DatabaseFlags {
  port?: string;
  host?: string;
  workers?: string;
  role?: string;
  demo?: boolean;
}

/**
 * What a process does (docs/deploy.md): `api` serves HTTP only, `worker` runs schedules and jobs only (no port),
 * `all` both. Several `api` processes and one or more `worker`s can share one PostgreSQL database.
 */
type Role = 'api' | 'worker' | 'all';
const ROLES: readonly Role[] = ['api', 'worker', 'all'];

export function registerServeCommand(program: Command): void {
  const command = program
    .command('serve')
    .description('start the catalog server (creates the database and a first admin on an empty store)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 5440)')
    .option('-H, --host <host>', 'address to bind (default: $HOST or 127.0.0.1)')
    .option('-w, --workers <n>', 'serving processes sharing the port (default: $SEXTANT_WORKERS or 1)')
    .option(
      '--role <role>',
      'api (HTTP only), worker (schedules and jobs only) or all (default: $SEXTANT_ROLE or all)',
    )
    .option(
      '--demo',
      'load the demo shop catalog at start (docs/demo.md); an existing demo is left unchanged',
    );
  addDatabaseOptions(command).action(async (flags: ServeFlags) => serve(flags));
}

const adminOptions = () => ({
  adminEmail: process.env.SEXTANT_ADMIN_EMAIL,
  adminPassword: process.env.SEXTANT_ADMIN_PASSWORD,
});

async function serve(flags: ServeFlags): Promise<void> {
  const started = performance.now();
  const role = parseRole(flags.role ?? process.env.SEXTANT_ROLE);
  const config = { ...parseServeConfig(flags), ...(role === 'api' ? { runJobs: false } : {}) };
  const workers = parseWorkers(flags.workers ?? process.env.SEXTANT_WORKERS);
  if (role === 'worker') {
    if (workers > 1)
      throw new UserError('--workers sets serving processes; a --role worker process serves none');
    await runWorkerOnly(config, started);
    return;
  }
  if (workers > 1 && cluster.isPrimary) {
    const bootstrap = await prepareCatalog(config, adminOptions()).catch(explainStartError(config));
    if (flags.demo) await loadDemo(config);
    // Started before the workers fork, so its start-up recovery sees no run of theirs.
    const jobs = config.runJobs ? await startJobWorker(config) : undefined;
    if (config.metricsEnabled) serveClusterMetrics(jobs?.metrics?.registry);
    const url = await serveWithWorkers(workers, () => jobs?.close());
    printServing({
      url,
      backend: config.databaseUrl ? 'postgres' : 'sqlite',
      location: config.databaseUrl ? 'DATABASE_URL' : config.sqliteFile,
      ms: performance.now() - started,
      workers,
      bootstrap,
    });
    return;
  }
  const server = await startServer(config, {
    ...adminOptions(),
    isClusterWorker: cluster.isWorker,
  }).catch(explainStartError(config));
  if (flags.demo && !cluster.isWorker) await loadDemo(config, server.store);
  if (cluster.isWorker) {
    process.send?.({ type: 'listening', url: server.url });
  } else {
    printServing({
      url: server.url,
      backend: server.store.backend,
      location: server.store.location,
      ms: performance.now() - started,
      workers: 1,
      bootstrap: server.bootstrap,
    });
  }
  const stop = async (signal: string) => {
    if (!cluster.isWorker) process.stdout.write(`\n${signal}: shutting down\n`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** `--role worker`: the store prepared as a server would, then the schedule and job loop until a signal. */
async function runWorkerOnly(config: Config, started: number): Promise<void> {
  const bootstrap = await prepareCatalog(config, adminOptions()).catch(explainStartError(config));
  const jobs = await startJobWorker(config).catch(explainStartError(config));
  const location = config.databaseUrl ? 'DATABASE_URL' : config.sqliteFile;
  process.stdout.write(
    `Sextant worker running schedules and jobs (store: ${config.databaseUrl ? 'postgres' : 'sqlite'} ${location}; ` +
      `ready in ${Math.round(performance.now() - started)} ms)\n`,
  );
  // A worker started first on an empty database made the first admin: its key exists only now.
  if (bootstrap)
    process.stdout.write(
      `\nFirst start: created a workspace, an admin user (${bootstrap.adminEmail}) and an admin API key.\n` +
        `  API key (shown only now; store it safely):\n    ${bootstrap.apiKey}\n\n`,
    );
  const stop = async (signal: string) => {
    process.stdout.write(`\n${signal}: shutting down\n`);
    await jobs.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function parseRole(value: string | undefined): Role {
  if (value === undefined || value === '') return 'all';
  if (!(ROLES as readonly string[]).includes(value))
    throw new UserError(`--role must be one of ${ROLES.join(', ')}, got "${value}"`);
  return value as Role;
}

/** `--demo`: a failure to load it is reported, and the server keeps serving. */
async function loadDemo(
  config: Config,
  store?: Parameters<typeof loadDemoAtStart>[0]['store'],
): Promise<void> {
  try {
    process.stdout.write(`${(await loadDemoAtStart({ config, store })).message}\n`);
  } catch (error) {
    process.stderr.write(`demo not loaded: ${(error as Error).message}\n`);
  }
}

function parseServeConfig(flags: ServeFlags): Config {
  const overrides: Partial<Config> = {};
  if (flags.port !== undefined) {
    const port = Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port must be 0–65535, got "${flags.port}"`);
    overrides.port = port;
  }
  if (flags.host) overrides.host = flags.host;
  try {
    return configFromFlags(flags, overrides);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}

function parseWorkers(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new UserError(`--workers must be 1–64, got "${value}"`);
  return workers;
}

function explainStartError(config: Config) {
  return (error: NodeJS.ErrnoException): never => {
    if (error.code === 'EADDRINUSE')
      throw new UserError(`port ${config.port} is already in use; pick another with --port`);
    if (error.code === 'ECONNREFUSED') throw new UserError(`cannot reach the database (${error.message})`);
    throw error;
  };
}

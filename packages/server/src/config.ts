import { resolve } from 'node:path';

/** Everything the server reads from its environment, parsed once. Documented in README.md (Configuration). */
export interface Config {
  /** `postgres://...` selects PostgreSQL; otherwise the embedded SQLite file below is used. */
  databaseUrl: string | undefined;
  /** SQLite file (default `./data/sextant.db`). */
  sqliteFile: string;
  /** Folder for the generated secret key file and first-start notes (default `./data`). */
  dataDir: string;
  host: string;
  port: number;
  logLevel: string;
  /** 32-byte key (hex or base64) for encrypting integration credentials; else a key file in `dataDir`. */
  secretKey: string | undefined;
  /** Mark the session cookie `Secure` (default true; browsers accept it on http://localhost too). */
  secureCookies: boolean;
  /** Writes per minute per API key; 0 = off (the default for self-hosted). */
  writeRateLimitPerMinute: number;
  /** Failed sign-ins per account and per client address in one window before 429; 0 = off. */
  signInMaxFailures: number;
  /** The sign-in throttling window (ms). */
  signInWindowMs: number;
  /** Maximum JSON body size in bytes. */
  bodyLimitBytes: number;
  /** Maximum upload size in bytes for file imports. */
  uploadLimitBytes: number;
  /** Public base URL used in pagination links and in links of Slack messages; derived when unset. */
  publicUrl: string | undefined;
  /** Slack Web API base URL (`SEXTANT_SLACK_API_URL`); tests point it at a local fake. */
  slackApiUrl: string;
  /** Run queued and scheduled integration runs in this process (default true; see docs/runs-and-schedules.md). */
  runJobs: boolean;
  /** Connections each process keeps to PostgreSQL at most (`SEXTANT_PG_POOL_SIZE`, default 10; docs/deploy.md). */
  pgPoolSize: number;
  /** How often the scheduler looks for due integrations (ms). */
  schedulerTickMs: number;
  /** How often the worker loop looks for queued runs (ms). */
  jobPollMs: number;
  /** A running sync whose process stopped saying it is alive for this long was interrupted (ms). */
  jobLeaseMs: number;
  /** Runs at once per process. */
  jobConcurrency: number;
  /** Wall-clock limit of one sandboxed run (ms). */
  runTimeLimitMs: number;
  /** Memory limit of one sandboxed run (MB). */
  runMemoryLimitMb: number;
  /** Serve Prometheus metrics at /metrics (`SEXTANT_METRICS`, default off; docs/deploy.md). */
  metricsEnabled: boolean;
  /** A bearer token that may read /metrics besides an admin key (`SEXTANT_METRICS_TOKEN`). */
  metricsToken: string | undefined;
  /** Origins a browser client may call the API from (`SEXTANT_CORS_ORIGINS`, comma-separated); empty: CORS off. */
  corsOrigins: string[];
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

/** `https://app.example.com,http://localhost:3000`: exact origins (scheme, host, port), or `*` for any. */
function origins(value: string | undefined, name: string): string[] {
  const list = (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of list) {
    if (origin === '*') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {}
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin)
      throw new Error(`${name}: "${origin}" is not an origin like https://app.example.com (no path)`);
  }
  return list;
}

/** Reads the configuration from an environment (process.env by default); throws on malformed values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = resolve(env.SEXTANT_DATA_DIR ?? 'data');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    sqliteFile: resolve(env.SEXTANT_SQLITE_FILE ?? resolve(dataDir, 'sextant.db')),
    dataDir,
    host: env.HOST ?? '127.0.0.1',
    port: int(env.PORT, 5440, 'PORT'),
    logLevel: env.LOG_LEVEL ?? 'info',
    secretKey: env.SEXTANT_SECRET_KEY || undefined,
    secureCookies: bool(env.SEXTANT_SECURE_COOKIES, true),
    writeRateLimitPerMinute: int(env.SEXTANT_WRITE_RATE_LIMIT, 0, 'SEXTANT_WRITE_RATE_LIMIT'),
    signInMaxFailures: int(env.SEXTANT_SIGN_IN_MAX_FAILURES, 10, 'SEXTANT_SIGN_IN_MAX_FAILURES'),
    signInWindowMs:
      60_000 * Math.max(1, int(env.SEXTANT_SIGN_IN_WINDOW_MINUTES, 15, 'SEXTANT_SIGN_IN_WINDOW_MINUTES')),
    bodyLimitBytes: int(env.SEXTANT_BODY_LIMIT, 1024 * 1024, 'SEXTANT_BODY_LIMIT'),
    uploadLimitBytes: int(env.SEXTANT_UPLOAD_LIMIT, 2 * 1024 * 1024 * 1024, 'SEXTANT_UPLOAD_LIMIT'),
    publicUrl: env.SEXTANT_PUBLIC_URL || undefined,
    slackApiUrl: env.SEXTANT_SLACK_API_URL || 'https://slack.com/api',
    runJobs: bool(env.SEXTANT_JOBS, true),
    pgPoolSize: Math.max(2, int(env.SEXTANT_PG_POOL_SIZE, 10, 'SEXTANT_PG_POOL_SIZE')),
    schedulerTickMs: 1000 * int(env.SEXTANT_SCHEDULER_TICK_SECONDS, 30, 'SEXTANT_SCHEDULER_TICK_SECONDS'),
    jobPollMs: Math.max(10, int(env.SEXTANT_JOB_POLL_MS, 1000, 'SEXTANT_JOB_POLL_MS')),
    jobLeaseMs: 1000 * Math.max(5, int(env.SEXTANT_JOB_LEASE_SECONDS, 30, 'SEXTANT_JOB_LEASE_SECONDS')),
    jobConcurrency: Math.max(1, int(env.SEXTANT_JOB_CONCURRENCY, 2, 'SEXTANT_JOB_CONCURRENCY')),
    runTimeLimitMs:
      60_000 * Math.max(1, int(env.SEXTANT_RUN_TIME_LIMIT_MINUTES, 30, 'SEXTANT_RUN_TIME_LIMIT_MINUTES')),
    runMemoryLimitMb: Math.max(16, int(env.SEXTANT_RUN_MEMORY_MB, 256, 'SEXTANT_RUN_MEMORY_MB')),
    metricsEnabled: bool(env.SEXTANT_METRICS, false),
    metricsToken: env.SEXTANT_METRICS_TOKEN || undefined,
    corsOrigins: origins(env.SEXTANT_CORS_ORIGINS, 'SEXTANT_CORS_ORIGINS'),
    ...overrides,
  };
}

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
  /** Maximum JSON body size in bytes. */
  bodyLimitBytes: number;
  /** Maximum upload size in bytes for file imports. */
  uploadLimitBytes: number;
  /** Public base URL used in pagination links; derived from the request when unset. */
  publicUrl: string | undefined;
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
    bodyLimitBytes: int(env.SEXTANT_BODY_LIMIT, 1024 * 1024, 'SEXTANT_BODY_LIMIT'),
    uploadLimitBytes: int(env.SEXTANT_UPLOAD_LIMIT, 2 * 1024 * 1024 * 1024, 'SEXTANT_UPLOAD_LIMIT'),
    publicUrl: env.SEXTANT_PUBLIC_URL || undefined,
    ...overrides,
  };
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '../config.js';
import { type RunningServer, startServer } from '../server.js';

/**
 * A whole server on a fresh SQLite catalog in a temporary folder, listening on a free loopback port, as a user's
 * `sextant serve` would run it (first-start bootstrap included; its key is `server.bootstrap.apiKey`). For tests
 * that drive it over real HTTP (curl tours, CLI commands, the SDK's push).
 */
export async function startTestServer(options: {
  adminPassword: string;
  label?: string;
  /** Settings as `loadConfig` takes them (e.g. `{ uploadLimitBytes: 1024 }`). */
  settings?: Partial<Config>;
}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `sextant-${options.label ?? 'server'}-`));
  const settings = { dataDir, sqliteFile: join(dataDir, 'sextant.db'), port: 0, ...options.settings };
  return startServer(loadConfig({}, settings), {
    logger: false,
    adminPassword: options.adminPassword,
  });
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, startServer } from '@sextant/server';

export const WEB_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const ADMIN_EMAIL = 'admin@localhost';
export const ADMIN_PASSWORD = 'correct horse battery staple';

export interface UiServer {
  url: string;
  /** The bootstrap admin API key, for seeding data through the public API. */
  apiKey: string;
  close(): Promise<void>;
}

/** The UI is served from the build; the root `npm test` builds first, a bare vitest run may not have. */
export function assertUiBuilt(): void {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      `the web UI is not built (${join(WEB_DIST, 'index.html')} is missing): run \`npm run build\` ` +
        '(or `npm run build -w @sextant/web`) before the browser tests',
    );
  }
}

/**
 * A real Sextant server on a free port over a fresh SQLite file, with a known admin password. `env` is read as
 * the process environment would be (e.g. `SEXTANT_SLACK_API_URL` pointing at a fake).
 */
export async function startUiServer(options: { env?: Record<string, string> } = {}): Promise<UiServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-ui-'));
  const config = loadConfig(options.env ?? {}, { dataDir, sqliteFile: join(dataDir, 'sextant.db'), port: 0 });
  const server = await startServer(config, { logger: false, adminPassword: ADMIN_PASSWORD });
  const apiKey = server.bootstrap?.apiKey;
  if (!apiKey) throw new Error('the test server did not bootstrap an admin API key');
  return {
    url: server.url,
    apiKey,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecretBox } from '../auth/secret-box.js';
import { loadConfig } from '../config.js';
import { openStore } from '../store/database.js';
import { buildApp } from './app.js';

/**
 * The OpenAPI document exactly as the server serves it at /api/v1/openapi.json, built from the same route schemas
 * that validate requests (on a throw-away store). `openapi.json` at the repository root is this, committed.
 */
export async function generateOpenApiDocument(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'sextant-openapi-'));
  const store = await openStore({ sqliteFile: join(dir, 'openapi.db') });
  try {
    const app = await buildApp({
      store,
      config: loadConfig({}, { dataDir: dir }),
      secrets: createSecretBox(Buffer.alloc(32)),
    });
    const document = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return document;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

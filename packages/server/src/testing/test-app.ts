import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildAppOptions, buildApp } from '../api/app.js';
import type { App } from '../api/context.js';
import { bootstrapIfEmpty } from '../auth/bootstrap.js';
import { createSecretBox } from '../auth/secret-box.js';
import { generateApiKey } from '../auth/tokens.js';
import { loadConfig } from '../config.js';
import { createApiKey, createUser, createWorkspace } from '../store/accounts/index.js';
import type { Backend } from '../store/dialect.js';
import type { Role } from '../store/schema.js';
import { createTestStore, type TestStore } from './test-stores.js';

export interface TestApp {
  app: App;
  store: TestStore;
  workspaceId: string;
  /** Bearer keys of the bootstrap workspace, one per role. */
  keys: Record<Role, string>;
  /** A key of an admin in a second workspace, to prove cross-workspace isolation. */
  otherWorkspaceKey: string;
  otherWorkspaceId: string;
  /** `{ authorization: 'Bearer …' }` for a role. */
  as(role: Role | 'other'): { authorization: string };
  dispose(): Promise<void>;
}

export const TEST_ADMIN_PASSWORD = 'correct horse battery staple';

/** A real app on a fresh store of the backend, with users and keys for every role and a second workspace. */
export async function createTestApp(
  backend: Backend,
  configOverrides: Record<string, unknown> = {},
  appOptions: BuildAppOptions = {},
): Promise<TestApp> {
  const store = await createTestStore(backend);
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-app-'));
  const config = loadConfig({}, { dataDir, secureCookies: false, ...configOverrides });
  const boot = await bootstrapIfEmpty(store.db, {
    dataDir,
    adminPassword: TEST_ADMIN_PASSWORD,
    adminEmail: 'admin@example.com',
  });
  if (!boot) throw new Error('test store was not empty');
  const keys = { admin: boot.apiKey } as Record<Role, string>;
  for (const role of ['editor', 'viewer'] as const) {
    const user = await createUser(store.db, {
      workspaceId: boot.workspaceId,
      email: `${role}@example.com`,
      role,
    });
    keys[role] = (
      await createApiKey(store.db, {
        workspaceId: boot.workspaceId,
        userId: user.id,
        name: role,
        role,
        generated: generateApiKey(),
      })
    ).key;
  }
  const other = await createWorkspace(store.db, 'Other workspace');
  const otherAdmin = await createUser(store.db, {
    workspaceId: other.id,
    email: 'admin@other.example',
    role: 'admin',
  });
  const otherKey = await createApiKey(store.db, {
    workspaceId: other.id,
    userId: otherAdmin.id,
    name: 'other',
    role: 'admin',
    generated: generateApiKey(),
  });
  const secrets = createSecretBox(Buffer.alloc(32, 7));
  const app = await buildApp({ store, config, secrets }, appOptions);
  return {
    app,
    store,
    workspaceId: boot.workspaceId,
    keys,
    otherWorkspaceKey: otherKey.key,
    otherWorkspaceId: other.id,
    as: (role) => ({ authorization: `Bearer ${role === 'other' ? otherKey.key : keys[role]}` }),
    dispose: async () => {
      await app.close();
      await store.dispose();
    },
  };
}

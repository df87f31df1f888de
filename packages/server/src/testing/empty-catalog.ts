import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapIfEmpty } from '../auth/bootstrap.js';
import type { Backend } from '../store/dialect.js';
import { createTestStore, type TestStore } from './test-stores.js';

/** A new catalog as its first start leaves it (an admin, the default team, no resources): an import's target. */
export async function createEmptyCatalog(
  backend: Backend,
): Promise<{ store: TestStore; workspaceId: string }> {
  const store = await createTestStore(backend);
  const boot = await bootstrapIfEmpty(store.db, {
    dataDir: mkdtempSync(join(tmpdir(), 'sextant-import-')),
    adminPassword: 'another long password',
    adminEmail: 'admin@example.com',
  });
  if (!boot) throw new Error('target store was not empty');
  return { store, workspaceId: boot.workspaceId };
}

import { afterAll, beforeAll, describe } from 'vitest';
import type { Backend } from '../store/dialect.js';
import { createTestStore, type TestStore, testBackends } from './test-stores.js';

/**
 * Runs the same suite on every backend (SQLite, plus PostgreSQL when available), in the spirit of Backstage's
 * DefaultProviderDatabase tests. The suite receives a getter because the store is created in `beforeAll`.
 */
export function forEachBackend(
  name: string,
  suite: (store: () => TestStore, backend: Backend) => void,
): void {
  for (const backend of testBackends()) {
    describe(`${name} [${backend}]`, () => {
      let store: TestStore | undefined;
      beforeAll(async () => {
        store = await createTestStore(backend);
      });
      afterAll(async () => {
        await store?.dispose();
      });
      suite(() => {
        if (!store) throw new Error('store not ready');
        return store;
      }, backend);
    });
  }
}

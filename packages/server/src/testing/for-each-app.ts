import { afterAll, beforeAll, describe } from 'vitest';
import type { Backend } from '../store/dialect.js';
import { createTestApp, type TestApp } from './test-app.js';
import { testBackends } from './test-stores.js';

/** Runs an API suite against a real app on every backend (SQLite, plus PostgreSQL when available). */
export function forEachApp(name: string, suite: (t: () => TestApp, backend: Backend) => void): void {
  for (const backend of testBackends()) {
    describe(`${name} [${backend}]`, () => {
      let testApp: TestApp | undefined;
      beforeAll(async () => {
        testApp = await createTestApp(backend);
      });
      afterAll(async () => {
        await testApp?.dispose();
      });
      suite(() => {
        if (!testApp) throw new Error('app not ready');
        return testApp;
      }, backend);
    });
  }
}

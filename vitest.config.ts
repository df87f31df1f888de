import { defineConfig } from 'vitest/config';

// One runner for every package. The `source` export condition makes workspace packages resolve to their
// TypeScript sources, so tests never run against a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'examples/**/*.test.ts',
      'docs/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    // expect.poll waits for a server or a browser to catch up; its 1 s default fails on a busy 2-core machine.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-output/vitest-results.json' }]],
    globalSetup: ['./test/global-setup.ts'],
  },
});

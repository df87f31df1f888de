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
    // Two test files at a time. Vitest's default is one fewer than the cores, so one on a 2-core machine, where most
    // files spend their time waiting on a server, a child process, PostgreSQL or the browser: two overlap those
    // waits. Every test already tolerates other suites running beside it (unique databases, ports and folders).
    maxWorkers: 2,
    // eventsource-parser (under the MCP SDK's client) publishes a `source` condition pointing at TypeScript, which
    // the condition above selects: Vite transforms it (and the SDK that imports it) instead of Node loading it.
    server: { deps: { inline: ['@modelcontextprotocol/sdk', 'eventsource', 'eventsource-parser'] } },
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-output/vitest-results.json' }]],
    globalSetup: ['./test/global-setup.ts'],
  },
});

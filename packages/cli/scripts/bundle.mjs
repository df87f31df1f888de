// Bundles the built CLI (dist/) into dist/bundle/ with esbuild. Node 20 loads one large ES module far faster than
// the ~1,000 small ones of the server's dependency graph, which is most of the cold start (DESIGN.md §7: ≤ 3 s).
// Packages that read files beside their own code (native addons, WASM, static assets) or load plugins stay external.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = fileURLToPath(new URL('..', import.meta.url));
const serverDist = dirname(createRequire(import.meta.url).resolve('@sextant/server'));
await build({
  // The JSONL import's worker thread is loaded by file name from beside the code that starts it, so it is an
  // entry of its own (server/src/imports/read-jsonl-in-worker.ts).
  entryPoints: [
    `${cli}/dist/main.js`,
    { in: join(serverDist, 'imports', 'jsonl-worker.js'), out: 'jsonl-worker' },
  ],
  outdir: `${cli}/dist/bundle`,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  external: [
    'better-sqlite3',
    'pg-native',
    '@guanmingchiu/sqlparser-ts',
    '@fastify/swagger-ui',
    '@fastify/static',
    'tsx',
    'tsx/*',
    'esbuild',
    'isolated-vm',
  ],
  // Bundled CommonJS dependencies call require(); give the ES module bundle one.
  banner: {
    js: "import { createRequire as __sextantRequire } from 'node:module'; const require = __sextantRequire(import.meta.url);",
  },
});

// Bundles the built CLI (dist/) into dist/bundle/ with esbuild. Node 20 loads one large ES module far faster than
// the ~1,000 small ones of the server's dependency graph, which is most of the cold start (DESIGN.md §7: ≤ 3 s).
// Packages that read files beside their own code (native addons, WASM, static assets) or load plugins stay external.

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${cli}/dist/main.js`],
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

// Bundles the built CLI (dist/) into dist/bundle/ with esbuild. Node 20 loads one large ES module far faster than
// the ~1,000 small ones of the server's dependency graph, which is most of the cold start (DESIGN.md §7: ≤ 3 s).
// Packages that read files beside their own code (native addons, WASM, static assets) or load plugins stay external:
// they are this package's runtime dependencies (package.json), which a test keeps in step with `external` below.
// The bundle is rebuilt only when one of the files it was made from changed (sizes and modification times, kept in
// dist/bundle/.build-inputs.json); `--force` rebuilds it anyway.

import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { digestFiles, readRecord, writeRecord } from '../../../scripts/build-freshness.mjs';

const cli = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(cli, 'dist/bundle');
const record = join(outdir, '.build-inputs.json');
const thisScript = fileURLToPath(import.meta.url);

/** Left out of the bundle, loaded from node_modules at run time. */
export const EXTERNAL = [
  'better-sqlite3',
  'pg-native',
  '@guanmingchiu/sqlparser-ts',
  '@fastify/swagger-ui',
  '@fastify/static',
  'tsx',
  'tsx/*',
  'esbuild',
  'isolated-vm',
];

if (process.argv[1] === thisScript) await bundle({ isForced: process.argv.includes('--force') });

export async function bundle({ isForced }) {
  const last = readRecord(record);
  if (
    !isForced &&
    last &&
    existsSync(join(outdir, 'main.js')) &&
    digestFiles(last.inputs, 'stat') === last.digest
  )
    return;
  const serverDist = dirname(createRequire(import.meta.url).resolve('@sextant/server'));
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    metafile: true,
    external: EXTERNAL,
    // Bundled CommonJS dependencies call require(); give the ES module bundle one.
    banner: {
      js: "import { createRequire as __sextantRequire } from 'node:module'; const require = __sextantRequire(import.meta.url);",
    },
  };
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    ...common,
    // The JSONL import's worker thread is loaded by file name from beside the code that starts it, so it is an
    // entry of its own (server/src/imports/read-jsonl-in-worker.ts).
    entryPoints: [
      `${cli}/dist/main.js`,
      { in: join(serverDist, 'imports', 'jsonl-worker.js'), out: 'jsonl-worker' },
    ],
    outdir,
    splitting: true,
  });
  // The sandbox's files sit beside the bundle, where the bundled server looks for them first
  // (server/src/sandbox/sandbox-files.ts): the sandbox process's entry, a module of its own without shared
  // chunks, and the isolate-side sources, which each run bundles with the SDK (bundle-integration.ts).
  const sandbox = join(serverDist, 'sandbox');
  const child = await build({
    ...common,
    entryPoints: [join(sandbox, 'child', 'sandbox-process.js')],
    outfile: join(outdir, 'child', 'sandbox-process.js'),
  });
  const isolateSources = readdirSync(join(sandbox, 'isolate')).filter((file) => file.endsWith('.js'));
  for (const file of isolateSources) cpSync(join(sandbox, 'isolate', file), join(outdir, 'isolate', file));
  // esbuild names inputs relative to the working directory.
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((input) => resolve(input)),
    ...Object.keys(child.metafile.inputs).map((input) => resolve(input)),
    ...isolateSources.map((file) => join(sandbox, 'isolate', file)),
    thisScript,
  ];
  writeRecord(record, { digest: digestFiles(inputs, 'stat'), inputs });
}

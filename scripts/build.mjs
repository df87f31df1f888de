// `npm run build`: builds what changed since the last build, so an unchanged tree builds in about a second
// (`npm start` runs it first). `--force` rebuilds the bundle and the UI even when their inputs are unchanged.
//   1. TypeScript: `tsc -b packages/cli packages/client` (incremental on its own, through the projects' .tsbuildinfo files).
//   2. The CLI bundle: packages/cli/scripts/bundle.mjs (skips itself when no input of the last bundle changed).
//   3. The UI: `tsc -p` and `vite build` in packages/web, skipped while no file of the UI or of the lock changed.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestFiles, listFiles, readRecord, writeRecord } from './build-freshness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const isForced = process.argv.includes('--force');

buildTypeScript();
run('CLI bundle', ['packages/cli/scripts/bundle.mjs', ...(isForced ? ['--force'] : [])], root);
buildWeb();

/**
 * `tsc -b` of an unchanged tree still reads every project's build info and every source's stat (a second or more of
 * a busy machine's `npm start`); when no file under the projects changed since the last successful run (same
 * paths, sizes and times), it is skipped.
 */
function buildTypeScript() {
  const projects = ['sdk', 'sql-lineage', 'server', 'cli', 'client'].map((name) =>
    join(root, 'packages', name),
  );
  const record = join(root, 'packages/cli/dist/.tsc-inputs.json');
  const inputs = () =>
    digestFiles(
      [
        ...listFiles(
          projects.flatMap((project) =>
            ['src', 'tsconfig.json', 'package.json'].map((p) => join(project, p)),
          ),
        ),
        join(root, 'tsconfig.base.json'),
        ...projects.map((project) => join(project, 'dist/.tsbuildinfo')),
      ],
      'stat',
    );
  if (!isForced && readRecord(record)?.digest === inputs()) return;
  run('TypeScript', [require.resolve('typescript/bin/tsc'), '-b', 'packages/cli', 'packages/client'], root);
  writeRecord(record, { digest: inputs() });
}

function buildWeb() {
  const web = join(root, 'packages/web');
  const record = join(web, 'dist/.build-inputs.json');
  const inputs = listFiles(
    ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'].map((path) =>
      join(web, path),
    ),
  );
  // The lock stands for the versions of vite, React and the other libraries the UI is built from.
  const digest = digestFiles([...inputs, join(root, 'package-lock.json')], 'content');
  if (!isForced && existsSync(join(web, 'dist/index.html')) && readRecord(record)?.digest === digest) return;
  run('UI type check', [require.resolve('typescript/bin/tsc'), '-p', '.'], web);
  const vite = join(createRequire(join(web, 'package.json')).resolve('vite/package.json'), '../bin/vite.js');
  run('UI build', [vite, 'build', '--logLevel', 'warn'], web);
  writeRecord(record, { digest });
}

function run(step, args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${step} failed`);
    process.exit(result.status ?? 1);
  }
}

#!/usr/bin/env node
// The `sextant` command: runs the CLI's bundle (dist/bundle/main.js). This file is committed so that npm can link
// the command at install time, before anything is built. In a clone of the repository where the bundle is not
// built yet, it builds it once (`npm run build`); an installed package always ships its bundle.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(bundle)) {
  const build = fileURLToPath(new URL('../../../scripts/build.mjs', import.meta.url));
  if (!existsSync(build)) {
    console.error('sextant: this installation has no dist/bundle/main.js; reinstall the package.');
    process.exit(1);
  }
  console.error('sextant: first run in this clone: building the CLI and the UI (npm run build)…');
  // The build's output goes to stderr: stdout stays the command's own.
  const result = spawnSync(process.execPath, [build], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0 || !existsSync(bundle)) {
    console.error('sextant: the build failed; run `npm run build` in the repository to see why.');
    process.exit(1);
  }
}
await import(bundle.href);

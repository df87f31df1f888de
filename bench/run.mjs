#!/usr/bin/env node
// `npm run bench -- NAME [args...]` runs bench/NAME.ts (or .mjs) with workspace sources resolved through the
// `source` export condition, so a benchmark always measures the code in the tree.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [name, ...args] = process.argv.slice(2);
const available = readdirSync(here)
  .filter((f) => /\.(ts|mjs)$/.test(f) && f !== 'run.mjs')
  .map((f) => f.replace(/\.(ts|mjs)$/, ''));
if (!name) {
  console.error(`usage: npm run bench -- NAME\navailable: ${available.join(', ') || '(none yet)'}`);
  process.exit(2);
}
const file = ['ts', 'mjs'].map((ext) => join(here, `${name}.${ext}`)).find((f) => existsSync(f));
if (!file) {
  console.error(`no benchmark named "${name}"; available: ${available.join(', ')}`);
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--expose-gc', file, ...args],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);

/**
 * Runs the shell blocks of docs/deploy.md's "Export and import" section as written, with `sextant` on PATH (the
 * CLI from source) and $CATALOG a demo catalog that a real server holds open.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, loadDemoAtStart, type RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runDocBlock } from './support/doc-commands.js';

const doc = readFileSync(join(import.meta.dirname, 'deploy.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Export and import'));
const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
const MAIN = join(import.meta.dirname, '../packages/cli/src/main.ts');
// tsx from this repository (the blocks run in a temporary directory, where `--import tsx` would not resolve).
const TSX = pathToFileURL(join(import.meta.dirname, '../node_modules/tsx/dist/loader.mjs')).href;

let server: RunningServer;
let cwd: string;
let vars: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-export-password', label: 'docs-export' });
  const config = loadConfig(
    {},
    { dataDir: dirname(server.store.location), sqliteFile: server.store.location },
  );
  expect((await loadDemoAtStart({ config, store: server.store })).loaded).toBe(true);
  cwd = mkdtempSync(join(tmpdir(), 'sextant-docs-export-'));
  const bin = join(cwd, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'sextant'),
    `#!/bin/sh\nexec "${process.execPath}" --conditions=source --import ${TSX} "${MAIN}" "$@"\n`,
  );
  chmodSync(join(bin, 'sextant'), 0o755);
  vars = { CATALOG: server.store.location, PATH: `${bin}:${process.env.PATH}`, DATABASE_URL: '' };
}, 120_000);
afterAll(async () => server?.close());

test('the section has its five blocks', () => {
  expect(blocks).toHaveLength(5);
});

test('export writes JSONL and CSV; the import into a new catalog exports the same records', async () => {
  const csvHead = await runDocBlock(blocks[0]!, { server, cwd, vars });
  expect(csvHead).toMatch(/^id,entity_type,title,title_full,description/);
  const lines = readFileSync(join(cwd, 'catalog.jsonl'), 'utf8').trim().split('\n');
  expect(lines.length).toBeGreaterThan(50);
  const moved = await runDocBlock(blocks[1]!, { server, cwd, vars });
  expect(moved).toMatch(/imported \d+ resources/);
  // comm indents the lines of its second file with a tab; the line only in again.jsonl is its own admin key.
  const differing = moved
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('{'));
  expect(differing).toHaveLength(3);
  expect(differing.filter((line) => line.startsWith('{"record":"header"'))).toHaveLength(2);
  expect(differing.filter((line) => line.startsWith('{"record":"api_key"'))).toHaveLength(1);
}, 120_000);

test('the CSV export imports into a new catalog, which exports the same rows', async () => {
  const fromCsv = await runDocBlock(blocks[2]!, { server, cwd, vars });
  expect(fromCsv).toMatch(/imported \d+ resources, 0 lineage edges/);
  expect(fromCsv.trim().endsWith('same rows')).toBe(true);
}, 120_000);

test('the HTTP import fills an empty catalog from the export', async () => {
  const empty = await startTestServer({ adminPassword: 'docs-import-password', label: 'docs-import' });
  try {
    const answer = JSON.parse(await runDocBlock(blocks[4]!, { server: empty, cwd, vars }));
    const lines = readFileSync(join(cwd, 'catalog.jsonl'), 'utf8').trim().split('\n');
    expect(answer).toMatchObject({
      format: 'jsonl',
      resources: lines.filter((line) => line.startsWith('{"record":"resource"')).length,
    });
  } finally {
    await empty.close();
  }
}, 120_000);

test('the HTTP export answers the same number of records', async () => {
  const count = await runDocBlock(blocks[3]!, { server, cwd, vars });
  const lines = readFileSync(join(cwd, 'catalog.jsonl'), 'utf8').trim().split('\n');
  expect(Number(count.trim())).toBe(lines.length);
});

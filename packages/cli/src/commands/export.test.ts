import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, loadDemoAtStart, prepareCatalog } from '@sextant/server';
import { createTestStore, type TestStore, testBackends } from '@sextant/server/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runInProcess } from '../testing/run-in-process.js';
import { registerExportCommand } from './export.js';
import { registerImportCommand } from './import.js';

const dir = mkdtempSync(join(tmpdir(), 'sextant-cli-export-'));

/** Runs a command in this process, with its output and exit code captured. */
const run = (args: string[]) =>
  runInProcess((program) => {
    registerExportCommand(program);
    registerImportCommand(program);
  }, args);

/** An export's records without its header (whose timestamp differs between two exports). */
function records(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('{"record":"header"'))
    .map((line) => JSON.parse(line));
}

describe('sextant export and import', { timeout: 180_000 }, () => {
  const source = join(dir, 'source.db');
  const exported = join(dir, 'catalog.jsonl');
  const targets: TestStore[] = [];

  beforeAll(async () => {
    const config = loadConfig({}, { dataDir: join(dir, 'source'), sqliteFile: source });
    await prepareCatalog(config, { adminPassword: 'export test password' });
    expect((await loadDemoAtStart({ config })).loaded).toBe(true);
    const result = await run(['export', '--database', source, '--to', exported]);
    expect(result.code, result.stderr).toBe(0);
  });
  afterAll(async () => {
    for (const store of targets) await store.dispose();
  });

  for (const backend of testBackends()) {
    test(`a SQLite catalog's export imported into a new ${backend} catalog exports the same records`, async () => {
      const target = await createTestStore(backend);
      targets.push(target);
      await target.close();
      const database = target.databaseUrl ?? target.sqliteFile!;
      const dataDir = mkdtempSync(join(dir, `${backend}-`));
      const imported = await run(['import', exported, '--database', database, '--data-dir', dataDir]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/^imported \d+ resources, \d+ lineage edges/);
      const again = join(dir, `again-${backend}.jsonl`);
      const reexport = await run(['export', '--database', database, '--to', again]);
      expect(reexport.code, reexport.stderr).toBe(0);
      // The new catalog's own first admin key (made when the import created it) is the one record it adds.
      const source = records(exported) as Array<{ record: string; id?: string }>;
      const sourceKeys = new Set(source.filter((r) => r.record === 'api_key').map((r) => r.id));
      const reexported = records(again) as Array<{ record: string; id?: string }>;
      const added = reexported.filter((r) => r.record === 'api_key' && !sourceKeys.has(r.id));
      expect(added).toHaveLength(1);
      expect(reexported.filter((r) => !added.includes(r))).toEqual(source);
      const twice = await run(['import', exported, '--database', database, '--data-dir', dataDir]);
      expect(twice.code).toBe(2);
      expect(twice.stderr).toMatch(/already holds \d+ resources: import an export into an empty catalog/);
    });
  }

  test('--format csv writes one row per resource to standard output; a bad format is the user’s to fix', async () => {
    const csv = await run(['export', '--database', source, '--format', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const resources = records(exported).filter((r) => (r as { record: string }).record === 'resource');
    expect(csv.stdout.trim().split('\n')).toHaveLength(resources.length + 1);
    const bad = await run(['export', '--database', source, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be jsonl or csv');
    const exists = await run(['export', '--database', source, '--to', exported]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('give --force');
  });

  test('a CSV export imports into a new catalog, which exports the same CSV', async () => {
    const csvFile = join(dir, 'catalog.csv');
    expect((await run(['export', '--database', source, '--format', 'csv', '--to', csvFile])).code).toBe(0);
    const database = join(dir, 'from-csv.db');
    const dataDir = mkdtempSync(join(dir, 'csv-'));
    const imported = await run(['import', csvFile, '--database', database, '--data-dir', dataDir]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^imported \d+ resources, 0 lineage edges/);
    const again = join(dir, 'again.csv');
    expect((await run(['export', '--database', database, '--format', 'csv', '--to', again])).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(csvFile, 'utf8'));
    const withIntegration = await run(['import', csvFile, '--database', database, '--integration', 'x']);
    expect(withIntegration.code).toBe(2);
    expect(withIntegration.stderr).toContain('drop --server, --integration and --dry-run');
  });

  test('a file that is neither an export nor given --integration is refused with the reason', async () => {
    const result = await run(['import', join(dir, 'source.db'), '--database', join(dir, 'x.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'--integration <id>'");
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, dumpCatalog } from '../sync/sync-test-support.js';
import type { RunRecord } from '../sync/sync-types.js';
import { forEachBackend } from '../testing/index.js';
import { importCsvFile, importJsonlFiles } from './import-files.js';

// PostgreSQL text cannot hold NUL (\u0000): every import format refuses it as a problem naming file, line and
// field, and the catalog is left as it was (issue 16, defect 2). SQLite runs the same cases.
const dir = mkdtempSync(join(tmpdir(), 'sextant-import-nul-'));
const HEADER = 'database,schema,name,col_name,col_description';

async function failureOf(run: Promise<unknown>): Promise<{ file: string; line: number; field: string }[]> {
  const error = await run.catch((e) => e);
  expect(error).toBeInstanceOf(InputError);
  expect(error.code).toBe('invalid_record');
  return error.details.problems;
}

forEachBackend('imports refuse NUL characters', (store) => {
  test('CSV: a NUL in a cell names file, line and column', async () => {
    const { integrationId } = await createSyncTarget(store());
    const file = join(dir, 'nul.csv');
    writeFileSync(file, `${HEADER}\nshop,sales,orders,id,ok\nshop,sales,orders,total,a\u0000b\n`);
    const before = await dumpCatalog(store());
    const problems = await failureOf(importCsvFile(store(), { path: file }, { integrationId }));
    expect(problems).toEqual([
      { file: 'nul.csv', line: 3, field: 'col_description', message: expect.stringContaining('NUL') },
    ]);
    expect(await dumpCatalog(store())).toBe(before);
  });

  for (const reader of ['stream', 'worker'] as const) {
    describe(`JSONL (${reader} reader)`, () => {
      beforeEach(() => {
        process.env.SEXTANT_IMPORT_WORKER_MIN_BYTES = reader === 'worker' ? '0' : String(2 ** 40);
      });
      afterEach(() => {
        delete process.env.SEXTANT_IMPORT_WORKER_MIN_BYTES;
      });

      test('an escaped NUL in a value or a key names file, line and field', async () => {
        const { integrationId } = await createSyncTarget(store());
        const file = join(dir, `nul-${reader}.jsonl`);
        const lines = [
          { entity_type: 'dashboard', databuilder_id: 'd1', title: 'ok' },
          { entity_type: 'dashboard', databuilder_id: 'd2', title: 'a\u0000b' },
          { entity_type: 'dashboard', databuilder_id: 'd3', owners: ['x', 'y\u0000'] },
          { entity_type: 'dashboard', databuilder_id: 'd4', custom_properties: { 'k\u0000': 1 } },
        ];
        writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
        const problems = await failureOf(
          importJsonlFiles(store(), { resourcesFile: file }, { integrationId }),
        );
        expect(problems.map(({ file, line, field }) => ({ file, line, field }))).toEqual([
          { file: `nul-${reader}.jsonl`, line: 2, field: 'title' },
          { file: `nul-${reader}.jsonl`, line: 3, field: 'owners.1' },
          { file: `nul-${reader}.jsonl`, line: 4, field: 'custom_properties' },
        ]);
      });

      test('a raw NUL byte (not JSON) is a problem, and the message stored with the failed sync holds none', async () => {
        const { integrationId } = await createSyncTarget(store());
        const file = join(dir, `raw-nul-${reader}.jsonl`);
        writeFileSync(file, Buffer.from('{"entity_type":"dashboard","databuilder_id":"d\x00"}\n', 'latin1'));
        const problems = await failureOf(
          importJsonlFiles(store(), { resourcesFile: file }, { integrationId }),
        );
        expect(problems).toEqual([
          {
            file: `raw-nul-${reader}.jsonl`,
            line: 1,
            field: '',
            message: expect.stringContaining('not valid JSON'),
          },
        ]);
        const syncs = await store()
          .db.selectFrom('syncs')
          .selectAll()
          .where('integration_id', '=', integrationId)
          .execute();
        expect(syncs.map((s) => s.status)).toEqual(['failed']);
        expect(JSON.stringify(syncs)).not.toContain('\\u0000');
      });
    });
  }

  test('SDK run and dbt records (any other road into a sync) are refused the same way', async () => {
    const { integrationId } = await createSyncTarget(store());
    const records: RunRecord[] = [
      {
        kind: 'resource',
        value: { entity_type: 'dashboard', databuilder_id: 't', title: 'x' },
        origin: { file: 'run', line: 1 },
      },
      {
        kind: 'lineage',
        value: {
          from_identifier: { type: 'tables_from_query', sql: 'select 1 from a\u0000' },
          to_identifier: { type: 'internal_resource', databuilder_id: 't' },
        },
        origin: { file: 'manifest.json', line: 7 },
      },
    ];
    const problems = await failureOf(applySync(store(), { integrationId, source: 'sdk', records }));
    expect(problems).toEqual([
      {
        file: 'manifest.json',
        line: 7,
        field: 'from_identifier.sql',
        message: expect.stringContaining('NUL'),
      },
    ]);
  });
});

import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import { createSyncTarget, dumpCatalog } from '../sync/sync-test-support.js';
import { forEachBackend } from '../testing/index.js';
import { readCsvRecords } from './csv-records.js';
import { importCsvFile, importJsonlFiles } from './import-files.js';

// Files are checked as they stream: invalid UTF-8 is refused with its line, column and byte offset, and a line or
// CSV field over the limit is refused naming its line without being read whole (issue 16, defects 3 and 4).
const dir = mkdtempSync(join(tmpdir(), 'sextant-import-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HEADER = 'database,schema,name,col_name,col_description';

async function errorOf(run: Promise<unknown>): Promise<InputError> {
  const error = await run.catch((e) => e);
  expect(error).toBeInstanceOf(InputError);
  return error;
}

forEachBackend('file imports check their text', (store) => {
  test('CSV with invalid UTF-8: invalid_file with line, column and byte offset; nothing changes', async () => {
    const { integrationId } = await createSyncTarget(store());
    const file = join(dir, 'latin1.csv');
    const head = `${HEADER}\nshop,sales,orders,id,ok\n`;
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${head}shop,sales,orders,total,caf`), Buffer.from([0xe9, 0x0a])]),
    );
    const before = await dumpCatalog(store());
    const error = await errorOf(importCsvFile(store(), { path: file }, { integrationId }));
    expect(error.code).toBe('invalid_file');
    expect(error.details).toEqual({
      file: 'latin1.csv',
      line: 3,
      column: 28,
      offset: Buffer.byteLength(head) + 27,
    });
    expect(error.message).toContain('line 3');
    expect(await dumpCatalog(store())).toBe(before);
  });

  test('a CSV field over SEXTANT_IMPORT_MAX_FIELD_BYTES is a problem naming line and column', async () => {
    process.env.SEXTANT_IMPORT_MAX_FIELD_BYTES = '100';
    try {
      const { integrationId } = await createSyncTarget(store());
      const file = join(dir, 'wide-field.csv');
      writeFileSync(file, `${HEADER}\nshop,sales,orders,id,ok\nshop,sales,orders,total,${'é'.repeat(60)}\n`);
      const error = await errorOf(importCsvFile(store(), { path: file }, { integrationId }));
      expect(error.code).toBe('invalid_record');
      expect(error.details.problems).toEqual([
        {
          file: 'wide-field.csv',
          line: 3,
          field: 'col_description',
          message: expect.stringContaining('100 bytes'),
        },
      ]);
    } finally {
      delete process.env.SEXTANT_IMPORT_MAX_FIELD_BYTES;
    }
  });

  for (const reader of ['stream', 'worker'] as const) {
    describe(`JSONL (${reader} reader)`, () => {
      beforeEach(() => {
        process.env.SEXTANT_IMPORT_WORKER_MIN_BYTES = reader === 'worker' ? '0' : String(2 ** 40);
      });
      afterEach(() => {
        delete process.env.SEXTANT_IMPORT_WORKER_MIN_BYTES;
        delete process.env.SEXTANT_IMPORT_MAX_LINE_BYTES;
      });

      test('invalid UTF-8 (in a string, or a sequence cut at the end): invalid_file with its place', async () => {
        const { integrationId } = await createSyncTarget(store());
        const first = `${JSON.stringify({ entity_type: 'dashboard', databuilder_id: 'd1', title: 'ok' })}\r\n`;
        const cases = [
          {
            bytes: Buffer.concat([
              Buffer.from(`${first}{"entity_type":"dashboard","databuilder_id":"`),
              Buffer.from([0xc3, 0x28]),
              Buffer.from('"}\n'),
            ]),
            line: 2,
            column: 1 + `{"entity_type":"dashboard","databuilder_id":"`.length, // 46
          },
          {
            bytes: Buffer.concat([
              Buffer.from(first),
              Buffer.from('{"title":"'),
              Buffer.from([0xf0, 0x9f, 0xa7]),
            ]),
            line: 2,
            column: 11,
          },
        ];
        for (const [i, c] of cases.entries()) {
          const file = join(dir, `bad-utf8-${reader}-${i}.jsonl`);
          writeFileSync(file, c.bytes);
          const error = await errorOf(importJsonlFiles(store(), { resourcesFile: file }, { integrationId }));
          expect(error.code).toBe('invalid_file');
          expect(error.details).toEqual({
            file: `bad-utf8-${reader}-${i}.jsonl`,
            line: c.line,
            column: c.column,
            offset: Buffer.byteLength(first) + c.column - 1,
          });
        }
      });

      test('a line over SEXTANT_IMPORT_MAX_LINE_BYTES: invalid_file naming the line', async () => {
        process.env.SEXTANT_IMPORT_MAX_LINE_BYTES = '1000';
        const { integrationId } = await createSyncTarget(store());
        const file = join(dir, `long-line-${reader}.jsonl`);
        const ok = JSON.stringify({ entity_type: 'dashboard', databuilder_id: 'd1', title: 'x'.repeat(900) });
        const long = JSON.stringify({
          entity_type: 'dashboard',
          databuilder_id: 'd2',
          title: 'x'.repeat(2000),
        });
        writeFileSync(file, `${ok}\n${ok.replace('d1', 'd3')}\n${long}\n`);
        const error = await errorOf(importJsonlFiles(store(), { resourcesFile: file }, { integrationId }));
        expect(error.code).toBe('invalid_file');
        expect(error.details).toMatchObject({ file: `long-line-${reader}.jsonl`, line: 3, limit: 1000 });
        expect(error.message).toContain('SEXTANT_IMPORT_MAX_LINE_BYTES');
      });
    });
  }
});

describe('a huge CSV field is refused without being read whole', () => {
  test('60 MB in one field: the reader stops after the line limit, not the file', async () => {
    process.env.SEXTANT_IMPORT_MAX_LINE_BYTES = String(1 << 20);
    try {
      const file = join(dir, 'huge-field.csv');
      writeFileSync(file, `${HEADER}\nshop,sales,orders,id,"${'x'.repeat(60 << 20)}"\n`);
      const stream = createReadStream(file, { highWaterMark: 1 << 16 });
      const records = [];
      const error = await (async () => {
        for await (const record of readCsvRecords(stream, { file: 'huge-field.csv' })) records.push(record);
      })().catch((e) => e);
      // The reader stopped within a few chunks of the limit: it never held the field whole.
      expect(stream.bytesRead).toBeLessThan(4 << 20);
      stream.destroy();
      expect(records).toEqual([]);
      expect(error).toBeInstanceOf(InputError);
      expect(error.code).toBe('invalid_file');
      expect(error.details).toEqual({ file: 'huge-field.csv', line: 2, limit: 1 << 20 });
      expect(error.message).toContain('SEXTANT_IMPORT_MAX_LINE_BYTES');
    } finally {
      delete process.env.SEXTANT_IMPORT_MAX_LINE_BYTES;
    }
  });
});

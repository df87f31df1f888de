import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { RunRecord } from '../sync/sync-types.js';
import { readCsvRecords } from './csv-records.js';

const HEADER =
  'col_name,col_description,col_type,sort_order,database,schema,name,description,is_view,last_updated_time';

async function read(text: string): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for await (const record of readCsvRecords(Readable.from([text]), { file: 'meta.csv' }))
    records.push(record);
  return records;
}

describe('readCsvRecords', () => {
  test('turns rows into database, schema, table and column resources with stable ids', async () => {
    const records = await read(
      `${HEADER}\nID,Key,int,1,shop,public,orders,All orders,false,1714561200\nAmount,"Total, in cents",numeric,2,shop,public,orders,All orders,false,1714561200\n`,
    );
    expect(
      records.map((r) =>
        r.kind === 'resource' ? [(r.value as { databuilder_id: string }).databuilder_id, r.origin.line] : r,
      ),
    ).toEqual([
      ['shop', 2],
      ['shop.public', 2],
      ['shop.public.orders', 2],
      ['shop.public.orders.id', 2],
      ['shop.public.orders.amount', 3],
    ]);
    const table = records[2]!.kind === 'resource' ? records[2]!.value : undefined;
    expect(table).toMatchObject({
      native_type: 'table',
      description: 'All orders',
      external_updated_at: '2024-05-01T11:00:00.000Z',
    });
    const column = records[4]!.kind === 'resource' ? records[4]!.value : undefined;
    expect(column).toMatchObject({
      title: 'amount',
      description: 'Total, in cents',
      type: 'numeric',
      sort_order: 2,
    });
  });

  test('accepts col_sort_order, None and sort_order 0 (alphabetical)', async () => {
    const header =
      'col_name,col_description,col_type,col_sort_order,database,schema,name,description,is_view,last_updated_time';
    const records = await read(`${header}\na,,int,0,d,s,v,,TRUE,None\n`);
    expect(records.at(-2)).toMatchObject({ value: { native_type: 'view', external_updated_at: null } });
    expect(records.at(-1)).toMatchObject({ value: { sort_order: null } });
  });

  test('names both lines when a table repeats different table-level values', async () => {
    const records = await read(`${HEADER}\na,,int,1,d,s,t,one,false,\nb,,int,2,d,s,t,two,false,\n`);
    expect(records.filter((r) => r.kind === 'problem')).toEqual([
      {
        kind: 'problem',
        problem: {
          file: 'meta.csv',
          line: 3,
          field: 'description, is_view, last_updated_time',
          message: 'table "d.s.t" has different table-level values on line 2 and line 3',
        },
      },
    ]);
  });

  test('reports bad fields by CSV column and line, and header problems', async () => {
    const bad = await read(`${HEADER}\na.b,,int,x,d,s,t,,maybe,soon\n`);
    expect(bad.map((r) => (r.kind === 'problem' ? [r.problem.line, r.problem.field] : r.kind))).toEqual([
      [2, 'col_name'],
      [2, 'sort_order'],
      [2, 'is_view'],
      [2, 'last_updated_time'],
    ]);
    const header = await read('col_name,database,schema,table\n');
    expect(header.map((r) => (r.kind === 'problem' ? r.problem.message : ''))).toEqual([
      'the header lacks the column "name"',
      'the header has an unknown column "table"',
    ]);
    const ragged = await read(`${HEADER}\na,b\n`);
    expect(ragged[0]).toMatchObject({
      kind: 'problem',
      problem: { line: 2, message: expect.stringContaining('not valid CSV') },
    });
  });
});

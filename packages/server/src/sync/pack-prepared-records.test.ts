import { expect, test } from 'vitest';
import { packPreparedRecords, unpackPreparedRecords } from './pack-prepared-records.js';
import { prepareRecord } from './prepared-record.js';
import type { PreparedRecord } from './sync-types.js';

const origin = (line: number) => ({ file: 'f.jsonl', line });

test('prepared records come out of a packed batch exactly as they went in', () => {
  const records: PreparedRecord[] = [
    prepareRecord(
      {
        kind: 'resource',
        origin: origin(1),
        value: {
          entity_type: 'table',
          databuilder_id: 'db.s.t',
          parent_databuilder_id: 'db.s',
          title: 'Orders',
          native_type: 'view',
          schema: 's',
          database: 'db',
          group: 'g',
          product: 'p',
          description: 'All "orders" ☃\n',
          definition: 'select 1',
          owners: ['a@example.com', 'b@example.com'],
          external_updated_at: '2026-01-01T00:00:00Z',
          hidden: true,
        },
      },
      'always',
    ),
    prepareRecord(
      {
        kind: 'resource',
        origin: origin(2),
        value: {
          entity_type: 'column',
          databuilder_id: 'db.s.t.c',
          parent_databuilder_id: 'db.s.t',
          title: 'C',
          type: 'int',
          sort_order: 0,
          is_pk: true,
        },
      },
      'smart',
    ),
    prepareRecord(
      {
        kind: 'lineage',
        origin: origin(3),
        value: {
          from_identifier: { type: 'tables_from_query', sql: 'select * from a.b join c using (x)' },
          to_identifier: { type: 'internal_resource', databuilder_id: 'db.s.t' },
        },
      },
      'smart',
    ),
    prepareRecord({ kind: 'lineage', origin: origin(4), value: { from_identifier: {} } }, 'smart'),
  ];
  expect(records.map((r) => r.kind)).toEqual(['resource', 'resource', 'lineage', 'invalid']);
  const problem = { file: 'f.jsonl', line: 5, field: '', message: 'is not valid JSON' };
  const unpacked = unpackPreparedRecords(packPreparedRecords([...records, problem]), 'f.jsonl');
  expect(unpacked).toEqual([
    ...records.map((value) => ({ kind: 'prepared', value })),
    { kind: 'problem', problem },
  ]);
});

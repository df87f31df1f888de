import { expect, test } from 'vitest';
import { extractQueryTables, scanQueryTables } from './extract-query-tables.js';

test('the SQL lineage engine finds the tables a query reads, with their qualification', () => {
  const sql = `with recent as (select * from shop.public.orders where day > now() - 1)
    select * from recent r join customers c on c.id = r.customer_id left join analytics.events e on e.id = r.id`;
  expect(extractQueryTables(sql)).toEqual(
    expect.arrayContaining([
      { table: 'orders', schema: 'public', database: 'shop' },
      { table: 'customers' },
      { table: 'events', schema: 'analytics' },
    ]),
  );
  expect(extractQueryTables(sql)).toHaveLength(3);
});

test('the fallback scan finds FROM and JOIN tables, skipping CTE names and comments', () => {
  const sql = `with recent as (select * from "Shop".public.orders where day > now() - 1)
    -- from ignored
    select * from recent r join customers c on c.id = r.customer_id
    left join \`analytics\`.events e on e.id = r.id /* from hidden */`;
  expect(scanQueryTables(sql)).toEqual([
    { table: 'orders', schema: 'public', database: 'Shop' },
    { table: 'customers' },
    { table: 'events', schema: 'analytics' },
  ]);
});

test('a query without tables yields none', () => {
  expect(extractQueryTables('select 1')).toEqual([]);
});

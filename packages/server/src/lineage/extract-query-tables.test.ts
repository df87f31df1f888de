import { expect, test } from 'vitest';
import { extractQueryTables } from './extract-query-tables.js';

test('finds FROM and JOIN tables with their qualification, skipping CTE names and comments', () => {
  const sql = `with recent as (select * from "Shop".public.orders where day > now() - 1)
    -- from ignored
    select * from recent r join customers c on c.id = r.customer_id
    left join \`analytics\`.events e on e.id = r.id /* from hidden */`;
  expect(extractQueryTables(sql)).toEqual([
    { table: 'orders', schema: 'public', database: 'Shop' },
    { table: 'customers' },
    { table: 'events', schema: 'analytics' },
  ]);
});

test('a query without tables yields none', () => {
  expect(extractQueryTables('select 1')).toEqual([]);
});

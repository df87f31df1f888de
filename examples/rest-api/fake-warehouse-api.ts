import { type LocalHttpServer, sendJson, startLocalHttpServer } from '@sextant/sdk/testing';

/** The token the fake accepts. */
export const FAKE_WAREHOUSE_TOKEN = 'wh-token-1';

const column = (name: string, type: string, primary_key = false) => ({
  name,
  type,
  description: null,
  primary_key,
});

/** Five tables; `orders_daily` (page 3) reads `orders` (page 1) and an external `stripe.charges`. */
const TABLES = [
  {
    id: 't1',
    database: 'shop',
    schema: 'public',
    name: 'orders',
    kind: 'table',
    description: 'One row per order',
    updated_at: '2024-05-01T00:00:00Z',
    columns: [column('id', 'bigint', true), column('amount', 'numeric')],
    upstream: [],
  },
  {
    id: 't2',
    database: 'shop',
    schema: 'public',
    name: 'customers',
    kind: 'table',
    description: null,
    updated_at: '2024-05-01T00:00:00Z',
    columns: [column('id', 'bigint', true)],
    upstream: [],
  },
  {
    id: 't3',
    database: 'shop',
    schema: 'staging',
    name: 'raw_events',
    kind: 'table',
    description: null,
    updated_at: '2024-05-02T00:00:00Z',
    columns: [],
    upstream: [],
  },
  {
    id: 't4',
    database: 'analytics',
    schema: 'marts',
    name: 'customer_orders',
    kind: 'view',
    description: null,
    updated_at: '2024-05-03T00:00:00Z',
    columns: [column('customer_id', 'bigint')],
    upstream: [{ database: 'shop', schema: 'public', name: 'customers' }],
  },
  {
    id: 't5',
    database: 'analytics',
    schema: 'marts',
    name: 'orders_daily',
    kind: 'view',
    description: 'Orders per day',
    updated_at: '2024-05-03T00:00:00Z',
    columns: [column('day', 'date'), column('amount', 'numeric')],
    upstream: [
      { database: 'shop', schema: 'public', name: 'orders' },
      { database: 'payments', schema: 'stripe', name: 'charges' },
    ],
  },
];

/**
 * A local REST API paging through {@link TABLES} with an opaque cursor (the row offset, base64) and
 * `limit`, behind a bearer token: the shapes the rest-api example reads.
 */
export function startFakeWarehouseApi(): Promise<LocalHttpServer> {
  return startLocalHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.headers.authorization !== `Bearer ${FAKE_WAREHOUSE_TOKEN}`) {
      return sendJson(response, 401, { message: 'invalid token' });
    }
    if (url.pathname !== '/v1/tables') return sendJson(response, 404, { message: 'not found' });
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const cursor = url.searchParams.get('cursor');
    const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) : 0;
    const end = offset + limit;
    sendJson(response, 200, {
      data: TABLES.slice(offset, end),
      next_cursor: end < TABLES.length ? Buffer.from(String(end)).toString('base64url') : null,
    });
  });
}

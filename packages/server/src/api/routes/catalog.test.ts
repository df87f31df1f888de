import { beforeAll, expect, test } from 'vitest';
import { seedIntegration, seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

forEachApp('catalog search', (t) => {
  const ids: Record<string, string> = {};
  let integrationId: string;

  // Created in this order, one millisecond apart at least, so "newest first" is a known order.
  beforeAll(async () => {
    const { store, workspaceId, otherWorkspaceId } = t();
    integrationId = await seedIntegration(store.db, { workspaceId });
    const rows = [
      { key: 'shop', entity_type: 'database', title: 'shop', integration_id: integrationId },
      {
        key: 'public',
        entity_type: 'schema',
        title: 'public',
        parent: 'shop',
        integration_id: integrationId,
      },
      {
        key: 'orders',
        entity_type: 'table',
        title: 'Orders',
        parent: 'public',
        description: 'All orders',
        owners: JSON.stringify(['a@example.com']),
        verified: 1,
        pii: 1,
        database_name: 'shop',
        schema_name: 'public',
        external_usage: 10,
        integration_id: integrationId,
      },
      { key: 'customers', entity_type: 'table', title: 'customers', parent: 'public', external_usage: 50 },
      { key: 'line_items', entity_type: 'table', title: 'line_items', parent: 'public', internal_usage: 5 },
      { key: 'stale_items', entity_type: 'table', title: 'order_items', parent: 'public', stale: 1 },
      { key: 'id', entity_type: 'column', title: 'id', parent: 'orders', type: 'integer' },
      { key: 'sales', entity_type: 'dashboard', title: 'Sales 100%', native_type: 'looker' },
    ] as const;
    for (const row of rows) {
      const { key, parent, ...columns } = row as typeof row & { parent?: string };
      await new Promise((resolve) => setTimeout(resolve, 2));
      ids[key] = await seedResource(store.db, {
        ...columns,
        workspace_id: workspaceId,
        parent_id: parent ? ids[parent] : null,
      });
    }
    await seedResource(store.db, { workspace_id: otherWorkspaceId, entity_type: 'table', title: 'Orders' });
  });

  async function search(
    query: { filter?: unknown; sort?: unknown; page?: number; page_size?: number },
    role = 'viewer',
  ) {
    const params = new URLSearchParams();
    if (query.filter !== undefined)
      params.set('filter', typeof query.filter === 'string' ? query.filter : JSON.stringify(query.filter));
    if (query.sort !== undefined)
      params.set('sort', typeof query.sort === 'string' ? query.sort : JSON.stringify(query.sort));
    if (query.page !== undefined) params.set('page', String(query.page));
    if (query.page_size !== undefined) params.set('page_size', String(query.page_size));
    return t().app.inject({
      method: 'GET',
      url: `/api/v1/resource/catalog?${params}`,
      headers: t().as(role as 'viewer'),
    });
  }

  async function keysOf(query: Parameters<typeof search>[0]): Promise<string[]> {
    const res = await search(query);
    expect(res.statusCode, res.body).toBe(200);
    const byId = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
    return res.json().results.map((r: { id: string }) => byId[r.id] ?? `foreign:${r.id}`);
  }

  const leaf = (operator: string, field: string, value?: unknown) => ({ operator, field, value });

  test('without a filter: every live resource of the workspace, newest first, stale ones left out', async () => {
    expect(await keysOf({})).toEqual(['sales', 'id', 'line_items', 'customers', 'orders', 'public', 'shop']);
  });

  test('exact, in, contains (case-insensitive, wildcards taken literally) and is_set', async () => {
    expect(await keysOf({ filter: leaf('exact', 'entity_type', 'table') })).toEqual([
      'line_items',
      'customers',
      'orders',
    ]);
    expect(await keysOf({ filter: leaf('in', 'entity_type', ['database', 'dashboard']) })).toEqual([
      'sales',
      'shop',
    ]);
    expect(await keysOf({ filter: leaf('contains', 'title', 'ORD') })).toEqual(['orders']);
    expect(await keysOf({ filter: leaf('contains', 'title', '_') })).toEqual(['line_items']);
    expect(await keysOf({ filter: leaf('contains', 'title', '100%') })).toEqual(['sales']);
    expect(await keysOf({ filter: leaf('is_set', 'description') })).toEqual(['orders']);
    expect(await keysOf({ filter: leaf('is_set', 'native_type', false) })).not.toContain('sales');
    expect(await keysOf({ filter: leaf('exact', 'parent_id', ids.orders) })).toEqual(['id']);
    expect(await keysOf({ filter: leaf('exact', 'integration', integrationId) })).toEqual([
      'orders',
      'public',
      'shop',
    ]);
  });

  test('booleans, owners membership and the table name fields', async () => {
    expect(await keysOf({ filter: leaf('exact', 'verified', true) })).toEqual(['orders']);
    expect(await keysOf({ filter: leaf('exact', 'pii', false) })).not.toContain('orders');
    expect(await keysOf({ filter: leaf('exact', 'owners', 'a@example.com') })).toEqual(['orders']);
    expect(await keysOf({ filter: leaf('exact', 'owners', 'a@example') })).toEqual([]);
    expect(await keysOf({ filter: leaf('contains', 'owners', 'a@ex') })).toEqual(['orders']);
    expect(await keysOf({ filter: leaf('is_set', 'owners') })).toEqual(['orders']);
    expect(await keysOf({ filter: leaf('exact', 'database', 'shop') })).toEqual(['orders']);
  });

  test('numbers compare as integers of any width; fractions are refused', async () => {
    expect(await keysOf({ filter: leaf('exact', 'sort_order', 2 ** 40) })).toEqual([]);
    expect(await keysOf({ filter: leaf('in', 'external_usage', [10, 50]) })).toEqual(['customers', 'orders']);
    expect(await keysOf({ filter: leaf('is_set', 'row_count') })).toEqual([]);
    const fraction = await search({ filter: leaf('exact', 'sort_order', 1.5) });
    expect(fraction.statusCode).toBe(400);
    expect(fraction.json().error.code).toBe('invalid_filter');
  });

  test('and, or, not combine', async () => {
    const tables = leaf('exact', 'entity_type', 'table');
    expect(
      await keysOf({
        filter: {
          operator: 'and',
          operands: [tables, { operator: 'not', operands: [leaf('contains', 'title', 'o')] }],
        },
      }),
    ).toEqual(['line_items']);
    expect(
      await keysOf({
        filter: { operator: 'or', operands: [leaf('exact', 'title', 'shop'), leaf('exact', 'title', 'id')] },
      }),
    ).toEqual(['id', 'shop']);
  });

  test('naming stale in the filter opens the archive view', async () => {
    expect(await keysOf({ filter: leaf('exact', 'stale', true) })).toEqual(['stale_items']);
    const both = await keysOf({
      filter: {
        operator: 'and',
        operands: [leaf('contains', 'title', 'items'), leaf('in', 'stale', [true, false])],
      },
    });
    expect(both).toEqual(['stale_items', 'line_items']);
  });

  test('sort by title (case-insensitive), by usage, and by name fields', async () => {
    const tables = leaf('exact', 'entity_type', 'table');
    expect(await keysOf({ filter: tables, sort: { field: 'title', order: 'asc' } })).toEqual([
      'customers',
      'line_items',
      'orders',
    ]);
    expect(await keysOf({ filter: tables, sort: { field: 'total_usage', order: 'desc' } })).toEqual([
      'customers',
      'orders',
      'line_items',
    ]);
    expect(await keysOf({ filter: tables, sort: { field: 'created_at', order: 'asc' } })).toEqual([
      'orders',
      'customers',
      'line_items',
    ]);
  });

  test('type means the entity type (Secoda docs), data_type the column type; sort takes a tie_breaker', async () => {
    const byType = await keysOf({ filter: leaf('exact', 'type', 'table') });
    expect(byType).toEqual(await keysOf({ filter: leaf('exact', 'entity_type', 'table') }));
    expect(byType.sort()).toEqual(['customers', 'line_items', 'orders']);
    expect(await keysOf({ filter: leaf('in', 'type', ['dashboard', 'database']) })).toEqual([
      'sales',
      'shop',
    ]);
    expect(await keysOf({ filter: leaf('exact', 'data_type', 'integer') })).toEqual(['id']);
    // Equal on entity_type, the tie breaker orders by title; reversing it reverses the tables only.
    const sort = { field: 'type', order: 'asc', tie_breaker: { field: 'title', order: 'asc' } };
    expect(await keysOf({ sort })).toEqual([
      'id',
      'sales',
      'shop',
      'public',
      'customers',
      'line_items',
      'orders',
    ]);
    const reversed = { ...sort, tie_breaker: { field: 'title', order: 'desc' } };
    expect(await keysOf({ sort: reversed })).toEqual([
      'id',
      'sales',
      'shop',
      'public',
      'orders',
      'line_items',
      'customers',
    ]);
  });

  test('an unknown filter or sort field answers 400 listing the valid ones', async () => {
    const res = await search({ filter: leaf('exact', 'kind', 'table') });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_filter');
    expect(error.message).toContain('valid fields: ');
    expect(error.message).toContain('entity_type');
    expect(error.details.valid_fields).toEqual(expect.arrayContaining(['type', 'entity_type', 'title']));
    const sortRes = await search({ sort: { field: 'title', tie_breaker: { field: 'tags', order: 'asc' } } });
    expect(sortRes.statusCode).toBe(400);
    expect(sortRes.json().error.code).toBe('invalid_sort');
    expect(sortRes.json().error.message).toContain('sort.tie_breaker.field');
    expect(sortRes.json().error.details.valid_fields).toContain('total_usage');
    const extraKey = await search({ sort: { field: 'title', tie_breaker: { field: 'id', by: 'x' } } });
    expect(extraKey.json().error.message).toContain('unknown key "by"');
  });

  test('the list envelope pages with links that keep the filter', async () => {
    const filter = leaf('exact', 'entity_type', 'table');
    const first = await search({ filter, page_size: 2 });
    const body = first.json();
    expect(body).toMatchObject({
      count: 3,
      total_pages: 2,
      meta: { page: 1, previous_page: null, next_page: 2 },
      links: { previous: null },
    });
    expect(body.results).toHaveLength(2);
    const next = new URL(body.links.next);
    expect(next.pathname).toBe('/api/v1/resource/catalog');
    expect(next.searchParams.get('page')).toBe('2');
    expect(JSON.parse(next.searchParams.get('filter')!)).toEqual(filter);
    const second = await t().app.inject({
      method: 'GET',
      url: `${next.pathname}${next.search}`,
      headers: t().as('viewer'),
    });
    expect(second.json()).toMatchObject({
      meta: { page: 2, previous_page: 1, next_page: null },
      links: { next: null },
    });
    expect(second.json().results).toHaveLength(1);
    const beyond = await search({ filter, page: 9, page_size: 2 });
    expect(beyond.json()).toMatchObject({ count: 3, results: [], meta: { next_page: null } });
  });

  test('a bad page size, filter or sort answers 400 naming the problem', async () => {
    for (const bad of [{ page_size: 1001 }, { page: 0 }, { page: 1e20 }]) {
      const res = await search(bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    const cases: Array<[Parameters<typeof search>[0], string, string]> = [
      [{ filter: '{"operator":"exact"' }, 'invalid_filter', 'not valid JSON'],
      [{ filter: leaf('exact', 'secret_column', 'x') }, 'invalid_filter', 'unknown field "secret_column"'],
      [{ filter: leaf('like', 'title', 'x') }, 'invalid_filter', 'unknown operator "like"'],
      [{ sort: { field: 'nope' } }, 'invalid_sort', 'unknown field "nope"'],
      [{ sort: '{' }, 'invalid_sort', 'not valid JSON'],
    ];
    for (const [query, code, message] of cases) {
      const res = await search(query);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toContain(message);
    }
  });

  test('another workspace sees only its own resources', async () => {
    const res = await search({ filter: leaf('contains', 'title', 'orders') }, 'other');
    expect(res.json().results).toHaveLength(1);
    expect(Object.values(ids)).not.toContain(res.json().results[0].id);
  });

  test('no credentials: 401', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/v1/resource/catalog' });
    expect(res.statusCode).toBe(401);
  });
});

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachApp } from '../testing/index.js';

interface ToolAnswer {
  isError?: boolean;
  content: { type: string; text: string }[];
}

/** The JSON a tool answered (its one text item). */
function json(answer: unknown): Record<string, unknown> & { note?: string } {
  const result = answer as ToolAnswer;
  expect(result.isError, result.content[0]?.text).toBeFalsy();
  return JSON.parse(result.content[0]!.text);
}

forEachApp('MCP over streamable HTTP (the SDK client, a real socket)', (t) => {
  let url: URL;
  const clients: Client[] = [];

  async function connect(authorization?: string): Promise<Client> {
    const client = new Client({ name: 'sextant-test', version: '1.0.0' });
    const transport = new StreamableHTTPClientTransport(url, {
      requestInit: { headers: authorization ? { authorization } : {} },
    });
    await client.connect(transport);
    clients.push(client);
    return client;
  }

  let orders: string;
  let column: string;

  beforeAll(async () => {
    const { app } = t();
    const demo = await app.inject({ method: 'POST', url: '/api/v1/demo', headers: t().as('admin') });
    expect(demo.statusCode).toBe(200);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    url = new URL('/mcp', address);
    const table = await t()
      .store.db.selectFrom('resources')
      .select('id')
      .where('workspace_id', '=', t().workspaceId)
      .where('entity_type', '=', 'table')
      .where('title', '=', 'orders')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    orders = table.id;
    const edge = await t()
      .store.db.selectFrom('lineage')
      .innerJoin('resources', 'resources.id', 'lineage.from_resource_id')
      .select('resources.id')
      .where('resources.entity_type', '=', 'column')
      .where('lineage.workspace_id', '=', t().workspaceId)
      .executeTakeFirstOrThrow();
    column = edge.id;
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
  });

  test('lists the five read-only tools; none writes or runs SQL', async () => {
    const client = await connect(t().as('viewer').authorization);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'entity_lineage',
      'glossary',
      'impact',
      'retrieve_entity',
      'search_data_assets',
    ]);
    for (const tool of tools) expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
  });

  test('search, retrieve, lineage (both levels) and impact answer from the catalog', async () => {
    const client = await connect(t().as('viewer').authorization);
    const found = json(await client.callTool({ name: 'search_data_assets', arguments: { query: 'orders' } }));
    expect((found.results as { id: string }[]).map((r) => r.id)).toContain(orders);

    const entity = json(await client.callTool({ name: 'retrieve_entity', arguments: { id: orders } }));
    expect(entity).toMatchObject({ id: orders, title: 'orders', entity_type: 'table' });

    const down = json(
      await client.callTool({
        name: 'entity_lineage',
        arguments: { id: orders, direction: 'downstream', depth: 2 },
      }),
    );
    const nodes = down.nodes as { id: string; side: string }[];
    expect(nodes[0]!.id).toBe(orders);
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.every((node) => node.side !== 'upstream')).toBe(true);

    const columns = json(
      await client.callTool({ name: 'entity_lineage', arguments: { id: column, level: 'column' } }),
    );
    expect(columns.level).toBe('column');
    expect((columns.edges as unknown[]).length).toBeGreaterThan(0);

    const impact = json(await client.callTool({ name: 'impact', arguments: { id: orders } }));
    expect(impact.count as number).toBeGreaterThan(1);
    const cut = json(await client.callTool({ name: 'impact', arguments: { id: orders, limit: 1 } }));
    expect(cut.results).toHaveLength(1);
    expect(cut.note).toBe(
      `truncated: showing 1 of ${impact.count} downstream assets; raise limit or narrow the request to see more`,
    );
  });

  test('glossary: a term with its definition and synonyms, found by a word of it; a viewer never sees a draft', async () => {
    const create = async (payload: Record<string, unknown>) => {
      const res = await t().app.inject({
        method: 'POST',
        url: '/api/v1/glossary/terms',
        headers: t().as('editor'),
        payload,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const net = await create({
      title: 'Net revenue',
      definition: 'Revenue after refunds and discounts.',
      synonyms: ['net sales'],
    });
    const draft = await create({
      title: 'Gross revenue draft',
      definition: 'Not settled yet.',
      published: false,
    });

    const viewer = await connect(t().as('viewer').authorization);
    const found = json(await viewer.callTool({ name: 'glossary', arguments: { query: 'revenue' } }));
    const results = found.results as Array<{ id: string; definition: string; synonyms: string[] }>;
    expect(results.map((term) => term.id)).toEqual([net]);
    expect(results[0]).toMatchObject({
      definition: 'Revenue after refunds and discounts.',
      synonyms: ['net sales'],
    });

    const editor = await connect(t().as('editor').authorization);
    const all = json(await editor.callTool({ name: 'glossary', arguments: {} }));
    expect((all.results as Array<{ id: string }>).map((term) => term.id).sort()).toEqual([net, draft].sort());
  });

  test('tools see only what the key sees: another workspace’s key finds nothing of this one', async () => {
    const client = await connect(t().as('other').authorization);
    const answer = (await client.callTool({
      name: 'retrieve_entity',
      arguments: { id: orders },
    })) as ToolAnswer;
    expect(answer.isError).toBe(true);
    expect(answer.content[0]!.text).toMatch(/HTTP 404/);
    const found = json(await client.callTool({ name: 'search_data_assets', arguments: { query: 'orders' } }));
    expect(found.count).toBe(0);
  });

  test('without a key, or with a bad one, the endpoint answers 401; a body that is not JSON-RPC, 400', async () => {
    await expect(connect()).rejects.toThrow(/authentication_required/);
    const bad = await fetch(url, {
      method: 'POST',
      headers: { authorization: 'Bearer sxt_not-a-real-key', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(bad.status).toBe(401);
    const raw = await fetch(url, {
      method: 'POST',
      headers: { ...t().as('viewer'), 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ hello: 'world' }),
    });
    expect(raw.status).toBe(400);
    expect((await raw.json()).error.code).toBe('invalid_request');
  });
});

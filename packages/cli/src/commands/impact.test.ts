import { PassThrough } from 'node:stream';
import { createTestApp, type TestApp } from '@sextant/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../run-cli.js';
import { type ImpactFlags, runImpactCommand } from './impact.js';

// A real server on a real socket: shop.raw.orders(id) ──> shop.mart.revenue(id) ──> dashboard "Sales",
// plus a second table named "orders" in another schema to make the bare name ambiguous.
describe('sextant impact', () => {
  let t: TestApp;
  let server: string;
  const ids: Record<string, string> = {};

  const create = async (path: string, payload: Record<string, unknown>) => {
    const res = await t.app.inject({ method: 'POST', url: path, headers: t.as('editor'), payload });
    if (res.statusCode !== 201) throw new Error(`${path}: ${res.body}`);
    return res.json().id as string;
  };
  const lineage = (from: string, to: string) =>
    create('/api/v1/lineage/manual', { from_entity: from, to_entity: to, direction: 'DOWNSTREAM' });

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    server = await t.app.listen({ port: 0, host: '127.0.0.1' });
    ids.db = await create('/api/v1/database/databases', { title: 'shop' });
    for (const schema of ['raw', 'mart', 'archive']) {
      ids[schema] = await create('/api/v1/database/schemas', { title: schema, parent: ids.db });
    }
    ids.orders = await create('/api/v1/table/tables', { title: 'Orders', parent: ids.raw });
    ids.oldOrders = await create('/api/v1/table/tables', { title: 'orders', parent: ids.archive });
    ids.revenue = await create('/api/v1/table/tables', { title: 'revenue', parent: ids.mart });
    ids.ordersId = await create('/api/v1/table/columns', { title: 'id', parent: ids.orders });
    ids.revenueId = await create('/api/v1/table/columns', { title: 'id', parent: ids.revenue });
    ids.group = await create('/api/v1/dashboard/dashboards', { title: 'Sales' });
    await lineage(ids.orders!, ids.revenue!);
    await lineage(ids.ordersId!, ids.revenueId!);
    await lineage(ids.revenue!, ids.group!);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  async function run(target: string, flags: ImpactFlags = {}): Promise<string> {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk) => chunks.push(chunk));
    await runImpactCommand(target, { server, ...flags }, { env: { SEXTANT_API_KEY: t.keys.viewer }, stdout });
    return Buffer.concat(chunks).toString('utf8');
  }

  it('lists what is downstream of a table given by a qualified name, case-insensitively', async () => {
    const out = await run('SHOP.raw.orders');
    expect(out).toBe(
      [
        'downstream of shop.raw.Orders (table): 2 assets',
        '   1  table      shop.mart.revenue',
        '   2  dashboard  Sales',
        '',
      ].join('\n'),
    );
  });

  it('follows a column through column lineage; --json and --csv print the API answers', async () => {
    const json = JSON.parse(await run('raw.orders.id', { json: true }));
    expect(json.level).toBe('column');
    expect(json.results.map((r: { id: string; distance: number }) => [r.id, r.distance])).toEqual([
      [ids.revenueId, 1],
    ]);
    const csv = await run(ids.orders!, { csv: true, type: 'dashboard' });
    expect(csv.split('\n')[0]).toMatch(/^distance,id,entity_type,title,title_full/);
    expect(csv.trim().split('\n').slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^2,${ids.group},dashboard,Sales,`)),
    ]);
  });

  it('unknown and ambiguous names are user errors naming the problem', async () => {
    await expect(run('orders')).rejects.toThrow(UserError);
    await expect(run('orders')).rejects.toThrow(/"orders" is ambiguous: 2 matches/);
    // Each candidate comes with its id, so the user can pass one.
    await expect(run('orders')).rejects.toThrow(
      /pass one of these ids:\n {2}[0-9a-f-]{36} {2}\S*orders.*\n {2}[0-9a-f-]{36} {2}\S*orders/i,
    );
    await expect(run('raw.nothing')).rejects.toThrow(/no table or column named "raw.nothing"/);
    await expect(run('raw.orders.nope')).rejects.toThrow(/has no column "nope"/);
    await expect(runImpactCommand('x', { server }, { env: {}, stdout: new PassThrough() })).rejects.toThrow(
      /SEXTANT_API_KEY/,
    );
  });
});

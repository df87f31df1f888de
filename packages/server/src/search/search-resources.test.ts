import { beforeAll, describe, expect, test } from 'vitest';
import type { AuthContext } from '../auth/authenticate.js';
import { createManualResource } from '../catalog/create-resource.js';
import { deleteResource } from '../catalog/delete-resource.js';
import { updateResource } from '../catalog/update-resource.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { createUser } from '../store/accounts/index.js';
import { rebuildSearchIndex } from '../store/search/index.js';
import { applySync } from '../sync/index.js';
import { createSyncTarget, forEachBackend, runRecords } from '../testing/index.js';
import { type SearchRequest, searchResources } from './search-resources.js';

const table = (id: string, title: string, more: Record<string, unknown> = {}) => ({
  entity_type: 'table',
  databuilder_id: id,
  title,
  schema: 'mart',
  database: 'shop',
  ...more,
});

/** A small shop: the ranking cases of DESIGN §4 side by side. */
const SHOP = [
  table('orders', 'orders', { description: 'One row per order' }),
  table('orders_daily', 'orders_daily', { description: 'Orders per day' }),
  table('customer_orders', 'customer_orders', { description: 'Orders of each customer' }),
  table('payments', 'payments', { description: 'Payments of orders by card' }),
  table('refunds', 'refunds', {
    description: 'Money back',
    definition: '# Refunds\nSee the orders they refer to.',
  }),
  table('raw_customers', 'raw_customers', { schema: 'raw', owners: ['ada@example.com'] }),
  table('stg_customers', 'stg_customers', {
    schema: 'staging',
    owners: ['ada@example.com', 'bob@example.com'],
  }),
  {
    entity_type: 'column',
    databuilder_id: 'orders.order_id',
    parent_databuilder_id: 'orders',
    title: 'order_id',
  },
];

forEachBackend('search', (store) => {
  let workspaceId: string;
  let integrationId: string;
  let auth: AuthContext;
  const search = (q: string | undefined, more: Partial<SearchRequest> = {}) =>
    searchResources(store(), {
      workspaceId,
      q,
      filters: {},
      archive: false,
      page: { limit: 50, offset: 0 },
      ...more,
    });
  const titles = async (q: string, more: Partial<SearchRequest> = {}) =>
    (await search(q, more)).results.map((hit) => hit.title);
  const idOf = async (title: string) =>
    (
      await store()
        .db.selectFrom('resources')
        .select('id')
        .where('title', '=', title)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    ({ workspaceId, integrationId } = await createSyncTarget(store()));
    auth = { workspaceId, userId: newId(), role: 'admin', via: 'session', apiKeyId: null };
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords({ resources: SHOP }) });
  });

  test('ranks exact title, title prefix, phrase in title, phrase in description, then documentation', async () => {
    // order_id: only its path (shop.mart.orders.order_id) has the word; shorter titles first within a tier
    expect(await titles('orders')).toEqual([
      'orders',
      'orders_daily',
      'customer_orders',
      'payments',
      'refunds',
      'order_id',
    ]);
    const result = await search('orders');
    expect(result.results.map((hit) => hit.match)).toEqual([
      'exact_title',
      'title_prefix',
      'title_phrase',
      'description_phrase',
      'text',
      'text',
    ]);
    expect(result.count).toBe(6);
    expect(result.approximate).toBe(false);
  });

  test('finds a resource by the words of its full path, below the text tiers', async () => {
    expect(await titles('staging')).toEqual(['stg_customers']);
    expect((await search('shop staging')).results[0]?.match).toBe('text');
  });

  test('follows each keystroke: the last word matches as a prefix', async () => {
    expect(await titles('ord')).toEqual(expect.arrayContaining(['orders', 'orders_daily', 'order_id']));
    expect((await titles('ord'))[0]).toBe('orders');
    expect(await titles('customer ord')).toEqual(['customer_orders']);
    expect(await titles('refe')).toEqual(['refunds']);
  });

  test('verified and usage lift a resource within its tier', async () => {
    await updateResource(store(), { auth, id: await idOf('stg_customers'), patch: { verified: true } });
    expect(await titles('customers')).toEqual(['stg_customers', 'raw_customers']);
    await store()
      .db.updateTable('resources')
      .set({ external_usage: 100 })
      .where('title', '=', 'raw_customers')
      .execute();
    // verified outranks usage
    expect(await titles('customers')).toEqual(['stg_customers', 'raw_customers']);
    await updateResource(store(), { auth, id: await idOf('stg_customers'), patch: { verified: false } });
    expect(await titles('customers')).toEqual(['raw_customers', 'stg_customers']);
  });

  test('counts facets over the matches and filters by each', async () => {
    const tagId = newId();
    const now = nowIso();
    await store()
      .db.insertInto('tags')
      .values({ id: tagId, workspace_id: workspaceId, name: 'gold', created_at: now, updated_at: now })
      .execute();
    await updateResource(store(), {
      auth,
      id: await idOf('raw_customers'),
      patch: { tags: [tagId], pii: true },
    });
    // An owner who is a user of the workspace shows as the user's name; another stays an email.
    await createUser(store().db, {
      workspaceId,
      email: 'ada@example.com',
      role: 'viewer',
      name: 'Ada Lovelace',
    });
    const { facets } = await search('customers');
    expect(facets.entity_type).toEqual([{ value: 'table', label: 'table', count: 2 }]);
    expect(facets.schema.map((f) => [f.value, f.count])).toEqual([
      ['raw', 1],
      ['staging', 1],
    ]);
    expect(facets.database).toEqual([{ value: 'shop', label: 'shop', count: 2 }]);
    expect(facets.integration).toEqual([
      { value: integrationId, label: expect.stringContaining('integration'), count: 2 },
    ]);
    expect(facets.tag).toEqual([{ value: tagId, label: 'gold', count: 1 }]);
    expect(facets.owner).toEqual([
      { value: 'ada@example.com', label: 'Ada Lovelace', count: 2 },
      { value: 'bob@example.com', label: 'bob@example.com', count: 1 },
    ]);
    expect(facets.pii.map((f) => [f.value, f.count])).toEqual([
      ['false', 1],
      ['true', 1],
    ]);
    expect(facets.verified).toEqual([{ value: 'false', label: 'false', count: 2 }]);

    expect(await titles('customers', { filters: { tagIds: [tagId] } })).toEqual(['raw_customers']);
    expect(await titles('customers', { filters: { owners: ['bob@example.com'] } })).toEqual([
      'stg_customers',
    ]);
    expect(await titles('customers', { filters: { schemas: ['staging'] } })).toEqual(['stg_customers']);
    expect(await titles('customers', { filters: { pii: true } })).toEqual(['raw_customers']);
    expect(await titles('customers', { filters: { verified: true } })).toEqual([]);
    expect(await titles('ord', { filters: { entityTypes: ['column'] } })).toEqual(['order_id']);
    expect(await titles('ord', { filters: { databases: ['elsewhere'] } })).toEqual([]);
    expect(
      await titles('ord', { filters: { integrationIds: [integrationId], entityTypes: ['table'] } }),
    ).toContain('orders');
  });

  test('text that is FTS syntax is taken as words, never as syntax', async () => {
    for (const q of [
      '"orders',
      'orders*',
      '-orders',
      'orders NEAR payments',
      'NEAR(orders',
      '(orders',
      'orders)',
      'title:orders',
      "o'rders & | ! <-> :*",
      'orders\u0000',
      '***',
      '"',
      'AND OR NOT',
      '^orders',
      '{title}: orders',
    ]) {
      await expect(search(q), q).resolves.toBeDefined();
    }
    expect(await titles('"orders"')).toEqual(await titles('orders'));
    expect(await titles('orders\u0000')).toContain('orders');
    expect(await titles('(customer) -orders*')).toEqual(['customer_orders']);
  });

  test('stale resources only in the archive view, and back when the source brings them back', async () => {
    const without = SHOP.filter((r) => r.databuilder_id !== 'payments');
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords({ resources: without }) });
    expect(await titles('payments')).toEqual([]);
    expect(await titles('payments', { archive: true })).toEqual(['payments']);
    expect(await titles('orders', { archive: true })).toEqual(['payments']);
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords({ resources: SHOP }) });
    expect(await titles('payments')).toEqual(['payments']);
    expect(await titles('payments', { archive: true })).toEqual([]);
  });

  test('another workspace sees none of it', async () => {
    const other = await createSyncTarget(store());
    await applySync(store(), {
      integrationId: other.integrationId,
      source: 'jsonl',
      records: runRecords({ resources: [table('orders', 'orders_elsewhere')] }),
    });
    expect(await titles('orders')).not.toContain('orders_elsewhere');
    const theirs = await searchResources(store(), {
      workspaceId: other.workspaceId,
      q: 'orders',
      filters: {},
      archive: false,
      page: { limit: 50, offset: 0 },
    });
    expect(theirs.results.map((hit) => hit.title)).toEqual(['orders_elsewhere']);
    expect(theirs.facets.integration.map((f) => f.value)).toEqual([other.integrationId]);
  });

  describe('the index keeps in step', () => {
    test('with a sync that changes a description', async () => {
      expect(await titles('parcels')).toEqual([]);
      const changed = SHOP.map((r) =>
        r.databuilder_id === 'refunds' ? { ...r, description: 'Money back for returned parcels' } : r,
      );
      await applySync(store(), {
        integrationId,
        source: 'jsonl',
        records: runRecords({ resources: changed }),
      });
      expect(await titles('parcels')).toEqual(['refunds']);
      expect(await titles('money back')).toEqual(['refunds']);
    });

    test('with a dry run, which changes nothing', async () => {
      const changed = SHOP.map((r) =>
        r.databuilder_id === 'orders' ? { ...r, description: 'zeppelin' } : r,
      );
      await applySync(store(), {
        integrationId,
        source: 'jsonl',
        records: runRecords({ resources: changed }),
        dryRun: true,
      });
      expect(await titles('zeppelin')).toEqual([]);
    });

    test('with a user editing a description and documentation', async () => {
      await updateResource(store(), {
        auth,
        id: await idOf('payments'),
        patch: { description: 'Card settlements', definition: 'Reconciled nightly by treasury' },
      });
      expect(await titles('settlements')).toEqual(['payments']);
      expect(await titles('treasury')).toEqual(['payments']);
      expect(await titles('Payments of orders')).toEqual([]);
    });

    test('with a user changing owners and flags (facet filters follow at once)', async () => {
      const id = await idOf('orders_daily');
      expect(await titles('orders', { filters: { owners: ['zoë@example.com'] } })).toEqual([]);
      await updateResource(store(), { auth, id, patch: { owners: ['zoë@example.com'], pii: true } });
      expect(await titles('orders', { filters: { owners: ['zoë@example.com'] } })).toEqual(['orders_daily']);
      expect(await titles('', { filters: { owners: ['zoë@example.com'], pii: true } })).toEqual([
        'orders_daily',
      ]);
      await updateResource(store(), { auth, id, patch: { owners: [], pii: false } });
      expect(await titles('orders', { filters: { owners: ['zoë@example.com'] } })).toEqual([]);
      expect(await titles('orders', { filters: { pii: true } })).toEqual([]);
    });

    test('with hand-made resources, renamed and deleted', async () => {
      const created = await createManualResource(store(), {
        auth,
        entityType: 'dashboard_group',
        input: { title: 'Finance board', description: 'Quarterly revenue' },
      });
      expect(await titles('revenue')).toEqual(['Finance board']);
      await updateResource(store(), { auth, id: created.id, patch: { title: 'Treasury board' } });
      expect(await titles('finance')).toEqual([]);
      expect(await titles('treasury')).toEqual(['Treasury board', 'payments']);
      await deleteResource(store(), { auth, id: created.id });
      expect(await titles('treasury')).toEqual(['payments']);
      // A new resource may take the deleted one's SQLite rowid: it must not inherit its words.
      await createManualResource(store(), { auth, entityType: 'dashboard_group', input: { title: 'Ops' } });
      expect(await titles('treasury')).toEqual(['payments']);
      expect(await titles('ops')).toEqual(['Ops']);
      // The same for a sync's new resources, which it indexes by their rowids as one range.
      const gone = await createManualResource(store(), {
        auth,
        entityType: 'dashboard_group',
        input: { title: 'Auditing board' },
      });
      await deleteResource(store(), { auth, id: gone.id });
      const ledger = await createSyncTarget(store(), { workspaceId: auth.workspaceId });
      await applySync(store(), {
        integrationId: ledger.integrationId,
        source: 'jsonl',
        records: runRecords({ resources: [table('ledger', 'ledger'), table('journal', 'journal')] }),
      });
      expect(await titles('auditing')).toEqual([]);
      expect(await titles('ledger')).toEqual(['ledger']);
      expect(await titles('journal')).toEqual(['journal']);
    });

    test('the incremental index answers as a rebuilt one does', async () => {
      const queries = ['orders', 'ord', 'customers', 'treasury', 'money back', 'ops', 'c'];
      const before = await Promise.all(queries.map((q) => titles(q)));
      await rebuildSearchIndex(store().db, store().flags);
      expect(await Promise.all(queries.map((q) => titles(q)))).toEqual(before);
    });
  });

  test('an empty query lists the scope (newest first within equal rank) with its facets', async () => {
    const result = await search('', { filters: { entityTypes: ['column'] } });
    expect(result.results.map((hit) => hit.title)).toEqual(['order_id']);
    expect(result.facets.entity_type).toEqual([{ value: 'column', label: 'column', count: 1 }]);
  });

  test('pages through the ranked hits', async () => {
    const all = await titles('orders');
    const second = await search('orders', { page: { limit: 2, offset: 2 } });
    expect(second.results.map((hit) => hit.title)).toEqual(all.slice(2, 4));
    expect(second.count).toBe(all.length);
  });

  test('stops gathering once title matches fill the page: lower tiers are skipped, and the answer says so', async () => {
    const crowd = await createSyncTarget(store());
    const widgets = Array.from({ length: 120 }, (_, i) => table(`w${i}`, `widget_${i}`));
    const described = table('gadget', 'gadget', { description: 'Not a widget at all' });
    await applySync(store(), {
      integrationId: crowd.integrationId,
      source: 'jsonl',
      records: runRecords({ resources: [...widgets, described] }),
    });
    const result = await searchResources(store(), {
      workspaceId: crowd.workspaceId,
      q: 'widget',
      filters: {},
      archive: false,
      page: { limit: 50, offset: 0 },
    });
    expect(result.count).toBe(120);
    expect(result.approximate).toBe(true);
    expect(result.results.every((hit) => hit.match === 'title_prefix')).toBe(true);
    // Asked for a page beyond what the titles gave, the search goes on to the other tiers.
    const deeper = await searchResources(store(), {
      workspaceId: crowd.workspaceId,
      q: 'widget',
      filters: {},
      archive: false,
      page: { limit: 50, offset: 100 },
    });
    expect(deeper.count).toBe(121);
    expect(deeper.results.at(-1)?.title).toBe('gadget');
  });
});

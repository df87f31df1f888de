import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SearchRequest, searchResources } from '../../search/search-resources.js';
import { applySync } from '../../sync/index.js';
import { createSyncTarget, runRecords } from '../../testing/index.js';
import { createTestStore, type TestStore, testBackends } from '../../testing/test-stores.js';
import { rebuildSearchIndex } from './index.js';

/*
 * The two engines (sqlite-fts5, pg-tsvector) on the same catalog answer the same query set with the same ranked
 * resources, count and facets. The catalog is small enough that no tier stops at its limit, where the two may
 * gather different subsets by design.
 */

const NOUNS = ['customer', 'order', 'payment', 'refund', 'invoice', 'shipment', 'revenue', 'campaign'];
const LAYERS = ['raw', 'stg', 'fct', 'dim'];
const OWNERS = ['ada@example.com', 'bob@example.com', 'zoë@example.com'];

/** Two databases, four schemas, 48 tables with 3 columns each; titles unique so that ties never reach the id. */
function catalog(): unknown[] {
  const records: unknown[] = [];
  for (let t = 0; t < 48; t++) {
    const [a, b] = [NOUNS[t % NOUNS.length]!, NOUNS[(t * 3 + 1) % NOUNS.length]!];
    const schema = LAYERS[t % LAYERS.length]!;
    const database = t % 2 === 0 ? 'shop' : 'ledger';
    const title = `${schema}_${a}_${b}_${t}`;
    records.push({
      entity_type: 'table',
      databuilder_id: `t${t}`,
      title,
      schema,
      database,
      description: `${a} ${b} records from ${t % 3 === 0 ? 'Stripe' : 'Shopify'}, one row per ${a}`,
      definition: t % 5 === 0 ? `# ${title}\nBuilt nightly from the ${b} feed.` : undefined,
      owners: t % 4 === 0 ? [OWNERS[t % OWNERS.length]] : undefined,
    });
    for (const [c, column] of [`${a}_id`, 'created_at', `${b}_amount`].entries()) {
      records.push({
        entity_type: 'column',
        databuilder_id: `t${t}.c${c}`,
        parent_databuilder_id: `t${t}`,
        title: `${column}_${t}`,
        description: c === 2 ? `The ${b} amount of the ${a}` : undefined,
      });
    }
  }
  return records;
}

const QUERIES: { q?: string; filters?: SearchRequest['filters'] }[] = [
  ...['c', 'cu', 'cust', 'customer', 'customer_', 'customer_i', 're', 'rev', 'stg_ord'].map((q) => ({ q })),
  ...[
    'order',
    'payment id',
    'stripe',
    'fct_pay',
    'created at',
    'nightly feed',
    'ledger',
    'nothing_like_this',
  ].map((q) => ({ q })),
  { q: 'customer', filters: { entityTypes: ['table'] } },
  { q: 'refund', filters: { schemas: ['dim'] } },
  { q: 'pay', filters: { verified: true } },
  { q: 'order', filters: { owners: ['bob@example.com'] } },
  { q: 'amount', filters: { entityTypes: ['column'], pii: false } },
  { q: 'customer', filters: { databases: ['ledger'], schemas: ['stg', 'dim'] } },
  { q: 'raw', filters: { owners: ['zoë@example.com'] } },
  { q: '', filters: { entityTypes: ['table'], pii: true } },
  { q: '', filters: {} },
];

if (testBackends().includes('postgres')) {
  describe('search engines: sqlite-fts5 and pg-tsvector agree', () => {
    const stores: { store: TestStore; workspaceId: string }[] = [];

    beforeAll(async () => {
      for (const backend of ['sqlite', 'postgres'] as const) {
        const store = await createTestStore(backend);
        const { workspaceId, integrationId } = await createSyncTarget(store);
        await applySync(store, {
          integrationId,
          source: 'jsonl',
          records: runRecords({ resources: catalog() }),
        });
        // Users' marks (through PATCH in real use), set in bulk here and indexed in one pass.
        await store.db
          .updateTable('resources')
          .set({ verified: 1 })
          .where('title', 'like', '%pay%')
          .execute();
        await store.db.updateTable('resources').set({ pii: 1 }).where('title', 'like', 'raw%').execute();
        await store.db
          .updateTable('resources')
          .set({ external_usage: 7 })
          .where('title', 'like', '%_1%')
          .execute();
        await rebuildSearchIndex(store.db, store.flags, { workspaceId });
        stores.push({ store, workspaceId });
      }
    });
    afterAll(async () => {
      for (const { store } of stores) await store.dispose();
    });

    test('each engine is the one its backend chose when the store opened', () => {
      expect(stores.map(({ store }) => store.flags.searchEngine.name)).toEqual([
        'sqlite-fts5',
        'pg-tsvector',
      ]);
    });

    test.each(QUERIES.map((query) => [JSON.stringify(query), query] as const))(
      'same ranked resources, count and facets for %s',
      async (_, query) => {
        const [sqlite, postgres] = await Promise.all(
          stores.map(async ({ store, workspaceId }) => {
            const result = await searchResources(store, {
              workspaceId,
              filters: {},
              archive: false,
              page: { limit: 200, offset: 0 },
              ...query,
            });
            const ids = new Map(
              (await store.db.selectFrom('resources').select(['id', 'databuilder_id']).execute()).map(
                (row) => [row.id, row.databuilder_id],
              ),
            );
            return {
              ranked: result.results.map((hit) => `${ids.get(hit.id)} ${hit.match}`),
              count: result.count,
              approximate: result.approximate,
              // The integration's id (and so its default label) is each store's own.
              facets: { ...result.facets, integration: result.facets.integration.map((f) => f.count) },
            };
          }),
        );
        expect(postgres).toEqual(sqlite);
        // Every query but the deliberate miss finds something, so the comparison is not of two empty lists.
        if (query.q !== 'nothing_like_this')
          expect(sqlite!.ranked, JSON.stringify(sqlite!.facets)).not.toEqual([]);
      },
    );
  });
}

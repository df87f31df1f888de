import type { Resource } from '@sextant/sdk';
import { expect, test } from 'vitest';
import { applySync } from '../../sync/index.js';
import { createSyncTarget, forEachBackend, runRecords } from '../../testing/index.js';
import { executeSql, selectSql } from '../sync/raw-sql.js';
import { stageLineageReferences } from '../sync/stage-run-lineage.js';
import { createLineageStage, STAGE_HEALING } from '../sync/staging-tables.js';
import { resolveStagedReferences } from './resolve-staged-references.js';
import { externalReference, type StagedReference } from './staged-reference.js';

/*
 * The reference resolution rules on their own (resolve-staged-references.ts): a staged name finds the live tables
 * of the workspace by name, narrowed by schema and database when given; the most specific candidate wins, another
 * integration's before the declaring one's own, and `to_matches` counts the candidates as good as the winner.
 */

const tableOf = (database: string, schema: string, title: string, columns: string[] = []): Resource[] => [
  { entity_type: 'table', databuilder_id: `${database}.${schema}.${title}`, title, schema, database },
  ...columns.map(
    (column): Resource => ({
      entity_type: 'column',
      databuilder_id: `${database}.${schema}.${title}.${column}`,
      parent_databuilder_id: `${database}.${schema}.${title}`,
      title: column,
    }),
  ),
];

const named = (
  key: string,
  parts: { schema?: string; database?: string; column?: string } = {},
): StagedReference => ({
  kind: parts.column ? 'column' : 'table',
  key,
  schema: parts.schema ?? null,
  database: parts.database ?? null,
  column: parts.column ?? null,
  ref: JSON.stringify({ table: key, ...parts }),
});

forEachBackend('resolveStagedReferences', (store) => {
  /** A workspace with a warehouse, a second warehouse describing one of its tables, and a BI tool that reads. */
  async function workspace() {
    const { workspaceId, integrationId: warehouse } = await createSyncTarget(store());
    const resources = [
      ...tableOf('shop', 'public', 'orders', ['id', 'amount']),
      ...tableOf('shop', 'staging', 'orders', ['id']),
      ...tableOf('ledger', 'public', 'payments', ['id']),
      ...tableOf('ledger', 'public', 'refunds'),
    ];
    await applySync(store(), {
      integrationId: warehouse,
      source: 'jsonl',
      records: runRecords({ resources }),
    });
    // `refunds` leaves the warehouse: stale, so no longer a candidate.
    await applySync(store(), {
      integrationId: warehouse,
      source: 'jsonl',
      records: runRecords({ resources: resources.filter((r) => r.title !== 'refunds') }),
    });
    const { integrationId: mirror } = await createSyncTarget(store(), { workspaceId });
    await applySync(store(), {
      integrationId: mirror,
      source: 'jsonl',
      records: runRecords({ resources: tableOf('ledger', 'public', 'payments') }),
    });
    const { integrationId: bi } = await createSyncTarget(store(), { workspaceId });
    await applySync(store(), {
      integrationId: bi,
      source: 'jsonl',
      records: runRecords({
        resources: [{ entity_type: 'dashboard', databuilder_id: 'd1', title: 'Sales' }],
      }),
    });
    const ids = new Map(
      (
        await store()
          .db.selectFrom('resources')
          .select(['id', 'integration_id', 'databuilder_id'])
          .where('workspace_id', '=', workspaceId)
          .execute()
      ).map((row) => [`${row.integration_id}:${row.databuilder_id}`, row.id]),
    );
    const id = (integrationId: string, databuilderId: string) =>
      ids.get(`${integrationId}:${databuilderId}`)!;
    return { workspaceId, warehouse, mirror, bi, id };
  }

  /** Stages one pair per reference (from the reference to `anchor`), resolves them, and answers each `from` end. */
  async function resolve(
    options: { workspaceId: string; integrationId: string; anchor: string },
    references: StagedReference[],
  ) {
    const { flags } = store();
    return store()
      .db.transaction()
      .execute(async (trx) => {
        await createLineageStage(trx, flags, STAGE_HEALING);
        await stageLineageReferences(trx, flags, {
          stageTable: STAGE_HEALING,
          rows: references.map((from, i) => ({
            edge_id: `e${i}`,
            file: 'lineages.jsonl',
            line: i + 1,
            integration_id: options.integrationId,
            sync_id: 'sync',
            from,
            to: {
              kind: 'resolved',
              key: options.anchor,
              schema: null,
              database: null,
              column: null,
              ref: null,
            },
          })),
        });
        await resolveStagedReferences(trx, flags, {
          stageTable: STAGE_HEALING,
          workspaceId: options.workspaceId,
        });
        const rows = await selectSql<{ from_id: string | null; from_matches: number | null }>(
          trx,
          flags,
          `select from_id, from_matches from ${STAGE_HEALING} order by line`,
        );
        await executeSql(trx, flags, `drop table ${STAGE_HEALING}`);
        return rows.map((row) => ({ id: row.from_id, matches: Number(row.from_matches ?? 0) }));
      });
  }

  test('a name finds the live table; schema and database narrow it; a column is found under its table', async () => {
    const w = await workspace();
    const [payments, stagingOrders, shopOrders, amount, unknown] = await resolve(
      { workspaceId: w.workspaceId, integrationId: w.bi, anchor: w.id(w.bi, 'd1') },
      [
        named('payments', { database: 'ledger' }),
        named('orders', { schema: 'staging' }),
        named('orders', { schema: 'public', database: 'shop' }),
        named('orders', { schema: 'public', column: 'amount' }),
        named('invoices'),
      ],
    );
    // Two integrations describe ledger.public.payments: one winner, two equally good matches reported.
    expect([w.id(w.warehouse, 'ledger.public.payments'), w.id(w.mirror, 'ledger.public.payments')]).toContain(
      payments!.id,
    );
    expect(payments!.matches).toBe(2);
    expect(stagingOrders).toEqual({ id: w.id(w.warehouse, 'shop.staging.orders'), matches: 1 });
    expect(shopOrders).toEqual({ id: w.id(w.warehouse, 'shop.public.orders'), matches: 1 });
    expect(amount).toEqual({ id: w.id(w.warehouse, 'shop.public.orders.amount'), matches: 1 });
    expect(unknown).toEqual({ id: null, matches: 0 });
  });

  test('several tables of one name: ties break by content, and the reference is counted as ambiguous', async () => {
    const w = await workspace();
    const [orders] = await resolve(
      { workspaceId: w.workspaceId, integrationId: w.bi, anchor: w.id(w.bi, 'd1') },
      [named('orders')],
    );
    // Same database, same class: schema `public` sorts before `staging`.
    expect(orders).toEqual({ id: w.id(w.warehouse, 'shop.public.orders'), matches: 2 });
  });

  test('a stale table is no candidate', async () => {
    const w = await workspace();
    const [refunds] = await resolve(
      { workspaceId: w.workspaceId, integrationId: w.bi, anchor: w.id(w.bi, 'd1') },
      [named('refunds', { schema: 'public', database: 'ledger' })],
    );
    expect(refunds).toEqual({ id: null, matches: 0 });
  });

  test("another integration's table wins over the declaring integration's own", async () => {
    const w = await workspace();
    // The mirror declares a reference to payments: the warehouse's table wins over the mirror's own.
    const [fromMirror] = await resolve(
      { workspaceId: w.workspaceId, integrationId: w.mirror, anchor: w.id(w.bi, 'd1') },
      [named('payments')],
    );
    expect(fromMirror).toEqual({ id: w.id(w.warehouse, 'ledger.public.payments'), matches: 1 });
    // And the warehouse's reference goes to the mirror's.
    const [fromWarehouse] = await resolve(
      { workspaceId: w.workspaceId, integrationId: w.warehouse, anchor: w.id(w.bi, 'd1') },
      [named('payments')],
    );
    expect(fromWarehouse).toEqual({ id: w.id(w.mirror, 'ledger.public.payments'), matches: 1 });
  });

  test('a name declared by an integration with a host and dialect follows the entity identity rules', async () => {
    const w = await workspace();
    const address = (integrationId: string, host: string | null, dialect: string | null) =>
      store()
        .db.updateTable('integrations')
        .set({ address_host: host, address_dialect: dialect })
        .where('id', '=', integrationId)
        .execute();
    await address(w.warehouse, 'db-a', 'postgres');
    await address(w.mirror, 'db-b', 'postgres');
    await address(w.bi, 'db-a', 'postgres');
    const declared = (table: string) =>
      externalReference({ database: 'ledger', schema: 'public', table, column: null });
    const fromBi = (...references: StagedReference[]) =>
      resolve({ workspaceId: w.workspaceId, integrationId: w.bi, anchor: w.id(w.bi, 'd1') }, references);
    // Same host: the warehouse's table only (the mirror's is on another host); PostgreSQL names are case-sensitive.
    expect(await fromBi(declared('payments'), declared('Payments'))).toEqual([
      { id: w.id(w.warehouse, 'ledger.public.payments'), matches: 1 },
      { id: null, matches: 0 },
    ]);
    // Another known dialect is another warehouse.
    await address(w.bi, null, 'snowflake');
    expect(await fromBi(declared('payments'))).toEqual([{ id: null, matches: 0 }]);
    // Naming neither (an import, an SDK run), the name matches any host and any case, as before.
    await address(w.bi, null, null);
    const [anyCase] = await fromBi(declared('PAYMENTS'));
    expect(anyCase!.matches).toBe(2);
  });
});

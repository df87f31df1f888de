import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { applySync } from '../../sync/index.js';
import {
  createSyncTarget,
  edge,
  forEachBackend,
  internal,
  runRecords,
  tableRun,
} from '../../testing/index.js';

/*
 * What lineage's two resource ends guarantee, whichever way a backend enforces them (SQLite: foreign keys;
 * PostgreSQL: statement triggers since migration 0029): an edge names existing resources, a deleted resource takes
 * its edges with it, and a concurrent delete cannot leave an edge behind.
 */
forEachBackend('lineage ends', (store, backend) => {
  const NOW = '2030-01-02T03:04:05.000Z';

  async function syncedTable(name: string) {
    const { workspaceId, integrationId } = await createSyncTarget(store());
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({
        resources: tableRun(name, ['x', 'y', 'z']),
        lineages: [
          edge(internal(`db.public.${name}.x`), internal(`db.public.${name}.y`)),
          edge(internal(`db.public.${name}.y`), internal(`db.public.${name}.z`)),
        ],
      }),
    });
    const rows = await store()
      .db.selectFrom('resources')
      .select(['id', 'title'])
      .where('integration_id', '=', integrationId)
      .where('entity_type', '=', 'column')
      .execute();
    const id = (title: string) => rows.find((row) => row.title === title)!.id;
    return { workspaceId, integrationId, x: id('x'), y: id('y'), z: id('z') };
  }

  const edgeRow = (workspaceId: string, from: string, to: string, id: string) => ({
    id,
    workspace_id: workspaceId,
    from_resource_id: from,
    to_resource_id: to,
    is_manual: 1,
    created_at: NOW,
    updated_at: NOW,
  });
  const countEdges = async () =>
    Number(
      (
        await store()
          .db.selectFrom('lineage')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('an edge to a resource that does not exist is refused, and nothing of its statement is written', async () => {
    const { workspaceId, x, y } = await syncedTable('refused');
    const before = await countEdges();
    const error = await store()
      .db.insertInto('lineage')
      .values([
        edgeRow(workspaceId, y, x, 'ok-edge'),
        edgeRow(workspaceId, x, 'no-such-resource', 'bad-edge'),
      ])
      .execute()
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe(
      backend === 'sqlite' ? 'SQLITE_CONSTRAINT_FOREIGNKEY' : '23503',
    );
    expect(await countEdges()).toBe(before);
    const moved = await store()
      .db.updateTable('lineage')
      .set({ to_resource_id: 'no-such-resource' })
      .where('from_resource_id', '=', x)
      .execute()
      .catch((e: unknown) => e);
    expect((moved as { code?: string }).code).toBe(
      backend === 'sqlite' ? 'SQLITE_CONSTRAINT_FOREIGNKEY' : '23503',
    );
  });

  test('a deleted resource takes its edges with it, on either end, and leaves the others', async () => {
    const { workspaceId, x, y, z } = await syncedTable('deleted');
    await store()
      .db.insertInto('lineage')
      .values(edgeRow(workspaceId, x, z, 'kept-edge'))
      .execute();
    await store().db.deleteFrom('resources').where('id', '=', y).execute();
    const left = await store()
      .db.selectFrom('lineage')
      .select(['id', 'from_resource_id', 'to_resource_id'])
      .where((eb) => eb.or([eb('from_resource_id', 'in', [x, y, z]), eb('to_resource_id', 'in', [x, y, z])]))
      .execute();
    expect(left).toEqual([{ id: 'kept-edge', from_resource_id: x, to_resource_id: z }]);
  });

  test('a delete of a resource another transaction just linked waits for it, then takes the edge (PostgreSQL)', async () => {
    if (backend !== 'postgres') return;
    const { workspaceId, x, z } = await syncedTable('concurrent');
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted!: () => void;
    const wasInserted = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const linking = store()
      .db.transaction()
      .execute(async (tx) => {
        await tx
          .insertInto('lineage')
          .values(edgeRow(workspaceId, x, z, 'concurrent-edge'))
          .execute();
        inserted();
        await released;
      });
    await wasInserted;
    const deleting = store().db.deleteFrom('resources').where('id', '=', z).execute();
    // The delete waits for the linking transaction (its lock of the resource, as a foreign key takes).
    await expect
      .poll(
        async () =>
          (
            await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock'
                and query like 'delete from "resources"%'`.execute(store().db)
          ).rows[0]?.n,
        { timeout: 10_000 },
      )
      .toBe(1);
    release();
    await linking;
    await deleting;
    const edge = await store()
      .db.selectFrom('lineage')
      .select('id')
      .where('id', '=', 'concurrent-edge')
      .executeTakeFirst();
    expect(edge).toBeUndefined();
  });
});

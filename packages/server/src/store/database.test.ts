import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { forEachBackend } from '../testing/index.js';
import { migrateToLatest } from './database.js';

forEachBackend('store', (store, backend) => {
  test('migrations create every table and are idempotent', async () => {
    const { db } = store();
    expect(await migrateToLatest(db)).toEqual([]);
    const tables = await db.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const table of [
      'workspaces',
      'users',
      'api_keys',
      'resources',
      'lineage',
      'pending_lineage',
      'syncs',
      'audit_logs',
    ]) {
      expect(names).toContain(table);
    }
  });

  test('sessions are set up for syncs: temp buffers (PostgreSQL), an id function (SQLite)', async () => {
    const { db } = store();
    if (backend === 'postgres') {
      const { rows } = await sql<{ temp_buffers: string }>`show temp_buffers`.execute(db);
      expect(rows[0]?.temp_buffers).toBe('256MB');
    } else {
      const { rows } = await sql<{ id: string }>`select sextant_new_id() as id`.execute(db);
      expect(rows[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  test('serving connections run without JIT or parallel workers (PostgreSQL): short statements pay no start-up', async () => {
    if (backend !== 'postgres') return;
    const { rows } = await sql<{
      jit: string;
      workers: string;
    }>`select current_setting('jit') as jit, current_setting('max_parallel_workers_per_gather') as workers`.execute(
      store().db,
    );
    expect(rows[0]).toEqual({ jit: 'off', workers: '0' });
  });

  test('the upsert key (integration, databuilder_id) is unique', async () => {
    const { db } = store();
    const now = nowIso();
    const ws = newId();
    const integration = newId();
    await db
      .insertInto('workspaces')
      .values({ id: ws, name: 'w', created_at: now, updated_at: now })
      .execute();
    await db
      .insertInto('integrations')
      .values({
        id: integration,
        workspace_id: ws,
        name: 'i',
        type: 'custom',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const row = {
      workspace_id: ws,
      integration_id: integration,
      databuilder_id: 'a',
      entity_type: 'table',
      created_at: now,
      updated_at: now,
    };
    await db
      .insertInto('resources')
      .values({ id: newId(), ...row })
      .execute();
    await expect(
      db
        .insertInto('resources')
        .values({ id: newId(), ...row })
        .execute(),
    ).rejects.toThrow();
    const count = await db
      .selectFrom('resources')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
    expect(typeof count.n).toBe('number');
    expect(backend === 'sqlite' || backend === 'postgres').toBe(true);
  });
});

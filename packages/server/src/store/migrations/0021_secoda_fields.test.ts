import { Migrator, sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { createTestStore, testBackends } from '../../testing/test-stores.js';
import { migrateToLatest } from '../database.js';
import { MIGRATIONS } from './index.js';

/**
 * Migration 0021 on a store that already has data: users' names split into first and last names, and every
 * workspace gets its default team — a team already named "General" becomes it (team names are unique).
 */
for (const backend of testBackends()) {
  describe(`migration 0021 [${backend}]`, () => {
    test('0021 splits names and makes a default team in every existing workspace', async () => {
      const store = await createTestStore(backend, { migrate: false });
      try {
        const migrator = new Migrator({
          db: store.db,
          provider: { getMigrations: async () => MIGRATIONS },
          migrationTableName: 'sextant_migrations',
          migrationLockTableName: 'sextant_migrations_lock',
        });
        const before = await migrator.migrateTo('0014_openlineage');
        expect(before.error).toBeUndefined();
        const now = '2026-01-01T00:00:00.000Z';
        for (const id of ['w1', 'w2']) {
          await sql`insert into workspaces (id, name, created_at, updated_at) values (${id}, ${id}, ${now}, ${now})`.execute(
            store.db,
          );
        }
        await sql`insert into users (id, workspace_id, email, name, role, password_hash, is_active, last_login_at,
              created_at, updated_at) values ('u1', 'w1', 'ada@example.com', 'Ada King Lovelace', 'admin', null, 1,
              null, ${now}, ${now})`.execute(store.db);
        await sql`insert into teams (id, workspace_id, name, description, icon, created_at, updated_at)
              values ('t1', 'w2', 'General', '', null, ${now}, ${now})`.execute(store.db);
        expect(await migrateToLatest(store.db)).toContain('0021_secoda_fields');
        const user = await store.db
          .selectFrom('users')
          .selectAll()
          .where('id', '=', 'u1')
          .executeTakeFirstOrThrow();
        expect([user.first_name, user.last_name]).toEqual(['Ada', 'King Lovelace']);
        const defaults = await store.db
          .selectFrom('teams')
          .select(['id', 'workspace_id', 'name'])
          .where('is_default_team', '=', 1)
          .orderBy('workspace_id')
          .execute();
        expect(defaults).toEqual([
          { id: 'team-general-w1', workspace_id: 'w1', name: 'General' },
          { id: 't1', workspace_id: 'w2', name: 'General' },
        ]);
      } finally {
        await store.dispose();
      }
    });
  });
}

import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApiKey, createUser, createWorkspace } from '../store/accounts/index.js';
import { openStore, type Store } from '../store/database.js';
import { forEachBackend } from '../testing/index.js';
import { authenticate } from './authenticate.js';
import { generateApiKey } from './tokens.js';

/*
 * A key revoked or a user deactivated through one process is refused by another at once, though that one had
 * just verified (and cached) the key: the `credentials_version` counter moves by trigger and each process's watch
 * sees it (SQLite: read per request; PostgreSQL: NOTIFY). The second process is a second store on the same
 * database; changes are made in SQL, as another process would, so this process's own cache reset plays no part.
 */
forEachBackend('API key cache across processes', (store) => {
  let other: Store;
  let workspaceId: string;
  let userId: string;

  const counter = async () =>
    Number(
      (
        await store()
          .db.selectFrom('credentials_version' as never)
          .select('version' as never)
          .executeTakeFirstOrThrow()
      ).version,
    );
  async function versionMovesPast(before: number | undefined) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const now = await other.credentials.version();
      if (now !== undefined && now !== before) return;
      if (Date.now() > deadline) throw new Error(`the other process's version stayed at ${before}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const newKey = async () => {
    const generated = generateApiKey();
    await createApiKey(store().db, { workspaceId, userId, name: 'k', role: 'editor', generated });
    return generated;
  };
  const asOther = (key: string) =>
    authenticate(other.db, { authorization: `Bearer ${key}`, sessionToken: undefined }, other.credentials);
  const settled = async () => {
    const deadline = Date.now() + 10_000;
    while ((await other.credentials.version()) === undefined) {
      if (Date.now() > deadline) throw new Error('the watch never connected');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    const s = store();
    other = await openStore({ databaseUrl: s.databaseUrl, sqliteFile: s.sqliteFile, migrate: false });
    workspaceId = (await createWorkspace(s.db, 'w')).id;
    userId = (await createUser(s.db, { workspaceId, email: 'ann@example.com', role: 'editor' })).id;
  });
  afterAll(async () => {
    await other?.close();
  });

  test('using a key does not move the counter; revoking one does, and the other process refuses it', async () => {
    const { key, hash } = await newKey();
    await settled();
    expect((await asOther(key)).role).toBe('editor');
    const before = await counter();
    await store().db.updateTable('api_keys').set({ last_used_at: new Date().toISOString() }).execute();
    expect(await counter()).toBe(before);
    const seen = await other.credentials.version();
    await store()
      .db.updateTable('api_keys')
      .set({ revoked_at: new Date().toISOString() })
      .where('key_hash', '=', hash)
      .execute();
    expect(await counter()).toBe(before + 1);
    await versionMovesPast(seen);
    await expect(asOther(key)).rejects.toMatchObject({ code: 'invalid_api_key' });
  });

  test('deactivating the user refuses their keys in the other process', async () => {
    const { key } = await newKey();
    await settled();
    expect((await asOther(key)).userId).toBe(userId);
    const seen = await other.credentials.version();
    await store().db.updateTable('users').set({ is_active: 0 }).where('id', '=', userId).execute();
    await versionMovesPast(seen);
    await expect(asOther(key)).rejects.toMatchObject({ code: 'invalid_api_key' });
  });
});

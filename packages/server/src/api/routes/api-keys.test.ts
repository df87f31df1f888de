import { expect, test } from 'vitest';
import { hashToken } from '../../auth/tokens.js';
import { forEachApp, type TestApp } from '../../testing/index.js';

const URL = '/api/v1/auth/api_keys';

async function createKey(
  t: TestApp,
  as: 'admin' | 'editor' | 'viewer',
  role: string,
  name = `${as} ${role}`,
) {
  return t.app.inject({ method: 'POST', url: URL, headers: t.as(as), payload: { name, role } });
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

forEachApp('API key routes', (t) => {
  test('create answers 201 with the key once; only its hash is stored and lists show the prefix', async () => {
    const res = await createKey(t(), 'editor', 'viewer', 'reporting script');
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      name: 'reporting script',
      role: 'viewer',
      revoked_at: null,
      last_used_at: null,
    });
    expect(created.key).toMatch(/^sxt_/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const row = await t()
      .store.db.selectFrom('api_keys')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashToken(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const me = await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(created.key) });
    expect(me.json()).toMatchObject({ email: 'editor@example.com', role: 'viewer' });

    const list = await t().app.inject({ method: 'GET', url: `${URL}/`, headers: t().as('editor') });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.key);
    expect(list.body).not.toContain(row.key_hash);
    const mine = list.json().results;
    expect(mine.map((k: { id: string }) => k.id)).toContain(created.id);
    expect(mine.every((k: { user_id: string }) => k.user_id === created.user_id)).toBe(true);
    expect(mine[0]).not.toHaveProperty('key');
    const audit = await t()
      .store.db.selectFrom('audit_logs')
      .selectAll()
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit)).not.toContain(created.key);
  });

  test('a key cannot have a role above the caller', async () => {
    const viewerAdmin = await createKey(t(), 'viewer', 'admin');
    expect(viewerAdmin.statusCode).toBe(403);
    expect(viewerAdmin.json().error.code).toBe('forbidden');
    expect((await createKey(t(), 'viewer', 'editor')).statusCode).toBe(403);
    expect((await createKey(t(), 'editor', 'admin')).statusCode).toBe(403);
    expect((await createKey(t(), 'viewer', 'viewer')).statusCode).toBe(201);
    expect((await createKey(t(), 'admin', 'admin')).statusCode).toBe(201);
    // A viewer key of an admin acts as a viewer, so it cannot mint an admin key either.
    const weak = (await createKey(t(), 'admin', 'viewer')).json();
    const escalate = await t().app.inject({
      method: 'POST',
      url: URL,
      headers: bearer(weak.key),
      payload: { name: 'escalate', role: 'admin' },
    });
    expect(escalate.statusCode).toBe(403);
  });

  test('a revoked key stops working immediately', async () => {
    const created = (await createKey(t(), 'editor', 'editor')).json();
    const before = await t().app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: bearer(created.key),
    });
    expect(before.statusCode).toBe(200);
    const revoke = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${created.id}`,
      headers: t().as('editor'),
    });
    expect(revoke.statusCode).toBe(204);
    const after = await t().app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: bearer(created.key),
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('invalid_api_key');
    const listed = (await t().app.inject({ method: 'GET', url: URL, headers: t().as('editor') })).json();
    expect(listed.results.find((k: { id: string }) => k.id === created.id).revoked_at).not.toBeNull();
    const again = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${created.id}/`,
      headers: t().as('editor'),
    });
    expect(again.statusCode).toBe(204);
    const audit = await t()
      .store.db.selectFrom('audit_logs')
      .selectAll()
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'revoke']);
  });

  test('a key can revoke itself', async () => {
    const created = (await createKey(t(), 'viewer', 'viewer')).json();
    const revoke = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${created.id}`,
      headers: bearer(created.key),
    });
    expect(revoke.statusCode).toBe(204);
    const after = await t().app.inject({ method: 'GET', url: URL, headers: bearer(created.key) });
    expect(after.statusCode).toBe(401);
  });

  test("others' keys: 404 to a non-admin, revocable by an admin; all=true is for admins", async () => {
    const editorKey = (await createKey(t(), 'editor', 'viewer')).json();
    const byViewer = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${editorKey.id}`,
      headers: t().as('viewer'),
    });
    expect(byViewer.statusCode).toBe(404);
    expect(byViewer.json().error.code).toBe('api_key_not_found');
    const viewerAll = await t().app.inject({
      method: 'GET',
      url: `${URL}?all=true`,
      headers: t().as('viewer'),
    });
    expect(viewerAll.statusCode).toBe(403);
    const adminAll = await t().app.inject({
      method: 'GET',
      url: `${URL}?all=true&page_size=1000`,
      headers: t().as('admin'),
    });
    expect(adminAll.statusCode).toBe(200);
    const owners = new Set(adminAll.json().results.map((k: { user_id: string }) => k.user_id));
    expect(owners.size).toBeGreaterThanOrEqual(3);
    expect(adminAll.json().results.map((k: { id: string }) => k.id)).toContain(editorKey.id);
    const adminOwn = (
      await t().app.inject({ method: 'GET', url: `${URL}?page_size=1000`, headers: t().as('admin') })
    ).json();
    expect(adminOwn.results.map((k: { id: string }) => k.id)).not.toContain(editorKey.id);
    const byAdmin = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${editorKey.id}`,
      headers: t().as('admin'),
    });
    expect(byAdmin.statusCode).toBe(204);
    const dead = await t().app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: bearer(editorKey.key),
    });
    expect(dead.statusCode).toBe(401);
  });

  test('a key never acts above its role: a viewer key of an admin cannot see or revoke stronger keys', async () => {
    const adminKey = (await createKey(t(), 'admin', 'admin', 'strong')).json();
    const editorKey = (await createKey(t(), 'admin', 'editor', 'middle')).json();
    const weak = (await createKey(t(), 'admin', 'viewer', 'weak')).json();
    const listedBy = async (headers: Record<string, string>) => {
      const res = await t().app.inject({ method: 'GET', url: `${URL}?page_size=1000`, headers });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().results as Array<{ id: string; role: string; prefix: string }>;
    };
    const seenByWeak = await listedBy(bearer(weak.key));
    expect(seenByWeak.map((k) => k.id)).toContain(weak.id);
    expect(seenByWeak.every((k) => k.role === 'viewer')).toBe(true);
    expect(JSON.stringify(seenByWeak)).not.toContain(adminKey.prefix);
    const countOf = await t().app.inject({
      method: 'GET',
      url: `${URL}?page_size=1`,
      headers: bearer(weak.key),
    });
    expect(countOf.json().count).toBe(seenByWeak.length);
    for (const stronger of [adminKey, editorKey]) {
      const revoke = await t().app.inject({
        method: 'DELETE',
        url: `${URL}/${stronger.id}`,
        headers: bearer(weak.key),
      });
      expect(revoke.statusCode, revoke.body).toBe(404);
      expect(revoke.json().error.code).toBe('api_key_not_found');
      const alive = await t().app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: bearer(stronger.key),
      });
      expect(alive.statusCode).toBe(200);
    }
    // An editor key sees and revokes editor and viewer keys of its user, not the admin key.
    const seenByEditor = await listedBy(bearer(editorKey.key));
    expect(seenByEditor.map((k) => k.id)).toEqual(expect.arrayContaining([editorKey.id, weak.id]));
    expect(seenByEditor.map((k) => k.id)).not.toContain(adminKey.id);
    const sibling = (await createKey(t(), 'admin', 'viewer', 'sibling')).json();
    const bySibling = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${sibling.id}`,
      headers: bearer(editorKey.key),
    });
    expect(bySibling.statusCode).toBe(204);
    // The admin's own admin key and session see everything of theirs.
    expect((await listedBy(bearer(adminKey.key))).map((k) => k.id)).toEqual(
      expect.arrayContaining([adminKey.id, editorKey.id, weak.id]),
    );
    const byAdmin = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${adminKey.id}`,
      headers: t().as('admin'),
    });
    expect(byAdmin.statusCode).toBe(204);
  });

  test('a session acts as its user: a viewer user cannot see or revoke their own stale admin key', async () => {
    // A user demoted from admin keeps an admin-role key row; it acts as viewer and stays invisible to them.
    const email = `demoted-${Date.now()}@example.com`;
    const created = await t().app.inject({
      method: 'POST',
      url: '/api/v1/user',
      headers: t().as('admin'),
      payload: { email, role: 'admin', password: 'a long enough password 1' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const login = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: 'a long enough password 1' },
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = {
      cookie: `sextant_session=${login.cookies.find((c) => c.name === 'sextant_session')?.value}`,
    };
    const strong = await t().app.inject({
      method: 'POST',
      url: URL,
      headers: cookie,
      payload: { name: 's', role: 'admin' },
    });
    expect(strong.statusCode, strong.body).toBe(201);
    const demote = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/user/${created.json().id}`,
      headers: t().as('admin'),
      payload: { role: 'viewer' },
    });
    expect(demote.statusCode, demote.body).toBe(200);
    const list = await t().app.inject({ method: 'GET', url: URL, headers: cookie });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().results.map((k: { id: string }) => k.id)).not.toContain(strong.json().id);
    const revoke = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${strong.json().id}`,
      headers: cookie,
    });
    expect(revoke.statusCode).toBe(404);
  });

  test('keys of another workspace are 404 and never listed', async () => {
    const created = (await createKey(t(), 'admin', 'viewer')).json();
    const del = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${created.id}`,
      headers: t().as('other'),
    });
    expect(del.statusCode).toBe(404);
    const all = (
      await t().app.inject({ method: 'GET', url: `${URL}?all=true&page_size=1000`, headers: t().as('other') })
    ).json();
    expect(all.results.map((k: { id: string }) => k.id)).not.toContain(created.id);
    expect(all.results.every((k: { workspace_id: string }) => k.workspace_id === t().otherWorkspaceId)).toBe(
      true,
    );
    const still = await t().app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: bearer(created.key),
    });
    expect(still.statusCode).toBe(200);
  });

  test('malformed bodies answer 400 with the error body, never 500', async () => {
    const cases: unknown[] = [
      '{',
      { name: 'x' },
      { name: 'x', role: 'root' },
      { name: 7, role: 'viewer' },
      { name: 'x', role: 'viewer', key: 'mine' },
      { name: '', role: 'viewer' },
    ];
    for (const payload of cases) {
      const res = await t().app.inject({
        method: 'POST',
        url: URL,
        headers: { ...t().as('viewer'), 'content-type': 'application/json' },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code, JSON.stringify(payload)).toMatch(/^(invalid_json|validation_failed)$/);
    }
    const badQuery = await t().app.inject({
      method: 'GET',
      url: `${URL}?all=maybe`,
      headers: t().as('admin'),
    });
    expect(badQuery.statusCode).toBe(400);
    const anonymous = await t().app.inject({
      method: 'POST',
      url: URL,
      payload: { name: 'x', role: 'viewer' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

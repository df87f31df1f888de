import { expect, test } from 'vitest';
import { generateApiKey } from '../../auth/tokens.js';
import { createApiKey } from '../../store/accounts/index.js';
import { forEachApp, type TestApp } from '../../testing/index.js';

const URL = '/api/v1/user';

let serial = 0;
async function createUser(t: TestApp, body: Record<string, unknown> = {}) {
  serial += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: URL,
    headers: t.as('admin'),
    payload: { email: `user${serial}@example.com`, name: `User ${serial}`, role: 'viewer', ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function adminId(t: TestApp): Promise<string> {
  const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: t.as('admin') });
  return me.json().id;
}

forEachApp('user routes', (t) => {
  test('create answers 201 without any password material; get and list show the user', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: `${URL}/`,
      headers: t().as('admin'),
      payload: { email: 'Ada@Example.com', name: 'Ada', role: 'editor', password: 'a long password' },
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toEqual({
      id: expect.any(String),
      created_at: expect.any(String),
      updated_at: expect.any(String),
      email: 'ada@example.com',
      name: 'Ada',
      first_name: 'Ada',
      last_name: '',
      role: 'editor',
      active: true,
      disabled: false,
      pending: false,
      last_login_at: null,
      last_login: null,
      workspace_id: t().workspaceId,
      teams: [],
      user_groups: [],
      profile_picture: null,
      bookmarks: [],
      is_service_account: false,
    });
    expect(res.body).not.toMatch(/password|scrypt/);
    const got = await t().app.inject({ method: 'GET', url: `${URL}/${user.id}`, headers: t().as('viewer') });
    expect(got.json()).toEqual(user);
    const list = await t().app.inject({
      method: 'GET',
      url: `${URL}?role=editor`,
      headers: t().as('viewer'),
    });
    expect(list.json().results.map((u: { email: string }) => u.email)).toEqual([
      'ada@example.com',
      'editor@example.com',
    ]);
    expect(list.body).not.toMatch(/scrypt/);
    const signIn = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ada@example.com', password: 'a long password' },
    });
    expect(signIn.statusCode).toBe(200);
    const audit = await t()
      .store.db.selectFrom('audit_logs')
      .selectAll()
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'sign_in']);
    expect(JSON.stringify(audit)).not.toMatch(/scrypt|a long password/);
  });

  test('an email already in use answers 409 already_exists', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: URL,
      headers: t().as('admin'),
      payload: { email: 'EDITOR@example.com', role: 'viewer' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('already_exists');
  });

  test('simultaneous creates of one email: one 201, the others 409 (never 500)', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        t().app.inject({
          method: 'POST',
          url: URL,
          headers: t().as('admin'),
          payload: { email: 'race@example.com', role: 'viewer' },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
  });

  test('patch changes role, name, password and deactivation; an inactive user is locked out', async () => {
    const user = await createUser(t(), { password: 'first password' });
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${user.id}`,
      headers: t().as('admin'),
      payload: { role: 'editor', name: 'Renamed', password: 'second password' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ role: 'editor', name: 'Renamed', active: true });
    const login = (password: string) =>
      t().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password } });
    expect((await login('first password')).statusCode).toBe(401);
    expect((await login('second password')).statusCode).toBe(200);
    const deactivated = await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${user.id}`,
      headers: t().as('admin'),
      payload: { active: false },
    });
    expect(deactivated.json().active).toBe(false);
    expect((await login('second password')).statusCode).toBe(401);
    const audit = await t()
      .store.db.selectFrom('audit_logs')
      .selectAll()
      .where('entity_id', '=', user.id)
      .where('action', '=', 'update')
      .orderBy('created_at')
      .execute();
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ role: 'editor', password_changed: true });
    expect(JSON.parse(audit[0]!.before!)).toMatchObject({ role: 'viewer' });
    expect(JSON.stringify(audit)).not.toMatch(/scrypt|second password/);
  });

  test('delete answers 204, removes the user and their keys', async () => {
    const user = await createUser(t());
    const res = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${user.id}/`,
      headers: t().as('admin'),
    });
    expect(res.statusCode).toBe(204);
    const gone = await t().app.inject({ method: 'GET', url: `${URL}/${user.id}`, headers: t().as('admin') });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('user_not_found');
  });

  test('the last active admin cannot be demoted, deactivated or deleted (409 last_admin)', async () => {
    const id = await adminId(t());
    for (const payload of [{ role: 'editor' }, { active: false }]) {
      const res = await t().app.inject({
        method: 'PATCH',
        url: `${URL}/${id}`,
        headers: t().as('admin'),
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(409);
      expect(res.json().error.code).toBe('last_admin');
    }
    const del = await t().app.inject({ method: 'DELETE', url: `${URL}/${id}`, headers: t().as('admin') });
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe('last_admin');
    // A deactivated admin does not count: a second admin must be active to allow the demotion.
    const second = await createUser(t(), { role: 'admin' });
    await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${second.id}`,
      headers: t().as('admin'),
      payload: { active: false },
    });
    const stillLast = await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${id}`,
      headers: t().as('admin'),
      payload: { role: 'viewer' },
    });
    expect(stillLast.statusCode).toBe(409);
    // With another active admin, the change is allowed (and the other admin, now the last one, is protected).
    await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${second.id}`,
      headers: t().as('admin'),
      payload: { active: true },
    });
    const demoteSecond = await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${second.id}`,
      headers: t().as('admin'),
      payload: { role: 'editor' },
    });
    expect(demoteSecond.statusCode).toBe(200);
    const nameOnly = await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${id}`,
      headers: t().as('admin'),
      payload: { name: 'Still admin' },
    });
    expect(nameOnly.statusCode).toBe(200);
  });

  test('editors and viewers read but cannot write', async () => {
    const user = await createUser(t());
    for (const role of ['editor', 'viewer'] as const) {
      const post = await t().app.inject({
        method: 'POST',
        url: URL,
        headers: t().as(role),
        payload: { email: `x-${role}@e.com`, role: 'admin' },
      });
      expect(post.statusCode).toBe(403);
      const patch = await t().app.inject({
        method: 'PATCH',
        url: `${URL}/${user.id}`,
        headers: t().as(role),
        payload: { role: 'admin' },
      });
      expect(patch.statusCode).toBe(403);
      const del = await t().app.inject({ method: 'DELETE', url: `${URL}/${user.id}`, headers: t().as(role) });
      expect(del.statusCode).toBe(403);
      const list = await t().app.inject({ method: 'GET', url: URL, headers: t().as(role) });
      expect(list.statusCode).toBe(200);
    }
  });

  test('a user of another workspace is 404 and never listed', async () => {
    const user = await createUser(t());
    for (const [method, payload] of [['GET'], ['PATCH', { name: 'x' }], ['DELETE']] as const) {
      const res = await t().app.inject({
        method,
        url: `${URL}/${user.id}`,
        headers: t().as('other'),
        payload,
      });
      expect(res.statusCode, method).toBe(404);
    }
    const list = (
      await t().app.inject({ method: 'GET', url: `${URL}?page_size=1000`, headers: t().as('other') })
    ).json();
    expect(list.results.map((u: { email: string }) => u.email)).toEqual(['admin@other.example']);
  });

  test('malformed bodies answer 400 with the error body, never 500', async () => {
    const user = await createUser(t());
    const cases: Array<{ method: 'POST' | 'PATCH'; url: string; payload: unknown }> = [
      { method: 'POST', url: URL, payload: '{"email"' },
      { method: 'POST', url: URL, payload: { email: 'not-an-email', role: 'viewer' } },
      { method: 'POST', url: URL, payload: { email: 'ok@example.com', role: 'owner' } },
      { method: 'POST', url: URL, payload: { email: 'ok@example.com', role: 'viewer', password: 'short' } },
      { method: 'POST', url: URL, payload: { email: 'ok@example.com', role: 'viewer', password_hash: 'x' } },
      { method: 'PATCH', url: `${URL}/${user.id}`, payload: { active: 'yes' } },
      { method: 'PATCH', url: `${URL}/${user.id}`, payload: { email: 'new@example.com' } },
      { method: 'PATCH', url: `${URL}/${user.id}`, payload: '{' },
    ];
    for (const c of cases) {
      const res = await t().app.inject({
        method: c.method,
        url: c.url,
        headers: { ...t().as('admin'), 'content-type': 'application/json' },
        payload: typeof c.payload === 'string' ? c.payload : JSON.stringify(c.payload),
      });
      expect(res.statusCode, JSON.stringify(c)).toBe(400);
      expect(res.json().error.code, JSON.stringify(c)).toMatch(/^(invalid_json|validation_failed)$/);
    }
  });
});

// Last in the file: it leaves the 'other' workspace with one of its two admins demoted.
forEachApp('user routes, racing demotions', (t) => {
  test('two admins demoting each other at once leave exactly one admin', async () => {
    const created = await t().app.inject({
      method: 'POST',
      url: URL,
      headers: t().as('other'),
      payload: { email: 'second-admin@other.example', role: 'admin' },
    });
    expect(created.statusCode).toBe(201);
    const second = created.json();
    const { key: secondKey } = await createApiKey(t().store.db, {
      workspaceId: t().otherWorkspaceId,
      userId: second.id,
      name: 'second',
      role: 'admin',
      generated: generateApiKey(),
    });
    const me = await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: t().as('other') });
    const answers = await Promise.all([
      t().app.inject({
        method: 'PATCH',
        url: `${URL}/${second.id}`,
        headers: t().as('other'),
        payload: { role: 'editor' },
      }),
      t().app.inject({
        method: 'PATCH',
        url: `${URL}/${me.json().id}`,
        headers: { authorization: `Bearer ${secondKey}` },
        payload: { role: 'editor' },
      }),
    ]);
    // The loser either lost its admin role before its request was authenticated (403) or found itself the last
    // admin (409, the row lock at work); what must never happen is both winning.
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const admins = await t()
      .store.db.selectFrom('users')
      .select('id')
      .where('workspace_id', '=', t().otherWorkspaceId)
      .where('role', '=', 'admin')
      .where('is_active', '=', 1)
      .execute();
    expect(admins).toHaveLength(1);
  });
});

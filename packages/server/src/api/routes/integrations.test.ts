import { expect, test } from 'vitest';
import { createSecretBox } from '../../auth/secret-box.js';
import { forEachApp, type TestApp } from '../../testing/index.js';

const URL = '/api/v1/integration/integrations';
const SECRET = 'pa55-w0rd-never-to-be-seen';

async function createIntegration(t: TestApp, body: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: URL,
    headers: t.as('admin'),
    payload: { name: 'Warehouse', type: 'snowflake', credentials: { user: 'ro', password: SECRET }, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

forEachApp('integration routes', (t) => {
  test('create answers 201 with the compat object, defaults and masked credentials', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: `${URL}/`,
      headers: t().as('admin'),
      payload: {
        name: 'Warehouse',
        type: 'snowflake',
        teams: [],
        credentials: { user: 'ro', password: SECRET },
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain(SECRET);
    const created = res.json();
    expect(Object.keys(created).sort()).toEqual(
      [
        'id',
        'created_at',
        'updated_at',
        'name',
        'type',
        'credentials',
        'workspace_id',
        'ssh_tunnel',
        'execute_access',
        'scheduled_extractions_hour',
        'scheduled_extractions_frequency',
        'scheduled_extractions_next_run',
        'scheduled_extractions_last_run',
        'properties',
        'preview_access_users',
        'preview_access_roles',
        'preview_access_groups',
        'teams',
        'import_policy',
        'auto_stale',
        'schedule_enabled',
      ].sort(),
    );
    expect(created).toMatchObject({
      name: 'Warehouse',
      type: 'snowflake',
      credentials: { user: '********', password: '********' },
      workspace_id: t().workspaceId,
      ssh_tunnel: null,
      import_policy: 'smart',
      auto_stale: true,
      schedule_enabled: true,
      scheduled_extractions_hour: 0,
      scheduled_extractions_frequency: 1,
      scheduled_extractions_last_run: null,
      teams: [],
    });
    const nextRun = new Date(created.scheduled_extractions_next_run);
    expect(nextRun.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(nextRun.getTime()).toBeGreaterThan(Date.now());
    expect(nextRun.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
  });

  test('credentials are sealed in the row and absent from the audit log', async () => {
    const created = await createIntegration(t());
    const row = await t()
      .store.db.selectFrom('integrations')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(SECRET);
    expect(row.credentials_encrypted).toMatch(/^v1\./);
    // The same key the test app was built with opens it: the value is really there, only sealed.
    const box = createSecretBox(Buffer.alloc(32, 7));
    expect(box.open(row.credentials_encrypted!)).toEqual({ user: 'ro', password: SECRET });
    await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${created.id}`,
      headers: t().as('admin'),
      payload: { credentials: { password: `${SECRET}-2` } },
    });
    const audit = await t()
      .store.db.selectFrom('audit_logs')
      .selectAll()
      .where('entity_id', '=', created.id)
      .orderBy('created_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    expect(JSON.parse(audit[0]!.after!).credentials).toEqual({ user: '********', password: '********' });
  });

  test('list is the compat envelope and filters by type', async () => {
    await createIntegration(t(), { name: 'dbt prod', type: 'dbt' });
    const all = await t().app.inject({ method: 'GET', url: URL, headers: t().as('viewer') });
    expect(all.statusCode).toBe(200);
    expect(all.body).not.toContain(SECRET);
    const body = all.json();
    expect(body).toMatchObject({
      links: { next: null, previous: null },
      meta: { page: 1, previous_page: null, next_page: null },
      total_pages: 1,
    });
    expect(body.count).toBe(body.results.length);
    const dbt = (
      await t().app.inject({ method: 'GET', url: `${URL}/?type=dbt`, headers: t().as('viewer') })
    ).json();
    expect(dbt.count).toBe(1);
    expect(dbt.results[0].name).toBe('dbt prod');
    const both = (
      await t().app.inject({ method: 'GET', url: `${URL}?type__in=dbt,snowflake`, headers: t().as('viewer') })
    ).json();
    expect(both.count).toBe(body.count);
    const none = (
      await t().app.inject({
        method: 'GET',
        url: `${URL}?type__in=dbt&type=snowflake`,
        headers: t().as('viewer'),
      })
    ).json();
    expect(none.count).toBe(0);
    const paged = (
      await t().app.inject({ method: 'GET', url: `${URL}?page_size=1&page=2`, headers: t().as('viewer') })
    ).json();
    expect(paged.results).toHaveLength(1);
    expect(paged.meta).toMatchObject({ page: 2, previous_page: 1 });
    expect(paged.links.previous).toMatch(/page=1/);
  });

  test('get, then patch: "********" keeps the secret, null removes a key, the schedule is recomputed', async () => {
    const created = await createIntegration(t());
    const got = await t().app.inject({
      method: 'GET',
      url: `${URL}/${created.id}`,
      headers: t().as('viewer'),
    });
    expect(got.json()).toEqual(created);
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${created.id}/`,
      headers: t().as('admin'),
      payload: {
        name: 'Warehouse (ro)',
        credentials: { user: 'reader', password: '********', token: 'tok-123' },
        import_policy: 'always',
        auto_stale: false,
        scheduled_extractions_hour: 5,
        scheduled_extractions_frequency: 2,
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      name: 'Warehouse (ro)',
      credentials: { user: '********', password: '********', token: '********' },
      import_policy: 'always',
      auto_stale: false,
      scheduled_extractions_hour: 5,
      scheduled_extractions_frequency: 2,
    });
    expect(patched.json().scheduled_extractions_next_run).toMatch(/T05:00:00\.000Z$/);
    const box = createSecretBox(Buffer.alloc(32, 7));
    const sealed = async () =>
      (
        await t()
          .store.db.selectFrom('integrations')
          .select('credentials_encrypted')
          .where('id', '=', created.id)
          .executeTakeFirstOrThrow()
      ).credentials_encrypted!;
    expect(box.open(await sealed())).toEqual({ user: 'reader', password: SECRET, token: 'tok-123' });
    const removed = await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${created.id}`,
      headers: t().as('admin'),
      payload: { credentials: { token: null }, schedule_enabled: false },
    });
    expect(removed.json().credentials).toEqual({ user: '********', password: '********' });
    expect(removed.json().scheduled_extractions_next_run).toBeNull();
    expect(box.open(await sealed())).toEqual({ user: 'reader', password: SECRET });
  });

  test('teams must be teams of the workspace', async () => {
    const team = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/teams',
      headers: t().as('admin'),
      payload: { name: 'Data platform' },
    });
    const teamId = team.statusCode === 201 ? team.json().id : undefined;
    const bad = await t().app.inject({
      method: 'POST',
      url: URL,
      headers: t().as('admin'),
      payload: { name: 'x', type: 'y', teams: ['no-such-team'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'validation_failed',
      details: { problems: [{ field: 'teams.0' }] },
    });
    if (teamId) {
      const created = await createIntegration(t(), { teams: [teamId] });
      expect(created.teams).toEqual([teamId]);
    }
  });

  test('editors and viewers cannot create, change or delete; viewers can read', async () => {
    const created = await createIntegration(t());
    for (const role of ['editor', 'viewer'] as const) {
      const post = await t().app.inject({
        method: 'POST',
        url: URL,
        headers: t().as(role),
        payload: { name: 'x', type: 'y' },
      });
      expect(post.statusCode).toBe(403);
      expect(post.json().error.code).toBe('forbidden');
      const patch = await t().app.inject({
        method: 'PATCH',
        url: `${URL}/${created.id}`,
        headers: t().as(role),
        payload: { name: 'x' },
      });
      expect(patch.statusCode).toBe(403);
      const del = await t().app.inject({
        method: 'DELETE',
        url: `${URL}/${created.id}`,
        headers: t().as(role),
      });
      expect(del.statusCode).toBe(403);
    }
    const get = await t().app.inject({
      method: 'GET',
      url: `${URL}/${created.id}`,
      headers: t().as('viewer'),
    });
    expect(get.statusCode).toBe(200);
    const anonymous = await t().app.inject({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
  });

  test('an integration of another workspace is 404 and never listed', async () => {
    const created = await createIntegration(t());
    for (const method of ['GET', 'DELETE'] as const) {
      const res = await t().app.inject({ method, url: `${URL}/${created.id}`, headers: t().as('other') });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('integration_not_found');
    }
    const patch = await t().app.inject({
      method: 'PATCH',
      url: `${URL}/${created.id}`,
      headers: t().as('other'),
      payload: { name: 'mine now' },
    });
    expect(patch.statusCode).toBe(404);
    const list = (await t().app.inject({ method: 'GET', url: URL, headers: t().as('other') })).json();
    expect(list.results.map((i: { id: string }) => i.id)).not.toContain(created.id);
    const still = await t().app.inject({
      method: 'GET',
      url: `${URL}/${created.id}`,
      headers: t().as('admin'),
    });
    expect(still.json().name).toBe('Warehouse');
  });

  test('malformed bodies answer 400 with the error body, never 500', async () => {
    const created = await createIntegration(t());
    const cases: Array<{ method: 'POST' | 'PATCH'; url: string; payload: unknown; code: string }> = [
      { method: 'POST', url: URL, payload: '{"name":', code: 'invalid_json' },
      { method: 'POST', url: URL, payload: { name: 1, type: 'x' }, code: 'validation_failed' },
      { method: 'POST', url: URL, payload: { name: 'x' }, code: 'validation_failed' },
      {
        method: 'POST',
        url: URL,
        payload: { name: 'x', type: 'y', secret_field: 1 },
        code: 'validation_failed',
      },
      {
        method: 'POST',
        url: URL,
        payload: { name: 'x', type: 'y', scheduled_extractions_hour: 24 },
        code: 'validation_failed',
      },
      {
        method: 'POST',
        url: URL,
        payload: { name: 'x', type: 'y', import_policy: 'sometimes' },
        code: 'validation_failed',
      },
      {
        method: 'POST',
        url: URL,
        payload: { name: 'x', type: 'y', credentials: { password: '********' } },
        code: 'validation_failed',
      },
      {
        method: 'POST',
        url: URL,
        payload: { name: 'x', type: 'y', credentials: 'password' },
        code: 'validation_failed',
      },
      { method: 'PATCH', url: `${URL}/${created.id}`, payload: '[', code: 'invalid_json' },
      { method: 'PATCH', url: `${URL}/${created.id}`, payload: { type: 'mysql' }, code: 'validation_failed' },
      {
        method: 'PATCH',
        url: `${URL}/${created.id}`,
        payload: { auto_stale: 'no' },
        code: 'validation_failed',
      },
      {
        method: 'PATCH',
        url: `${URL}/${created.id}`,
        payload: { credentials: { api_key: '********' } },
        code: 'validation_failed',
      },
    ];
    for (const c of cases) {
      const res = await t().app.inject({
        method: c.method,
        url: c.url,
        headers: { ...t().as('admin'), 'content-type': 'application/json' },
        payload: typeof c.payload === 'string' ? c.payload : JSON.stringify(c.payload),
      });
      expect(res.statusCode, JSON.stringify(c)).toBe(400);
      expect(res.json().error.code, JSON.stringify(c)).toBe(c.code);
    }
  });

  test('an oversize body answers 413 with the error body', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: URL,
      headers: { ...t().as('admin'), 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x', type: 'y', properties: { blob: 'x'.repeat(1_100_000) } }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });
});

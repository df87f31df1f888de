import { expect, test } from 'vitest';
import { forEachApp, type TestApp } from '../../testing/index.js';
import { BASE, CREDENTIALS, connect, multipart, SOURCE, upload } from '../../testing/marketplace-forms.js';

type Role = 'admin' | 'editor' | 'viewer' | 'other';

const remove = (t: TestApp, id: string, role: Role = 'admin') =>
  t.app.inject({ method: 'DELETE', url: `${BASE}/integrations/${id}`, headers: t.as(role) });

const get = (t: TestApp, url: string, role: Role = 'admin') =>
  t.app.inject({ method: 'GET', url, headers: t.as(role) });

async function uploaded(t: TestApp, name: string): Promise<string> {
  const res = await upload(t, { name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function connected(t: TestApp, id: string, name: string, role: 'admin' | 'other' = 'admin') {
  const res = await connect(t, { name, type: `marketplace:${id}`, credentials: CREDENTIALS }, role);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function deleteIntegration(t: TestApp, id: string, role: 'admin' | 'other' = 'admin') {
  const url = `/api/v1/integration/integrations/${id}`;
  const res = await t.app.inject({ method: 'DELETE', url, headers: t.as(role) });
  expect(res.statusCode, res.body).toBe(204);
}

async function versionsInStore(t: TestApp, id: string): Promise<number> {
  const rows = await t.store.db
    .selectFrom('marketplace_versions')
    .select('version')
    .where('integration_id', '=', id)
    .execute();
  return rows.length;
}

async function approve(t: TestApp, id: string, version: number) {
  for (const step of ['submit', 'approve']) {
    const res = await t.app.inject({
      method: 'POST',
      url: `${BASE}/integrations/${id}/versions/${version}/${step}`,
      headers: t.as('admin'),
    });
    expect(res.statusCode, res.body).toBe(200);
  }
}

forEachApp('marketplace integration deletion', (t) => {
  test('an unused integration is deleted with all its versions (204), and the delete is audit-logged', async () => {
    const id = await uploaded(t(), 'Unused');
    const kept = await uploaded(t(), 'Kept');
    const form2 = multipart({ code: { filename: 'orders.ts', content: SOURCE } });
    const second = await t().app.inject({
      method: 'POST',
      url: `${BASE}/integrations/${id}/versions`,
      headers: { ...t().as('admin'), ...form2.headers },
      payload: form2.payload,
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(await versionsInStore(t(), id)).toBe(2);

    const res = await remove(t(), id);
    expect(res.statusCode, res.body).toBe(204);
    expect(res.body).toBe('');
    expect((await get(t(), `${BASE}/integrations/${id}`)).json().error.code).toBe(
      'marketplace_integration_not_found',
    );
    expect(await versionsInStore(t(), id)).toBe(0);
    const own = (await get(t(), `${BASE}/integrations`)).json().results.map((r: { id: string }) => r.id);
    expect(own).toContain(kept);
    expect(own).not.toContain(id);
    expect(await versionsInStore(t(), kept)).toBe(1);
    expect((await remove(t(), id)).statusCode).toBe(404);

    const audit = await get(
      t(),
      '/api/v1/activity_log/audit_logs/?entity_type=marketplace_integration&page_size=100',
    );
    expect(audit.json().results).toContainEqual(
      expect.objectContaining({
        action: 'delete',
        entity_id: id,
        before: { name: 'Unused', category: 'warehouse', latest_version: 2, approved_version: null },
      }),
    );
  });

  test('only its own workspace’s admins delete it: editors and viewers 403, another workspace 404', async () => {
    const id = await uploaded(t(), 'Guarded');
    expect((await remove(t(), id, 'editor')).statusCode).toBe(403);
    expect((await remove(t(), id, 'viewer')).statusCode).toBe(403);
    const draft = await remove(t(), id, 'other');
    expect(draft.statusCode).toBe(404);
    expect(draft.json().error.code).toBe('marketplace_integration_not_found');
    // Approved, it is visible to the other workspace, but still not its to delete.
    await approve(t(), id, 1);
    expect((await get(t(), `${BASE}/integrations/${id}`, 'other')).statusCode).toBe(200);
    const approved = await remove(t(), id, 'other');
    expect(approved.statusCode).toBe(404);
    expect(approved.json().error.code).toBe('marketplace_integration_not_found');
    expect(await versionsInStore(t(), id)).toBe(1);
    expect((await remove(t(), 'no-such-marketplace-id')).statusCode).toBe(404);
    // Malformed ids are refused before any lookup.
    expect((await remove(t(), 'x'.repeat(201))).json().error.code).toBe('validation_failed');
  });

  test('a connection in its workspace keeps it: 409 naming the connection, until the connection is deleted', async () => {
    const id = await uploaded(t(), 'Connected');
    const connection = await connected(t(), id, 'orders connection');
    const res = await remove(t(), id);
    expect(res.statusCode, res.body).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('marketplace_integration_in_use');
    expect(error.message).toContain(connection);
    expect(error.message).toContain('orders connection');
    expect(error.details).toEqual({
      id,
      connections: [{ integration_id: connection, name: 'orders connection', version: 1 }],
      other_workspace_connections: 0,
    });
    // Nothing was deleted: the connection still runs its pinned version.
    expect(await versionsInStore(t(), id)).toBe(1);
    expect((await get(t(), `${BASE}/connections/${connection}`)).json()).toMatchObject({
      marketplace_integration_id: id,
      version: 1,
    });

    await deleteIntegration(t(), connection);
    expect((await remove(t(), id)).statusCode).toBe(204);
  });

  test('an approved listing another workspace installed is in use; their install is counted, not named', async () => {
    const id = await uploaded(t(), 'Listed');
    await approve(t(), id, 1);
    const install = await connected(t(), id, 'their private name', 'other');
    const res = await remove(t(), id);
    expect(res.statusCode, res.body).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('marketplace_integration_in_use');
    expect(error.details).toEqual({ id, connections: [], other_workspace_connections: 1 });
    expect(error.message).toContain('1 install in other workspaces');
    expect(res.body).not.toContain(install);
    expect(res.body).not.toContain('their private name');
    const listing = await get(t(), `${BASE}/listing`, 'other');
    expect(listing.json().results.map((r: { id: string }) => r.id)).toContain(id);

    await deleteIntegration(t(), install, 'other');
    expect((await remove(t(), id)).statusCode).toBe(204);
    const after = await get(t(), `${BASE}/listing`, 'other');
    expect(after.json().results.map((r: { id: string }) => r.id)).not.toContain(id);
  });
});

import { expect, test } from 'vitest';
import { seedIntegration, seedResource } from '../../catalog/testing/seed-catalog.js';
import { findUserByEmail } from '../../store/accounts/index.js';
import { resolveOwnerEmails } from '../../store/migrations/0022_owners_are_people.js';
import { forEachApp } from '../../testing/index.js';
import { multipartForm } from '../../testing/multipart-form.js';

/**
 * Owners are people (issue #20 item 5): owners reference users by id; emails resolve to users; names that are
 * no user stay external owners, from the API, from syncs and from the migration of older stores alike.
 */
forEachApp('conformance: owners are people', (t) => {
  test('the API resolves emails to user ids and keeps unknown names as external owners', async () => {
    const editor = (await findUserByEmail(t().store.db, 'editor@example.com'))!;
    const res = await t().app.inject({
      method: 'POST',
      url: '/table/tables/',
      headers: t().as('editor'),
      payload: { title: 'owned', owners: ['Editor@Example.com', 'finance-team@corp.example'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      owners: [editor.id],
      external_owners: ['finance-team@corp.example'],
      owners_display: [
        { id: editor.id, name: 'editor@example.com', email: 'editor@example.com', external: false },
        { id: null, name: 'finance-team@corp.example', email: 'finance-team@corp.example', external: true },
      ],
    });
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/resource/all/${res.json().id}`,
      headers: t().as('editor'),
      payload: { owners: [editor.id] },
    });
    expect(patched.json()).toMatchObject({ owners: [editor.id], external_owners: [] });
    // Filters name owners by email or id alike.
    for (const value of ['editor@example.com', editor.id]) {
      const filter = encodeURIComponent(JSON.stringify({ operator: 'exact', field: 'owners', value }));
      const found = await t().app.inject({
        url: `/resource/catalog?filter=${filter}`,
        headers: t().as('viewer'),
      });
      expect(found.json().results.map((r: { title: string }) => r.title)).toEqual(['owned']);
    }
    const search = await t().app.inject({ url: '/api/v1/search?q=owned', headers: t().as('viewer') });
    const ownerFacet = search.json().facets.owner as Array<{ value: string; label: string }>;
    expect(ownerFacet).toContainEqual(
      expect.objectContaining({ value: editor.id, label: 'editor@example.com' }),
    );
  });

  test('owners_groups reference groups by id; unknown ids are refused', async () => {
    const group = await t().app.inject({
      method: 'POST',
      url: '/auth/group/',
      headers: t().as('admin'),
      payload: { name: 'Data platform' },
    });
    const table = await t().app.inject({
      method: 'POST',
      url: '/table/tables',
      headers: t().as('editor'),
      payload: { title: 'grouped', owners_groups: [group.json().id] },
    });
    expect(table.statusCode, table.body).toBe(201);
    expect(table.json().owners_groups).toEqual([group.json().id]);
    const unknown = await t().app.inject({
      method: 'PATCH',
      url: `/resource/all/${table.json().id}`,
      headers: t().as('editor'),
      payload: { owners_groups: ['no-such-group'] },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({
      code: 'group_not_found',
      details: { field: 'owners_groups' },
    });
  });

  test('synced owners (JSONL owners) resolve the same way; unresolvable ones stay external', async () => {
    const editor = (await findUserByEmail(t().store.db, 'editor@example.com'))!;
    const integration = await t().app.inject({
      method: 'POST',
      url: '/integration/integrations/',
      headers: t().as('admin'),
      payload: { name: 'jsonl', type: 'custom', credentials: {} },
    });
    const body = multipartForm([
      {
        field: 'resources_file',
        content: `${JSON.stringify({
          entity_type: 'table',
          databuilder_id: 'db.s.synced',
          title: 'synced',
          database: 'db',
          schema: 's',
          owners: ['EDITOR@example.com', 'ghost@nowhere.example'],
        })}\n`,
      },
    ]);
    const imported = await t().app.inject({
      method: 'POST',
      url: `/integration/integrations/${integration.json().id}/import_jsonl_metadata`,
      headers: { ...t().as('admin'), ...body.headers },
      payload: body.payload,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const table = await t().app.inject({ url: '/table/tables?title=synced', headers: t().as('viewer') });
    expect(table.json().results[0]).toMatchObject({
      owners: [editor.id],
      external_owners: ['ghost@nowhere.example'],
    });
  });

  test('migration 0022: emails matching users become user references, the rest external owners', async () => {
    const { store, workspaceId, otherWorkspaceId } = t();
    const viewer = (await findUserByEmail(store.db, 'viewer@example.com'))!;
    const integrationId = await seedIntegration(store.db, { workspaceId });
    const id = await seedResource(store.db, {
      workspace_id: workspaceId,
      integration_id: integrationId,
      databuilder_id: 'legacy',
      entity_type: 'table',
      title: 'legacy',
      owners: JSON.stringify(['Viewer@Example.com', 'someone@elsewhere.example', 'Data team']),
      user_values: JSON.stringify({ owners: ['viewer@example.com'], description: 'kept' }),
    });
    // The same email in another workspace is not that workspace's user: it stays external there.
    const foreign = await seedResource(store.db, {
      workspace_id: otherWorkspaceId,
      entity_type: 'table',
      title: 'foreign',
      owners: JSON.stringify(['viewer@example.com']),
    });
    await resolveOwnerEmails(store.db as never);
    const row = await store.db
      .selectFrom('resources')
      .select(['owners', 'user_values'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.owners)).toEqual([viewer.id, 'someone@elsewhere.example', 'Data team']);
    expect(JSON.parse(row.user_values)).toEqual({ owners: [viewer.id], description: 'kept' });
    const other = await store.db
      .selectFrom('resources')
      .select('owners')
      .where('id', '=', foreign)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(other.owners)).toEqual(['viewer@example.com']);
    const view = await t().app.inject({ url: `/resource/all/${id}`, headers: t().as('viewer') });
    expect(view.json()).toMatchObject({
      owners: [viewer.id],
      external_owners: ['someone@elsewhere.example', 'Data team'],
    });
  });
});

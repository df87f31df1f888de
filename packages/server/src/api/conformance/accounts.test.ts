import { expect, test } from 'vitest';
import { generateApiKey } from '../../auth/tokens.js';
import { seedResource } from '../../catalog/testing/seed-catalog.js';
import { createApiKey, findUserByEmail } from '../../store/accounts/index.js';
import { forEachApp, type TestApp } from '../../testing/index.js';
import { spellingsOf } from './paths.js';

/**
 * compat.md §8 "Users", "Teams", "Groups": the documented bodies and objects, replayed under every path spelling,
 * and the Guest role (reads only its teams' resources).
 */
forEachApp('conformance: users, teams, groups', (t) => {
  const post = (app: TestApp, url: string, payload: unknown) =>
    app.app.inject({ method: 'POST', url, headers: app.as('admin'), payload: payload as object });

  test('a default team ("General") exists from the first start and cannot be deleted or archived', async () => {
    const list = await t().app.inject({ url: '/auth/teams/', headers: t().as('viewer') });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-type']).toMatch(/^application\/json/);
    const general = list.json().results.find((team: { is_default_team: boolean }) => team.is_default_team);
    expect(general).toMatchObject({ name: 'General', type: 'OPEN', archived: false });
    const del = await t().app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/teams/${general.id}`,
      headers: t().as('admin'),
    });
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe('default_team');
    const archive = await t().app.inject({
      method: 'PATCH',
      url: `/auth/teams/${general.id}/`,
      headers: t().as('admin'),
      payload: { archived: true },
    });
    expect(archive.json().error.code).toBe('default_team');
  });

  test('teams: create with type/icon under every path spelling; include_archived and only_joined list params', async () => {
    const me = (await t().app.inject({ url: '/api/v1/auth/me', headers: t().as('admin') })).json();
    const created: Array<{ id: string; name: string }> = [];
    for (const [i, url] of spellingsOf('/auth/teams/').entries()) {
      const res = await post(t(), url, { name: `Team ${i}`, icon: '📊', description: 'd', type: 'CLOSED' });
      expect(res.statusCode, `${url} ${res.body}`).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toMatchObject({
        name: `Team ${i}`,
        icon: '📊',
        type: 'CLOSED',
        archived: false,
        is_default_team: false,
        onboarding_completed: true,
        sidebar_settings: { catalog: true, glossary: true },
      });
      created.push(res.json());
    }
    await t().app.inject({
      method: 'PATCH',
      url: `/auth/teams/${created[0]!.id}`,
      headers: t().as('admin'),
      payload: { archived: true },
    });
    await t().app.inject({
      method: 'PATCH',
      url: `/auth/teams/${created[1]!.id}`,
      headers: t().as('admin'),
      payload: { users: [me.id] },
    });
    const names = async (query: string) =>
      (await t().app.inject({ url: `/auth/teams/?${query}`, headers: t().as('admin') }))
        .json()
        .results.map((team: { name: string }) => team.name);
    expect(await names('')).not.toContain('Team 0');
    expect(await names('include_archived=true')).toContain('Team 0');
    expect(await names('only_joined=true')).toEqual(['Team 1']);
    const bad = await post(t(), '/auth/teams/', { name: 'x', type: 'SECRET' });
    expect(bad.statusCode).toBe(400);
  });

  test('groups: users[] (alias of members) and icon; the object adds snowflake_role', async () => {
    const editor = (await findUserByEmail(t().store.db, 'editor@example.com'))!;
    for (const url of spellingsOf('/auth/group')) {
      const res = await post(t(), url, { name: `G ${url}`, icon: '🧮', description: '', users: [editor.id] });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        icon: '🧮',
        users: [editor.id],
        members: [editor.id],
        snowflake_role: null,
        workspace_id: t().workspaceId,
      });
    }
    const both = await post(t(), '/auth/group', { name: 'both', users: [editor.id], members: [editor.id] });
    expect(both.statusCode).toBe(400);
  });

  test("users: Secoda's create body (first/last name, capitalised role, teams, user_groups) and object", async () => {
    const team = (await post(t(), '/auth/teams/', { name: 'Finance' })).json();
    const group = (await post(t(), '/auth/group/', { name: 'Analysts' })).json();
    const spellings = spellingsOf('/user/');
    for (const [i, url] of spellings.entries()) {
      const res = await post(t(), url, {
        first_name: 'Grace',
        last_name: `Hopper ${i}`,
        email: `grace${i}@example.com`,
        role: ['Admin', 'Editor', 'Viewer', 'Guest'][i],
        teams: [team.id],
        user_groups: [group.id],
      });
      expect(res.statusCode, res.body).toBe(201);
      const user = res.json();
      expect(user).toMatchObject({
        first_name: 'Grace',
        last_name: `Hopper ${i}`,
        name: `Grace Hopper ${i}`,
        email: `grace${i}@example.com`,
        role: ['admin', 'editor', 'viewer', 'guest'][i],
        teams: [team.id],
        user_groups: [group.id],
        profile_picture: null,
        pending: true,
        is_service_account: false,
        disabled: false,
        last_login: null,
        bookmarks: [],
        workspace_id: t().workspaceId,
      });
    }
    const guestWithoutTeam = await post(t(), '/user', { email: 'g@example.com', role: 'Guest' });
    expect(guestWithoutTeam.statusCode).toBe(400);
    expect(guestWithoutTeam.json().error.code).toBe('guest_needs_team');
    const unknownTeam = await post(t(), '/user', { email: 'h@example.com', role: 'Viewer', teams: ['nope'] });
    expect(unknownTeam.statusCode).toBe(400);
    expect(unknownTeam.json().error.message).toContain('nope');
    const unknownField = await post(t(), '/user', { email: 'i@example.com', role: 'Viewer', shoe_size: 9 });
    expect(unknownField.statusCode).toBe(400);
    const team2 = (await post(t(), '/auth/teams/', { name: 'Ops' })).json();
    const grace = (await t().app.inject({ url: '/user?role=Viewer', headers: t().as('admin') })).json()
      .results[0];
    const disabled = await t().app.inject({
      method: 'PATCH',
      url: `/user/${grace.id}/`,
      headers: t().as('admin'),
      payload: { disabled: true, teams: [team2.id], last_name: 'H.' },
    });
    expect(disabled.json()).toMatchObject({
      disabled: true,
      active: false,
      teams: [team2.id],
      last_name: 'H.',
    });
  });

  test('users: the older bulk form {emails[], role, groups[], teams[]} creates all or none', async () => {
    const team = (await post(t(), '/auth/teams/', { name: 'Bulk team' })).json();
    const group = (await post(t(), '/auth/group', { name: 'Bulk group' })).json();
    for (const [i, url] of spellingsOf('/user/').entries()) {
      const emails = [`ada${i}@example.com`, `alan${i}@example.com`];
      const res = await post(t(), url, { emails, role: 'Editor', groups: [group.id], teams: [team.id] });
      expect(res.statusCode, `${url} ${res.body}`).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json().count).toBe(2);
      expect(res.json().results).toEqual(
        emails.map((email) =>
          expect.objectContaining({
            email,
            role: 'editor',
            teams: [team.id],
            user_groups: [group.id],
            pending: true,
          }),
        ),
      );
    }
    const count = async () => (await t().app.inject({ url: '/user', headers: t().as('admin') })).json().count;
    const before = await count();
    // One existing email refuses the whole list: nobody is created.
    const clash = await post(t(), '/user/', {
      emails: ['new@example.com', 'ada0@example.com'],
      role: 'Viewer',
    });
    expect(clash.statusCode).toBe(409);
    const twice = await post(t(), '/user/', { emails: ['x@example.com', 'X@example.com'], role: 'Viewer' });
    expect(twice.statusCode).toBe(400);
    const guests = await post(t(), '/user/', { emails: ['g1@example.com'], role: 'Guest' });
    expect(guests.json().error.code).toBe('guest_needs_team');
    const mixed = await post(t(), '/user/', {
      emails: ['m@example.com'],
      email: 'm@example.com',
      role: 'Viewer',
    });
    expect(mixed.statusCode).toBe(400);
    const empty = await post(t(), '/user/', { emails: [], role: 'Viewer' });
    expect(empty.statusCode).toBe(400);
    expect(await count()).toBe(before);
    const editor = await t().app.inject({
      method: 'POST',
      url: '/user/',
      headers: t().as('editor'),
      payload: { emails: ['e@example.com'], role: 'Viewer' },
    });
    expect(editor.statusCode).toBe(403);
  });

  test("Guest reads and searches only its teams' resources; everything else answers 403", async () => {
    const team = (await post(t(), '/auth/teams/', { name: 'Marketing' })).json();
    const created = await post(t(), '/user', {
      email: 'guest@example.com',
      first_name: 'Gus',
      role: 'Guest',
      teams: [team.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { key } = await createApiKey(t().store.db, {
      workspaceId: t().workspaceId,
      userId: created.json().id,
      name: 'guest',
      role: 'guest',
      generated: generateApiKey(),
    });
    const guest = { authorization: `Bearer ${key}` };
    const mine = await seedResource(t().store.db, {
      workspace_id: t().workspaceId,
      entity_type: 'table',
      title: 'campaigns',
      teams: JSON.stringify([team.id]),
    });
    const hidden = await seedResource(t().store.db, {
      workspace_id: t().workspaceId,
      entity_type: 'table',
      title: 'salaries',
    });
    const catalog = await t().app.inject({ url: '/resource/catalog/', headers: guest });
    expect(catalog.statusCode, catalog.body).toBe(200);
    expect(catalog.json().results.map((r: { id: string }) => r.id)).toEqual([mine]);
    expect(catalog.json().results[0].current_user_permissions).toEqual({
      read: true,
      write: false,
      edit: false,
      delete: false,
    });
    const tables = await t().app.inject({ url: '/api/v1/table/tables', headers: guest });
    expect(tables.json().results.map((r: { id: string }) => r.id)).toEqual([mine]);
    expect((await t().app.inject({ url: `/resource/all/${mine}`, headers: guest })).statusCode).toBe(200);
    expect((await t().app.inject({ url: `/resource/all/${hidden}`, headers: guest })).statusCode).toBe(404);
    expect((await t().app.inject({ url: `/table/tables/${hidden}/`, headers: guest })).statusCode).toBe(404);
    expect((await t().app.inject({ url: '/api/v1/auth/me', headers: guest })).json().role).toBe('guest');
    // Search answers within the guest's teams, hits and facet counts alike; a viewer finds both.
    const found = await t().app.inject({ url: '/api/v1/search?q=a', headers: guest });
    expect(found.statusCode, found.body).toBe(200);
    const guestHits = await t().app.inject({ url: '/api/v1/search/?q=salaries', headers: guest });
    expect(guestHits.json().count).toBe(0);
    const mineHits = (await t().app.inject({ url: '/search?q=campaigns', headers: guest })).json();
    expect(mineHits.results.map((r: { id: string }) => r.id)).toEqual([mine]);
    expect(mineHits.facets.entity_type).toEqual([expect.objectContaining({ value: 'table', count: 1 })]);
    const viewerHits = (
      await t().app.inject({ url: '/search?q=salaries', headers: t().as('viewer') })
    ).json();
    expect(viewerHits.results.map((r: { id: string }) => r.id)).toEqual([hidden]);
    for (const url of ['/user', '/auth/teams/', '/tag', '/integration/integrations/', '/lineage/manual']) {
      const res = await t().app.inject({ url, headers: guest });
      expect(res.statusCode, url).toBe(403);
    }
    const write = await t().app.inject({
      method: 'PATCH',
      url: `/resource/all/${mine}`,
      headers: guest,
      payload: { description: 'x' },
    });
    expect(write.statusCode).toBe(403);
    // The viewer sees both; the catalog's teams= parameter narrows to a team.
    const all = await t().app.inject({ url: '/resource/catalog', headers: t().as('viewer') });
    expect(all.json().count).toBe(2);
    const byTeam = await t().app.inject({
      url: `/resource/catalog?teams=${team.id}`,
      headers: t().as('viewer'),
    });
    expect(byTeam.json().results.map((r: { id: string }) => r.id)).toEqual([mine]);
    // Deleting the team moves the resource that belonged only to it to the default team.
    await t().app.inject({ method: 'DELETE', url: `/auth/teams/${team.id}`, headers: t().as('admin') });
    const general = (await t().app.inject({ url: '/auth/teams/', headers: t().as('admin') }))
      .json()
      .results.find((x: { is_default_team: boolean }) => x.is_default_team);
    const moved = await t().app.inject({ url: `/resource/all/${mine}`, headers: t().as('admin') });
    expect(moved.json().teams).toEqual([general.id]);
  });
});

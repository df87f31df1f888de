import { expect, test } from 'vitest';
import { forEachApp } from '../../testing/index.js';
import { spellingsOf } from './paths.js';
import { expectFieldTypes, expectJson } from './requests.js';

/** compat.md §6 "Integrations" object: every documented field with its type. */
const INTEGRATION_FIELDS = {
  id: 'string',
  created_at: 'string',
  updated_at: 'string',
  name: 'string',
  type: 'string',
  credentials: 'object',
  workspace_id: 'string',
  ssh_tunnel: 'string|null',
  execute_access: 'array',
  scheduled_extractions_hour: 'number',
  scheduled_extractions_frequency: 'number',
  scheduled_extractions_next_run: 'string|null',
  scheduled_extractions_last_run: 'string|null',
  properties: 'object',
  preview_access_users: 'array',
  preview_access_roles: 'array',
  preview_access_groups: 'array',
  teams: 'array',
};

/**
 * compat.md §6/§8 integrations: the custom-integration guide's create body and the reference's list/get/delete,
 * replayed under every path spelling (with and without `/api/v1`, with and without the trailing slash).
 */
forEachApp('conformance: integrations', (t) => {
  const defaultTeam = async () =>
    (await t().app.inject({ url: '/auth/teams/', headers: t().as('admin') }))
      .json()
      .results.find((team: { is_default_team: boolean }) => team.is_default_team).id as string;

  test('create (name, type, teams, credentials) answers 201 with the documented object; secrets masked', async () => {
    const team = await defaultTeam();
    for (const url of spellingsOf('/integration/integrations/')) {
      const res = await t().app.inject({
        method: 'POST',
        url,
        headers: t().as('admin'),
        payload: {
          name: `Custom ${url}`,
          type: 'custom',
          teams: [team],
          credentials: { api_token: 'sekrit', host: 'example.com' },
        },
      });
      const created = expectJson(res, 201, url);
      expectFieldTypes(created, INTEGRATION_FIELDS);
      expect(created).toMatchObject({
        name: `Custom ${url}`,
        type: 'custom',
        teams: [team],
        workspace_id: t().workspaceId,
        credentials: { api_token: '********', host: '********' },
      });
      expect(res.body).not.toContain('sekrit');
    }
    // The guide's literal body: no teams.
    const guide = await t().app.inject({
      method: 'POST',
      url: '/integration/integrations/',
      headers: t().as('admin'),
      payload: { name: 'My custom integration', type: 'custom', credentials: {} },
    });
    expect(expectJson(guide, 201, 'guide body').credentials).toEqual({});
  });

  test('list with ?type= and get by id answer the envelope and the object under every spelling', async () => {
    const created = (
      await t().app.inject({
        method: 'POST',
        url: '/api/v1/integration/integrations',
        headers: t().as('admin'),
        payload: { name: 'Typed', type: 'conformance-kind', credentials: {} },
      })
    ).json();
    for (const url of spellingsOf('/integration/integrations/')) {
      const list = expectJson(
        await t().app.inject({ url: `${url}?type=conformance-kind`, headers: t().as('viewer') }),
        200,
        url,
      );
      expect(list).toMatchObject({ count: 1, total_pages: 1, links: { next: null, previous: null } });
      expect(list.meta).toEqual({ page: 1, previous_page: null, next_page: null });
      expect(list.results.map((i: { id: string }) => i.id)).toEqual([created.id]);
    }
    for (const url of spellingsOf(`/integration/integrations/${created.id}/`)) {
      const one = expectJson(await t().app.inject({ url, headers: t().as('viewer') }), 200, url);
      expectFieldTypes(one, INTEGRATION_FIELDS);
      expect(one.id).toBe(created.id);
    }
  });

  test('delete answers 204 with no body under every spelling; then 404 as JSON', async () => {
    for (const url of spellingsOf('/integration/integrations/')) {
      const { id } = (
        await t().app.inject({
          method: 'POST',
          url,
          headers: t().as('admin'),
          payload: { name: 'doomed', type: 'custom', credentials: {} },
        })
      ).json();
      const path = url.endsWith('/') ? `${url}${id}/` : `${url}/${id}`;
      const del = await t().app.inject({ method: 'DELETE', url: path, headers: t().as('admin') });
      expect(del.statusCode, path).toBe(204);
      expect(del.body).toBe('');
      const gone = await t().app.inject({ url: path, headers: t().as('admin') });
      expect(expectJson(gone, 404, path).error.code).toBeTypeOf('string');
    }
  });

  test('a bad key answers 401 JSON (never the UI page), with or without the prefix, GET and POST', async () => {
    const bad = { authorization: 'Bearer not-a-key' };
    for (const url of spellingsOf('/integration/integrations/')) {
      for (const method of ['GET', 'POST'] as const) {
        const res = await t().app.inject({
          method,
          url,
          headers: { ...bad, accept: '*/*' },
          ...(method === 'POST' ? { payload: { name: 'x', type: 'custom' } } : {}),
        });
        expectJson(res, 401, `${method} ${url}`);
      }
    }
    // Roles: a viewer cannot create, an editor cannot delete (admins manage integrations).
    const viewer = await t().app.inject({
      method: 'POST',
      url: '/integration/integrations/',
      headers: t().as('viewer'),
      payload: { name: 'x', type: 'custom' },
    });
    expectJson(viewer, 403, 'viewer create');
  });

  test('malformed bodies answer 400 naming the problem, not 500', async () => {
    for (const payload of [{ type: 'custom' }, { name: 'x' }, { name: 'x', type: 'custom', colour: 'red' }]) {
      const res = await t().app.inject({
        method: 'POST',
        url: '/integration/integrations/',
        headers: t().as('admin'),
        payload,
      });
      expect(expectJson(res, 400, JSON.stringify(payload)).error.code).toBeTypeOf('string');
    }
  });
});

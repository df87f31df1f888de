import { expect, test } from 'vitest';
import { forEachApp, type TestApp } from '../../testing/index.js';

/** Teams and groups share one implementation (member-set-routes.ts); both are tested through their own URLs. */
const KINDS = [
  {
    noun: 'team',
    url: '/api/v1/auth/teams',
    own: { icon: '📈', type: 'CLOSED' },
    answered: {
      archived: false,
      is_default_team: false,
      onboarding_completed: true,
      sidebar_settings: {
        home: true,
        catalog: true,
        documents: true,
        questions: true,
        glossary: true,
        collections: true,
      },
    },
    ownCleared: { icon: null },
  },
  {
    noun: 'group',
    url: '/api/v1/auth/group',
    own: { icon: '🧮' },
    answered: { snowflake_role: null },
    ownCleared: { icon: null },
  },
] as const;

async function userIds(t: TestApp): Promise<Record<string, string>> {
  const list = await t.app.inject({ method: 'GET', url: '/api/v1/user', headers: t.as('admin') });
  return Object.fromEntries(list.json().results.map((u: { email: string; id: string }) => [u.email, u.id]));
}

let serial = 0;
async function createSet(t: TestApp, url: string, body: Record<string, unknown> = {}) {
  serial += 1;
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: t.as('admin'),
    payload: { name: `Set ${serial}`, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

for (const { noun, url: URL, own, answered, ownCleared } of KINDS) {
  forEachApp(`${noun} routes`, (t) => {
    const createTeam = (app: TestApp) => createSet(app, URL);

    test('create with members, get, list, patch members, delete', async () => {
      const ids = await userIds(t());
      const editor = ids['editor@example.com']!;
      const viewer = ids['viewer@example.com']!;
      const res = await t().app.inject({
        method: 'POST',
        url: `${URL}/`,
        headers: t().as('admin'),
        payload: { name: 'Analytics', description: 'numbers', ...own, members: [viewer, editor] },
      });
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json();
      expect(created).toEqual({
        id: expect.any(String),
        created_at: expect.any(String),
        updated_at: expect.any(String),
        name: 'Analytics',
        description: 'numbers',
        ...own,
        ...answered,
        workspace_id: t().workspaceId,
        members: [editor, viewer].sort(),
        users: [editor, viewer].sort(),
      });
      const got = await t().app.inject({
        method: 'GET',
        url: `${URL}/${created.id}`,
        headers: t().as('viewer'),
      });
      expect(got.json()).toEqual(created);
      const list = await t().app.inject({ method: 'GET', url: URL, headers: t().as('viewer') });
      expect(list.json()).toMatchObject({ meta: { page: 1 }, links: { next: null } });
      expect(list.json().results.find((x: { id: string }) => x.id === created.id)).toEqual(created);

      const patched = await t().app.inject({
        method: 'PATCH',
        url: `${URL}/${created.id}/`,
        headers: t().as('admin'),
        payload: { name: 'Analytics engineering', members: [editor], ...ownCleared },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({
        name: 'Analytics engineering',
        members: [editor],
        ...ownCleared,
        description: 'numbers',
      });

      const del = await t().app.inject({
        method: 'DELETE',
        url: `${URL}/${created.id}`,
        headers: t().as('admin'),
      });
      expect(del.statusCode).toBe(204);
      const gone = await t().app.inject({
        method: 'GET',
        url: `${URL}/${created.id}`,
        headers: t().as('admin'),
      });
      expect(gone.statusCode).toBe(404);
      const users = await userIds(t());
      expect(users['editor@example.com']).toBe(editor);
      const audit = await t()
        .store.db.selectFrom('audit_logs')
        .selectAll()
        .where('entity_id', '=', created.id)
        .orderBy('created_at')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
      expect(JSON.parse(audit[1]!.before!).members).toEqual([editor, viewer].sort());
      expect(JSON.parse(audit[1]!.after!).members).toEqual([editor]);
    });

    if (noun === 'team') {
      test('deleting a team drops it from the teams of integrations', async () => {
        const team = await createTeam(t());
        const keep = await createTeam(t());
        const created = await t().app.inject({
          method: 'POST',
          url: '/api/v1/integration/integrations',
          headers: t().as('admin'),
          payload: { name: 'owned', type: 'snowflake', teams: [team.id, keep.id] },
        });
        expect(created.statusCode, created.body).toBe(201);
        await t().app.inject({ method: 'DELETE', url: `${URL}/${team.id}`, headers: t().as('admin') });
        const after = await t().app.inject({
          method: 'GET',
          url: `/api/v1/integration/integrations/${created.json().id}`,
          headers: t().as('admin'),
        });
        expect(after.json().teams).toEqual([keep.id]);
      });
    }
    test('names are unique in a workspace (409), members must be users of the workspace (400)', async () => {
      const team = await createTeam(t());
      const dup = await t().app.inject({
        method: 'POST',
        url: URL,
        headers: t().as('admin'),
        payload: { name: team.name },
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('already_exists');
      const other = await createTeam(t());
      const rename = await t().app.inject({
        method: 'PATCH',
        url: `${URL}/${other.id}`,
        headers: t().as('admin'),
        payload: { name: team.name },
      });
      expect(rename.statusCode).toBe(409);
      const otherAdmin = await t().app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: t().as('other'),
      });
      const foreign = await t().app.inject({
        method: 'PATCH',
        url: `${URL}/${team.id}`,
        headers: t().as('admin'),
        payload: { members: [otherAdmin.json().id] },
      });
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error).toMatchObject({
        code: 'validation_failed',
        details: { problems: [{ field: 'members.0' }] },
      });
      const sameNameElsewhere = await t().app.inject({
        method: 'POST',
        url: URL,
        headers: t().as('other'),
        payload: { name: team.name },
      });
      expect(sameNameElsewhere.statusCode).toBe(201);
    });

    test('two simultaneous creates of one name: one 201, the others 409 (never 500)', async () => {
      const name = `Racing ${noun} ${Date.now()}`;
      const answers = await Promise.all(
        [1, 2, 3].map(() =>
          t().app.inject({ method: 'POST', url: URL, headers: t().as('admin'), payload: { name } }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
      expect(answers.find((a) => a.statusCode === 409)!.json().error.code).toBe('already_exists');
    });

    test('editors and viewers cannot write; another workspace gets 404', async () => {
      const team = await createTeam(t());
      for (const role of ['editor', 'viewer'] as const) {
        const post = await t().app.inject({
          method: 'POST',
          url: URL,
          headers: t().as(role),
          payload: { name: 'nope' },
        });
        expect(post.statusCode).toBe(403);
        const patch = await t().app.inject({
          method: 'PATCH',
          url: `${URL}/${team.id}`,
          headers: t().as(role),
          payload: { name: 'nope' },
        });
        expect(patch.statusCode).toBe(403);
        const del = await t().app.inject({
          method: 'DELETE',
          url: `${URL}/${team.id}`,
          headers: t().as(role),
        });
        expect(del.statusCode).toBe(403);
      }
      for (const [method, payload] of [['GET'], ['PATCH', { name: 'mine' }], ['DELETE']] as const) {
        const res = await t().app.inject({
          method,
          url: `${URL}/${team.id}`,
          headers: t().as('other'),
          payload,
        });
        expect(res.statusCode, method).toBe(404);
        expect(res.json().error.code).toBe(`${noun}_not_found`);
      }
    });

    test('malformed bodies answer 400 with the error body, never 500', async () => {
      const team = await createTeam(t());
      const cases: Array<{ method: 'POST' | 'PATCH'; url: string; payload: unknown }> = [
        { method: 'POST', url: URL, payload: 'not json' },
        { method: 'POST', url: URL, payload: { name: '' } },
        { method: 'POST', url: URL, payload: { name: 'x', members: 'all' } },
        { method: 'POST', url: URL, payload: { name: 'x', owner: 'me' } },
        { method: 'PATCH', url: `${URL}/${team.id}`, payload: { members: [1, 2] } },
        { method: 'PATCH', url: `${URL}/${team.id}`, payload: { name: 42 } },
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
}

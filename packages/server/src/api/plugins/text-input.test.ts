import { expect, test } from 'vitest';
import { newId } from '../../lib/ids.js';
import { forEachApp } from '../../testing/index.js';
import { upload } from '../../testing/marketplace-forms.js';

// PostgreSQL text cannot hold NUL (\u0000). One hook refuses it in every string of every body, query string and
// path parameter, with 400 invalid_text naming the field, before any route sees it (issue 16, defect 2).
const NUL = 'a\u0000b';

forEachApp('a NUL character in any request string answers 400 invalid_text', (t) => {
  const cases: Array<{
    name: string;
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    payload?: unknown;
    auth?: boolean;
    field: string;
  }> = [
    {
      name: 'sign-in (no auth needed)',
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `${NUL}@example.com`, password: 'x' },
      auth: false,
      field: 'body.email',
    },
    {
      name: 'sign-in password',
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'admin@example.com', password: NUL },
      auth: false,
      field: 'body.password',
    },
    {
      name: 'manual lineage',
      method: 'POST',
      url: '/api/v1/lineage/manual',
      payload: { from_entity: NUL, to_entity: newId(), direction: 'DOWNSTREAM' },
      field: 'body.from_entity',
    },
    {
      name: 'lineage from query (body)',
      method: 'POST',
      url: '/api/v1/lineage/lineage_from_query',
      payload: { sql: `insert into t select ${NUL} from s`, dialect: 'postgres' },
      field: 'body.sql',
    },
    {
      name: 'lineage from query (query string)',
      method: 'GET',
      url: '/api/v1/lineage/lineage_from_query?sql=select%20a%00b%20from%20s&dialect=postgres',
      field: 'query.sql',
    },
    {
      name: 'a path id',
      method: 'GET',
      url: '/api/v1/resource/all/a%00b',
      field: 'params.id',
    },
    {
      name: 'a nested value in an array',
      method: 'POST',
      url: '/api/v1/auth/teams',
      payload: { name: 'x', members: ['ok', NUL] },
      field: 'body.members.1',
    },
    {
      name: 'an object key',
      method: 'POST',
      url: '/api/v1/table/tables',
      payload: { title: 'x', custom_properties: { [NUL]: 'v' } },
      field: 'body.custom_properties',
    },
  ];

  for (const c of cases) {
    test(c.name, async () => {
      const res = await t().app.inject({
        method: c.method,
        url: c.url,
        headers: c.auth === false ? {} : t().as('admin'),
        ...(c.payload === undefined ? {} : { payload: c.payload as Record<string, unknown> }),
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('invalid_text');
      expect(res.json().error.details.field).toBe(c.field);
      expect(res.json().error.message).toContain(c.field);
    });
  }

  test('a multipart text field (marketplace upload) is checked the same way', async () => {
    const res = await upload(t(), { description: `Tables ${NUL}` });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_text', details: { field: 'body.description' } });
  });

  test('text without NUL still passes (other control characters are text)', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/teams',
      headers: t().as('admin'),
      payload: { name: `tab\there ${newId()}` },
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  test('the six characters \\u0000 (an escaped backslash, no NUL) pass; a raw body escaping NUL does not', async () => {
    // The JSON parser marks bodies whose text has no `\u0000` escape as NUL-free; text that only looks like
    // one must still be walked and pass, and a NUL written by hand (not by JSON.stringify) must still be found.
    const name = `backslash \\u0000 ${newId()}`;
    const passes = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/teams',
      headers: { ...t().as('admin'), 'content-type': 'application/json' },
      payload: JSON.stringify({ name }),
    });
    expect(passes.statusCode, passes.body).toBe(201);
    expect(passes.json().name).toBe(name);
    const refused = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/teams',
      headers: { ...t().as('admin'), 'content-type': 'application/json' },
      payload: '{"name": "by hand \\u0000"}',
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details.field).toBe('body.name');
  });
});

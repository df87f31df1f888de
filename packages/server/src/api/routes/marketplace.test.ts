import { beforeAll, expect, test } from 'vitest';
import { forEachApp } from '../../testing/index.js';
import {
  BASE,
  FIELDS,
  multipart,
  type Part,
  SOURCE,
  upload,
  uploadForm,
} from '../../testing/marketplace-forms.js';

forEachApp('marketplace uploads and versions', (t) => {
  let id: string;

  beforeAll(async () => {
    const res = await upload(t());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toEqual({ id, version: 1 });
  });

  test('the upload is listed and readable in its workspace, as a draft with its source', async () => {
    const { app } = t();
    const list = await app.inject({ method: 'GET', url: `${BASE}/integrations`, headers: t().as('viewer') });
    expect(list.json().results).toEqual([
      expect.objectContaining({
        id,
        name: 'Orders API',
        category: 'warehouse',
        icon: '🧾',
        latest_version: 1,
        approved_version: null,
        type: `marketplace:${id}`,
      }),
    ]);
    const versions = await app.inject({
      method: 'GET',
      url: `${BASE}/integrations/${id}/versions`,
      headers: t().as('viewer'),
    });
    expect(versions.json().results).toEqual([
      expect.objectContaining({
        version: 1,
        status: 'draft',
        filename: 'orders.ts',
        credential_fields: FIELDS,
        allowed_endpoints: ['https://orders.example.com/api'],
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    const one = await app.inject({
      method: 'GET',
      url: `${BASE}/integrations/${id}/versions/1`,
      headers: t().as('viewer'),
    });
    expect(one.json().source).toBe(SOURCE);
  });

  test('drafts are invisible to another workspace (404, not in its list)', async () => {
    const { app } = t();
    for (const url of [
      `${BASE}/integrations/${id}`,
      `${BASE}/integrations/${id}/versions`,
      `${BASE}/integrations/${id}/versions/1`,
    ]) {
      const res = await app.inject({ method: 'GET', url, headers: t().as('other') });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('marketplace_integration_not_found');
    }
    const list = await app.inject({ method: 'GET', url: `${BASE}/integrations`, headers: t().as('other') });
    expect(list.json().results).toEqual([]);
    const form = multipart({ code: { filename: 'x.ts', content: SOURCE } });
    const version = await app.inject({
      method: 'POST',
      url: `${BASE}/integrations/${id}/versions`,
      headers: { ...t().as('other'), ...form.headers },
      payload: form.payload,
    });
    expect(version.statusCode).toBe(404);
  });

  test('code that does not build answers 422 with the compiler errors', async () => {
    const broken = `import { Integration } from '@sextant/sdk';\nexport default class X extends Integration {\n  async extract() { const = 1; }\n}\n`;
    const res = await upload(t(), { code: { filename: 'broken.ts', content: broken } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('integration_build_failed');
    expect(res.json().error.message).toContain('broken.ts');
    expect(res.json().error.details.errors[0]).toMatchObject({
      line: 3,
      column: expect.any(Number),
      text: expect.any(String),
    });
    const forbidden = await upload(t(), {
      code: { filename: 'fs.ts', content: `import fs from 'fs';\n${SOURCE}` },
    });
    expect(forbidden.statusCode).toBe(422);
    expect(forbidden.json().error.details.errors[0]).toMatchObject({
      line: 1,
      text: expect.stringContaining('fs'),
    });
  });

  test('bad fields answer 400 naming the field', async () => {
    const cases: Array<[Record<string, Part>, string]> = [
      [{ allowed_endpoints: '["ftp://files.example.com"]' }, 'allowed_endpoints.0'],
      [{ allowed_endpoints: '["https://user:pw@api.example.com"]' }, 'allowed_endpoints.0'],
      [{ allowed_endpoints: '["https://*.example.com"]' }, 'allowed_endpoints.0'],
      [{ allowed_endpoints: '["https://a.example.com/x?token=1"]' }, 'allowed_endpoints.0'],
      [{ allowed_endpoints: '{"a":1}' }, 'allowed_endpoints'],
      [
        { credential_fields: '[{"key":"has space","label":"x","sensitive":true}]' },
        'credential_fields.0.key',
      ],
      [
        {
          credential_fields:
            '[{"key":"a","label":"x","sensitive":true},{"key":"a","label":"y","sensitive":false}]',
        },
        'credential_fields.1.key',
      ],
      [{ credential_fields: '[{"key":"a","label":"x"}]' }, 'credential_fields.0.sensitive'],
      [{ credential_fields: 'not json' }, 'credential_fields'],
      [{ name: '' }, 'name'],
      [{ code: { filename: 'orders.py', content: 'print(1)' } }, ''],
    ];
    for (const [overrides, field] of cases) {
      const res = await upload(t(), overrides);
      const label = `${JSON.stringify(overrides)} -> ${res.body}`;
      expect(res.statusCode, label).toBe(400);
      if (field) expect(res.json().error.details.problems[0].field, label).toBe(field);
    }
    const noCode = multipart({ name: 'x', category: 'y' });
    const res = await t().app.inject({
      method: 'POST',
      url: `${BASE}/integrations`,
      headers: { ...t().as('admin'), ...noCode.headers },
      payload: noCode.payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('code');
  });

  test('oversize code and icons answer 413; JSON instead of multipart answers 415', async () => {
    const big = await upload(t(), {
      code: { filename: 'big.ts', content: `// ${'x'.repeat(1024 * 1024 + 10)}\n${SOURCE}` },
    });
    expect(big.statusCode).toBe(413);
    const icon = await upload(t(), {
      icon: { filename: 'i.png', content: Buffer.alloc(300 * 1024), type: 'image/png' },
    });
    expect(icon.statusCode).toBe(413);
    const json = await t().app.inject({
      method: 'POST',
      url: `${BASE}/integrations`,
      headers: t().as('admin'),
      payload: { name: 'x' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('unsupported_media_type');
  });

  test('a body that is not valid multipart answers 400, never 500', async () => {
    const cut = '--b\r\ncontent-disposition: form-data; name="code"; filename="a.ts"\r\n\r\nexport default 1';
    const cases = [
      { type: 'multipart/form-data; boundary=b', payload: cut },
      { type: 'multipart/form-data', payload: 'x' },
    ];
    for (const { type, payload } of cases) {
      const res = await t().app.inject({
        method: 'POST',
        url: `${BASE}/integrations`,
        headers: { ...t().as('admin'), 'content-type': type },
        payload,
      });
      expect(res.statusCode, `${type}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('invalid_request');
    }
  });

  test('an uploaded icon image is kept as a data URL', async () => {
    const res = await upload(t(), {
      name: 'With icon',
      icon: { filename: 'i.png', content: Buffer.from([137, 80, 78, 71]), type: 'image/png' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const one = await t().app.inject({
      method: 'GET',
      url: `${BASE}/integrations/${res.json().id}`,
      headers: t().as('viewer'),
    });
    expect(one.json().icon).toBe('data:image/png;base64,iVBORw==');
  });

  test('a new version is immutable beside the old one and inherits fields unless given', async () => {
    const { app } = t();
    const v2 = multipart({
      code: { filename: 'orders.ts', content: SOURCE.replace('String(answer.status)', "'v2'") },
    });
    const res = await app.inject({
      method: 'POST',
      url: `${BASE}/integrations/${id}/versions`,
      headers: { ...t().as('admin'), ...v2.headers },
      payload: v2.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id, version: 2 });
    const versions = (
      await app.inject({
        method: 'GET',
        url: `${BASE}/integrations/${id}/versions`,
        headers: t().as('viewer'),
      })
    ).json().results;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0].credential_fields).toEqual(FIELDS);
    expect(versions[0].sha256).not.toBe(versions[1].sha256);
    const one = await app.inject({
      method: 'GET',
      url: `${BASE}/integrations/${id}/versions/1`,
      headers: t().as('viewer'),
    });
    expect(one.json().source).toBe(SOURCE);
  });

  test('editors and viewers cannot upload', async () => {
    const form = uploadForm();
    for (const role of ['editor', 'viewer'] as const) {
      const res = await t().app.inject({
        method: 'POST',
        url: `${BASE}/integrations`,
        headers: { ...t().as(role), ...form.headers },
        payload: form.payload,
      });
      expect(res.statusCode).toBe(403);
    }
  });
});

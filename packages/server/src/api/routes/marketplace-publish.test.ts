import { beforeAll, expect, test } from 'vitest';
import { createSecretBox } from '../../auth/secret-box.js';
import { loadMarketplaceRun } from '../../marketplace/index.js';
import { forEachApp, type TestApp } from '../../testing/index.js';
import { BASE, CREDENTIALS, connect, FIELDS, multipart, upload } from '../../testing/marketplace-forms.js';

// The key test-app.ts seals credentials with.
const secrets = createSecretBox(Buffer.alloc(32, 7));

async function post(
  t: TestApp,
  url: string,
  role: 'admin' | 'other' | 'editor' = 'admin',
  payload?: unknown,
) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: t.as(role),
    ...(payload === undefined ? {} : { payload }),
  });
}

async function get(t: TestApp, url: string, role: 'admin' | 'other' | 'viewer' = 'admin') {
  return t.app.inject({ method: 'GET', url, headers: t.as(role) });
}

forEachApp('marketplace connections and publishing', (t) => {
  let id: string;
  let connectionId: string;

  beforeAll(async () => {
    const res = await upload(t());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
  });

  test('connecting requires exactly the declared credential fields, naming the missing and unknown ones', async () => {
    const missing = await connect(t(), { type: `marketplace:${id}`, credentials: { base_url: 'https://x' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('api_token');
    expect(missing.json().error.details.missing).toEqual(['api_token']);
    const unknown = await connect(t(), {
      type: `marketplace:${id}`,
      credentials: { ...CREDENTIALS, api_tokn: 'typo' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.unknown).toEqual(['api_tokn']);
    const notText = await connect(t(), {
      type: `marketplace:${id}`,
      credentials: { ...CREDENTIALS, api_token: 5 },
    });
    expect(notText.statusCode).toBe(400);
    const nothing = await connect(t(), { type: `marketplace:${id}` });
    expect(nothing.statusCode).toBe(400);
    const unknownType = await connect(t(), { type: 'marketplace:no-such-id', credentials: CREDENTIALS });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().error.details.problems[0].field).toBe('type');
    const badHosts = await connect(t(), {
      type: `marketplace:${id}`,
      credentials: CREDENTIALS,
      allow_private_hosts: ['http://127.0.0.1:8080/path'],
    });
    expect(badHosts.statusCode).toBe(400);
    expect(badHosts.json().error.details.problems[0].field).toBe('allow_private_hosts.0');
    const notMarketplace = await connect(t(), { type: 'custom', marketplace_version: 1 });
    expect(notMarketplace.statusCode).toBe(400);
    // None of the refused attempts left an integration behind.
    const list = await get(t(), `/api/v1/integration/integrations?type=marketplace:${id}`);
    expect(list.json().count).toBe(0);
  });

  test('a connection is pinned to the latest own version, credentials sealed and masked', async () => {
    const res = await connect(t(), {
      type: `marketplace:${id}`,
      credentials: CREDENTIALS,
      allow_private_hosts: ['127.0.0.1:8080', 'LOCALHOST:9000'],
    });
    expect(res.statusCode, res.body).toBe(201);
    connectionId = res.json().id;
    expect(res.json().credentials).toEqual({ base_url: '********', api_token: '********' });
    expect(res.body).not.toContain('tok-very-secret-123');
    const stored = await t()
      .store.db.selectFrom('integrations')
      .select('credentials_encrypted')
      .where('id', '=', connectionId)
      .executeTakeFirstOrThrow();
    expect(stored.credentials_encrypted).not.toContain('tok-very-secret');
    const connection = await get(t(), `${BASE}/connections/${connectionId}`, 'viewer');
    expect(connection.json()).toMatchObject({
      integration_id: connectionId,
      marketplace_integration_id: id,
      version: 1,
      allow_private_hosts: ['127.0.0.1:8080', 'localhost:9000'],
      credential_fields: FIELDS,
      allowed_endpoints: ['https://orders.example.com/api'],
      credentials: { base_url: '********', api_token: '********' },
    });
  });

  test('loadMarketplaceRun gives the runner the bundle, decrypted credentials and network policy', async () => {
    const run = await loadMarketplaceRun({ db: t().store.db, secrets }, connectionId);
    expect(run).toMatchObject({
      version: 1,
      credentials: CREDENTIALS,
      allowedEndpoints: ['https://orders.example.com/api'],
      allowPrivateHosts: ['127.0.0.1:8080', 'localhost:9000'],
    });
    expect(run!.code).toContain('__sextantRun');
    const plain = await connect(t(), { name: 'plain', type: 'custom' });
    expect(await loadMarketplaceRun({ db: t().store.db, secrets }, plain.json().id)).toBeUndefined();
  });

  test('a credentials PATCH must still match the declared fields', async () => {
    const url = `/api/v1/integration/integrations/${connectionId}`;
    const typo = await t().app.inject({
      method: 'PATCH',
      url,
      headers: t().as('admin'),
      payload: { credentials: { api_tokn: 'x' } },
    });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.details.unknown).toEqual(['api_tokn']);
    const ok = await t().app.inject({
      method: 'PATCH',
      url,
      headers: t().as('admin'),
      payload: { credentials: { api_token: 'rotated-secret' } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const run = await loadMarketplaceRun({ db: t().store.db, secrets }, connectionId);
    expect(run!.credentials.api_token).toBe('rotated-secret');
  });

  test('moving a connection to a version with a new field needs that credential', async () => {
    const fields = [...FIELDS, { key: 'region', label: 'Region', sensitive: false }];
    const code = multipart({
      code: {
        filename: 'orders.ts',
        content: `import { Integration } from '@sextant/sdk';\nexport default class V2 extends Integration { async extract() {} }\n`,
      },
      credential_fields: JSON.stringify(fields),
    });
    const created = await t().app.inject({
      method: 'POST',
      url: `${BASE}/integrations/${id}/versions`,
      headers: { ...t().as('admin'), ...code.headers },
      payload: code.payload,
    });
    expect(created.statusCode, created.body).toBe(201);
    const version = created.json().version;
    const url = `${BASE}/connections/${connectionId}`;
    const patch = (payload: unknown) =>
      t().app.inject({ method: 'PATCH', url, headers: t().as('admin'), payload });
    const without = await patch({ version });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.details.missing).toEqual(['region']);
    const moved = await patch({ version, credentials: { region: 'eu' }, allow_private_hosts: [] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ version, allow_private_hosts: [] });
    expect(moved.json().credentials).toEqual({
      base_url: '********',
      api_token: '********',
      region: '********',
    });
    const run = await loadMarketplaceRun({ db: t().store.db, secrets }, connectionId);
    expect(run).toMatchObject({ version, credentials: { region: 'eu', api_token: 'rotated-secret' } });
    expect((await patch({ version: 999 })).statusCode).toBe(404);
    const back = await patch({ version: 1, credentials: { region: null } });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().version).toBe(1);
    const editor = await t().app.inject({
      method: 'PATCH',
      url,
      headers: t().as('editor'),
      payload: { version: 1 },
    });
    expect(editor.statusCode).toBe(403);
  });

  test('connections of another workspace are 404', async () => {
    expect((await get(t(), `${BASE}/connections/${connectionId}`, 'other')).statusCode).toBe(404);
    const plain = await connect(t(), { name: 'plain2', type: 'custom' });
    const notMarketplace = await get(t(), `${BASE}/connections/${plain.json().id}`);
    expect(notMarketplace.json().error.code).toBe('marketplace_connection_not_found');
  });

  test('submit, reject with a note, resubmit, approve: only reviewers decide', async () => {
    const version = `${BASE}/integrations/${id}/versions/1`;
    expect((await post(t(), `${version}/approve`)).json().error.code).toBe('invalid_review_state');
    expect((await post(t(), `${version}/submit`, 'other')).statusCode).toBe(404);
    expect((await post(t(), `${version}/submit`, 'editor')).statusCode).toBe(403);
    const submitted = await post(t(), `${version}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submitted_at: expect.any(String) });
    expect((await post(t(), `${version}/submit`)).statusCode).toBe(409);
    const queue = await get(t(), `${BASE}/reviews`);
    expect(queue.json().results).toEqual([
      expect.objectContaining({ integration_id: id, version: 1, name: 'Orders API' }),
    ]);
    expect((await get(t(), `${BASE}/reviews`, 'other')).json().error.code).toBe('not_a_reviewer');
    const notReviewer = await post(t(), `${version}/approve`, 'other');
    expect(notReviewer.statusCode).toBe(403);
    expect(notReviewer.json().error.code).toBe('not_a_reviewer');
    const rejected = await post(t(), `${version}/reject`, 'admin', {
      note: 'please list the endpoints you call',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      review_note: 'please list the endpoints you call',
    });
    expect((await post(t(), `${version}/approve`)).statusCode).toBe(409);
    expect((await post(t(), `${version}/submit`)).statusCode).toBe(200);
    const approved = await post(t(), `${version}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      reviewed_at: expect.any(String),
      review_note: null,
    });
    expect((await get(t(), `${BASE}/reviews`)).json().results).toEqual([]);
  });

  test('the approved version is in the listing every workspace sees; drafts stay private', async () => {
    const listing = await get(t(), `${BASE}/listing`, 'other');
    expect(listing.json().results).toEqual([
      expect.objectContaining({
        id,
        name: 'Orders API',
        type: `marketplace:${id}`,
        version: 1,
        credential_fields: FIELDS,
        publisher_workspace_id: t().workspaceId,
      }),
    ]);
    expect((await get(t(), `${BASE}/listing?category=nothing`, 'other')).json().results).toEqual([]);
    const seen = await get(t(), `${BASE}/integrations/${id}`, 'other');
    expect(seen.json()).toMatchObject({ latest_version: 1, approved_version: 1 });
    const versions = await get(t(), `${BASE}/integrations/${id}/versions`, 'other');
    expect(versions.json().results.map((v: { version: number }) => v.version)).toEqual([1]);
    expect((await get(t(), `${BASE}/integrations/${id}/versions/2`, 'other')).statusCode).toBe(404);
    // Another workspace never gets to add versions or submit.
    expect((await post(t(), `${BASE}/integrations/${id}/versions/1/submit`, 'other')).statusCode).toBe(404);
  });

  test('another workspace installs the approved version, never a draft', async () => {
    const draft = await connect(
      t(),
      { type: `marketplace:${id}`, credentials: CREDENTIALS, marketplace_version: 2 },
      'other',
    );
    expect(draft.statusCode).toBe(404);
    expect(draft.json().error.code).toBe('marketplace_version_not_found');
    const installed = await connect(t(), { type: `marketplace:${id}`, credentials: CREDENTIALS }, 'other');
    expect(installed.statusCode, installed.body).toBe(201);
    const connection = await get(t(), `${BASE}/connections/${installed.json().id}`, 'other');
    expect(connection.json()).toMatchObject({ version: 1, marketplace_integration_id: id });
    const move = await t().app.inject({
      method: 'PATCH',
      url: `${BASE}/connections/${installed.json().id}`,
      headers: t().as('other'),
      payload: { version: 2 },
    });
    expect(move.statusCode).toBe(404);
  });

  test('deleting a connected integration removes its connection; the marketplace integration stays', async () => {
    const extra = await connect(t(), {
      name: 'to delete',
      type: `marketplace:${id}`,
      credentials: CREDENTIALS,
      marketplace_version: 1,
    });
    expect(extra.statusCode, extra.body).toBe(201);
    const url = `/api/v1/integration/integrations/${extra.json().id}`;
    const deleted = await t().app.inject({ method: 'DELETE', url, headers: t().as('admin') });
    expect(deleted.statusCode).toBe(204);
    expect((await get(t(), `${BASE}/connections/${extra.json().id}`)).statusCode).toBe(404);
    expect(await loadMarketplaceRun({ db: t().store.db, secrets }, connectionId)).toBeDefined();
    expect((await get(t(), `${BASE}/integrations/${id}`)).statusCode).toBe(200);
  });

  test('uploads, reviews and installs are in the audit log, without secrets', async () => {
    const entries = async (role: 'admin' | 'other') =>
      (
        await get(
          t(),
          `/api/v1/activity_log/audit_logs/?entity_type=marketplace_integration&page_size=100`,
          role,
        )
      ).json().results as Array<{ action: string; entity_id: string; after: unknown }>;
    const own = await entries('admin');
    const actions = own.filter((e) => e.entity_id === id).map((e) => e.action);
    for (const action of ['upload', 'install', 'submit', 'reject', 'approve'])
      expect(actions).toContain(action);
    const theirs = (await entries('other')).map((e) => e.action);
    expect(theirs).toContain('install');
    expect(JSON.stringify(own)).not.toContain('tok-very-secret');
    expect(JSON.stringify(own)).not.toContain('rotated-secret');
  });
});

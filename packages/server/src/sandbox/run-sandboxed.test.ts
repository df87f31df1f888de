import type { Resource } from '@sextant/sdk';
import { type LocalHttpServer, sendJson, startLocalHttpServer } from '@sextant/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFailure, integrationWith, runInSandbox } from './testing/run-in-sandbox.js';

// A small BI tool's API: two pages of dashboards, behind an API key sent as a header.
let fake: LocalHttpServer;
const seen: { url: string; apiKey: string | undefined }[] = [];

beforeAll(async () => {
  fake = await startLocalHttpServer((request, response) => {
    seen.push({ url: request.url ?? '', apiKey: request.headers['x-api-key'] as string | undefined });
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.headers['x-api-key'] !== 'k-123') return sendJson(response, 401, { error: 'bad key' });
    if (url.pathname !== '/api/dashboards') return sendJson(response, 404, { error: 'no such page' });
    const page = Number(url.searchParams.get('page'));
    sendJson(response, 200, {
      dashboards: [{ id: page, name: `Dashboard ${page}`, table: `orders_${page}` }],
      next_page: page < 2 ? page + 1 : null,
    });
  });
});

afterAll(() => fake.close());

const ACME = `import { Integration } from '@sextant/sdk';

interface Page { dashboards: { id: number; name: string; table: string }[]; next_page: number | null }

export default class AcmeBi extends Integration {
  async extract() {
    const baseUrl = this.requireCredential('base_url');
    const headers = { 'X-API-Key': this.requireCredential('api_key') };
    this.declareResource({ entity_type: 'dashboard_group', databuilder_id: 'acme', title: 'Acme BI' });
    let page: number | null = 1;
    while (page !== null) {
      const response = await this.httpGet(\`\${baseUrl}/api/dashboards\`, { headers, params: { page, token: 'tok-secret' } });
      const body = response.throwIfNotOk().json<Page>();
      console.log('page', page, 'has', body.dashboards.length, 'dashboards');
      for (const dashboard of body.dashboards) {
        this.declareResource({
          entity_type: 'dashboard',
          databuilder_id: \`acme.dashboard.\${dashboard.id}\`,
          parent_databuilder_id: 'acme',
          title: dashboard.name,
        });
        this.declareLineage({
          from_identifier: { type: 'external_table', schema: 'public', table: dashboard.table },
          to_identifier: { type: 'internal_resource', databuilder_id: \`acme.dashboard.\${dashboard.id}\` },
        });
      }
      page = body.next_page;
    }
  }
}
`;

describe('runSandboxed', { timeout: 90_000 }, () => {
  it('runs an SDK integration against an allowed local service and reports records, logs and calls', async () => {
    const run = await runInSandbox(ACME, {
      credentials: { base_url: fake.url, api_key: 'k-123' },
      allowedEndpoints: [`${fake.url}/api`],
      allowPrivateHosts: [new URL(fake.url).host],
    });
    expect(run.result).toEqual({ ok: true, counts: { resources: 3, lineages: 2, httpCalls: 2 } });
    // Resources first, then lineage, as the SDK hands them over; plain SDK records.
    expect(run.records.slice(0, 3).map((record) => (record as Resource).databuilder_id)).toEqual([
      'acme',
      'acme.dashboard.1',
      'acme.dashboard.2',
    ]);
    expect(run.records[4]).toEqual({
      from_identifier: { type: 'external_table', schema: 'public', table: 'orders_2' },
      to_identifier: { type: 'internal_resource', databuilder_id: 'acme.dashboard.2' },
    });
    expect(seen.map((request) => request.apiKey)).toEqual(['k-123', 'k-123']);
    // The call log names each call without the secret query value.
    expect(run.calls).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: `${fake.url}/api/dashboards?page=1&token=REDACTED`,
        status: 200,
      }),
      expect.objectContaining({
        method: 'GET',
        url: `${fake.url}/api/dashboards?page=2&token=REDACTED`,
        status: 200,
      }),
    ]);
    expect(run.calls[0]!.bytes).toBeGreaterThan(0);
    const messages = run.logs.map((entry) => entry.message);
    expect(messages).toContain('page 1 has 1 dashboards');
    expect(messages.join('\n')).toMatch(/handed 3 resources and 2 lineage declarations to the catalog/);
    expect(run.logs[0]).toMatchObject({ level: 'info', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('refuses a path outside the allowed prefix and fails the run with the refusal', async () => {
    const run = await runInSandbox(integrationWith(`await this.httpGet('${fake.url}/admin');`), {
      allowedEndpoints: [`${fake.url}/api`],
      allowPrivateHosts: [new URL(fake.url).host],
    });
    expectFailure(run, 'sandbox_http_refused', /\/admin refused: not under/);
  });

  it('names the problem when the default export is not an integration', async () => {
    const run = await runInSandbox('export default 42;\n');
    expectFailure(run, 'sandbox_code_error', /default export has no start\(\) method/);
  });

  it('names the error of code that throws while it loads', async () => {
    const run = await runInSandbox(`throw new TypeError('misconfigured at load');\n${integrationWith('')}`);
    expectFailure(
      run,
      'sandbox_code_error',
      /^the integration failed: misconfigured at load \(at test-integration\.ts:1:\d+\)$/,
    );
  });

  it('points at the line of the upload where extract() threw', async () => {
    const run = await runInSandbox(
      integrationWith(`const rows: string[] = [];\nif (rows.length === 0) throw new Error('no rows');`),
    );
    expectFailure(
      run,
      'sandbox_code_error',
      /^extract\(\) failed: no rows \(at test-integration\.ts:5:\d+\)$/,
    );
  });

  it('fails when the SDK finds invalid records, handing none on', async () => {
    const run = await runInSandbox(integrationWith(`this.declareResource({ entity_type: 'table' } as any);`));
    expectFailure(
      run,
      'sandbox_invalid_records',
      /^3 invalid records, nothing was written:\nresource #1, field "databuilder_id": is required/,
    );
    expect(run.records).toEqual([]);
  });

  it('refuses unusable options before starting anything', async () => {
    const run = await runInSandbox(integrationWith(''), { allowedEndpoints: ['not a url'] });
    expectFailure(run, 'sandbox_invalid_options', /allowed endpoint "not a url" is not a URL/);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const running = runInSandbox(integrationWith('for (;;) {}'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    expectFailure(await running, 'sandbox_aborted', /cancelled/);
  });
});

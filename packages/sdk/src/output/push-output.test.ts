import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Integration } from '../integration.js';
import type { Resource } from '../model/resource.js';
import {
  type LocalHttpServer,
  readBody,
  sendJson,
  startLocalHttpServer,
} from '../testing/local-http-server.js';
import { PushError, PushOutput } from './push-output.js';
import type { SyncRecord } from './sync-record.js';

const dashboard: Resource = { entity_type: 'dashboard', databuilder_id: 'd1', title: 'Revenue' };
const counts = {
  created: 1,
  updated: 2,
  unchanged: 3,
  staled: 4,
  revived: 5,
  lineage_resolved: 6,
  lineage_pending: 7,
  lineage_rejected: 0,
};

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  fields: Record<string, { name: string; type: string; text: string }>;
}

let server: LocalHttpServer;
let received: Received[] = [];
let answer: (request: http.IncomingMessage) => { status: number; body: unknown };

// A stand-in for the server's import route: it parses the multipart body with the platform's own parser
// (undici's Request.formData), so a malformed upload fails here as it would on a real server.
beforeAll(async () => {
  server = await startLocalHttpServer(async (request, response) => {
    const body = await readBody(request);
    const form = await new Request('http://fake/', {
      method: 'POST',
      headers: { 'content-type': request.headers['content-type'] ?? '' },
      body,
    }).formData();
    const fields: Received['fields'] = {};
    for (const [name, value] of form) {
      if (typeof value === 'string') throw new Error(`field ${name} is not a file`);
      fields[name] = { name: value.name, type: value.type, text: await value.text() };
    }
    received.push({
      method: request.method!,
      url: request.url!,
      authorization: request.headers.authorization,
      fields,
    });
    const { status, body: reply } = answer(request);
    sendJson(response, status, reply);
  });
});
afterAll(() => server.close());

class OneDashboard extends Integration {
  extract() {
    this.declareResource(dashboard);
    this.declareLineage({
      from_identifier: { type: 'external_table', table: 'orders' },
      to_identifier: { type: 'internal_resource', databuilder_id: 'd1' },
    });
  }
}

async function push(options: { dryRun?: boolean } = {}) {
  received = [];
  const stderr: string[] = [];
  const output = new PushOutput({
    server: `${server.url}/`,
    integrationId: 'int 7',
    apiKey: 'k-123',
    ...options,
  });
  const result = await new OneDashboard().start({
    output,
    stderr: { write: (text: string) => stderr.push(text) },
    setExitCode: false,
  });
  return { result, stderr: stderr.join('') };
}

const sync = (overrides: Partial<SyncRecord> = {}): SyncRecord => ({
  id: 'sync-1',
  status: 'succeeded',
  dry_run: false,
  counts,
  warnings: [],
  error: null,
  ...overrides,
});

describe('PushOutput against a fake import route', () => {
  it('posts both JSONL files as multipart with the bearer key and prints the counts', async () => {
    const warnings = [
      'owner x@y.z is not a user',
      { file: 'lineages_file', line: 3, field: 'to_identifier', message: 'table crm.accounts is ambiguous' },
    ];
    answer = () => ({ status: 200, body: sync({ warnings }) });
    const { result, stderr } = await push();
    expect(result.ok).toBe(true);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request).toMatchObject({
      method: 'POST',
      url: '/api/v1/integration/integrations/int%207/import_jsonl_metadata',
      authorization: 'Bearer k-123',
    });
    expect(request!.fields.resources_file).toEqual({
      name: 'resources.jsonl',
      type: 'application/x-ndjson',
      text: `${JSON.stringify(dashboard)}\n`,
    });
    expect(JSON.parse(request!.fields.lineages_file!.text)).toMatchObject({
      to_identifier: { databuilder_id: 'd1' },
    });
    expect(stderr).toContain('sync sync-1 succeeded:');
    expect(stderr).toContain('created 1, updated 2, unchanged 3, staled 4, revived 5');
    expect(stderr).toContain('lineage: 6 resolved, 7 pending, 0 rejected');
    expect(stderr).toContain('warning: owner x@y.z is not a user');
    expect(stderr).toContain(
      'warning: lineages_file line 3, field "to_identifier": table crm.accounts is ambiguous',
    );
  });

  it('asks for a dry run and prints the would-be diff', async () => {
    answer = () => ({ status: 200, body: sync({ dry_run: true }) });
    const { result, stderr } = await push({ dryRun: true });
    expect(result.ok).toBe(true);
    expect(received[0]!.url).toBe(
      '/api/v1/integration/integrations/int%207/import_jsonl_metadata?dry_run=true',
    );
    expect(stderr).toContain('dry run sync-1, nothing was changed; the sync would:');
    expect(stderr).toContain('create 1, update 2, leave 3 unchanged, stale 4, revive 5');
  });

  it('fails the run with the server error code and message', async () => {
    answer = () => ({
      status: 401,
      body: { error: { code: 'invalid_api_key', message: 'API key not recognised', details: {} } },
    });
    const { result, stderr } = await push();
    expect(result.ok).toBe(false);
    expect(result.error).toBeInstanceOf(PushError);
    expect(stderr).toContain('the server refused the upload (401 invalid_api_key): API key not recognised');
  });

  it('fails the run when the sync failed', async () => {
    answer = () => ({
      status: 200,
      body: sync({
        status: 'failed',
        error: { code: 'lineage_invalid', message: 'line 3: bad pair', details: {} },
      }),
    });
    const { result, stderr } = await push();
    expect(result.ok).toBe(false);
    expect(stderr).toContain('error lineage_invalid: line 3: bad pair');
  });

  it('fails clearly when the answer is not a sync record', async () => {
    answer = () => ({ status: 200, body: { hello: 'world' } });
    const { result, stderr } = await push();
    expect(result.ok).toBe(false);
    expect(stderr).toMatch(/answered 200 but not with a sync record/);
  });
});

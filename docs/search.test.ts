/** Runs the curl of docs/search.md against a real server on a real socket, over a small uploaded catalog. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { curlBlocksOf, runDocBlock } from './support/doc-commands.js';

const curlBlocks = curlBlocksOf('search.md');

let server: RunningServer;
let cwd: string;
beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-search-password', label: 'docs-search' });
  cwd = mkdtempSync(join(tmpdir(), 'sextant-docs-search-cwd-'));
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api/v1${path}`, {
      ...init,
      headers: { authorization: `Bearer ${server.bootstrap!.apiKey}`, ...(init.headers ?? {}) },
    });
  const created = await api('/integration/integrations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'warehouse', type: 'custom' }),
  });
  const { id } = (await created.json()) as { id: string };
  const table = (title: string, schema: string, description = '') => ({
    entity_type: 'table',
    databuilder_id: `${schema}.${title}`,
    title,
    schema,
    database: 'shop',
    description,
  });
  const resources = [
    table('orders', 'mart'),
    table('customer_orders', 'mart'),
    table('payments', 'mart', 'Payments of orders'),
    table('orders', 'raw'),
  ];
  const form = new FormData();
  form.append('resources_file', new Blob([resources.map((r) => JSON.stringify(r)).join('\n')]), 'r.jsonl');
  const upload = await api(`/integration/integrations/${id}/import_jsonl_metadata`, {
    method: 'POST',
    body: form,
  });
  expect(upload.ok).toBe(true);
}, 180_000);
afterAll(async () => {
  await server?.close();
});

test('docs/search.md: the example answers ranked hits of one schema with their facets', async () => {
  expect(curlBlocks).toHaveLength(1);
  const answer = JSON.parse(await runDocBlock(curlBlocks[0]!, { server, cwd }));
  expect(answer).toEqual({
    count: 3,
    approximate: false,
    titles: [
      ['orders', 'exact_title'],
      ['customer_orders', 'title_phrase'],
      ['payments', 'description_phrase'],
    ],
    types: [{ value: 'table', label: 'table', count: 3 }],
  });
});

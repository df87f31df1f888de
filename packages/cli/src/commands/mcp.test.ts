import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { createTestApp, type TestApp } from '@sextant/server/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const MAIN = resolve(import.meta.dirname, '../main.ts');
const SOURCE_ARGS = ['--conditions=source', '--import', 'tsx', MAIN];

describe('sextant mcp (stdio, driven by the SDK client)', { timeout: 120_000 }, () => {
  let t: TestApp;
  let serverUrl: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-cli-mcp-'));

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/demo', headers: t.as('admin') })).statusCode,
    ).toBe(200);
    serverUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => t?.dispose());

  async function connect(args: string[], key: string): Promise<Client> {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [...SOURCE_ARGS, 'mcp', ...args],
      env: { ...(process.env as Record<string, string>), SEXTANT_API_KEY: key, DATABASE_URL: '' },
      stderr: 'pipe',
    });
    const client = new Client({ name: 'sextant-cli-test', version: '1.0.0' });
    await client.connect(transport);
    return client;
  }

  async function searchOrders(client: Client): Promise<{ count: number; results: { title: string }[] }> {
    const answer = (await client.callTool({
      name: 'search_data_assets',
      arguments: { query: 'orders', limit: 3 },
    })) as { isError?: boolean; content: { text: string }[] };
    expect(answer.isError, answer.content[0]?.text).toBeFalsy();
    return JSON.parse(answer.content[0]!.text);
  }

  test('on the local database, as the key in SEXTANT_API_KEY', async () => {
    const client = await connect(['--database', t.store.sqliteFile!, '--data-dir', dataDir], t.keys.viewer);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toContain('entity_lineage');
      const found = await searchOrders(client);
      expect(found.results.map((r) => r.title)).toContain('orders');
      expect(found.results.length).toBeLessThanOrEqual(3);
      if (found.count > 3) expect(JSON.stringify(found)).toContain('truncated: showing 3 of');
    } finally {
      await client.close();
    }
  });

  test('against a server (--server), where another workspace’s key finds nothing of this one', async () => {
    const client = await connect(['--server', serverUrl], t.otherWorkspaceKey);
    try {
      expect((await searchOrders(client)).count).toBe(0);
    } finally {
      await client.close();
    }
  });

  test('without SEXTANT_API_KEY it refuses to start, saying why', () => {
    const env = { ...process.env, DATABASE_URL: '' };
    delete env.SEXTANT_API_KEY;
    const result = spawnSync(process.execPath, [...SOURCE_ARGS, 'mcp', '--database', t.store.sqliteFile!], {
      env,
      encoding: 'utf8',
      input: '',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('set SEXTANT_API_KEY');
  });
});

/** Runs the curl block of docs/mcp.md against a real server holding the demo catalog. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig, loadDemoAtStart, type RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { curlBlocksOf, runDocBlock } from './support/doc-commands.js';

const [call] = curlBlocksOf('mcp.md');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-mcp-password', label: 'docs-mcp' });
  const config = loadConfig(
    {},
    { dataDir: dirname(server.store.location), sqliteFile: server.store.location },
  );
  expect((await loadDemoAtStart({ config, store: server.store })).loaded).toBe(true);
}, 120_000);
afterAll(async () => server?.close());

test('the tools/call block answers search results with a truncation note', async () => {
  expect(call).toBeDefined();
  const answer = JSON.parse(
    await runDocBlock(call!, { server, cwd: mkdtempSync(join(tmpdir(), 'docs-mcp-')) }),
  );
  expect(answer.jsonrpc).toBe('2.0');
  const result = JSON.parse(answer.result.content[0].text);
  expect(result.results.map((r: { title: string }) => r.title)).toContain('orders');
  expect(result.results).toHaveLength(2);
  expect(result.note).toMatch(/^truncated: showing 2 of \d+ assets/);
});

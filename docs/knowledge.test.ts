/** Runs the curl blocks of docs/knowledge.md, in order, against a real server on a real socket. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { curlBlocksOf, runDocBlock } from './support/doc-commands.js';

const curlBlocks = curlBlocksOf('knowledge.md');

let server: RunningServer;
let cwd: string;
const vars: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-knowledge-password', label: 'docs-knowledge' });
  cwd = mkdtempSync(join(tmpdir(), 'sextant-docs-knowledge-cwd-'));
  const api = async (path: string, body: unknown) => {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.bootstrap!.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  vars.TABLE = await api('/table/tables', { title: 'orders' });
  vars.COLUMN = await api('/table/columns', { title: 'net_revenue', parent: vars.TABLE });
}, 180_000);
afterAll(async () => {
  await server?.close();
});

const run = (index: number) => runDocBlock(curlBlocks[index]!, { server, cwd, vars });

test('docs/knowledge.md has its four examples', () => {
  expect(curlBlocks).toHaveLength(4);
});

test('docs/knowledge.md: a term in a group, read through the older /dictionary/terms path', async () => {
  expect(JSON.parse(await run(0))).toEqual({
    title: 'Net revenue',
    entity_type: 'glossary',
    synonyms: ['net sales'],
    in_group: true,
  });
});

test('docs/knowledge.md: the term related to a column reads from the column', async () => {
  expect(JSON.parse(await run(1))).toEqual([
    { title: 'Net revenue', entity_type: 'glossary', origin: 'manual' },
  ]);
});

test('docs/knowledge.md: a document mentioning the table is among its related resources', async () => {
  expect(JSON.parse(await run(2))).toEqual([
    { title: 'Orders handbook', entity_type: 'document', origin: 'mention' },
  ]);
});

test('docs/knowledge.md: an accepted reply answers the question', async () => {
  expect(JSON.parse(await run(3))).toEqual([
    { title: 'Do orders include refunds?', status: 'answered', priority: 'high' },
  ]);
});

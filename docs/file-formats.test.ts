/**
 * Runs the curl commands of docs/file-formats.md against a real server on a real socket, with a small CSV and
 * JSONL pair written beside them. If the doc drifts from the API, this fails.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { curlBlocksOf, runDocBlock } from './support/doc-commands.js';

const curlBlocks = curlBlocksOf('file-formats.md');

let server: RunningServer;
let cwd: string;
beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-files-password', label: 'docs-files' });
  cwd = mkdtempSync(join(tmpdir(), 'sextant-docs-files-cwd-'));
  writeFileSync(
    join(cwd, 'metadata.csv'),
    'col_name,col_description,col_type,sort_order,database,schema,name,description,is_view,last_updated_time\nid,Key,int,1,shop,public,orders,All orders,false,1714561200\n',
  );
  const resources = [
    { entity_type: 'dashboard', databuilder_id: 'd1', title: 'Revenue' },
    { entity_type: 'chart', databuilder_id: 'c1', parent_databuilder_id: 'd1', title: 'By month' },
  ];
  writeFileSync(join(cwd, 'resources.jsonl'), resources.map((r) => JSON.stringify(r)).join('\n'));
  const lineage = {
    from_identifier: { type: 'external_table', schema: 'public', table: 'ORDERS' },
    to_identifier: { type: 'internal_resource', databuilder_id: 'c1' },
  };
  writeFileSync(join(cwd, 'lineages.jsonl'), JSON.stringify(lineage));
});
afterAll(async () => {
  await server?.close();
});

test('docs/file-formats.md: create, CSV upload and JSONL dry run answer as documented', async () => {
  expect(curlBlocks).toHaveLength(2);
  const run = (block: string, ID = '') => runDocBlock(block, { server, cwd, vars: { ID } });
  const created = JSON.parse(await run(curlBlocks[0]!)) as { id: string };
  const [csv, jsonl] = (await run(curlBlocks[1]!, created.id))
    .trim()
    .split(/\n|(?<=\})(?=\{)/)
    .map((text) => JSON.parse(text));
  expect(csv).toMatchObject({ source: 'csv', status: 'succeeded', counts: { created: 4 } });
  // Same integration: the JSONL upload stales the CSV's table, so its lineage to ORDERS waits as pending.
  expect(jsonl).toMatchObject({
    source: 'jsonl',
    dry_run: true,
    counts: { created: 2, staled: 4, lineage_pending: 1 },
  });
});

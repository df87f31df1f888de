import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RunningServer } from '../../server.js';
import { startTestServer } from '../../testing/index.js';

/**
 * docs/api.md "Porting a Secoda script": the custom-integration guide's Python snippet, with only the host
 * changed, runs against a real server over a real socket. With Python's `requests` installed it runs as written;
 * without it, the same requests are sent from Node (the doc says so).
 */
const DOC = new URL('../../../../../docs/api.md', import.meta.url);
const SNIPPET = /<!-- python-snippet:start -->\n```python\n([\s\S]*?)```\n<!-- python-snippet:end -->/;
const CSV = `col_name,col_description,col_type,sort_order,database,schema,name,description,is_view,last_updated_time
id,Key,int,1,shop,public,orders,All orders,false,1714561200
amount,,numeric,2,shop,public,orders,All orders,false,1714561200
`;

// SEXTANT_SNIPPETS_FROM_NODE=1 exercises the Node variant on a machine that has requests.
const hasRequests =
  process.env.SEXTANT_SNIPPETS_FROM_NODE !== '1' &&
  spawnSync('python3', ['-c', 'import requests'], { encoding: 'utf8' }).status === 0;

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'python snippet password', label: 'python' });
  dir = mkdtempSync(join(tmpdir(), 'sextant-python-'));
  writeFileSync(join(dir, 'metadata.csv'), CSV);
});
afterAll(async () => {
  await server?.close();
});

test('the documented snippet is in docs/api.md', () => {
  expect(readFileSync(DOC, 'utf8')).toMatch(SNIPPET);
});

test(`the custom-integration snippet runs unchanged (${hasRequests ? 'Python requests' : 'the same requests from Node'})`, async () => {
  const env = { ...process.env, SEXTANT: server.url, SEXTANT_API_KEY: server.bootstrap!.apiKey };
  let lines: string[];
  if (hasRequests) {
    const code = SNIPPET.exec(readFileSync(DOC, 'utf8'))![1]!;
    // Asynchronous on purpose: the server answers from this process's event loop, which spawnSync would block.
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile('python3', ['-c', code], { cwd: dir, env, timeout: 120_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
    expect(run.code, run.stderr).toBe(0);
    lines = run.stdout.trim().split('\n');
  } else {
    lines = await sameRequestsFromNode(server.url, server.bootstrap!.apiKey);
  }
  expect(lines[0]).toMatch(/^Integration ID [0-9a-f-]{36}$/);
  expect(lines[1]).toBe('200');
  expect(lines[2]).toBe("1 ['orders']");
  expect(lines[3]).toBe('1');
  expect(lines[4]).toMatch(/^(create|update|sync)\S* API$/);
});

/** The snippet's requests, in order, printing what it prints. */
async function sameRequestsFromNode(base: string, key: string): Promise<string[]> {
  const headers = { authorization: `Bearer ${key}` };
  const out: string[] = [];
  const created = await fetch(`${base}/integration/integrations/`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'My custom integration', type: 'custom', credentials: {} }),
  });
  const id = ((await created.json()) as { id: string }).id;
  out.push(`Integration ID ${id}`);
  const form = new FormData();
  form.append('file', new Blob([CSV]), 'metadata.csv');
  const upload = await fetch(`${base}/integration/integrations/${id}/import_metadata/`, {
    method: 'POST',
    headers,
    body: form,
  });
  out.push(String(upload.status));
  const tables = (await (await fetch(`${base}/api/v1/table/tables/`, { headers })).json()) as {
    count: number;
    results: Array<{ title: string }>;
  };
  out.push(`${tables.count} [${tables.results.map((table) => `'${table.title}'`).join(', ')}]`);
  const filter = encodeURIComponent('{"operator":"exact","field":"type","value":"table"}');
  const catalog = (await (
    await fetch(`${base}/api/v1/resource/catalog?filter=${filter}`, { headers })
  ).json()) as {
    count: number;
  };
  out.push(String(catalog.count));
  const logFilter = encodeURIComponent('{"operator":"exact","field":"performer_type","value":"API"}');
  const logs = (await (
    await fetch(`${base}/api/v1/activity_log/audit_logs/?filter=${logFilter}&days=7`, { headers })
  ).json()) as { results: Array<{ activity_type: string; performer_type: string }> };
  out.push(`${logs.results[0]!.activity_type} ${logs.results[0]!.performer_type}`);
  return out;
}

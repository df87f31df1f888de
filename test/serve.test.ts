import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const CLI = new URL('../packages/cli/dist/bundle/main.js', import.meta.url).pathname;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

/** Starts the built `sextant serve` like a user would and collects what it prints until it serves. */
async function serve(
  dataDir: string,
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<{ url: string; output: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir, ...extra], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', SEXTANT_ADMIN_PASSWORD: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // Serving once the URL is printed and, on a first start, the whole key block after it (it may come in a
    // later chunk, so the answer waits for a quiet moment after the last chunk).
    const ready = () => {
      const url = /serving (http:\/\/\S+)/.exec(output)?.[1];
      if (!url || (output.includes('First start') && !output.includes('Sign in at'))) return undefined;
      return url;
    };
    // A first start's key block ends with "Sign in at": then the banner is whole at once. Without it, the answer
    // waits for 1.5 s of quiet, long enough that a busy machine descheduling the server between two writes of the
    // banner does not cut the key block off (300 ms did, once, under load).
    let quiet: NodeJS.Timeout | undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      clearTimeout(quiet);
      const url = ready();
      if (url && output.includes('Sign in at')) return resolve(url);
      quiet = setTimeout(() => {
        const url = ready();
        if (url) resolve(url);
      }, 1500);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return { url, output, child };
}

test('first start on an empty folder prints a working key and where the password is; a restart does not', async () => {
  expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-serve-'));
  const first = await serve(dataDir);
  const key = /(sxt_[A-Za-z0-9_-]+)/.exec(first.output)?.[1];
  expect(key).toBeTruthy();
  const passwordFile = join(dataDir, 'initial-admin-password.txt');
  expect(first.output).toContain(passwordFile);
  expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
  expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);

  const health = await fetch(`${first.url}/healthcheck`);
  expect(await health.json()).toEqual({ status: 'OK' });
  const list = await fetch(`${first.url}/api/v1/integration/integrations`, {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(list.status).toBe(200);
  expect(await list.json()).toMatchObject({ count: 0, results: [] });
  const anonymous = await fetch(`${first.url}/api/v1/integration/integrations`);
  expect(anonymous.status).toBe(401);

  children.pop()!.kill('SIGTERM');
  const second = await serve(dataDir);
  expect(second.output).not.toContain('sxt_');
  const again = await fetch(`${second.url}/api/v1/integration/integrations`, {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(again.status).toBe(200);
});

test('--workers 2 serves from two processes on one port and stops them all on SIGTERM', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-workers-'));
  const { url, output, child } = await serve(dataDir, ['--workers', '2']);
  expect(output).toContain('2 workers');
  const key = /(sxt_[A-Za-z0-9_-]+)/.exec(output)?.[1];
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      fetch(`${url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${key}` } }),
    ),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  await expect(fetch(`${url}/healthcheck`)).rejects.toThrow();
});

test('--workers 2 with SEXTANT_METRICS: every scrape adds up all workers; /readyz is ready on each', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-workers-metrics-'));
  const token = 'metrics-token-for-the-cluster-test';
  const { url } = await serve(dataDir, ['--workers', '2'], {
    SEXTANT_METRICS: '1',
    SEXTANT_METRICS_TOKEN: token,
  });
  const scrape = async () => {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    const line = text
      .split('\n')
      .find((l) =>
        l.startsWith('sextant_http_requests_total{method="GET",route="/healthcheck",status_code="200"}'),
      );
    return Number(line?.split(' ').at(-1) ?? 0);
  };
  const before = await scrape();
  const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(`${url}/healthcheck`)));
  expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
  // Whichever worker answers each scrape, the count is the cluster's: all 30, and again all 30.
  expect((await scrape()) - before).toBe(30);
  expect((await scrape()) - before).toBe(30);
  const ready = await Promise.all(Array.from({ length: 6 }, () => fetch(`${url}/readyz`)));
  for (const res of ready) {
    expect(res.status).toBe(200);
    expect((await res.json()).checks.jobs).toBe('not_applicable');
  }
}, 120_000);

test('the built server reads a JSONL upload on its worker thread (built as an entry of the CLI bundle)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-serve-jsonl-'));
  const { url, output } = await serve(dataDir, [], { SEXTANT_IMPORT_WORKER_MIN_BYTES: '0' });
  const auth = { authorization: `Bearer ${/(sxt_[A-Za-z0-9_-]+)/.exec(output)![1]}` };
  const created = await fetch(`${url}/api/v1/integration/integrations`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'files', type: 'custom' }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const integration = (await created.json()).id;
  const lines = [
    { entity_type: 'dashboard', databuilder_id: 'd1', title: 'Revenue' },
    { entity_type: 'chart', databuilder_id: 'c1', parent_databuilder_id: 'd1', title: 'By month' },
  ];
  const upload = async (text: string) => {
    const form = new FormData();
    form.set('resources_file', new Blob([text]), 'resources.jsonl');
    return fetch(`${url}/api/v1/integration/integrations/${integration}/import_jsonl_metadata`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
  };
  const imported = await upload(lines.map((line) => JSON.stringify(line)).join('\n'));
  expect(imported.status, await imported.clone().text()).toBe(200);
  expect((await imported.json()).counts).toMatchObject({ created: 2 });
  const bad = await upload(`${JSON.stringify(lines[0])}\n{oops\n`);
  expect(bad.status).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain('resources.jsonl:2');
});

test('the built server bundles an upload and runs it in the sandbox (its files are found beside the CLI bundle)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-serve-market-'));
  const tables = createServer((_, res) => res.end(JSON.stringify(['orders', 'refunds'])));
  await new Promise<void>((resolve) => tables.listen(0, '127.0.0.1', resolve));
  const service = `127.0.0.1:${(tables.address() as AddressInfo).port}`;
  try {
    const { url, output } = await serve(dataDir);
    const auth = { authorization: `Bearer ${/(sxt_[A-Za-z0-9_-]+)/.exec(output)![1]}` };
    const form = new FormData();
    form.set('name', 'Tables API');
    form.set('category', 'warehouse');
    form.set('allowed_endpoints', JSON.stringify([`http://${service}/`]));
    form.set('credential_fields', JSON.stringify([{ key: 'base_url', label: 'Base URL', sensitive: false }]));
    const code = `import { Integration } from '@sextant/sdk';
export default class TablesApi extends Integration {
  async extract() {
    const names = (await this.httpGet(this.credentials.base_url)).json() as string[];
    for (const name of names)
      this.declareResource({ entity_type: 'table', databuilder_id: name, title: name, database: 'shop', schema: 'public' });
  }
}`;
    form.set('code', new Blob([code]), 'tables.ts');
    const upload = await fetch(`${url}/api/v1/marketplace/integrations`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const created = await fetch(`${url}/api/v1/integration/integrations`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'tables',
        type: `marketplace:${(await upload.json()).id}`,
        credentials: { base_url: `http://${service}/` },
        allow_private_hosts: [service],
      }),
    });
    const integration = (await created.json()).id;
    const run = await fetch(`${url}/api/v1/integration/integrations/${integration}/run`, {
      method: 'POST',
      headers: auth,
    });
    expect(run.status).toBe(202);
    const { sync_id } = await run.json();
    const sync = async () =>
      (
        await fetch(`${url}/api/v1/integration/integrations/${integration}/syncs/${sync_id}`, {
          headers: auth,
        })
      ).json();
    await expect
      .poll(async () => (await sync()).status, { timeout: 120_000, interval: 500 })
      .not.toBe('running');
    expect(await sync()).toMatchObject({ status: 'succeeded', counts: { created: 2 } });
  } finally {
    tables.close();
  }
}, 240_000);

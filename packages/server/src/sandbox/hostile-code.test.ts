import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LocalHttpServer, startLocalHttpServer } from '@sextant/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleIntegration } from './index.js';
import { expectFailure, integrationWith, runInSandbox } from './testing/run-in-sandbox.js';

// Each case runs uploaded code in the real sandbox (a process, an isolate, the host broker over real
// sockets) and checks the clear error it gets and that the host saw no effect.

const CANARY = 'sandbox-canary-7f3a';
let directory: string;
let secretFile: string;
let fake: LocalHttpServer;
let fakeHost: string; // 127.0.0.1:PORT
const hits: string[] = [];
let hugeBytesSent = 0;

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'sextant-hostile-'));
  secretFile = path.join(directory, 'secret.txt');
  writeFileSync(secretFile, CANARY);
  process.env.SEXTANT_SANDBOX_CANARY = CANARY;
  fake = await startLocalHttpServer(async (request, response) => {
    hits.push(request.url ?? '');
    if (request.url === '/to-localhost')
      return void response
        .writeHead(302, { location: `http://localhost:${new URL(fake.url).port}/secret` })
        .end();
    if (request.url === '/to-metadata')
      return void response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (request.url === '/huge') return streamHuge(response);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  fakeHost = new URL(fake.url).host;
});

afterAll(async () => {
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
  delete process.env.SEXTANT_SANDBOX_CANARY;
});

/** Streams up to 1 GB in 64 KB chunks, as fast as the client reads, and stops when the client goes. */
function streamHuge(response: import('node:http').ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, 120);
  const total = 1024 * 1024 * 1024;
  response.writeHead(200, { 'content-type': 'application/octet-stream' });
  const pump = () => {
    while (hugeBytesSent < total && !response.destroyed) {
      hugeBytesSent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  response.on('close', () => response.destroy());
  pump();
}

function leaks(run: { logs: { message: string }[]; records: unknown[] }): boolean {
  return JSON.stringify(run).includes(CANARY);
}

// Each run starts a process; several runs per case on a busy CI machine need more than the default 30 s.
describe('hostile code in the sandbox', { timeout: 120_000 }, () => {
  it('cannot read a file: no fs at bundle time, no require or import() at run time', async () => {
    const bundled = await bundleIntegration(
      `import { readFileSync } from 'node:fs';\n${integrationWith('')}`,
      {
        filename: 'read.ts',
      },
    );
    expect(bundled).toMatchObject({
      ok: false,
      message: expect.stringMatching(/import "node:fs" is not allowed/),
    });

    const viaEval = await runInSandbox(
      integrationWith(
        `const load = (0, eval)('require'); console.log(load('fs').readFileSync(${JSON.stringify(secretFile)}, 'utf8'));`,
      ),
    );
    expectFailure(viaEval, 'sandbox_code_error', /require is not defined/);
    expect(leaks(viaEval)).toBe(false);

    const viaImport = await runInSandbox(
      integrationWith(
        `const fs = await new Function('return import("node:fs")')(); console.log(fs.readFileSync(${JSON.stringify(secretFile)}, 'utf8'));`,
      ),
    );
    expectFailure(viaImport, 'sandbox_code_error', /Not supported/);
    expect(leaks(viaImport)).toBe(false);
  });

  it('cannot read process.env (there is no process)', async () => {
    const run = await runInSandbox(integrationWith(`console.log(process.env.SEXTANT_SANDBOX_CANARY);`));
    expectFailure(run, 'sandbox_code_error', /process is not defined/);
    const viaGlobal = await runInSandbox(
      integrationWith(
        `const g: any = Function('return this')(); console.log(typeof g.process, JSON.stringify(g.process?.env));`,
      ),
    );
    expect(viaGlobal.result.ok).toBe(true);
    expect(viaGlobal.logs.map((entry) => entry.message)).toContain('undefined undefined');
    expect(leaks(run) || leaks(viaGlobal)).toBe(false);
  });

  it('cannot reach child_process, at bundle time or through globalThis tricks at run time', async () => {
    const bundled = await bundleIntegration(
      `import { execSync } from 'child_process';\n${integrationWith('')}`,
      {
        filename: 'spawn.ts',
      },
    );
    expect(bundled).toMatchObject({
      ok: false,
      message: expect.stringMatching(/import "child_process" is not allowed/),
    });

    const marker = path.join(directory, 'spawned');
    const tricks = [
      `(globalThis as any)['req' + 'uire']('child_process').execSync('touch ${marker}');`,
      `Function('return require')()('child_process').execSync('touch ${marker}');`,
      `(this as any).constructor.constructor('return process')().mainModule.require('child_process').execSync('touch ${marker}');`,
    ];
    for (const trick of tricks) {
      const run = await runInSandbox(integrationWith(trick));
      expectFailure(run, 'sandbox_code_error', /is not a function|is not defined/);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('has no fetch', async () => {
    const run = await runInSandbox(integrationWith(`await fetch('${fake.url}/fetched');`), {
      allowedEndpoints: [fake.url],
      allowPrivateHosts: [fakeHost],
    });
    expectFailure(run, 'sandbox_code_error', /fetch is not defined/);
    expect(hits).not.toContain('/fetched');
  });

  it('cannot call a host that is not allow-listed', async () => {
    const run = await runInSandbox(integrationWith(`await this.httpGet('${fake.url}/not-listed');`), {
      allowedEndpoints: ['https://api.example.com/v1'],
      allowPrivateHosts: [fakeHost],
    });
    expectFailure(
      run,
      'sandbox_http_refused',
      /GET http:\/\/127\.0\.0\.1:\d+\/not-listed refused: not under the integration's allowed endpoints \(https:\/\/api\.example\.com\/v1\)/,
    );
    expect(run.calls).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: `${fake.url}/not-listed`,
        error: expect.stringMatching(/refused/),
      }),
    ]);
    expect(hits).not.toContain('/not-listed');
  });

  it('cannot reach loopback through an allow-listed name that resolves to 127.0.0.1', async () => {
    const port = new URL(fake.url).port;
    const run = await runInSandbox(
      integrationWith(`await this.httpGet('http://localhost:${port}/via-name');`),
      {
        allowedEndpoints: [`http://localhost:${port}`],
      },
    );
    expectFailure(
      run,
      'sandbox_http_refused',
      /localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
    );
    expect(hits).not.toContain('/via-name');
  });

  it('re-checks each redirect hop: to a private address, and to a host off the allow-list', async () => {
    const port = new URL(fake.url).port;
    const options = {
      allowedEndpoints: [fake.url, `http://localhost:${port}`],
      allowPrivateHosts: [fakeHost],
    };
    const toLocalhost = await runInSandbox(
      integrationWith(`await this.httpGet('${fake.url}/to-localhost', { followRedirects: true });`),
      options,
    );
    expectFailure(toLocalhost, 'sandbox_http_refused', /localhost resolves to .*loopback/);
    expect(toLocalhost.calls.map((call) => call.status ?? 'refused')).toEqual([302, 'refused']);

    const toMetadata = await runInSandbox(
      integrationWith(`await this.httpGet('${fake.url}/to-metadata', { followRedirects: true });`),
      {
        ...options,
        allowedEndpoints: [...options.allowedEndpoints, 'http://169.254.169.254'],
        allowPrivateHosts: [fakeHost, '169.254.169.254'],
      },
    );
    expectFailure(toMetadata, 'sandbox_http_refused', /169\.254\.169\.254, a metadata address/);
    expect(hits).toContain('/to-localhost');
    expect(hits).not.toContain('/secret');
  });

  it('kills an infinite loop at the time limit without blocking the server', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const run = await runInSandbox(integrationWith('for (;;) {}'), { timeLimitMs: 1_500 });
    clearInterval(ticker);
    expectFailure(run, 'sandbox_timeout', /time limit \(1500 ms\)/);
    // The loop ran on the sandbox's thread: this process's timers kept firing meanwhile.
    expect(ticks).toBeGreaterThan(0);
  });

  it('kills code that allocates past the memory limit', async () => {
    const run = await runInSandbox(
      integrationWith(
        `const hoard: string[][] = []; for (;;) hoard.push(new Array(100_000).fill('x'.repeat(10) + hoard.length));`,
      ),
      { memoryLimitMb: 32 },
    );
    expectFailure(run, 'sandbox_memory_limit', /memory limit \(32 MB\)/);
  });

  it('stops a 1 GB response at the size cap while it streams', async () => {
    const run = await runInSandbox(integrationWith(`await this.httpGet('${fake.url}/huge');`), {
      allowedEndpoints: [fake.url],
      allowPrivateHosts: [fakeHost],
      maxResponseBytes: 1024 * 1024,
    });
    expectFailure(run, 'sandbox_response_too_large', /larger than 1048576 bytes/);
    expect(run.calls[0]).toMatchObject({
      url: `${fake.url}/huge`,
      error: expect.stringMatching(/larger than/),
    });
    // The broker hung up: the server sent a few MB (socket buffers), nowhere near 1 GB.
    expect(hugeBytesSent).toBeLessThan(64 * 1024 * 1024);
  });

  it('validates records again on the host: output.write() called around the SDK', async () => {
    const run = await runInSandbox(`
const host = (globalThis as any).__sextantHost;
export default {
  async start(options: any) {
    console.log(typeof host);
    await options.output.write({ resources: [{ entity_type: 'dashboard', databuilder_id: 'ok.1', title: 'fine' }, { nonsense: true }], lineages: [] });
    return { ok: true, resources: [], lineages: [], problems: [], warnings: [] };
  },
};
`);
    expectFailure(
      run,
      'sandbox_invalid_records',
      /^resource #2, field "entity_type": is required\nresource #2, field "databuilder_id": is required/,
    );
    // The host functions were taken before the upload ran: the global was already gone.
    expect(run.logs.map((entry) => entry.message)).toEqual(['undefined']);
    expect(run.records).toHaveLength(1);
  });
});

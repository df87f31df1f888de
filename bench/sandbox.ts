// The sandbox's overheads: bundling an upload, starting a run (process + isolate + SDK), and a run that pages
// through a local API (200 calls) and declares 10,000 resources. `DIST=1` measures the built server
// (packages/server/dist, as `sextant serve` runs it); otherwise the sources, whose sandbox process loads
// TypeScript through tsx.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sendJson, startLocalHttpServer } from '@sextant/sdk/testing';
import { median, ROOT } from './lib/server-process.js';

type SandboxModule = typeof import('../packages/server/src/sandbox/index.js');
const entry = process.env.DIST
  ? path.join(ROOT, 'packages/server/dist/sandbox/index.js')
  : path.join(ROOT, 'packages/server/src/sandbox/index.ts');
const { bundleIntegration, runSandboxed } = (await import(pathToFileURL(entry).href)) as SandboxModule;
const RUNS = Number(process.env.RUNS ?? 7);

const TRIVIAL = `import { Integration } from '@sextant/sdk';
export default class Trivial extends Integration {
  extract() { this.declareResource({ entity_type: 'dashboard', databuilder_id: 'd', title: 'D' }); }
}`;
const PAGED = `import { Integration } from '@sextant/sdk';
export default class Paged extends Integration {
  async extract() {
    for (let page = 0; page < 200; page++) {
      const body = (await this.httpGet(this.requireCredential('url') + '/items', { params: { page } })).json<{ ids: number[] }>();
      for (const id of body.ids) this.declareResource({ entity_type: 'dashboard', databuilder_id: 'd' + id, title: 'Dashboard ' + id });
    }
  }
}`;

const fake = await startLocalHttpServer((request, response) => {
  const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page'));
  sendJson(response, 200, { ids: Array.from({ length: 50 }, (_, i) => page * 50 + i) });
});

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

async function runMany(code: string, options: { url?: string } = {}) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [ms, result] = await timed(() =>
      runSandboxed({
        code,
        credentials: options.url ? { url: options.url } : {},
        allowedEndpoints: [fake.url],
        allowPrivateHosts: [new URL(fake.url).host],
        onRecord() {},
        onLog() {},
        onHttpCall() {},
      }),
    );
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    times.push(ms);
  }
  return times;
}

const bundleTimes: number[] = [];
let trivialCode = '';
for (let i = 0; i < RUNS; i++) {
  const [ms, bundle] = await timed(() => bundleIntegration(TRIVIAL, { filename: 'trivial.ts' }));
  if (!bundle.ok) throw new Error(bundle.message);
  bundleTimes.push(ms);
  trivialCode = bundle.code;
}
const paged = await bundleIntegration(PAGED, { filename: 'paged.ts' });
if (!paged.ok) throw new Error(paged.message);

const fmt = (times: number[]) =>
  `median ${Math.round(median(times))} ms  min ${Math.round(Math.min(...times))}  max ${Math.round(Math.max(...times))}`;
console.log(`sandbox (${process.env.DIST ? 'built server' : 'sources through tsx'}), ${RUNS} runs each`);
console.log(`  bundle an upload:                       ${fmt(bundleTimes)}  (${trivialCode.length} bytes)`);
console.log(`  run a trivial integration:              ${fmt(await runMany(trivialCode))}`);
console.log(`  200 HTTP calls + 10,000 resources:      ${fmt(await runMany(paged.code, { url: fake.url }))}`);
await fake.close();

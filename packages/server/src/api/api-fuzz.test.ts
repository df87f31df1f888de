import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Role } from '../store/schema.js';
import { forEachApp, type TestApp } from '../testing/index.js';
import {
  baseRequest,
  type FuzzContext,
  type FuzzRequest,
  hostileSweep,
  requestArbitrary,
} from './fuzz/fuzz-requests.js';
import { enabledFamilies } from './fuzz/hostile-inputs.js';
import { listOperations, MULTIPART_ROUTES, type Operation, uploadLikeOperations } from './fuzz/operations.js';
import { closeConnections, MAX_HEAD_BYTES, sendRaw } from './fuzz/raw-http.js';
import { listRoutes } from './route-inventory.js';

// Schema-driven fuzzing of every operation in openapi.json over a real socket, as every role, on every backend
// (issue #16). Pass: no 5xx, an answer within 10 s, and never a 2xx (nor a 401) for a role below the route's.
// SEXTANT_FUZZ_RUNS raises the generated requests per operation; CI uses a fixed seed, elsewhere it is printed.
const RUNS = Number(process.env.SEXTANT_FUZZ_RUNS ?? 6);
const SEED = Number(process.env.SEXTANT_FUZZ_SEED ?? (process.env.CI ? 16 : Date.now() % 1_000_000));
// The sweep sends each hostile value to every operation; within the CI budget each operation gets every
// SWEEP_SHARE-th value instead (rotating, so every value still reaches every kind of route).
const SWEEP_SHARE = RUNS >= 50 ? 1 : 8;
const ANSWER_WITHIN_MS = 10_000;
const ROLES: Role[] = ['viewer', 'editor', 'admin'];
const RANK = { public: -1, viewer: 0, editor: 1, admin: 2 } as const;

/** Every error code any fuzz run answered, across backends, for the docs/errors.md check. */
const codesSeen = new Set<string>();

forEachApp('API fuzz from openapi.json', (t, backend) => {
  let origin: URL;
  let ctx: FuzzContext;
  let operations: Operation[];

  beforeAll(async () => {
    const { app } = t();
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    origin = new URL(address);
    ctx = { families: enabledFamilies(), ids: await harvestIds(t()) };
    // Deletes last, so the real ids stay useful to the other operations as long as possible.
    operations = listOperations(listRoutes(app)).sort(
      (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
    );
    console.info(
      `[api fuzz ${backend}] seed ${SEED}, ${RUNS} runs per operation, ${operations.length} operations`,
    );
  });

  afterAll(() => closeConnections());

  test('the upload routes the fuzzer knows are exactly the upload-like operations of openapi.json', () => {
    expect(Object.keys(MULTIPART_ROUTES).sort()).toEqual(uploadLikeOperations());
  });

  test('generated requests from each operation’s schema, as every role', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      const property = fc.asyncProperty(
        fc.constantFrom(...ROLES),
        requestArbitrary(op, ctx),
        async (role, req) => {
          const problem = await check(op, role, req);
          if (problem) throw new Error(problem);
        },
      );
      const result = await fc.check(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
      if (result.failed)
        failures.push(
          String(
            result.errorInstance instanceof Error ? result.errorInstance.message : result.counterexample,
          ),
        );
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test('hostile bodies, ids, query values and files on every operation', async () => {
    const failures: string[] = [];
    for (const [index, op] of operations.entries()) {
      const role: Role = 'admin';
      for (const req of hostileSweep(op, ctx, baseRequest(op, ctx), { share: SWEEP_SHARE, index })) {
        const problem = await check(op, role, req);
        if (problem) failures.push(problem);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  /** Sends a request as a role and answers what is wrong with the answer, if anything. */
  async function check(op: Operation, role: Role, req: FuzzRequest): Promise<string | undefined> {
    const answer = await sendRaw(
      origin,
      { ...req, headers: { ...req.headers, authorization: `Bearer ${t().keys[role]}` } },
      ANSWER_WITHIN_MS,
    );
    const code = errorCodeOf(answer.body);
    if (code) codesSeen.add(code);
    const label = `[${backend}] ${role} ${req.method} ${req.path.slice(0, 160)} (${req.note}) -> ${answer.status} ${answer.failure ?? ''} ${answer.body.slice(0, 240)}`;
    const headTooLong = req.path.length > MAX_HEAD_BYTES;
    if (answer.failure && !(headTooLong && answer.failure !== 'timeout')) return `no answer: ${label}`;
    if (answer.status >= 500) return `server error: ${label}`;
    if (answer.status === 401 && op.access !== 'public') return `a valid key was refused: ${label}`;
    if (RANK[role] < RANK[op.access] && answer.status < 400)
      return `acted above its role (${op.access}): ${label}`;
    return undefined;
  }
});

test('docs/errors.md documents every error code the fuzzer provoked', () => {
  const doc = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]));
  expect(codesSeen.size).toBeGreaterThan(5);
  expect([...codesSeen].filter((code) => !documented.has(code))).toEqual([]);
});

function errorCodeOf(body: string): string | undefined {
  try {
    const code = JSON.parse(body)?.error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Loads the demo catalog and collects real ids by path-parameter name (users and keys excluded: see below). */
async function harvestIds(testApp: TestApp): Promise<Record<string, string[]>> {
  const { app } = testApp;
  const headers = testApp.as('admin');
  const demo = await app.inject({ method: 'POST', url: '/api/v1/demo', headers, payload: {} });
  if (demo.statusCode >= 300) throw new Error(`demo load failed: ${demo.statusCode} ${demo.body}`);
  const ids = async (url: string, limit = 10): Promise<string[]> => {
    const res = await app.inject({ method: 'GET', url, headers });
    const results = (res.json() as { results?: Array<{ id: string }> }).results ?? [];
    return results.slice(0, limit).map((r) => String(r.id));
  };
  const resources = await ids('/api/v1/resource/catalog?page_size=20', 20);
  const integrations = await ids('/api/v1/integration/integrations');
  const syncs = (
    await Promise.all(integrations.map((i) => ids(`/api/v1/integration/integrations/${i}/syncs`, 2)))
  ).flat();
  const properties = await ids('/api/v1/resource/all_v2/custom_properties');
  const others = [
    ...(await ids('/api/v1/tag')),
    ...(await ids('/api/v1/collection/collections')),
    ...(await ids('/api/v1/lineage/manual')),
    ...(await ids('/api/v1/auth/teams')),
    ...(await ids('/api/v1/auth/group')),
    ...(await ids('/api/v1/marketplace/integrations')),
    ...(await ids('/api/v1/notifications/subscriptions')),
  ];
  // User and API key ids are left out on purpose: a fuzzed DELETE or PATCH of the fuzzer's own users would revoke
  // the keys it acts with. Those routes still get random and hostile ids.
  return {
    id: [...resources, ...integrations, ...properties, ...others],
    sync_id: syncs,
    property_id: properties,
    entity_id: resources,
    version: ['1', '2'],
  };
}

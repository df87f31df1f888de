import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generateApiKey } from '../auth/tokens.js';
import { createApiKey, findFirstAdmin } from '../store/accounts/index.js';
import { dumpCatalog, tableRun } from '../testing/index.js';
import { createTestStore, type TestStore, testBackends } from '../testing/test-stores.js';
import { connectFeedIntegration } from './testing/feed-marketplace.js';
import { type FeedService, startFeedService } from './testing/feed-service.js';
import { type JobServerProcess, spawnJobServer, waitFor } from './testing/spawn-job-server.js';

let feed: FeedService;
const servers: JobServerProcess[] = [];
beforeAll(async () => {
  feed = await startFeedService(tableRun('orders', ['id', 'amount']));
});
// A failed test leaves no server process behind for the next one.
afterEach(async () => {
  for (const server of servers.splice(0)) await server.kill('SIGKILL');
});
afterAll(async () => {
  await feed.close();
});

async function api(server: JobServerProcess, key: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${server.url}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${key}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  });
  return { status: res.status, body: (await res.json()) as any };
}

const syncPath = (id: string, syncId: string) => `/api/v1/integration/integrations/${id}/syncs/${syncId}`;

for (const backend of testBackends()) {
  describe(`restart during a run [${backend}]`, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await createTestStore(backend);
    });
    afterAll(async () => {
      await store?.dispose();
    });

    test('SIGKILL while a run waits on its service: after a restart the sync is failed, the catalog identical, and the integration runs again', async () => {
      const first = await spawnJobServer(store);
      servers.push(first);
      const key = first.apiKey!;
      expect(key).toBeTruthy();
      // A marketplace integration: its runs go through the sandbox, a process of their own.
      const id = await connectFeedIntegration({ url: first.url, key }, feed.url);
      const run = async (server: JobServerProcess) => {
        const res = await api(server, key, `/api/v1/integration/integrations/${id}/run`, { method: 'POST' });
        expect(res.status, JSON.stringify(res.body)).toBe(202);
        return res.body.sync_id as string;
      };
      const finished = (server: JobServerProcess, syncId: string) =>
        waitFor(`sync ${syncId} to end`, async () => {
          const { body } = await api(server, key, syncPath(id, syncId));
          return body.status === 'running' ? undefined : body;
        });

      feed.answer = tableRun('orders', ['id', 'amount']);
      expect(await finished(first, await run(first))).toMatchObject({
        status: 'succeeded',
        counts: { created: 5 },
      });
      const before = await dumpCatalog(store);

      feed.answer = 'hang';
      const requests = feed.requests;
      const blocked = await run(first);
      await waitFor('the run to call its service', async () => (feed.requests > requests ? true : undefined));
      expect((await api(first, key, syncPath(id, blocked))).body.status).toBe('running');
      const sandboxes = childPids(first.child.pid!);
      expect(sandboxes.length).toBeGreaterThan(0);
      await first.kill('SIGKILL');
      expect(first.child.signalCode).toBe('SIGKILL');
      // The sandbox process of the killed server does not outlive it.
      await waitFor(
        'the sandbox process to end',
        async () => (sandboxes.some(isAlive) ? undefined : true),
        60_000,
      );

      const second = await spawnJobServer(store);
      servers.push(second);
      const interrupted = await finished(second, blocked);
      expect(interrupted).toMatchObject({
        status: 'failed',
        error: { code: 'sync_failed', message: 'interrupted: the server stopped during the run' },
      });
      expect(interrupted.finished_at).not.toBeNull();
      expect(await dumpCatalog(store)).toBe(before);

      feed.answer = tableRun('orders', ['id', 'amount', 'status']);
      expect(await finished(second, await run(second))).toMatchObject({
        status: 'succeeded',
        counts: { created: 1, unchanged: 5 },
      });
      await second.kill('SIGTERM');
    }, 480_000);

    test('SIGKILL during a JSONL upload’s sync: after a restart that sync is failed too, not running forever', async () => {
      const server = await spawnJobServer(store);
      servers.push(server);
      const adminKey = server.apiKey ?? (await newAdminKey(store));
      const created = await api(server, adminKey, '/api/v1/integration/integrations', {
        method: 'POST',
        body: JSON.stringify({ name: 'files', type: 'jsonl' }),
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      const before = await dumpCatalog(store);
      const form = new FormData();
      form.append('resources_file', new Blob([largeRun(60_000)]), 'resources.jsonl');
      const upload = fetch(`${server.url}/api/v1/integration/integrations/${id}/import_jsonl_metadata`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminKey}` },
        body: form,
      }).catch((error: Error) => error);
      const syncId = await waitFor('the import’s sync to start', async () => {
        const row = await store.db
          .selectFrom('syncs')
          .select('id')
          .where('integration_id', '=', id)
          .where('status', '=', 'running')
          .executeTakeFirst();
        return row?.id;
      });
      await server.kill('SIGKILL');
      expect(await upload).toBeInstanceOf(Error);

      const restarted = await spawnJobServer(store);
      servers.push(restarted);
      const failed = await waitFor('the import’s sync to be marked failed', async () => {
        const { body } = await api(restarted, adminKey, syncPath(id, syncId));
        return body.status === 'running' ? undefined : body;
      });
      expect(failed).toMatchObject({
        source: 'jsonl',
        status: 'failed',
        error: { message: 'interrupted: the server stopped during the run' },
      });
      expect(await dumpCatalog(store)).toBe(before);
      await restarted.kill('SIGTERM');
    }, 480_000);
  });
}

function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Running or sleeping; an exited process not yet reaped (a zombie, state `Z`) counts as ended. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** A key of the catalog's first admin (the bootstrap key was printed by an earlier start). */
async function newAdminKey(store: TestStore): Promise<string> {
  const admin = await findFirstAdmin(store.db);
  if (!admin) throw new Error('no admin');
  return (
    await createApiKey(store.db, {
      workspaceId: admin.workspace_id,
      userId: admin.id,
      name: 't',
      role: 'admin',
      generated: generateApiKey(),
    })
  ).key;
}

/** A JSONL run of one database, one schema, and tables of 50 columns: `lines` lines in all. */
function largeRun(lines: number): string {
  const out = [
    JSON.stringify({ entity_type: 'database', databuilder_id: 'db', title: 'big' }),
    JSON.stringify({
      entity_type: 'schema',
      databuilder_id: 'db.s',
      parent_databuilder_id: 'db',
      title: 's',
      database: 'big',
    }),
  ];
  for (let t = 0; out.length < lines; t++) {
    out.push(
      JSON.stringify({
        entity_type: 'table',
        databuilder_id: `db.s.t${t}`,
        parent_databuilder_id: 'db.s',
        title: `t${t}`,
        schema: 's',
        database: 'big',
      }),
    );
    for (let c = 0; c < 50; c++)
      out.push(
        JSON.stringify({
          entity_type: 'column',
          databuilder_id: `db.s.t${t}.c${c}`,
          parent_databuilder_id: `db.s.t${t}`,
          title: `c${c}`,
          type: 'text',
        }),
      );
  }
  return `${out.join('\n')}\n`;
}

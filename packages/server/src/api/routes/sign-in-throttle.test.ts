import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bootstrapIfEmpty } from '../../auth/bootstrap.js';
import { createSecretBox } from '../../auth/secret-box.js';
import { loadConfig } from '../../config.js';
import { createUser } from '../../store/accounts/index.js';
import { openStore, type Store } from '../../store/database.js';
import { forEachBackend } from '../../testing/index.js';
import { buildApp } from '../app.js';
import type { App } from '../context.js';

const PASSWORD = 'correct horse battery staple';
const WRONG = 'Tr0ub4dor&3-wrong-guess';
const LIMIT = 3;

/**
 * Two apps on two store connections to one database, each listening on its own port: what `serve --workers 2`
 * runs. The throttle's counts live in the store, so failures on one count on the other.
 */
forEachBackend('sign-in throttling over real HTTP', (store, backend) => {
  const workers: Array<{ app: App; url: string; store: Store }> = [];
  const logLines: string[] = [];

  beforeAll(async () => {
    await bootstrapIfEmpty(store().db, {
      dataDir: '/tmp',
      adminPassword: PASSWORD,
      adminEmail: 'admin@example.com',
    });
    const admin = await store().db.selectFrom('users').select('workspace_id').executeTakeFirstOrThrow();
    const { hashPassword } = await import('../../auth/passwords.js');
    for (const email of ['victim@example.com', 'mine@example.com']) {
      const user = await createUser(store().db, { workspaceId: admin.workspace_id, email, role: 'viewer' });
      await store()
        .db.updateTable('users')
        .set({ password_hash: await hashPassword(PASSWORD) })
        .where('id', '=', user.id)
        .execute();
    }
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    for (let i = 0; i < 2; i++) {
      const own =
        backend === 'sqlite'
          ? await openStore({ sqliteFile: store().sqliteFile! })
          : await openStore({ databaseUrl: store().databaseUrl!, poolSize: 2 });
      const config = loadConfig({ SEXTANT_SIGN_IN_MAX_FAILURES: String(LIMIT) }, { secureCookies: false });
      const app = await buildApp(
        { store: own, config, secrets: createSecretBox(Buffer.alloc(32, 7)) },
        { logger: { level: 'info', stream: logStream } },
      );
      await app.listen({ host: '127.0.0.1', port: 0 });
      workers.push({
        app,
        store: own,
        url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
      });
    }
  }, 60_000);
  afterAll(async () => {
    for (const worker of workers) {
      await worker.app.close();
      await worker.store.close();
    }
  });

  const signIn = (worker: number, email: string, password: string) =>
    fetch(`${workers[worker]!.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  test('after N failures for an account, on any worker, the next attempt is a 429 with Retry-After, even with the right password', async () => {
    expect((await signIn(0, 'admin@example.com', PASSWORD)).status).toBe(200);
    await store().db.deleteFrom('sign_in_failures').execute();
    // Failures on worker 0 and worker 1 add up: the counts are in the store.
    expect((await signIn(0, 'admin@example.com', WRONG)).status).toBe(401);
    expect((await signIn(1, 'Admin@Example.com ', WRONG)).status).toBe(401);
    expect((await signIn(0, 'admin@example.com', WRONG)).status).toBe(401);
    for (const worker of [0, 1]) {
      const throttled = await signIn(worker, 'admin@example.com', PASSWORD);
      expect(throttled.status).toBe(429);
      const retryAfter = Number(throttled.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      const body = await throttled.json();
      expect(body.error).toMatchObject({ code: 'sign_in_throttled', details: { limitedBy: 'account' } });
    }
    const warn = logLines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'sign-in throttled');
    expect(warn).toMatchObject({ level: 40, account: 'admin@example.com', address: '127.0.0.1' });
    const everything = logLines.join('\n');
    expect(everything).not.toContain(WRONG);
    expect(everything).not.toContain(PASSWORD);
  });

  test('failures for many accounts from one address throttle the address; signing in to one’s own account does not reset it', async () => {
    await store().db.deleteFrom('sign_in_failures').execute();
    expect((await signIn(0, 'victim@example.com', WRONG)).status).toBe(401);
    // A failure then a success on one's own account: that account's failure is forgotten, the victim's is not
    // (were all of the address's failures forgotten, the victim's sign-in below would succeed).
    expect((await signIn(1, 'mine@example.com', WRONG)).status).toBe(401);
    expect((await signIn(0, 'mine@example.com', PASSWORD)).status).toBe(200);
    expect((await signIn(1, 'nobody@example.com', WRONG)).status).toBe(401);
    expect((await signIn(0, 'someone@example.com', WRONG)).status).toBe(401);
    const throttled = await signIn(1, 'victim@example.com', PASSWORD);
    expect(throttled.status).toBe(429);
    expect((await throttled.json()).error.details.limitedBy).toBe('address');
    expect(throttled.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  test('failures older than the window no longer count', async () => {
    await store().db.deleteFrom('sign_in_failures').execute();
    const old = new Date(Date.now() - 16 * 60_000).toISOString();
    for (let i = 0; i < LIMIT; i++) {
      await store()
        .db.insertInto('sign_in_failures')
        .values({ id: `old-${i}`, account: 'victim@example.com', address: '127.0.0.1', failed_at: old })
        .execute();
    }
    expect((await signIn(0, 'victim@example.com', PASSWORD)).status).toBe(200);
  });
});

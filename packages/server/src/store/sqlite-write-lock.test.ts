import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { afterEach, expect, test } from 'vitest';
import { openStore, type Store } from './database.js';

// Another process (a CLI import, a second `serve --workers` process) writing while a transaction of ours has read
// and is about to write: with SQLite's deferred `begin`, our write fails at once with SQLITE_BUSY, whatever the
// busy timeout. The store opens write transactions with `begin immediate`, so ours waits for the lock instead.
// The other writer runs in a worker thread with its own connection, as another process would.
const OTHER_WRITER = `
const { workerData, parentPort } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 10000');
parentPort.once('message', () => {
  db.prepare("insert into probe (who) values ('other')").run();
  db.close();
  parentPort.postMessage('written');
});
parentPort.postMessage('ready');
`;

let dir: string | undefined;
let store: Store | undefined;

afterEach(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a transaction that reads, then writes, waits for another connection’s write instead of failing busy', async () => {
  dir = mkdtempSync(join(tmpdir(), 'sextant-lock-'));
  const file = join(dir, 'catalog.db');
  store = await openStore({ sqliteFile: file });
  await sql`create table probe (who text not null)`.execute(store.db);

  const other = new Worker(OTHER_WRITER, {
    eval: true,
    workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  const next = () => new Promise<string>((resolve) => other.once('message', resolve));
  expect(await next()).toBe('ready');

  await store.db.transaction().execute(async (trx) => {
    await sql`select count(*) as n from probe`.execute(trx);
    // The other connection writes now: with `begin immediate` it waits for this transaction, so nothing has
    // changed under our read and our own write goes through.
    other.postMessage('write');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await sql`insert into probe (who) values ('ours')`.execute(trx);
  });
  expect(await next()).toBe('written');
  await other.terminate();

  const rows = await sql<{ who: string }>`select who from probe order by rowid`.execute(store.db);
  expect(rows.rows.map((r) => r.who)).toEqual(['ours', 'other']);
});

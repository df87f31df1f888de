import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig, loadDemoAtStart, openStore, type RunningServer } from '@sextant/server';
import { dumpCatalog, startTestServer } from '@sextant/server/testing';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runInProcess } from '../testing/run-in-process.js';
import { runSextant } from '../testing/run-sextant.js';
import { registerBackupCommand } from './backup.js';
import { registerRestoreCommand } from './restore.js';

const dir = mkdtempSync(join(tmpdir(), 'sextant-cli-backup-'));

/** Runs the CLI from source in its own process, as a user would while the server runs (SQLite, whatever the env says). */
const sextant = (args: string[]) => runSextant(args, { DATABASE_URL: '' });

/** Runs a command in this process, with its output and exit code captured. */
const run = (args: string[]) =>
  runInProcess((program) => {
    registerBackupCommand(program);
    registerRestoreCommand(program);
  }, args);

async function readTagNames(sqliteFile: string): Promise<string[]> {
  const store = await openStore({ sqliteFile, migrate: false });
  try {
    return (await store.db.selectFrom('tags').select('name').execute()).map((row) => row.name).sort();
  } finally {
    await store.close();
  }
}

describe('sextant backup and restore (SQLite)', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let serverFile: string;
  const headers = () => ({
    authorization: `Bearer ${server.bootstrap!.apiKey}`,
    'content-type': 'application/json',
  });
  const createTag = async (name: string) => {
    const res = await fetch(`${server.url}/api/v1/tag`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ name }),
    });
    expect(res.status).toBe(201);
  };
  const tagName = (i: number) => `t-${String(i).padStart(5, '0')}`;

  beforeAll(async () => {
    server = await startTestServer({ adminPassword: 'backup test password', label: 'backup' });
    serverFile = server.store.location;
    const config = loadConfig({}, { dataDir: dirname(serverFile), sqliteFile: serverFile });
    expect((await loadDemoAtStart({ config, store: server.store })).loaded).toBe(true);
  });
  afterAll(async () => server?.close());

  test('a backup taken while the server writes is a consistent snapshot: the tags written before it, no gaps', async () => {
    const file = join(dir, 'during-writes.db');
    const backup = sextant(['backup', '--database', serverFile, '--to', file]);
    let finished = false;
    void backup.then(() => {
      finished = true;
    });
    let written = 0;
    while (!finished) {
      await createTag(tagName(written++));
      // Leave the (shared, small) machine some time to start the backup's process.
      await new Promise((wait) => setTimeout(wait, 5));
    }
    const result = await backup;
    expect(result.stderr).toContain('secret.key');
    expect(result.code, result.stderr).toBe(0);
    expect(written).toBeGreaterThan(0);

    const restoredDir = mkdtempSync(join(dir, 'restored-'));
    const restore = await run([
      'restore',
      '--from',
      file,
      '--data-dir',
      restoredDir,
      '--database',
      join(restoredDir, 'sextant.db'),
    ]);
    expect(restore.code, restore.stderr).toBe(0);
    const names = (await readTagNames(join(restoredDir, 'sextant.db'))).filter((n) => n.startsWith('t-'));
    // Whatever moment the snapshot is of, it holds exactly the first n tags written: a prefix, never a gap.
    expect(names).toEqual(Array.from({ length: names.length }, (_, i) => tagName(i)));
    expect(names.length).toBeLessThanOrEqual(written);
  });

  test('restoring a backup into a fresh data dir reproduces the catalog', async () => {
    const file = join(dir, 'quiet.db');
    const result = await run(['backup', '--database', serverFile, '--to', file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/backed up .* \(\d+ bytes, schema \d{4}_\w+\)/);
    // A backup is one self-contained file: no WAL beside it.
    expect(existsSync(`${file}-wal`)).toBe(false);

    const restoredDir = mkdtempSync(join(dir, 'fresh-'));
    const restore = await run([
      'restore',
      '--from',
      file,
      '--data-dir',
      restoredDir,
      '--database',
      join(restoredDir, 'sextant.db'),
    ]);
    expect(restore.code, restore.stderr).toBe(0);
    const restored = await openStore({ sqliteFile: join(restoredDir, 'sextant.db') });
    try {
      const catalog = await dumpCatalog(server.store);
      expect(catalog).toContain('"entity_type","table"');
      expect(await dumpCatalog(restored)).toBe(catalog);
      expect(await readTagNames(join(restoredDir, 'sextant.db'))).toEqual(await readTagNames(serverFile));
    } finally {
      await restored.close();
    }
  });

  test('restore refuses the running server’s database without --force, and restores into it with it', async () => {
    const file = join(dir, 'before-extra-tag.db');
    expect((await run(['backup', '--database', serverFile, '--to', file])).code).toBe(0);
    await createTag('written-after-the-backup');

    const refused = await run(['restore', '--from', file, '--database', serverFile]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('open in another process');
    expect(await readTagNames(serverFile)).toContain('written-after-the-backup');

    const forced = await run(['restore', '--from', file, '--database', serverFile, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readTagNames(serverFile)).not.toContain('written-after-the-backup');
  });

  test('backup refuses to replace an existing file without --force', async () => {
    const file = join(dir, 'exists.db');
    writeFileSync(file, 'keep me');
    const refused = await run(['backup', '--database', serverFile, '--to', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
  });

  test('restore refuses a file that is not a Sextant catalog, or one from a newer Sextant', async () => {
    const target = join(mkdtempSync(join(dir, 'target-')), 'sextant.db');
    const text = join(dir, 'notes.txt');
    writeFileSync(
      text,
      'not a database at all, just some text that is long enough to have a header'.repeat(20),
    );
    const notSqlite = await run(['restore', '--from', text, '--database', target]);
    expect(notSqlite.code).toBe(2);
    expect(notSqlite.stderr).toContain('not a SQLite database');

    const otherApp = join(dir, 'other-app.db');
    const other = new SQLite(otherApp);
    other.exec('create table notes (body text)');
    other.close();
    const notCatalog = await run(['restore', '--from', otherApp, '--database', target]);
    expect(notCatalog.code).toBe(2);
    expect(notCatalog.stderr).toContain('not a Sextant catalog');

    const newer = join(dir, 'newer.db');
    copyFileSync(join(dir, 'quiet.db'), newer);
    const db = new SQLite(newer);
    db.prepare('insert into sextant_migrations (name, timestamp) values (?, ?)').run(
      '9999_from_the_future',
      'now',
    );
    db.close();
    const fromFuture = await run(['restore', '--from', newer, '--database', target]);
    expect(fromFuture.code).toBe(2);
    expect(fromFuture.stderr).toContain('newer Sextant (unknown migration 9999_from_the_future)');
    expect(existsSync(target)).toBe(false);
  });

  test('on PostgreSQL, backup and restore explain pg_dump and pg_restore and exit 2', async () => {
    for (const command of [
      ['backup', '--to', join(dir, 'pg.dump')],
      ['restore', '--from', join(dir, 'pg.dump')],
    ]) {
      const result = await run([...command, '--database', 'postgres://sextant@127.0.0.1:1/sextant']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('pg_dump --format=custom');
      expect(result.stderr).toContain('pg_restore');
    }
  });
});

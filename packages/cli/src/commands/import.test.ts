import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore, type Store } from '@sextant/server';
import {
  createSyncTarget,
  createTestApp,
  dumpCatalog,
  forEachBackend,
  tableRun,
} from '@sextant/server/testing';
import { expect, test } from 'vitest';
import { UserError } from '../run-cli.js';
import { formatSyncSummary, runImport } from './import.js';

const dir = mkdtempSync(join(tmpdir(), 'sextant-cli-import-'));
const MAIN = resolve(import.meta.dirname, '../main.ts');

/** A JSONL file of `count` columns under a few hundred tables, written as a stream. */
async function writeLargeRun(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  for (const resource of tableRun('base', ['id'])) out.write(`${JSON.stringify(resource)}\n`);
  for (let i = 0; i < count; i++) {
    const line = {
      entity_type: 'column',
      databuilder_id: `c${i}`,
      parent_databuilder_id: 'db.public.base',
      title: `c${i}`,
    };
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function databaseFlag(store: { databaseUrl: string | undefined; sqliteFile: string | undefined }): string {
  return store.databaseUrl ?? store.sqliteFile!;
}

forEachBackend('sextant import', (store) => {
  test('imports JSONL into the local database and summarises the sync', async () => {
    const { integrationId } = await createSyncTarget(store());
    const resources = join(dir, 'resources.jsonl');
    writeFileSync(
      resources,
      tableRun('orders', ['id'])
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const record = await runImport(
      [resources],
      { integration: integrationId, database: databaseFlag(store()) },
      {},
    );
    expect(record.counts.created).toBe(4);
    expect(formatSyncSummary(record)).toContain('jsonl sync');
    expect(formatSyncSummary(record)).toContain('4 created, 0 updated');
  });

  test('a bad CSV is a user error naming the line and field', async () => {
    const { integrationId } = await createSyncTarget(store());
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'col_name,col_type,database,schema,name,is_view\nid,int,shop,public,orders,perhaps\n');
    const error = await runImport(
      [csv],
      { integration: integrationId, database: databaseFlag(store()) },
      {},
    ).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('bad.csv:2, field "is_view": must be true or false (got "perhaps")');
  });

  test('SIGKILL in the middle of a large import leaves the catalog unchanged', async () => {
    const { integrationId } = await createSyncTarget(store());
    const small = join(dir, 'small.jsonl');
    writeFileSync(
      small,
      tableRun('orders', ['id', 'amount'])
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    await runImport([small], { integration: integrationId, database: databaseFlag(store()) }, {});
    const before = await dumpCatalog(store());
    const large = join(dir, 'large.jsonl');
    await writeLargeRun(large, 200_000);
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        MAIN,
        'import',
        '--integration',
        integrationId,
        '--database',
        databaseFlag(store()),
        large,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
    );
    let stderr = '';
    let written = 0;
    await new Promise<void>((done, fail) => {
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        // Several batches are written inside the open transaction: kill it there.
        const counts = [...stderr.matchAll(/progress: resources, (\d+) resources/g)].map((m) => Number(m[1]));
        written = Math.max(0, ...counts);
        if (written >= 4000) {
          child.kill('SIGKILL');
          done();
        }
      });
      child.on('exit', () => fail(new Error(`import ended before it could be killed:\n${stderr}`)));
    });
    await once(child, 'exit').catch(() => {});
    expect(child.signalCode).toBe('SIGKILL');
    expect(written).toBeGreaterThanOrEqual(4000);
    // Open the database afresh, as the next process would (SQLite recovers from its WAL here).
    const reopened = await openStore({
      databaseUrl: store().databaseUrl,
      sqliteFile: store().sqliteFile ?? '',
      migrate: false,
    });
    try {
      expect(await dumpCatalog(reopened)).toBe(before);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});

/** Starts `sextant import` of a large file in a child process; resolves once it has written `atLeast` rows. */
async function startLargeImport(
  store: { databaseUrl: string | undefined; sqliteFile: string | undefined },
  integrationId: string,
  file: string,
  atLeast: number,
) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      MAIN,
      'import',
      '--integration',
      integrationId,
      '--database',
      databaseFlag(store),
      file,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
  );
  let stderr = '';
  await new Promise<void>((done, fail) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const counts = [...stderr.matchAll(/progress: resources, (\d+) resources/g)].map((m) => Number(m[1]));
      if (Math.max(0, ...counts) >= atLeast) done();
    });
    child.on('exit', () => fail(new Error(`import ended before it was far enough:\n${stderr}`)));
  });
  child.removeAllListeners('exit');
  return child;
}

async function syncsOf(store: Store, integrationId: string) {
  return store.db
    .selectFrom('syncs')
    .select(['id', 'status', 'error'])
    .where('integration_id', '=', integrationId)
    .orderBy('started_at')
    .execute();
}

forEachBackend('a killed CLI import does not stay running', (store) => {
  test('SIGKILL: the next CLI command that opens the store marks its sync failed; a live import is left', async () => {
    const { integrationId } = await createSyncTarget(store());
    const large = join(dir, 'large-recovery.jsonl');
    await writeLargeRun(large, 200_000);
    const killed = await startLargeImport(store(), integrationId, large, 4000);
    killed.kill('SIGKILL');
    await once(killed, 'exit').catch(() => {});
    expect(killed.signalCode).toBe('SIGKILL');
    expect((await syncsOf(store(), integrationId)).map((s) => s.status)).toEqual(['running']);

    // A CLI command opening the store: the next import of the killed integration.
    const small = join(dir, 'after-kill.jsonl');
    writeFileSync(
      small,
      tableRun('orders', ['id'])
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const next = await runImport(
      [small],
      { integration: integrationId, database: databaseFlag(store()) },
      {},
    );
    expect(next.status).toBe('succeeded');
    const [interrupted] = await syncsOf(store(), integrationId);
    expect(interrupted!.status).toBe('failed');
    expect(JSON.parse(interrupted!.error!).message).toContain('interrupted');

    // A live import in another process is left alone by a process opening the store meanwhile.
    const other = await createSyncTarget(store());
    const medium = join(dir, 'medium-recovery.jsonl');
    await writeLargeRun(medium, 30_000);
    const live = await startLargeImport(store(), other.integrationId, medium, 2000);
    try {
      // Paused, the import is alive but cannot finish while the store is opened and checked: on a fast machine
      // 30,000 lines could otherwise be done before the check, and the test would race the import.
      live.kill('SIGSTOP');
      try {
        const opened = await openStore({
          databaseUrl: store().databaseUrl,
          sqliteFile: store().sqliteFile ?? '',
        });
        await opened.close();
        expect((await syncsOf(store(), other.integrationId)).map((s) => s.status)).toEqual(['running']);
      } finally {
        live.kill('SIGCONT');
      }
      const [code] = await once(live, 'exit');
      expect(code).toBe(0);
      expect((await syncsOf(store(), other.integrationId)).map((s) => s.status)).toEqual(['succeeded']);
    } finally {
      live.kill('SIGKILL');
    }
  }, 300_000);
});

test('--server posts the files to the import routes over HTTP and prints the sync', async () => {
  const t = await createTestApp('sqlite');
  try {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { integrationId } = await createSyncTarget(t.store, { workspaceId: t.workspaceId });
    const csv = join(dir, 'server.csv');
    writeFileSync(csv, 'col_name,col_type,database,schema,name\nid,int,shop,public,orders\n');
    const env = { SEXTANT_API_KEY: t.keys.editor };
    const record = await runImport([csv], { integration: integrationId, server: address }, env);
    expect(record).toMatchObject({ source: 'csv', status: 'succeeded', counts: { created: 4 } });
    const dry = await runImport([csv], { integration: integrationId, server: address, dryRun: true }, env);
    expect(dry).toMatchObject({ dry_run: true, counts: { unchanged: 4 } });
    const bad = join(dir, 'server-bad.jsonl');
    writeFileSync(bad, '{"entity_type":"table","databuilder_id":"t"}\n');
    const error = await runImport([bad], { integration: integrationId, server: address }, env).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('HTTP 400');
    expect(error.message).toContain('server-bad.jsonl:1, field "schema": tables need a schema name');
    const noKey = await runImport([csv], { integration: integrationId, server: address }, {}).catch((e) => e);
    expect(noKey.message).toContain('SEXTANT_API_KEY');
  } finally {
    await t.dispose();
  }
});

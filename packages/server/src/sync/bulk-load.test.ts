import { sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import { forEachBackend } from '../testing/index.js';
import { applySync } from './apply-sync.js';
import { createSyncTarget, dumpCatalog, edge, internal, runRecords, tableRun } from './sync-test-support.js';

// Bulk loads drop and rebuild secondary indexes from 50,000 rows on; here from 10, so small runs take that road.
beforeEach(() => {
  process.env.SEXTANT_BULK_LOAD_MIN_ROWS = '10';
});
afterEach(() => {
  delete process.env.SEXTANT_BULK_LOAD_MIN_ROWS;
});

forEachBackend('a first sync loaded in bulk', (store, backend) => {
  const columns = Array.from({ length: 40 }, (_, i) => `c${i}`);
  const resources = [...tableRun('a', columns), ...tableRun('b', columns).slice(2)];
  const lineages = columns.map((c) => edge(internal(`db.public.a.${c}`), internal(`db.public.b.${c}`)));
  const indexes = async () =>
    backend === 'sqlite'
      ? (
          await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
            where type = 'index' and tbl_name in ('resources', 'lineage') order by name`.execute(store().db)
        ).rows
      : [];

  test('rebuilds the indexes it dropped, exactly, and writes what a row-by-row sync writes', async () => {
    const before = await indexes();
    const { integrationId } = await createSyncTarget(store());
    const record = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources, lineages }),
    });
    expect(record.counts).toMatchObject({ created: resources.length, lineage_resolved: columns.length });
    expect(await indexes()).toEqual(before);
    const logs = await store()
      .db.selectFrom('syncs')
      .select('logs')
      .where('id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(logs.logs.includes('dropped the resources indexes for a bulk load')).toBe(backend === 'sqlite');
    if (backend === 'sqlite') {
      const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store().db);
      expect(rows).toEqual([{ integrity_check: 'ok' }]);
    }
    // The rebuilt indexes answer: parents, the catalog by type, names, and the lineage pair indexes.
    const children = await store()
      .db.selectFrom('resources as c')
      .innerJoin('resources as p', 'p.id', 'c.parent_id')
      .select('c.id')
      .where('c.integration_id', '=', integrationId)
      .execute();
    expect(children).toHaveLength(resources.length - 1);
    const again = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources, lineages: lineages.slice(1) }),
    });
    expect(again.counts).toMatchObject({ unchanged: resources.length });
    const edges = await store()
      .db.selectFrom('lineage')
      .select('id')
      .where('integration_id', '=', integrationId)
      .execute();
    expect(edges).toHaveLength(columns.length - 1);
  });

  test('a bulk load that fails leaves the catalog and its indexes exactly as before', async () => {
    const { integrationId } = await createSyncTarget(store());
    const beforeIndexes = await indexes();
    const before = await dumpCatalog(store());
    const bad = [
      ...resources,
      { entity_type: 'chart', databuilder_id: 'x', parent_databuilder_id: 'db.public.a' },
    ];
    const error = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: bad, lineages }),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(await dumpCatalog(store())).toBe(before);
    expect(await indexes()).toEqual(beforeIndexes);
  });

  test('a sync that writes 10,000 rows or more leaves fresh planner statistics (PostgreSQL)', async () => {
    if (backend !== 'postgres') return;
    const { integrationId } = await createSyncTarget(store());
    const many = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('wide', many) }),
    });
    const { rows } = await sql<{
      reltuples: number;
    }>`select reltuples from pg_class where relname = 'resources'`.execute(store().db);
    expect(Number(rows[0]?.reltuples)).toBeGreaterThanOrEqual(10_000);
  });
});

forEachBackend('planner statistics after many small syncs', (store, backend) => {
  test('each sync that writes a large share of a table analyzes it, however few rows (PostgreSQL)', async () => {
    if (backend !== 'postgres') return;
    const columns = Array.from({ length: 30 }, (_, i) => `c${i}`);
    // Four integrations, each a small first sync: far under 10,000 rows, but each a large share of the tables.
    for (const table of ['a', 'b', 'c', 'd']) {
      const { integrationId } = await createSyncTarget(store());
      await applySync(store(), {
        integrationId,
        source: 'jsonl',
        records: runRecords({
          resources: [...tableRun(table, columns), ...tableRun(`${table}2`, columns).slice(2)],
          lineages: columns.map((c) =>
            edge(internal(`db.public.${table}.${c}`), internal(`db.public.${table}2.${c}`)),
          ),
        }),
      });
    }
    const { rows } = await sql<{ relname: string; reltuples: number; counted: number }>`
      select c.relname, c.reltuples, (xpath('/row/n/text()',
          query_to_xml(format('select count(*) as n from %I', c.relname), false, true, '')))[1]::text::int as counted
        from pg_class c
       where c.oid in ('resources'::regclass, 'lineage'::regclass, 'resource_search'::regclass)
       order by c.relname`.execute(store().db);
    expect(rows.map((row) => [row.relname, Number(row.reltuples)])).toEqual(
      rows.map((row) => [row.relname, row.counted]),
    );
    expect(rows.find((row) => row.relname === 'lineage')?.counted).toBe(4 * columns.length);
  });
});

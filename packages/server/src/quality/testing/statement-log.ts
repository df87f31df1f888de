import { connectAsAdmin } from '../../connectors/mysql/testing/mysql-test-server.js';
import { adminQuery } from '../../connectors/postgres/testing/pg-test-server.js';
import type { Warehouse } from './quality-warehouses.js';

/**
 * Starts watching the statements the warehouse database runs; the function returned answers those run since.
 * Neither log available is a failure, so a test that checks what was (not) read never passes for want of a log.
 */
export function watchWarehouseStatements(warehouse: Warehouse): Promise<() => Promise<string[]>> {
  return warehouse.kind === 'postgres'
    ? watchPgStatements(warehouse.database)
    : watchMysqlStatements(warehouse.database);
}

/**
 * The statements the warehouse database ran from now on: from pg_stat_statements when the server preloads it,
 * else from the server's statement log (`log_statement = all` for this database only, read back with
 * pg_read_file; `SEXTANT_TEST_PG_LOG` names the file, Debian's by default). Neither available is a failure.
 */
async function watchPgStatements(database: string): Promise<() => Promise<string[]>> {
  const hasStatStatements = await adminQuery(
    'create extension if not exists pg_stat_statements',
    [],
    database,
  )
    .then(() => adminQuery('select 1 from pg_stat_statements limit 1', [], database))
    .then(() => true)
    .catch(() => false);
  if (hasStatStatements) {
    await adminQuery(
      'select pg_stat_statements_reset(0::oid, (select oid from pg_database where datname = $1), 0::bigint)',
      [database],
      database,
    );
    return async () =>
      (
        await adminQuery<{ query: string }>(
          'select query from pg_stat_statements where dbid = (select oid from pg_database where datname = $1)',
          [database],
          // The view lives where the extension was created: the warehouse database, not the admin one.
          database,
        )
      ).map((row) => row.query);
  }
  const file = process.env.SEXTANT_TEST_PG_LOG ?? '/var/log/postgresql/postgresql-15-main.log';
  const sizeOf = async () =>
    Number((await adminQuery<{ size: string }>('select (pg_stat_file($1)).size as size', [file]))[0]!.size);
  await adminQuery(`alter database ${database} set log_statement = 'all'`);
  const start = await sizeOf();
  return async () => {
    const end = await sizeOf();
    const [row] = await adminQuery<{ text: string }>('select pg_read_file($1, $2, $3) as text', [
      file,
      start,
      end - start,
    ]);
    return row!.text.split('\n').filter((line) => line.includes('statement: '));
  };
}

/**
 * MariaDB: the general query log written to the `mysql.general_log` table for the time of the watch
 * (performance_schema needs a server restart to turn on). The log is server-wide, so only the statements of the
 * connections that opened this database (their `Connect`/`Init DB` entry names it) are answered; the server's
 * earlier settings come back when the statements are read.
 */
async function watchMysqlStatements(database: string): Promise<() => Promise<string[]>> {
  const admin = await connectAsAdmin();
  const [[before]] = (await admin.query(
    'select @@general_log as on_, @@log_output as output, now(6) as since',
  )) as [Array<{ on_: number; output: string; since: string }>, unknown];
  await admin.query("set global log_output = 'TABLE'");
  await admin.query('set global general_log = 1');
  return async () => {
    try {
      const [rows] = (await admin.query(
        `select argument from mysql.general_log
         where event_time >= ? and command_type in ('Query', 'Execute')
           and thread_id in (select thread_id from mysql.general_log
                             where event_time >= ? and command_type in ('Connect', 'Init DB')
                               and convert(argument using utf8mb4) like ?)`,
        [before!.since, before!.since, `%${database}%`],
      )) as [Array<{ argument: Buffer | string }>, unknown];
      return rows.map((row) => row.argument.toString());
    } finally {
      await admin.query(`set global general_log = ${Number(before!.on_) ? 1 : 0}`);
      await admin.query('set global log_output = ?', [before!.output]);
      await admin.end();
    }
  };
}

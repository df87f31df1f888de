import { expect } from 'vitest';
import type { App } from '../../api/context.js';
import {
  connectAsAdmin,
  createDatabase as createMysqlDatabase,
  dropDatabases,
  mysqlAdminCredentials,
  mysqlAvailable,
  uniqueDatabaseName as uniqueMysqlName,
} from '../../connectors/mysql/testing/mysql-test-server.js';
import {
  adminQuery,
  createDatabase as createPgDatabase,
  credentialsFor,
  dropDatabase as dropPgDatabase,
  postgresTestsReady,
  uniqueDatabaseName as uniquePgName,
} from '../../connectors/postgres/testing/pg-test-server.js';
import { manualJobService } from '../../jobs/testing/job-test-support.js';
import type { Store } from '../../store/database.js';

/** What the helpers need of a test app (src/testing is not part of the build this file is in). */
interface TestApp {
  app: App;
  store: Store;
  as(role: 'admin'): { authorization: string };
}

/**
 * A real database with one generated table, `orders`, for the quality tests: `rows` rows whose values follow from
 * their id (nulls every 10th amount and every 3rd note; five statuses; a PII `email` column), so the tests can
 * compute every figure with their own SQL.
 */
export interface Warehouse {
  kind: 'postgres' | 'mysql';
  database: string;
  /** Runs SQL as the server's admin in the warehouse database (rows as objects). */
  query<R = Record<string, unknown>>(sql: string): Promise<R[]>;
  /** Connector credentials for the integration. */
  credentials: Record<string, unknown>;
  drop(): Promise<void>;
}

/** A warehouse the quality tests run on, whether its server answers here, and how to make one. */
export interface WarehouseSource {
  label: 'postgres' | 'mariadb';
  ready: boolean;
  create: () => Promise<Warehouse>;
}

/** PostgreSQL and MariaDB with `rows` orders each; a test skips the one whose server does not answer. */
export async function warehouseSources(rows: number): Promise<WarehouseSource[]> {
  return [
    { label: 'postgres', ready: await postgresTestsReady(), create: () => createPgWarehouse(rows) },
    { label: 'mariadb', ready: await mysqlAvailable(), create: () => createMysqlWarehouse(rows) },
  ];
}

/** The catalog path of a warehouse's orders table: PostgreSQL's schema is `public`, MariaDB's the database. */
export function ordersPath(warehouse: Warehouse): string {
  return warehouse.kind === 'postgres'
    ? `${warehouse.database}.public.orders`
    : `${warehouse.database}.${warehouse.database}.orders`;
}

export async function createPgWarehouse(rows: number): Promise<Warehouse> {
  const database = uniquePgName('quality');
  await createPgDatabase(database);
  await adminQuery(
    `create table public.orders (id integer primary key, amount numeric(10,2), status text not null,
       created_at timestamp not null, email text, note text)`,
    [],
    database,
  );
  await adminQuery(
    `insert into public.orders
     select id, case when id % 10 = 0 then null else ((id * 37) % 1000) / 10.0 end,
            (array['new','paid','shipped','returned','lost'])[id % 5 + 1],
            timestamp '2024-01-01' + id * interval '1 minute',
            'user' || id || '@example.com',
            case when id % 3 = 0 then null else repeat('n', id % 17) end
     from generate_series(1, ${rows}) as id`,
    [],
    database,
  );
  await adminQuery('analyze public.orders', [], database);
  const base = credentialsFor(database);
  return {
    kind: 'postgres',
    database,
    query: (sql) => adminQuery(sql, [], database) as never,
    credentials: { host: base.host, port: base.port, user: base.user, password: '', database: [database] },
    drop: () => dropPgDatabase(database),
  };
}

export async function createMysqlWarehouse(rows: number): Promise<Warehouse> {
  const database = uniqueMysqlName('quality');
  await createMysqlDatabase(database);
  const run = async <R>(sql: string): Promise<R[]> => {
    const connection = await connectAsAdmin(database);
    try {
      const [result] = await connection.query(sql);
      return result as R[];
    } finally {
      await connection.end();
    }
  };
  await run(
    `create table orders (id int primary key, amount decimal(10,2), status varchar(20) not null,
       created_at datetime not null, email varchar(100), note text)`,
  );
  await run(
    `insert into orders
     select seq, case when seq % 10 = 0 then null else ((seq * 37) % 1000) / 10.0 end,
            elt(seq % 5 + 1, 'new','paid','shipped','returned','lost'),
            timestamp '2024-01-01 00:00:00' + interval seq minute,
            concat('user', seq, '@example.com'),
            case when seq % 3 = 0 then null else repeat('n', seq % 17) end
     from seq_1_to_${rows}`,
  );
  await run('analyze table orders');
  const admin = mysqlAdminCredentials();
  return {
    kind: 'mysql',
    database,
    query: run as Warehouse['query'],
    credentials: { ...admin, database: [database] },
    drop: () => dropDatabases(database),
  };
}

/** Creates a connector integration for the warehouse and runs it to the end; answers the integration id. */
export async function catalogWarehouse(t: TestApp, warehouse: Warehouse): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/integration/integrations',
    headers: t.as('admin'),
    payload: {
      name: `quality ${warehouse.database}`,
      type: warehouse.kind,
      credentials: warehouse.credentials,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const run = await t.app.inject({
    method: 'POST',
    url: `/api/v1/integration/integrations/${id}/run`,
    headers: t.as('admin'),
  });
  expect(run.statusCode, run.body).toBe(202);
  const service = manualJobService(t.store);
  await service.tick();
  await service.idle();
  const sync = await t.app.inject({
    url: `/api/v1/integration/integrations/${id}/syncs/${run.json().sync_id}`,
    headers: t.as('admin'),
  });
  expect(sync.json().status, sync.body).toBe('succeeded');
  return id;
}

/** The catalog id of a table or column of the warehouse, by its dotted path below the database. */
export async function resourceIdOf(
  t: TestApp,
  integrationId: string,
  databuilderId: string,
): Promise<string> {
  const row = await t.store.db
    .selectFrom('resources')
    .select('id')
    .where('integration_id', '=', integrationId)
    .where('databuilder_id', '=', databuilderId)
    .executeTakeFirstOrThrow();
  return row.id;
}

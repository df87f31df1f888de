import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mysql from 'mysql2/promise';

/** The MariaDB the tests use: `SEXTANT_TEST_MYSQL_URL`, or root with no password on 127.0.0.1:3306. */
export const MYSQL_TEST_URL = process.env.SEXTANT_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** The shared fixtures (never copied into the repo); `SEXTANT_FIXTURES` points elsewhere. */
const FIXTURES =
  process.env.SEXTANT_FIXTURES ?? join(import.meta.dirname, '../../../../../../../shared/fixtures');
export const SAKILA_MYSQL_SCHEMA = join(FIXTURES, 'schemas/mysql/sakila-jooq/mysql-sakila-schema.sql');

/** The test server's address and admin login, as connector credentials spell them. */
export function mysqlAdminCredentials(): { host: string; port: number; user: string; password: string } {
  const url = new URL(MYSQL_TEST_URL);
  return {
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
  };
}

/** A connection as the test server's admin, for setting up and inspecting databases. */
export function connectAsAdmin(database?: string): Promise<mysql.Connection> {
  return mysql.createConnection({ ...mysqlAdminCredentials(), database, multipleStatements: true });
}

/**
 * Whether the MariaDB server answers. Absent: tests skip with a message, except under CI=true where absence is a
 * failure (a CI run that silently tests nothing would pass for the wrong reason).
 */
export async function mysqlAvailable(): Promise<boolean> {
  try {
    const connection = await connectAsAdmin();
    await connection.end();
    return true;
  } catch (error) {
    const why = `MariaDB/MySQL at ${MYSQL_TEST_URL} is unreachable (${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`${why}; required under CI=true`);
    console.warn(`[mysql connector tests] ${why}: tests are SKIPPED`);
    return false;
  }
}

/** Whether the Sakila fixture is here; absent: skip with a message, or fail under CI=true. */
export function sakilaFixturePresent(): boolean {
  const present = existsSync(SAKILA_MYSQL_SCHEMA);
  if (!present && process.env.CI === 'true')
    throw new Error(`MySQL Sakila fixture missing at ${SAKILA_MYSQL_SCHEMA} (required under CI=true)`);
  if (!present)
    console.warn(`[mysql connector tests] ${SAKILA_MYSQL_SCHEMA} is absent: Sakila tests are SKIPPED`);
  return present;
}

/** A database name no other test (or helper) uses: `sx_<label>_<random>`. */
export function uniqueDatabaseName(label: string): string {
  return `sx_${label}_${randomBytes(4).toString('hex')}`;
}

/** Creates an empty database; the caller drops it with {@link dropDatabases}. */
export async function createDatabase(name: string): Promise<void> {
  const connection = await connectAsAdmin();
  try {
    await connection.query(`CREATE DATABASE ${connection.escapeId(name)}`);
  } finally {
    await connection.end();
  }
}

export async function dropDatabases(...names: string[]): Promise<void> {
  const connection = await connectAsAdmin();
  try {
    for (const name of names) await connection.query(`DROP DATABASE IF EXISTS ${connection.escapeId(name)}`);
  } finally {
    await connection.end();
  }
}

/**
 * Loads the Sakila schema (16 tables, 7 views, routines, triggers) into a database named `database` instead of
 * `sakila`. The script is written for the `mysql` client: `DELIMITER` lines are client commands, so blocks in the
 * default delimiter go to the server as one multi-statement query and the others are split on their delimiter.
 */
export async function loadSakila(database: string): Promise<void> {
  const script = readFileSync(SAKILA_MYSQL_SCHEMA, 'utf8').replace(/\bsakila\b/g, database);
  const connection = await connectAsAdmin();
  try {
    for (const statement of splitClientScript(script)) await connection.query(statement);
  } finally {
    await connection.end();
  }
}

/** Splits a `mysql` client script on its `DELIMITER` commands into statements the server accepts. */
export function splitClientScript(script: string): string[] {
  const statements: string[] = [];
  let delimiter = ';';
  let block: string[] = [];
  const flush = () => {
    const text = block.join('\n');
    block = [];
    const pieces = delimiter === ';' ? [text] : text.split(delimiter);
    for (const piece of pieces) if (/\S/.test(stripSqlComments(piece))) statements.push(piece);
  };
  for (const line of script.split('\n')) {
    const command = /^\s*DELIMITER\s+(\S+)\s*$/i.exec(line);
    if (!command?.[1]) {
      block.push(line);
      continue;
    }
    flush();
    delimiter = command[1];
  }
  flush();
  return statements;
}

function stripSqlComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

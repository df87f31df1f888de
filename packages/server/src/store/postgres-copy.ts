import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './schema.js';

/**
 * `COPY ... FROM STDIN` on PostgreSQL: a bulk sync streams its rows to the server in the text format instead of
 * binding them as parameters of multi-row INSERTs (issue #17). Kysely hands out no driver client, so each pool
 * registers its clients by backend process id, and a transaction finds its own client by asking the server for
 * `pg_backend_pid()`: the COPY then runs on the transaction's connection, inside it, and commits or rolls back
 * with it.
 */

// Clients of every PostgreSQL pool of this process, by the server process they talk to.
const clientsByPid = new Map<number, pg.ClientBase>();
// A transaction's client, found once: the Transaction object is the same for its whole callback.
const clientOfTransaction = new WeakMap<object, pg.ClientBase>();
// Rows each transaction copied so far (a sync logs it: whether, and how much, went through COPY).
const rowsCopied = new WeakMap<object, number>();

type ClientWithPid = pg.ClientBase & { processID?: number | null };

/** Called by the pool for each new client (its `connect` event), so that transactions can find it. */
export function registerCopyClient(client: pg.ClientBase): void {
  const pid = (client as ClientWithPid).processID;
  if (typeof pid === 'number') clientsByPid.set(pid, client);
}

/** Called by the pool when it closes a client (its `remove` event). */
export function forgetCopyClient(client: pg.ClientBase): void {
  const pid = (client as ClientWithPid).processID;
  if (typeof pid === 'number' && clientsByPid.get(pid) === client) clientsByPid.delete(pid);
}

/**
 * The driver client of a transaction's connection, or undefined outside a transaction (a pool's next statement
 * may run on any connection, and the client found may meanwhile serve someone else) or when it is not one of
 * ours.
 */
async function transactionClient(db: Kysely<Database>): Promise<pg.ClientBase | undefined> {
  if (!db.isTransaction) return undefined;
  const known = clientOfTransaction.get(db);
  if (known) return known;
  const { rows } = await db.executeQuery<{ pid: number }>(
    CompiledQuery.raw('select pg_backend_pid() as pid', []),
  );
  const client = clientsByPid.get(Number(rows[0]?.pid));
  if (client) clientOfTransaction.set(db, client);
  return client;
}

/** Whether {@link copyRows} can run on this connection (inside a transaction of a registered pool). */
export async function canCopy(db: Kysely<Database>): Promise<boolean> {
  return (await transactionClient(db)) !== undefined;
}

/**
 * Streams rows into a table with COPY on the transaction's own connection. Returns the number of rows copied.
 * Throws when the connection cannot copy ({@link canCopy} first).
 */
export async function copyRows(
  db: Kysely<Database>,
  options: { table: string; columns: readonly string[]; rows: readonly (readonly unknown[])[] },
): Promise<number> {
  const client = await transactionClient(db);
  if (!client) throw new Error('COPY needs a transaction of a PostgreSQL store');
  const stream = client.query(copyFrom(`copy ${options.table} (${options.columns.join(', ')}) from stdin`));
  await pipeline(Readable.from(copyText(options.rows)), stream);
  rowsCopied.set(db, (rowsCopied.get(db) ?? 0) + stream.rowCount);
  return stream.rowCount;
}

/** How many rows COPY wrote in this transaction so far (0 on SQLite, or when nothing was copied). */
export function rowsCopiedIn(db: Kysely<Database>): number {
  return rowsCopied.get(db) ?? 0;
}

/** Rows per piece of COPY text handed to the stream (a few hundred kilobytes each). */
const ROWS_PER_PIECE = 500;

/** The rows in COPY's text format: tab-separated fields, `\N` for null, backslash escapes. */
function* copyText(rows: readonly (readonly unknown[])[]): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
    let piece = '';
    const end = Math.min(rows.length, start + ROWS_PER_PIECE);
    for (let i = start; i < end; i++) piece += `${rows[i]!.map(copyField).join('\t')}\n`;
    yield piece;
  }
}

const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One field as COPY's text format reads it back to the value the driver would have bound. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'bigint') text = String(value);
  else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else if (value instanceof Date) text = value.toISOString();
  else text = JSON.stringify(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
}

import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { OpenLineageEventsTable } from './openlineage-tables.js';

export type NewOpenLineageEvent = Omit<Insertable<OpenLineageEventsTable>, 'seq'>;
export type OpenLineageEventRow = Selectable<OpenLineageEventsTable> & { seq: number };

/** Rows per insert statement: 11 parameters each stays far below both backends' limits. */
const INSERT_CHUNK = 500;

/** Stores received events as pending, in the given order (one transaction: a batch is stored whole or not). */
export async function insertOpenLineageEvents(
  db: Kysely<Database>,
  rows: NewOpenLineageEvent[],
): Promise<void> {
  const ol = db;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await ol
      .insertInto('openlineage_events')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
  }
}

/** The oldest pending events, in receipt order. */
export async function listPendingOpenLineageEvents(
  db: Kysely<Database>,
  options: { limit: number },
): Promise<OpenLineageEventRow[]> {
  const rows = await db
    .selectFrom('openlineage_events')
    .selectAll()
    .where('state', '=', 'pending')
    .orderBy('seq')
    .limit(options.limit)
    .execute();
  // PostgreSQL's bigserial arrives as a string.
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

/** Marks events applied (or failed, with the reason), by seq. */
export async function markOpenLineageEvents(
  db: Kysely<Database>,
  options: { seqs: number[]; state: 'applied' | 'failed'; error?: string | undefined },
): Promise<void> {
  const ol = db;
  for (let i = 0; i < options.seqs.length; i += INSERT_CHUNK) {
    await ol
      .updateTable('openlineage_events')
      .set({ state: options.state, error: options.error ?? null })
      .where('seq', 'in', options.seqs.slice(i, i + INSERT_CHUNK))
      .execute();
  }
}

/** Events of one run, in receipt order (its state history). */
export async function listRunEvents(
  db: Kysely<Database>,
  options: { workspaceId: string; runId: string },
): Promise<Array<Pick<OpenLineageEventRow, 'event_type' | 'event_time' | 'seq' | 'received_at'>>> {
  const rows = await db
    .selectFrom('openlineage_events')
    .select(['event_type', 'event_time', 'seq', 'received_at'])
    .where('workspace_id', '=', options.workspaceId)
    .where('run_id', '=', options.runId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

/** Events not yet applied, across workspaces (a test or the bench waits for zero). */
export async function countPendingOpenLineageEvents(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('openlineage_events')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Takes the one drain lease when it is free or expired (a conditional write, so two processes never both hold
 * it); true when this owner holds it until `expiresAt`.
 */
export async function claimOpenLineageDrain(
  db: Kysely<Database>,
  options: { owner: string; now: string; expiresAt: string },
): Promise<boolean> {
  const ol = db;
  await ol
    .insertInto('openlineage_drain_lease')
    .values({ id: 1, owner: null, expires_at: options.now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const result = await ol
    .updateTable('openlineage_drain_lease')
    .set({ owner: options.owner, expires_at: options.expiresAt })
    .where('id', '=', 1)
    .where((eb) =>
      eb.or([eb('owner', 'is', null), eb('owner', '=', options.owner), eb('expires_at', '<', options.now)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseOpenLineageDrain(db: Kysely<Database>, owner: string): Promise<void> {
  await db
    .updateTable('openlineage_drain_lease')
    .set({ owner: null })
    .where('id', '=', 1)
    .where('owner', '=', owner)
    .execute();
}

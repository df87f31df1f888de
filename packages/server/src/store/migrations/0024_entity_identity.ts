import { type Kysely, SqliteAdapter, sql } from 'kysely';
import { dialectFlags } from '../dialect.js';
import { reresolveWorkspace } from '../lineage/reresolve-references.js';
import type { Database } from '../schema.js';

/**
 * Integrations record where their tables live (`address_host`, `address_dialect`: entity identity).
 *
 * Order-independent resolution (issue 15): references kept by older versions were resolved under older rules (a
 * dbt seed or source linked to its own project's node though a warehouse table of that relation arrived later, a
 * model's "builds" link to another project's model, a name left unlinked once a second table of it arrived), and
 * a reference resolves again only when a candidate changes. This re-resolves every kept reference of every
 * workspace once, with today's rules, so an upgraded store has the edges a fresh one would build from the same
 * syncs. Each edge that moves is owned, as before, by the reference's integration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Entity identity (issue 15 item 5): where an integration's tables live and which dialect names them, set by
  // connector runs and dbt syncs from now on.
  await db.schema.alterTable('integrations').addColumn('address_host', 'text').execute();
  await db.schema.alterTable('integrations').addColumn('address_dialect', 'text').execute();
  await reresolveAllReferences(db);
}

/** Every kept reference of every workspace, resolved again with today's rules. */
export async function reresolveAllReferences(db: Kysely<unknown>): Promise<void> {
  const store = db as unknown as Kysely<Database>;
  const flags = dialectFlags(db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres');
  const { rows } = await sql<{ workspace_id: string }>`
    select distinct workspace_id from pending_lineage`.execute(store);
  const now = new Date().toISOString();
  for (const { workspace_id } of rows) {
    await reresolveWorkspace(store, flags, { workspaceId: workspace_id, now });
  }
}

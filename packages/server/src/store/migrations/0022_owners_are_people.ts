import { type Kysely, sql } from 'kysely';

/**
 * Owners are people (issue #20): a resource's owners were free strings (emails, user ids, names). Each email that
 * matches a user of the resource's workspace becomes that user's id, in the effective `owners` and in the user's
 * own edit (`user_values.owners`); everything else stays as written and is answered as an external owner.
 * Resources are read in pages of ids, so memory stays flat on a large catalog.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Groups own resources too (Secoda's `owners_groups`): a JSON array of group ids.
  await db.schema
    .alterTable('resources')
    .addColumn('owners_groups', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await resolveOwnerEmails(db);
}

/** The data step of the migration: owner emails that match users become their ids (tested on its own). */
export async function resolveOwnerEmails(db: Kysely<unknown>): Promise<void> {
  const users = await sql<{ id: string; workspace_id: string; email: string }>`
    select id, workspace_id, email from users`.execute(db);
  const byEmail = new Map(
    users.rows.map((user) => [`${user.workspace_id}\u0000${user.email.toLowerCase()}`, user.id]),
  );
  if (byEmail.size === 0) return;
  for (let after = ''; ; ) {
    const page = await sql<{ id: string; workspace_id: string; owners: string; user_values: string }>`
      select id, workspace_id, owners, user_values from resources
      where id > ${after} and owners <> '[]' order by id limit 1000`.execute(db);
    for (const row of page.rows) {
      const resolve = (owners: unknown): string[] | undefined => {
        if (!Array.isArray(owners)) return undefined;
        const mapped = owners.map((owner) =>
          typeof owner === 'string'
            ? (byEmail.get(`${row.workspace_id}\u0000${owner.trim().toLowerCase()}`) ?? owner)
            : owner,
        );
        return [...new Set(mapped)];
      };
      const owners = resolve(parseOr(row.owners, []));
      const userValues = parseOr(row.user_values, {}) as Record<string, unknown>;
      const userOwners = resolve(userValues.owners);
      const nextOwners = JSON.stringify(owners ?? []);
      const nextUserValues = JSON.stringify(
        userOwners === undefined ? userValues : { ...userValues, owners: userOwners },
      );
      if (nextOwners === row.owners && nextUserValues === row.user_values) continue;
      await sql`update resources set owners = ${nextOwners}, user_values = ${nextUserValues} where id = ${row.id}`.execute(
        db,
      );
    }
    if (page.rows.length < 1000) break;
    after = page.rows.at(-1)!.id;
  }
}

function parseOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}

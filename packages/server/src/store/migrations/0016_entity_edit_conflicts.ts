import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/**
 * One physical table, one entity (issue 15): tables of different integrations at the same database.schema.name
 * are now answered as one entity, merged when read (store/catalog/entity-sources.ts), so existing stores need no
 * rows moved: every user edit stays on the source it was made on. Where two sources of one entity carry
 * different user edits of the same field, the newer edit (the more recently updated source) is what the entity
 * shows; this migration records each older one in the audit log (`entity_merge`), so nothing a user wrote is lost
 * from sight.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    workspace_id: string;
    a_id: string;
    a_values: string;
    a_updated: string;
    b_id: string;
    b_values: string;
    b_updated: string;
  }>`
    select a.workspace_id, a.id as a_id, a.user_values as a_values, a.updated_at as a_updated,
           b.id as b_id, b.user_values as b_values, b.updated_at as b_updated
    from resources a
    join resources b on b.workspace_id = a.workspace_id and b.title_lower = a.title_lower and b.id > a.id
      and b.entity_type = 'table' and b.stale = 0 and b.integration_id is not null
      and b.integration_id <> a.integration_id
      and lower(b.schema_name) = lower(a.schema_name) and lower(b.database_name) = lower(a.database_name)
    where a.entity_type = 'table' and a.stale = 0 and a.integration_id is not null
      and a.user_values <> '{}' and b.user_values <> '{}'`.execute(db);
  const now = new Date().toISOString();
  for (const row of rows) {
    const a = parse(row.a_values);
    const b = parse(row.b_values);
    const aIsNewer = row.a_updated >= row.b_updated;
    for (const field of Object.keys(a)) {
      if (!(field in b) || JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
      const [olderId, older, newer] = aIsNewer ? [row.b_id, b, a] : [row.a_id, a, b];
      await sql`
        insert into audit_logs (id, workspace_id, actor_user_id, actor_api_key_id, action, entity_type, entity_id,
                                before, after, created_at)
        values (${randomUUID()}, ${row.workspace_id}, null, null, 'entity_merge', 'resource', ${olderId},
                ${JSON.stringify({ [field]: older[field] })}, ${JSON.stringify({ [field]: newer[field] })}, ${now})`.execute(
        db,
      );
    }
  }
}

function parse(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

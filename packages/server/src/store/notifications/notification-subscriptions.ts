import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../schema.js';
import type { NotificationSubscriptionsTable } from './notification-tables.js';

const CHUNK = 500;

export type SubscriptionRow = Selectable<NotificationSubscriptionsTable>;

export async function insertSubscription(db: Kysely<Database>, row: SubscriptionRow): Promise<void> {
  await db.insertInto('notification_subscriptions').values(row).execute();
}

export async function findSubscription(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<SubscriptionRow | undefined> {
  return db
    .selectFrom('notification_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The subscription of a resource to a channel, if any (the pair is unique). */
export async function findSubscriptionOf(
  db: Kysely<Database>,
  options: { resourceId: string; channel: string },
): Promise<SubscriptionRow | undefined> {
  return db
    .selectFrom('notification_subscriptions')
    .selectAll()
    .where('resource_id', '=', options.resourceId)
    .where('channel', '=', options.channel)
    .executeTakeFirst();
}

/** One page of the workspace's subscriptions, oldest first, optionally of one resource. */
export async function listSubscriptions(
  db: Kysely<Database>,
  options: { workspaceId: string; resourceId?: string | undefined; limit: number; offset: number },
): Promise<{ rows: SubscriptionRow[]; count: number }> {
  let base = db.selectFrom('notification_subscriptions').where('workspace_id', '=', options.workspaceId);
  if (options.resourceId !== undefined) base = base.where('resource_id', '=', options.resourceId);
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return { rows, count: Number(total.n) };
}

/** Every subscription to any of the resources, in chunks that stay under both backends' parameter limits. */
export async function listSubscriptionsOfResources(
  db: Kysely<Database>,
  resourceIds: string[],
): Promise<SubscriptionRow[]> {
  const rows: SubscriptionRow[] = [];
  for (let i = 0; i < resourceIds.length; i += CHUNK) {
    rows.push(
      ...(await db
        .selectFrom('notification_subscriptions')
        .selectAll()
        .where('resource_id', 'in', resourceIds.slice(i, i + CHUNK))
        .orderBy('created_at')
        .execute()),
    );
  }
  return rows;
}

export async function updateSubscriptionChannel(
  db: Kysely<Database>,
  options: { id: string; channel: string },
): Promise<void> {
  await db
    .updateTable('notification_subscriptions')
    .set({ channel: options.channel })
    .where('id', '=', options.id)
    .execute();
}

export async function deleteSubscriptionRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('notification_subscriptions').where('id', '=', id).execute();
}

/** Title, full title and entity type of each subscribed resource, by id (one query per chunk of ids). */
export async function listSubscribedResourceNames(
  db: Kysely<Database>,
  resourceIds: string[],
): Promise<Map<string, { title: string; title_full: string; entity_type: string }>> {
  const names = new Map<string, { title: string; title_full: string; entity_type: string }>();
  const unique = [...new Set(resourceIds)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .selectFrom('resources')
      .select(['id', 'title', 'title_full', 'entity_type'])
      .where('id', 'in', unique.slice(i, i + CHUNK))
      .execute();
    for (const { id, ...name } of rows) names.set(id, name);
  }
  return names;
}

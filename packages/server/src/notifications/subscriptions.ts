import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { ConflictError, NotFoundError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { recordAudit } from '../store/audit-logs.js';
import { findResourceViewRow } from '../store/catalog/find-resources.js';
import {
  deleteSubscriptionRow,
  findSubscription,
  findSubscriptionOf,
  insertSubscription,
  listSubscribedResourceNames,
  listSubscriptions,
  type SubscriptionRow,
  updateSubscriptionChannel,
} from '../store/notifications/index.js';
import type { Database } from '../store/schema.js';

/**
 * A subscription as the API answers it: the stored row less the workspace, with the subscribed resource's names
 * (`resource_title`, `resource_title_full`, `resource_entity_type`), so a client shows names, not ids, without a
 * second request per row.
 */
export type SubscriptionView = Omit<SubscriptionRow, 'workspace_id'> & {
  resource_title: string;
  resource_title_full: string;
  resource_entity_type: string;
};

export async function listSubscriptionViews(
  db: Kysely<Database>,
  options: { workspaceId: string; resourceId?: string | undefined; limit: number; offset: number },
): Promise<{ views: SubscriptionView[]; count: number }> {
  const { rows, count } = await listSubscriptions(db, options);
  return { views: await toSubscriptionViews(db, rows), count };
}

export async function getSubscriptionView(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<SubscriptionView> {
  return toSubscriptionView(db, await getSubscription(db, workspaceId, id));
}

/** Subscribes a channel to a resource of the workspace; the same pair twice is a 409. Audited. */
export async function createSubscription(
  db: Kysely<Database>,
  auth: AuthContext,
  input: { resource_id: string; channel: string },
): Promise<SubscriptionView> {
  return db.transaction().execute(async (tx) => {
    await checkResourceInWorkspace(tx, auth.workspaceId, input.resource_id);
    await checkNotSubscribed(tx, input.resource_id, input.channel);
    const row: SubscriptionRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      resource_id: input.resource_id,
      channel: input.channel,
      created_by: auth.userId,
      created_at: nowIso(),
    };
    await insertSubscription(tx, row);
    const view = await toSubscriptionView(tx, row);
    await audit(tx, auth, { action: 'create', id: row.id, after: view });
    return view;
  });
}

/** Moves a subscription to another channel. */
export async function updateSubscription(
  db: Kysely<Database>,
  auth: AuthContext,
  options: { id: string; channel: string },
): Promise<SubscriptionView> {
  return db.transaction().execute(async (tx) => {
    const before = await getSubscription(tx, auth.workspaceId, options.id);
    if (before.channel !== options.channel) await checkNotSubscribed(tx, before.resource_id, options.channel);
    await updateSubscriptionChannel(tx, options);
    const view = await toSubscriptionView(tx, { ...before, channel: options.channel });
    await audit(tx, auth, {
      action: 'update',
      id: before.id,
      before: { ...view, channel: before.channel },
      after: view,
    });
    return view;
  });
}

export async function deleteSubscription(db: Kysely<Database>, auth: AuthContext, id: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await getSubscription(tx, auth.workspaceId, id);
    await deleteSubscriptionRow(tx, id);
    await audit(tx, auth, { action: 'delete', id, before: await toSubscriptionView(tx, before) });
  });
}

async function getSubscription(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<SubscriptionRow> {
  const row = await findSubscription(db, workspaceId, id);
  if (!row)
    throw new NotFoundError('subscription_not_found', `no notification subscription with id ${id}`, { id });
  return row;
}

async function checkResourceInWorkspace(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<void> {
  if (!(await findResourceViewRow(db, { workspaceId, id })))
    throw new NotFoundError('resource_not_found', `no resource with id ${id}`, { id });
}

async function checkNotSubscribed(db: Kysely<Database>, resourceId: string, channel: string): Promise<void> {
  const existing = await findSubscriptionOf(db, { resourceId, channel });
  if (existing) {
    throw new ConflictError(
      'already_exists',
      `channel ${channel} is already subscribed to resource ${resourceId}`,
      {
        id: existing.id,
      },
    );
  }
}

function audit(
  db: Kysely<Database>,
  auth: AuthContext,
  entry: { action: string; id: string; before?: SubscriptionView; after?: SubscriptionView },
) {
  return recordAudit(db, {
    ...auditActor(auth),
    action: entry.action,
    entityType: 'notification_subscription',
    entityId: entry.id,
    before: entry.before,
    after: entry.after,
  });
}

async function toSubscriptionViews(
  db: Kysely<Database>,
  rows: SubscriptionRow[],
): Promise<SubscriptionView[]> {
  const names = await listSubscribedResourceNames(
    db,
    rows.map((row) => row.resource_id),
  );
  return rows.map(({ workspace_id: _, ...row }) => {
    // A subscription's resource is deleted with it (foreign key cascade), so a name is always there; the id
    // stands in only if a row were read between the two statements of a concurrent delete.
    const name = names.get(row.resource_id);
    return {
      ...row,
      resource_title: name?.title ?? row.resource_id,
      resource_title_full: name?.title_full ?? row.resource_id,
      resource_entity_type: name?.entity_type ?? 'unknown',
    };
  });
}

async function toSubscriptionView(db: Kysely<Database>, row: SubscriptionRow): Promise<SubscriptionView> {
  const [view] = await toSubscriptionViews(db, [row]);
  return view!;
}

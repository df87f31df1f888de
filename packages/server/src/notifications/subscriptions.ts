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
  listSubscriptions,
  type SubscriptionRow,
  updateSubscriptionChannel,
} from '../store/notifications/index.js';
import type { Database } from '../store/schema.js';

/** A subscription as the API answers it: the stored row less the workspace. */
export type SubscriptionView = Omit<SubscriptionRow, 'workspace_id'>;

export async function listSubscriptionViews(
  db: Kysely<Database>,
  options: { workspaceId: string; resourceId?: string | undefined; limit: number; offset: number },
): Promise<{ views: SubscriptionView[]; count: number }> {
  const { rows, count } = await listSubscriptions(db, options);
  return { views: rows.map(toSubscriptionView), count };
}

export async function getSubscriptionView(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<SubscriptionView> {
  return toSubscriptionView(await getSubscription(db, workspaceId, id));
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
    const view = toSubscriptionView(row);
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
    const view = toSubscriptionView({ ...before, channel: options.channel });
    await audit(tx, auth, {
      action: 'update',
      id: before.id,
      before: toSubscriptionView(before),
      after: view,
    });
    return view;
  });
}

export async function deleteSubscription(db: Kysely<Database>, auth: AuthContext, id: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await getSubscription(tx, auth.workspaceId, id);
    await deleteSubscriptionRow(tx, id);
    await audit(tx, auth, { action: 'delete', id, before: toSubscriptionView(before) });
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

function toSubscriptionView(row: SubscriptionRow): SubscriptionView {
  const { workspace_id: _, ...view } = row;
  return view;
}

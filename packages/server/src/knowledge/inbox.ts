import type { AuthContext } from '../auth/authenticate.js';
import type { CatalogStore, PageRequest } from '../catalog/read-resources.js';
import { NotFoundError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import {
  findInboxNotification,
  type InboxNotificationRow,
  listInboxNotifications,
  markInboxNotifications,
} from '../store/knowledge/index.js';

export type InboxNotificationView = Omit<InboxNotificationRow, 'workspace_id' | 'user_id'>;

/** The signed-in user's in-app notifications (replies and accepted answers on questions they follow). */
export async function listInbox(
  store: CatalogStore,
  options: { auth: AuthContext; page: PageRequest },
): Promise<{ results: InboxNotificationView[]; count: number }> {
  const { rows, count } = await listInboxNotifications(store.db, {
    workspaceId: options.auth.workspaceId,
    userId: options.auth.userId,
    ...options.page,
  });
  return { results: rows.map(({ workspace_id, user_id, ...view }) => view), count };
}

/** Marks one of the signed-in user's notifications read or unread; another user's is "not found". */
export async function markInboxNotification(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; isRead: boolean },
): Promise<InboxNotificationView> {
  const { auth, id } = options;
  const who = { workspaceId: auth.workspaceId, userId: auth.userId };
  await markInboxNotifications(store.db, { ...who, ids: [id], readAt: options.isRead ? nowIso() : null });
  const row = await findInboxNotification(store.db, { ...who, id });
  if (!row) throw new NotFoundError('notification_not_found', `no notification ${id} in your inbox`, { id });
  const { workspace_id, user_id, ...view } = row;
  return view;
}

/** Marks the listed notifications of the signed-in user read (all of them without a list); answers how many. */
export async function markInboxRead(
  store: CatalogStore,
  options: { auth: AuthContext; ids?: string[] | undefined },
): Promise<{ updated: number }> {
  const updated = await markInboxNotifications(store.db, {
    workspaceId: options.auth.workspaceId,
    userId: options.auth.userId,
    ids: options.ids,
    readAt: nowIso(),
  });
  return { updated };
}

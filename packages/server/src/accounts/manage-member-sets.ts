import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { recordAudit } from '../store/audit-logs.js';
import type { Database } from '../store/schema.js';
import type { AccountServices } from './manage-users.js';
import { checkMembersExist, checkNameFree, conflictOnDuplicate } from './member-checks.js';
import type { GroupView } from './views.js';

/** What a caller may set on a team or group; a kind ignores fields it does not have (groups have no icon). */
export interface MemberSetInput {
  name?: string;
  description?: string;
  icon?: string | null;
  /** User ids; replaces the whole membership when given. */
  members?: string[];
}

interface MemberSetRow {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  created_at: string;
  updated_at: string;
}

/** The store operations a kind of member set offers (`memberSetStore` in store/accounts). */
interface MemberSetStoreOps<Row extends MemberSetRow> {
  get(db: Kysely<Database>, workspaceId: string, id: string): Promise<Row>;
  findByName(db: Kysely<Database>, workspaceId: string, name: string): Promise<Row | undefined>;
  list(
    db: Kysely<Database>,
    options: { workspaceId: string; limit: number; offset: number },
  ): Promise<{ rows: Row[]; count: number }>;
  insert(db: Kysely<Database>, row: Row): Promise<void>;
  update(db: Kysely<Database>, id: string, changes: Partial<Row>): Promise<void>;
  remove(db: Kysely<Database>, id: string): Promise<void>;
  listMemberIds(db: Kysely<Database>, setIds: string[]): Promise<Map<string, string[]>>;
  replaceMembers(db: Kysely<Database>, setId: string, userIds: string[]): Promise<void>;
}

export interface MemberSetKind<Row extends MemberSetRow, View extends GroupView> {
  noun: 'team' | 'group';
  store: MemberSetStoreOps<Row>;
  toView(row: Row, members: string[]): View;
  /** The kind's own columns from the input, falling back to `before` on update (teams: `icon`). */
  ownFields(input: MemberSetInput, before: View | undefined): Partial<Row>;
  /** What else goes when a set is deleted, in the same transaction (teams leave integrations). */
  onDelete?(tx: Kysely<Database>, auth: AuthContext, id: string): Promise<void>;
}

/**
 * Teams and groups are managed the same way: a named set of users, unique by name in a workspace, every change
 * audited. One implementation serves both kinds; `manage-teams.ts` and `manage-groups.ts` only describe theirs.
 */
export function memberSetService<Row extends MemberSetRow, View extends GroupView>(
  kind: MemberSetKind<Row, View>,
) {
  const { noun, store } = kind;
  const viewOf = async (db: Kysely<Database>, row: Row): Promise<View> =>
    kind.toView(row, (await store.listMemberIds(db, [row.id])).get(row.id) ?? []);
  const duplicateMessage = (name: string | undefined) => `a ${noun} named "${name}" already exists`;

  return {
    list: async (
      services: AccountServices,
      options: { workspaceId: string; limit: number; offset: number },
    ): Promise<{ views: View[]; count: number }> => {
      const { rows, count } = await store.list(services.db, options);
      const members = await store.listMemberIds(
        services.db,
        rows.map((row) => row.id),
      );
      return { views: rows.map((row) => kind.toView(row, members.get(row.id) ?? [])), count };
    },

    get: async (services: AccountServices, workspaceId: string, id: string): Promise<View> =>
      viewOf(services.db, await store.get(services.db, workspaceId, id)),

    /** Creates a set (names are unique in a workspace) with its members. */
    create: async (
      services: AccountServices,
      auth: AuthContext,
      input: MemberSetInput & { name: string },
    ): Promise<View> => {
      const work = services.db.transaction().execute(async (tx) => {
        checkNameFree(await store.findByName(tx, auth.workspaceId, input.name), noun, input.name);
        await checkMembersExist(tx, auth.workspaceId, input.members ?? []);
        const now = nowIso();
        const row = {
          id: newId(),
          workspace_id: auth.workspaceId,
          name: input.name,
          description: input.description ?? '',
          created_at: now,
          updated_at: now,
          ...kind.ownFields(input, undefined),
        } as Row;
        await store.insert(tx, row);
        await store.replaceMembers(tx, row.id, input.members ?? []);
        const view = kind.toView(row, [...(input.members ?? [])].sort());
        await recordAudit(tx, {
          ...auditActor(auth),
          action: 'create',
          entityType: noun,
          entityId: row.id,
          after: view,
        });
        return view;
      });
      return conflictOnDuplicate(work, duplicateMessage(input.name), 'name');
    },

    update: async (
      services: AccountServices,
      auth: AuthContext,
      id: string,
      input: MemberSetInput,
    ): Promise<View> => {
      const work = services.db.transaction().execute(async (tx) => {
        const before = await viewOf(tx, await store.get(tx, auth.workspaceId, id));
        if (input.name !== undefined && input.name !== before.name) {
          checkNameFree(await store.findByName(tx, auth.workspaceId, input.name), noun, input.name);
        }
        await store.update(tx, id, {
          name: input.name ?? before.name,
          description: input.description ?? before.description,
          updated_at: nowIso(),
          ...kind.ownFields(input, before),
        } as Partial<Row>);
        if (input.members !== undefined) {
          await checkMembersExist(tx, auth.workspaceId, input.members);
          await store.replaceMembers(tx, id, input.members);
        }
        const after = await viewOf(tx, await store.get(tx, auth.workspaceId, id));
        await recordAudit(tx, {
          ...auditActor(auth),
          action: 'update',
          entityType: noun,
          entityId: id,
          before,
          after,
        });
        return after;
      });
      return conflictOnDuplicate(work, duplicateMessage(input.name), 'name');
    },

    remove: async (services: AccountServices, auth: AuthContext, id: string): Promise<void> => {
      await services.db.transaction().execute(async (tx) => {
        const before = await viewOf(tx, await store.get(tx, auth.workspaceId, id));
        await store.remove(tx, id);
        await kind.onDelete?.(tx, auth, id);
        await recordAudit(tx, {
          ...auditActor(auth),
          action: 'delete',
          entityType: noun,
          entityId: id,
          before,
        });
      });
    },
  };
}

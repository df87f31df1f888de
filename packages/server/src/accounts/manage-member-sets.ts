import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { InputError } from '../errors/index.js';
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
  /** Secoda's name for `members` (both may not be given together). */
  users?: string[];
  /** Teams: OPEN or CLOSED. */
  type?: 'OPEN' | 'CLOSED';
  archived?: boolean;
}

/** `members`, or Secoda's `users`, normalised to one list (undefined when neither is given). */
function membersOf(input: MemberSetInput): string[] | undefined {
  if (input.members !== undefined && input.users !== undefined) {
    throw new InputError('validation_failed', 'body: give `members` or its alias `users`, not both', {
      problems: [{ in: 'body', field: 'users', message: 'alias of members; give only one' }],
    });
  }
  return input.members ?? input.users;
}

interface MemberSetRow {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  icon: string | null;
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

export interface MemberSetListOptions {
  workspaceId: string;
  limit: number;
  offset: number;
  /** Who asks (for `only_joined`). */
  userId?: string;
  includeArchived?: boolean;
  onlyJoined?: boolean;
}

export interface MemberSetKind<Row extends MemberSetRow, View extends GroupView> {
  noun: 'team' | 'group';
  store: MemberSetStoreOps<Row>;
  toView(row: Row, members: string[]): View;
  /** The kind's own columns from the input, falling back to `before` on update (teams: `icon`). */
  ownFields(input: MemberSetInput, before: View | undefined): Partial<Row>;
  /** What else goes when a set is deleted, in the same transaction (teams leave integrations). */
  onDelete?(tx: Kysely<Database>, auth: AuthContext, id: string): Promise<void>;
  /** Refuses a change the kind does not allow (teams: the default team is never deleted or archived). */
  checkChange?(before: View, change: 'update' | 'delete', input: MemberSetInput): void;
  /** Filters of the list (teams: `include_archived`, `only_joined`). */
  listFilter?: (rows: Row[], members: Map<string, string[]>, options: MemberSetListOptions) => Row[];
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
      options: MemberSetListOptions,
    ): Promise<{ views: View[]; count: number }> => {
      if (!kind.listFilter) {
        const { rows, count } = await store.list(services.db, options);
        const members = await store.listMemberIds(
          services.db,
          rows.map((row) => row.id),
        );
        return { views: rows.map((row) => kind.toView(row, members.get(row.id) ?? [])), count };
      }
      // Filtered kinds (teams) are few per workspace: filter them all, then page.
      const { rows: all } = await store.list(services.db, { ...options, limit: 100_000, offset: 0 });
      const members = await store.listMemberIds(
        services.db,
        all.map((row) => row.id),
      );
      const kept = kind.listFilter(all, members, options);
      const page = kept.slice(options.offset, options.offset + options.limit);
      return { views: page.map((row) => kind.toView(row, members.get(row.id) ?? [])), count: kept.length };
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
        const memberIds = membersOf(input) ?? [];
        await checkMembersExist(tx, auth.workspaceId, memberIds);
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
        await store.replaceMembers(tx, row.id, memberIds);
        const view = kind.toView(row, [...memberIds].sort());
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
        kind.checkChange?.(before, 'update', input);
        const memberIds = membersOf(input);
        if (input.name !== undefined && input.name !== before.name) {
          checkNameFree(await store.findByName(tx, auth.workspaceId, input.name), noun, input.name);
        }
        await store.update(tx, id, {
          name: input.name ?? before.name,
          description: input.description ?? before.description,
          updated_at: nowIso(),
          ...kind.ownFields(input, before),
        } as Partial<Row>);
        if (memberIds !== undefined) {
          await checkMembersExist(tx, auth.workspaceId, memberIds);
          await store.replaceMembers(tx, id, memberIds);
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
        kind.checkChange?.(before, 'delete', {});
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
